import Testing

@testable import SalesCoachCore

/// When the week is short, the plan keeps the method's order: A's follow-up,
/// then B, and C or D only with capacity left — and `check` agrees with it.
@Suite struct PlannerUnderPressureTests {
    typealias F = PlanFixture
    let today = PlanFixture.monday

    /// Twelve A customers, none seen for five weeks; six B; four overdue C; two overdue D.
    var crowdedBook: [Classification] {
        (1...12).map { F.entry("A\($0)", .a, sales: Double($0) * 1_000_000, lastVisit: F.daysAgo(35)) }
            + (1...6).map { F.entry("B\($0)", .b, objective: 60 + $0, record: 20) }
            + (1...4).map { F.entry("C\($0)", .c, lastVisit: F.daysAgo(70)) }
            + (1...2).map { F.entry("D\($0)", .d, lastVisit: F.daysAgo(90)) }
    }

    func plan(_ book: [Classification], capacity: Int, policy: PlanPolicy = .standard) -> VisitPlan {
        Planner.plan(classifications: book, visitLog: [], policy: policy, capacity: .visits(capacity), today: today)
    }

    @Test("with 6 visits and A customers left out, no C or D visit is kept", arguments: [3, 4, 5, 6, 7, 8, 10])
    func noComfortWhileFollowUpsWait(capacity: Int) {
        let result = plan(crowdedBook, capacity: capacity)
        let planned = Dictionary(uniqueKeysWithValues: result.allocations.map { ($0.segment, $0.planned) })
        let leftOutA = result.notes.contains { if case .followUpsDropped = $0 { true } else { false } }
        if leftOutA {
            #expect(planned[.c] == 0 && planned[.d] == 0, "capacity \(capacity): \(planned)")
        }
        #expect(result.picks.count == capacity)
        // B gets at least its share: the main target never gives way to C or D.
        let bShare = ShareSplit.split(capacity, shares: PlanPolicy.standard.shares, order: Planner.priority)[.b] ?? 0
        #expect((planned[.b] ?? 0) >= bShare)
    }

