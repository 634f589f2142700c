import Testing

@testable import SalesCoachCore

@Suite struct PlanCheckTests {
    typealias F = PlanFixture
    let today = PlanFixture.monday

    /// Alpha is past its follow-up, Apex was seen three days ago.
    let book = [
        F.entry("Alpha", .a, sales: 12e6, lastVisit: F.daysAgo(21)),
        F.entry("Apex", .a, sales: 3e6, lastVisit: F.daysAgo(3)),
        F.entry("Big One", .b, objective: 90, record: 10),
        F.entry("Big Two", .b, objective: 80, record: 20),
        F.entry("Big Three", .b, objective: 70, record: 40),
        F.entry("Cozy", .c, lastVisit: F.daysAgo(5)),
        F.entry("Corner", .c, lastVisit: F.daysAgo(12)),
        F.entry("Dim", .d),
        F.unclassified("Mystery"),
    ]

    func check(_ entries: [(String, Int)], policy: PlanPolicy = .standard) -> PlanCheckReport {
        PlanCheck.check(
            planned: entries.map { PlannedVisit(customerName: $0.0, visits: $0.1) },
            classifications: book,
            policy: policy, today: today)
    }

    @Test("a plan within the policy has no warning and says it is sound")
    func sound() {
        let report = check([
            ("Alpha", 3), ("Apex", 1), ("Big One", 2), ("Big Two", 2), ("Big Three", 1),
            ("Cozy", 1),
        ])
        #expect(report.warnings == [])
        #expect(report.isSound)
        #expect(report.rows.map(\.amount) == [4, 5, 1, 0])
        #expect(report.rows.map(\.share) == [0.4, 0.5, 0.1, 0])
        #expect(report.rows.map(\.customers) == [2, 3, 1, 0])
        #expect(
            report.statement(in: .en)
                == "The plan is sound: A 40%, B 50%, C 10%, D 0% of 10 visits; no check warns, "
                + "and the A follow-ups get every visit the week can give them.")
        #expect(
            report.statement(in: .ja)
                == "この計画は健全です：10件のうちA 40%、B 50%、C 10%、D 0%で警告はなく、Aのフォローにも今週の枠で回せる限りの訪問が入っています。")
    }

    @Test("a sound plan that gives D more than its share says so: allowed, but those visits could go to B")
    func soundPlanNamesAShareAboveThePolicy() {
        let rows = [(Segment.a, 2.0), (.b, 3.0), (.c, 0.0), (.d, 1.0)].map { segment, amount in
            PlanCheckReport.Row(
                segment: segment, amount: amount, share: amount / 6, targetPercent: PlanPolicy.standard.shares[segment]!, customers: Int(amount))
        }
        let report = PlanCheckReport(unit: .visits, week: PlanWeek(containing: LocalDate(year: 2026, month: 12, day: 9)!), rows: rows, total: 6, uncounted: 0, warnings: [])
        #expect(report.statement(in: .en).hasSuffix("Still, D takes 17% against the policy's 5%: allowed, but those visits could go to B."))
        #expect(report.statement(in: .ja).hasSuffix("ただしDが17%（方針5%）です。許容範囲ですが、その訪問はBに回せます。"))
    }

    @Test("C above its maximum share: move the excess to the top B customer not yet planned")
    func cHeavyByShare() {
        let report = check([
            ("Alpha", 2), ("Big One", 3), ("Big Two", 2), ("Cozy", 2), ("Corner", 1),
        ])
        #expect(
            report.warnings == [
                .cOverweight(
                    c: 3, b: 5, total: 10, maxSharePercent: Rational(20), move: 1,
                    moveTo: ["Big Three"], unit: .visits)
            ])
        #expect(report.isCOverweight)
        #expect(report.warnings[0].knowledgeID == "c-trap")
        #expect(
            report.warnings[0].text(in: .en)
                == "C overweight: C gets 3 of 10 visits (30%), more than the 20% maximum. Move 1 visit from C to B: Big Three. "
                + "C accounts are pleasant to visit but have little room to grow, so time there rarely adds sales "
                + "(the C trap; see knowledge entry c-trap).")
        #expect(
            report.warnings[0].text(in: .ja)
                == "C過多：Cに10件中3件（30%）を充てており、上限の20%を超えています。CからBのBig Threeに1件移しましょう。"
                + "Cは訪問しやすい反面、伸びしろが小さく、時間をかけても売上は増えにくい領域です（Cの罠：知識エントリ c-trap）。")
        #expect(report.statement(in: .en) == "The plan needs 1 change.")
    }

    @Test("C getting more than B is overweight even within the maximum share")
    func cHeavierThanB() {
        let policy = PlanPolicy(maxShareC: Rational(50))
        let report = check(
            [("Alpha", 3), ("Big One", 2), ("Big Two", 1), ("Cozy", 2), ("Corner", 2)],
            policy: policy)
        #expect(
            report.warnings == [
                .cOverweight(
                    c: 4, b: 3, total: 10, maxSharePercent: Rational(50), move: 1,
                    moveTo: ["Big Three"], unit: .visits),
                .bUnderShare(
                    b: 3, total: 10, sharePercent: Rational(50), shortBy: 2,
                    suggestions: ["Big Three"], unit: .visits),
            ])
        #expect(
            report.warnings[0].text(in: .en)
                == "C overweight: C gets 4 of 10 visits (40%), more than B gets (3). Move 1 visit from C to B: Big Three. "
                + "C accounts are pleasant to visit but have little room to grow, so time there rarely adds sales "
                + "(the C trap; see knowledge entry c-trap).")
    }

    @Test("both conditions at once: the move clears both")
    func cOverweightBothWays() {
        let report = check([("Big One", 1), ("Cozy", 3), ("Corner", 2)])
        // C 5 of 6 (83%), B 1: moving 4 leaves C 1 of 6 (17%) and B 5; moving 3 would leave C 2 (33%).
        #expect(
            report.warnings.first
                == .cOverweight(
                    c: 5, b: 1, total: 6, maxSharePercent: Rational(20), move: 4,
                    moveTo: ["Big Two", "Big Three", "Big One"],
                    unit: .visits))
        #expect(
            report.warnings.first?.text(in: .en).hasPrefix(
                "C overweight: C gets 5 of 6 visits (83%), more than the 20% maximum and more than B gets (1). Move 4 visits from C to B: Big Two, Big Three, Big One."
            ) == true)
    }

    @Test("B starved: below its share by whole visits, with the B customers to add")
    func bStarved() {
        let report = check([("Alpha", 5), ("Apex", 2), ("Big One", 2), ("Cozy", 1)])
        #expect(
            report.warnings == [
                .bUnderShare(
                    b: 2, total: 10, sharePercent: Rational(50), shortBy: 3,
                    suggestions: ["Big Two", "Big Three"],
                    unit: .visits)
            ])
        #expect(
            report.warnings[0].text(in: .en)
                == "B under its share: B gets 2 of 10 visits (20%), below its 50%. Add at least 3 visits for B, "
                + "e.g. Big Two, Big Three: that is where the upside is.")
    }

    @Test("a B share a fraction of a visit short is not a warning: 3 of 7 visits against 50%")
    func bRoundsDown() {
        let report = check([("Alpha", 2), ("Big One", 2), ("Big Two", 1), ("Cozy", 1), ("Apex", 1)])
        #expect(report.warnings == [])
    }

    @Test("A neglected: an A past its follow-up with no visit planned")
    func aNeglected() {
        let report = check([
            ("Apex", 4), ("Big One", 2), ("Big Two", 2), ("Big Three", 1), ("Cozy", 1),
        ])
        #expect(
            report.warnings == [
                .aNeglected(
                    customers: [
                        NeglectedAccount(name: "Alpha", daysSinceLastVisit: 21, sales: 12e6)
                    ], cadenceWeeks: 2)
            ])
        #expect(
            report.warnings[0].text(in: .en)
                == "A neglected: 1 A customer is due for the 2-week follow-up with no visit planned: "
                + "Alpha (3 weeks since the last visit, 12M of sales). "
                + "Competitors court A customers all the time; keep the contact steady.")
    }

    @Test("D over its share, rounded up to whole visits")
    func dOverShare() {
        let report = check([("Alpha", 3), ("Big One", 3), ("Big Two", 2), ("Dim", 2)])
        #expect(
            report.warnings == [
                .dOverShare(d: 2, total: 10, sharePercent: Rational(5), overBy: 1, unit: .visits)
            ])
        #expect(
            report.warnings[0].text(in: .en)
                == "D over its share: D gets 2 of 10 visits (20%), above its 5%. Free up 1 visit for B or A."
        )
    }

    @Test(
        "names not in the book get a suggestion; unclassified customers are named; neither counts in the shares"
    )
    func unknownAndUnclassified() {
        let report = check([
            ("Alpha", 3), ("Apex", 1), ("big  one", 3), ("Big Twoo", 2), ("Mystery", 1),
            ("BIG THREE", 2), ("Cozy", 1),
        ])
        #expect(
            report.warnings == [
                .notInBook(name: "Big Twoo", suggestions: ["Big Two"]),
                .unclassified(name: "Mystery", missing: [.objective, .record]),
            ])
        #expect(report.total == 10)
        #expect(report.uncounted == 3)
        #expect(
            report.warnings[0].text(in: .en)
                == "'Big Twoo' is not in your book (did you mean 'Big Two'?); its visits are not counted."
        )
        #expect(
            report.warnings[0].text(in: .ja)
                == "「Big Twoo」は担当先にありません（「Big Two」のことですか？）。この訪問は集計に入れていません。")
    }

    @Test("a plan in hours is checked in hours, moves rounded to whole visits")
    func hours() {
        let planned = [
            PlannedVisit(customerName: "Alpha", visits: 3, hours: 4.5),
            PlannedVisit(customerName: "Big One", visits: 4, hours: 6),
            PlannedVisit(customerName: "Cozy", visits: 3, hours: 4.5),
        ]
        let report = PlanCheck.check(
            planned: planned, classifications: book, policy: .standard, today: today)
        #expect(report.unit == .hours)
        #expect(
            report.warnings == [
                .cOverweight(
                    c: 4.5, b: 6, total: 15, maxSharePercent: Rational(20), move: 1.5,
                    moveTo: ["Big Two"], unit: .hours),
                .bUnderShare(
                    b: 6, total: 15, sharePercent: Rational(50), shortBy: 1.5,
                    suggestions: ["Big Two"], unit: .hours),
            ])
        #expect(
            report.warnings[0].text(in: .en).hasPrefix(
                "C overweight: C gets 4.5 of 15 hours (30%), more than the 20% maximum. Move 1.5 hours from C to B: Big Two."
            ))
    }

    @Test("an empty plan is not sound")
    func emptyPlan() {
        let report = check([])
        #expect(report.warnings.last == .emptyPlan)
        #expect(!report.isSound)
    }

    @Test("entries for the same customer add up")
    func entriesMerge() {
        let report = check([("alpha", 1), ("ALPHA", 2), ("Big One", 5)])
        #expect(report.row(.a).amount == 3)
        #expect(report.row(.a).customers == 1)
    }
}
