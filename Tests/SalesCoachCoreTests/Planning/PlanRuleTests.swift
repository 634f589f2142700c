import Testing

@testable import SalesCoachCore

@Suite struct PlanRuleTests {
    typealias F = PlanFixture

    let book = [
        F.entry("Alpha", .a, sales: 12e6, lastVisit: F.daysAgo(21)),
        F.entry("Big One", .b, objective: 90, record: 10),
        F.entry("Big Two", .b, objective: 80, record: 20),
        F.entry("Cozy", .c, lastVisit: F.daysAgo(5)),
        F.entry("Corner", .c, lastVisit: F.daysAgo(12)),
        F.entry("Dim", .d),
        F.unclassified("Mystery"),
    ]

    func facts(_ entries: [(String, Int)], owners: [String: String] = [:]) -> PlanFacts {
        PlanFacts(
            planned: entries.map { PlannedVisit(customerName: $0.0, visits: $0.1) }, classifications: book,
            policy: .standard, owners: owners, today: F.monday)
    }

    @Test("the rules come in the order a rep acts on them, each with its own code")
    func order() {
        #expect(
            PlanCheck.rules.map(\.code.rawValue) == [
                "c-overweight", "b-under-share", "a-neglected", "d-over-share", "not-in-book", "empty-plan",
            ])
    }

    @Test("each rule reads the same facts and returns only its own warning")
    func rulesAreIndependent() {
        let f = facts([("Cozy", 3), ("Corner", 2), ("Dim", 3), ("Big One", 1)])
        #expect(f.total == 9)
        #expect(f.amount(.c) == 5)
        #expect(PlanRule.cOverweight.warnings(f).map(\.code) == [.cOverweight])
        #expect(PlanRule.bUnderShare.warnings(f).map(\.code) == [.bUnderShare])
        #expect(PlanRule.aNeglected.warnings(f).map(\.code) == [.aNeglected])
        #expect(PlanRule.dOverShare.warnings(f).map(\.code) == [.dOverShare])
        #expect(PlanRule.entries.warnings(f).isEmpty)
        #expect(PlanRule.emptyPlan.warnings(f).isEmpty)
        #expect(
            PlanCheck.report(f).warnings.map(\.code) == [.cOverweight, .bUnderShare, .aNeglected, .dOverShare])
    }

    @Test("a report under chosen rules gives only their warnings, with the same shares")
    func chosenRules() {
        let f = facts([("Cozy", 3), ("Big One", 1)])
        let report = PlanCheck.report(f, rules: [.aNeglected])
        #expect(report.warnings.map(\.code) == [.aNeglected])
        #expect(report.rows.map(\.amount) == [0, 1, 3, 0])
    }

    @Test("a planned name owned by another rep is named as theirs, not as missing with a guess")
    func otherRep() {
        let f = facts([("Big One", 2), ("Rival Corp", 1), ("Cozzy", 1)], owners: ["rival corp": "Suzuki"])
        #expect(
            f.entryWarnings == [
                .otherRep(name: "Rival Corp", owner: "Suzuki"),
                .notInBook(name: "Cozzy", suggestions: ["Cozy"]),
            ])
        #expect(f.uncounted == 2)
        #expect(
            f.entryWarnings[0].text(in: .en)
                == "'Rival Corp' is Suzuki's customer, not in this rep's book; its visits are not counted.")
        #expect(
            f.entryWarnings[0].text(in: .ja)
                == "「Rival Corp」はSuzukiさんの担当先で、この担当者の担当先ではありません。この訪問は集計に入れていません。")
    }

    @Test("codes belong to strict classes, C overweight the most urgent", arguments: [
        (PlanWarning.Code.cOverweight, PlanWarning.StrictClass.cOverweight, Int32(3)),
        (.bUnderShare, .share, 4), (.dOverShare, .share, 4), (.aNeglected, .followUp, 5),
        (.notInBook, .planData, 6), (.otherRep, .planData, 6), (.unknownRep, .planData, 6),
        (.unclassified, .planData, 6), (.emptyPlan, .planData, 6),
    ])
    func strictClasses(code: PlanWarning.Code, rule: PlanWarning.StrictClass, status: Int32) {
        #expect(code.strictClass == rule)
        #expect(rule.rawValue == status)
    }

    @Test("a long list of names is cut to twelve and 'and N more'; one over is shown whole")
    func shortenedLists() {
        let names = (1...376).map { "K\($0)" }
        #expect(
            PlanWarning.list(names, in: .en)
                == "K1, K2, K3, K4, K5, K6, K7, K8, K9, K10, K11, K12 and 364 more")
        #expect(PlanWarning.list(names, in: .ja) == "K1、K2、K3、K4、K5、K6、K7、K8、K9、K10、K11、K12ほか364社")
        #expect(PlanWarning.list(Array(names.prefix(13)), in: .en).hasSuffix("K12, K13"))
        #expect(PlanWarning.list(["A", "B"], in: .en) == "A, B")
        let warning = PlanWarning.aNeglected(
            customers: names.map { NeglectedAccount(name: $0, daysSinceLastVisit: 30, sales: nil) }, cadenceWeeks: 2)
        #expect(warning.text(in: .en).count < 800)
        #expect(warning.text(in: .en).contains("and 364 more"))
    }

    @Test("a warning as JSON carries its code, rep, segment, share, limit and every customer")
    func warningJSON() {
        let warning = PlanWarning.cOverweight(
            c: 3, b: 1, total: 4, maxSharePercent: Rational(20), move: 2, moveTo: ["Big One", "Big Two"],
            unit: .visits)
        let json = warning.json(in: .en, rep: "Sato").rendered(indent: nil)
        #expect(
            json.hasPrefix(
                #"{"code":"c-overweight","rep":"Sato","segment":"C","share":0.75,"limit":0.2,"amount":2,"customers":["Big One","Big Two"],"text":"C overweight: C gets 3 of 4 visits (75%)"#
            ))
        let missing = PlanWarning.notInBook(name: "Cozzy", suggestions: ["Cozy"]).json(in: .en, rep: nil)
        #expect(
            missing.rendered(indent: nil).hasPrefix(
                #"{"code":"not-in-book","rep":null,"segment":null,"share":null,"limit":null,"amount":null,"customers":["Cozzy"],"suggestions":["Cozy"],"text":"#
            ))
    }

    @Test("a team export read as one book names an account held by several reps once, not 'Kan-code, Kan-code, Kan-code'")
    func accountOfSeveralRepsNamedOnce() {
        let team = [
            F.entry("Kan-code", .b, objective: 90, record: 10, rep: "Reed"),
            F.entry("Kan-code", .b, objective: 90, record: 12, rep: "Donn"),
            F.entry("Kan-code", .b, objective: 90, record: 14, rep: "Wilburn"),
            F.entry("Silis", .b, objective: 70, record: 10, rep: "Reed"),
            F.entry("Cozy", .c),
        ]
        let report = PlanCheck.check(
            planned: [PlannedVisit(customerName: "Cozy", visits: 3)], classifications: team, policy: .standard,
            today: F.monday)
        #expect(report.warnings.first?.code == .cOverweight)
        #expect(report.warnings.first?.text(in: .en).contains("Move 3 visits from C to B: Kan-code, Silis.") == true)
    }
}