    @Test("a cadence the week cannot hold is stretched to one it can, said once with what would keep it")
    func stretchedCadence() {
        let result = plan(crowdedBook, capacity: 10)
        let stretched = result.notes.compactMap { note -> (Int, Int)? in
            if case .cadenceStretched(_, let policy, let weeks, _, _, _, _) = note { return (policy, weeks) }
            return nil
        }
        // 12 A customers at 3.5 A visits a week: every 4 weeks (12 ÷ 3.5 = 3.43, rounded up).
        #expect(stretched.count == 1)
        #expect(stretched.first?.0 == 2 && stretched.first?.1 == 4)
        #expect(
            result.notes.first?.text(in: .ja)
                == "Aのフォロー：A顧客12社を2週間ごとに訪問するには週6件必要ですが、通常の1週間でAに回る枠は3.5件です。"
                + "そのため各A顧客は約4週間ごとの訪問になり、最も間が空いた顧客から順に回ります。"
                + "2週間ごとを守るには週18件にする（config set plan.capacity=18）か、Aの割合を上げてください。")
        // The reasons speak of the cadence in force.
        #expect(result.picks.first?.reason.text(in: .en).contains("past its 4-week follow-up") == true)
    }

    @Test("with a stretched cadence nobody is due by, a visit B cannot use goes to the A customer the policy's cadence has due, longest unseen first")
    func spareVisitKeepsThePolicyCadence() {
        // Four A customers seen 13–15 days ago and three B: a usual week of four
        // visits stretches the cadence to three weeks, so no A is due by it, yet
        // all are by the policy's two.
        let book = [
            F.entry("A1", .a, sales: 9_000_000, lastVisit: F.daysAgo(13)), F.entry("A2", .a, sales: 1_000_000, lastVisit: F.daysAgo(15)),
            F.entry("A3", .a, sales: 5_000_000, lastVisit: F.daysAgo(14)), F.entry("A4", .a, sales: 2_000_000, lastVisit: F.daysAgo(13)),
        ] + (1...3).map { F.entry("B\($0)", .b, objective: 60 + $0, record: 20) }
        var usualFour = PlanPolicy.standard
        usualFour.capacity = 4
        let result = plan(book, capacity: 4, policy: usualFour)
        #expect(result.notes.contains { if case .cadenceStretched = $0 { true } else { false } })
        let names = result.picks.map(\.customer)
        #expect(names.filter { $0.hasPrefix("B") }.count == 3, "B keeps every customer: \(names)")
        #expect(names.filter { $0.hasPrefix("A") } == ["A2"], "the spare visit goes to the longest unseen A: \(names)")
        // The check reads the plan as the planner made it: no warning.
        let check = PlanCheck.check(
            planned: result.picks.map { PlannedVisit(customerName: $0.customer, visits: 1) }, classifications: book,
            policy: usualFour, today: today)
        #expect(check.warnings.isEmpty, "\(check.warnings)")
    }

    @Test("a short week states the book's one cadence and leaves due follow-ups for next week, whatever its size", arguments: [2, 4, 6, 10, 14])
    func shortWeekKeepsTheBooksCadence(capacity: Int) {
        let result = plan(crowdedBook, capacity: capacity)
        // 12 A customers on 3.5 A visits of the usual ten-visit week: every 4 weeks, for any week's size.
        for note in result.notes {
            if case .cadenceStretched(_, _, let weeks, _, _, _, _) = note { #expect(weeks == 4, "capacity \(capacity)") }
            if case .followUpsDropped(_, _, let weeks, _) = note { #expect(weeks == 4, "capacity \(capacity)") }
        }
        for pick in result.picks where pick.segment == .a {
            #expect(pick.reason.text(in: .en).contains("4-week follow-up"), "capacity \(capacity): \(pick.reason.text(in: .en))")
        }
        let dueLeftOut = result.notes.contains { if case .followUpsDropped = $0 { true } else { false } }
        let plannedA = result.picks.filter { $0.segment == .a }.count
        #expect(dueLeftOut == (plannedA < 12), "capacity \(capacity): \(plannedA) A planned")
    }

    @Test("a book whose A share holds the policy's cadence keeps it, with no note about it")
    func cadenceKeptWhenItFits() {
        let book = (1...4).map { F.entry("A\($0)", .a, lastVisit: F.daysAgo(20)) }
            + (1...6).map { F.entry("B\($0)", .b, objective: 60 + $0, record: 20) }
        let result = plan(book, capacity: 10)
        #expect(!result.notes.contains { if case .cadenceStretched = $0 { true } else { false } })
        #expect(result.picks.first?.reason.text(in: .en).contains("2-week follow-up") == true)
    }

    @Test("unused visits go to due A customers before B, so no plan says both 'went to B' and 'A is short'")
    func unusedVisitsGoToAFirst() {
        let book = (1...8).map { F.entry("A\($0)", .a, lastVisit: F.daysAgo(40)) }
            + (1...20).map { F.entry("B\($0)", .b, objective: 60 + $0 % 30, record: 20) }
        for capacity in 1...20 {
            let result = plan(book, capacity: capacity)
            let toB = result.notes.contains { if case .redistributed(let b, _) = $0 { b > 0 } else { false } }
            let dropped = result.notes.contains { if case .followUpsDropped = $0 { true } else { false } }
            #expect(!(toB && dropped), "capacity \(capacity)")
        }
    }

    @Test("check of the plan the planner proposes never warns, whatever the capacity", arguments: 1...16)
    func ownPlanChecksClean(capacity: Int) {
        for book in [crowdedBook, Array(crowdedBook.prefix(12)), Array(crowdedBook.suffix(12))] {
            let proposed = plan(book, capacity: capacity)
            // Nothing due and no B: an empty week, which check rightly calls empty.
            guard !proposed.picks.isEmpty else { continue }
            let report = PlanCheck.check(
                planned: proposed.picks.map { PlannedVisit(customerName: $0.customer, visits: 1) },
                classifications: book, policy: .standard, today: today)
            #expect(report.warnings.isEmpty, "capacity \(capacity), \(book.count) customers: \(report.warnings)")
        }
    }

    @Test("check still warns when a plan keeps C while due A customers have no visit")
    func checkCatchesComfortOverFollowUp() {
        let planned = ["B1", "B2", "B3", "C1", "A12", "A11"].map { PlannedVisit(customerName: $0, visits: 1) }
        // Twelve A customers unseen for 60 days: past the 4-week cadence the usual ten-visit week holds.
        let book = (1...12).map { F.entry("A\($0)", .a, sales: Double($0) * 1_000_000, lastVisit: F.daysAgo(60)) }
            + Array(crowdedBook.dropFirst(12))
        let report = PlanCheck.check(planned: planned, classifications: book, policy: .standard, today: today)
        let neglected = report.warnings.compactMap { warning -> [String]? in
            if case .aNeglected(let customers, let weeks, _) = warning {
                #expect(weeks == 4)
                return customers.map(\.name)
            }
            return nil
        }
        // Six visits give A 2 by share, and C's visit belongs to A too: one due A customer is missing.
        #expect(neglected == [["A10"]])
    }
}

/// What `config` says about a policy that is valid but cannot hold, or refuses.
@Suite struct PolicyWarningTests {
    @Test("a cadence A's share cannot hold for the book is named, with the capacity that would hold it")
    func cadenceUnreachable() {
        let warnings = PolicyWarning.check(.standard, customersA: 14)
        #expect(warnings.count == 1)
        #expect(
            warnings.first?.text(in: .en)
                == "A follow-up: seeing your 14 A customers every 2 weeks takes 7 visits a week, and A's share of a usual week holds 3.5. "
                + "Each A customer comes round about every 4 weeks instead, the longest unseen first. "
                + "To keep the 2-week cadence, plan 20 visits a week (config set plan.capacity=20) or give A a larger share.")
        #expect(PolicyWarning.check(.standard, customersA: 7).isEmpty)
    }

    @Test("a share at or above B's is pointed out, since B is where the method puts most time")
    func bNotLargest() {
        var policy = PlanPolicy.standard
        policy.shares = [.a: Rational(45), .b: Rational(40), .c: Rational(10), .d: Rational(5)]
        let warnings = PolicyWarning.check(policy, customersA: 2)
        #expect(warnings == [.bNotLargest(b: Rational(40), largest: .a, share: Rational(45))])
        #expect(warnings.first?.text(in: .ja).hasPrefix("Aの割合（45%）がBの割合（40%）以上です。") == true)
    }

    @Test("a C share above the C maximum is refused: every plan would warn")
    func cShareAboveMaximum() throws {
        var config = Config.standard
        try config.set("plan.share_c", to: "25")
        try config.set("plan.share_b", to: "35")
        #expect(throws: ConfigError.self) { try config.validate() }
        try config.set("plan.max_share_c", to: "30")
        try config.validate()
    }
}

/// A plan the planner made on the whole book, written without reps, checks
/// clean as one plan even when the customer file names reps.
@Suite struct WholeBookPlanCheckTests {
    @Test("a plan with no rep column is one plan on the whole book: one row, no empty plans for the file's reps")
    func onePlanOnTheWholeBook() {
        let today = PlanFixture.monday
        var customers: [Customer] = []
        for i in 1...6 {
            let metrics = MetricValues([.companyRevenue: Double(i * 100), .orders: Double(7 - i)])
            let rep = i % 2 == 0 ? "Sato" : "Suzuki"
            customers.append(Customer(name: "Co\(i)", metrics: metrics, lastVisit: today.adding(days: -40), rep: rep))
        }
        let classifications = Classifier(config: ClassifierConfig()).classify(try! Book(customers))
        let plan = Planner.plan(classifications: classifications, visitLog: [], policy: .standard, capacity: .visits(4), today: today)
        let report = TeamReport(
            planned: plan.picks.map { PlannedVisit(customerName: $0.customer, visits: 1) }, customers: customers,
            classifier: Classifier(config: ClassifierConfig()), policy: .standard, visitLog: [], weeks: 4, today: today)
        #expect(report.rows.count == 1)
        let warnings = report.rows.flatMap { (row: TeamReport.Row) in row.check.warnings }
        #expect(warnings.isEmpty, "\(warnings)")
    }
}

/// One priority: the planner's picks, "which first?" and `list --sort priority` read the same order.
@Suite struct PlanPriorityTests {
    @Test("the planner picks customers in the priority's order, segment by segment")
    func planFollowsPriority() {
        let book = PlannerUnderPressureTests().crowdedBook
        let today = PlanFixture.monday
        let priority = PlanPriority(classifications: book, visitLog: [], policy: .standard, today: today)
        let plan = Planner.plan(classifications: book, visitLog: [], policy: .standard, capacity: .visits(10), today: today)
        for segment in Segment.allCases {
            let picks = plan.picks.filter { $0.segment == segment }.map(\.customer)
            let positions = picks.compactMap { priority.place(of: $0)?.position }
            #expect(positions == positions.sorted(), "\(segment): \(picks)")
        }
        // An A customer past its follow-up comes before every B, and every B before C.
        let a = priority.place(of: "A12")!, b = priority.place(of: "B6")!, c = priority.place(of: "C1")!
        #expect(a.group == .aOverdue && b.group == .b && c.group == .cOverdue)
        #expect(a.position < b.position && b.position < c.position)
    }
}
