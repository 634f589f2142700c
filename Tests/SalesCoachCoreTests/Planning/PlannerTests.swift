import Testing

@testable import SalesCoachCore

@Suite struct PlannerTests {
    typealias F = PlanFixture
    let today = PlanFixture.monday

    func plan(
        _ book: [Classification], capacity: Int, log: [VisitRecord] = [],
        policy: PlanPolicy = .standard,
        today: LocalDate? = nil, reasons: [String: String] = [:]
    ) -> VisitPlan {
        Planner.plan(
            classifications: book, visitLog: log, policy: policy, capacity: .visits(capacity),
            today: today ?? self.today, loggedReasons: reasons)
    }

    @Test(
        "shares become whole visits by largest remainder, ties going B, A, C, D",
        arguments: [
            (10, [Segment.a: 4, .b: 5, .c: 1, .d: 0]),
            (7, [.a: 2, .b: 4, .c: 1, .d: 0]),
            (20, [.a: 7, .b: 10, .c: 2, .d: 1]),
            (1, [.a: 0, .b: 1, .c: 0, .d: 0]),
            (0, [.a: 0, .b: 0, .c: 0, .d: 0]),
        ])
    func largestRemainder(total: Int, expected: [Segment: Int]) {
        #expect(
            ShareSplit.split(total, shares: PlanPolicy.standard.shares, order: Planner.priority)
                == expected)
    }

    @Test(
        "ample capacity plans every B and every due A, then leaves the rest free instead of padding with C and D"
    )
    func ampleCapacity() {
        let book = [
            F.entry("Alpha", .a, sales: 12_000_000, lastVisit: F.daysAgo(21)),
            F.entry("Apex", .a, sales: 9_000_000, lastVisit: F.daysAgo(3)),
            F.entry("Big One", .b, objective: 90, record: 10),
            F.entry("Big Two", .b, objective: 80, record: 20),
            F.entry("Big Three", .b, objective: 70, record: 40),
            F.entry("Cozy Old", .c, lastVisit: F.daysAgo(50)),
            F.entry("Cozy New", .c, lastVisit: F.daysAgo(10)),
            F.entry("Dim", .d, lastVisit: F.daysAgo(20)),
        ]
        let result = plan(book, capacity: 20)
        #expect(
            result.picks.map(\.customer) == [
                "Alpha", "Big One", "Big Two", "Big Three", "Cozy Old",
            ])
        #expect(result.allocations.map(\.target) == [7, 10, 2, 1])
        #expect(result.allocations.map(\.eligible) == [1, 3, 1, 0])
        #expect(result.allocations.map(\.planned) == [1, 3, 1, 0])
        #expect(
            result.notes == [
                .unusedShare(
                    segment: .a, visits: 6, shortfall: .fewEligible(eligible: 1, customers: 2)),
                .unusedShare(
                    segment: .b, visits: 7, shortfall: .fewEligible(eligible: 3, customers: 3)),
                .unusedShare(
                    segment: .c, visits: 1, shortfall: .fewEligible(eligible: 1, customers: 2)),
                .unusedShare(
                    segment: .d, visits: 1, shortfall: .fewEligible(eligible: 0, customers: 1)),
                .capacityExceedsNeeds(capacity: 20, needed: 5),
            ])
        #expect(result.unusedVisits == 15)
        #expect(
            result.picks[0].reason.text(in: .en)
                == "A: 3 weeks since the last visit, 12M of sales at stake; past its 2-week follow-up"
        )
        #expect(
            result.picks[1].reason.text(in: .en)
                == "B: larger than most in your book, buys little from us: the biggest upside in your book")
        #expect(
            result.picks[2].reason.text(in: .en)
                == "B: larger than most in your book, buys little from us: upside #2 of 3 in your book")
        #expect(
            result.picks[4].reason.text(in: .en)
                == "C: 7 weeks since the last visit (past the 6-week limit): a short visit keeps the relationship"
        )
        #expect(
            result.notes[4].text(in: .en)
                == "The plan fills 5 of 20 visits: every B customer and every A customer due is in it. "
                + "The other 15 stay free rather than padding the plan with C and D; "
                + "use them to prepare proposals for B or to open new accounts.")
    }

    @Test("short capacity drops the A customers with the least at stake and says who and why")
    func shortCapacity() {
        let book =
            (1...6).map { i in
                F.entry("A\(i)", .a, sales: Double(i) * 1_000_000, lastVisit: F.daysAgo(14))
            } + (1...5).map { i in F.entry("B\(i)", .b, objective: 90 - i, record: 10) }
        let result = plan(book, capacity: 10)
        #expect(result.allocations.map(\.target) == [4, 5, 1, 0])
        #expect(result.allocations.map(\.planned) == [5, 5, 0, 0])
        #expect(
            result.picks.map(\.customer) == [
                "A6", "A5", "A4", "A3", "A2", "B1", "B2", "B3", "B4", "B5",
            ])
        let dropped = DroppedFollowUp(name: "A1", daysSinceLastVisit: 14, sales: 1_000_000)
        #expect(
            result.notes == [
                .unusedShare(segment: .c, visits: 1, shortfall: .noCustomers),
                .redistributed(toB: 0, toA: 1),
                .followUpsDropped(due: 6, visits: 5, cadenceWeeks: 2, dropped: [dropped]),
            ])
        #expect(
            result.notes[2].text(in: .en)
                == "Capacity is short of the A follow-up: 6 A customers are due and A has 5 visits. "
                + "Not in this plan: A1 (2 weeks since the last visit, 1M of sales). "
                + "With 1 more A visit, every A customer would stay on its 2-week follow-up; the ones left out come first the week after."
        )
        #expect(
            result.notes[2].text(in: .ja)
                == "Aのフォローに枠が足りません：フォロー時期のA顧客が6社、Aの枠は5件です。"
                + "この計画から外したのはA1（前回の訪問から2週間、当社売上100万）です。"
                + "あと1件あれば全A顧客を2週間ごとにフォローできます。外した顧客は次の週に優先されます。")
    }

    @Test("equal upside is broken by company revenue, then employees, then the name")
    func tiesInB() {
        let book = [
            F.entry("Zeta", .b, objective: 80, record: 20, revenue: 5e9, employees: 100),
            F.entry("Eta", .b, objective: 80, record: 20, revenue: 5e9, employees: 300),
            F.entry("Beta", .b, objective: 80, record: 20, revenue: 5e9, employees: 300),
            F.entry("Gamma", .b, objective: 80, record: 20, revenue: 9e9),
            F.entry("Delta", .b, objective: 90, record: 20),
            F.entry("Iota", .b, objective: 80, record: 20),
        ]
        let result = plan(book, capacity: 12, policy: PlanPolicy(shares: [.b: Rational(100)]))
        #expect(result.picks.map(\.customer) == ["Delta", "Gamma", "Beta", "Eta", "Zeta", "Iota"])
        #expect(result.picks.map(\.reason) == (1...6).map { PlanReason.upside(rank: $0, of: 6) })
        #expect(
            result.notes == [
                .unusedShare(
                    segment: .b, visits: 6, shortfall: .fewEligible(eligible: 6, customers: 6)),
                .capacityExceedsNeeds(capacity: 12, needed: 6),
            ])
    }

    @Test("A customers past their deadline rotate longest unseen first, then by sales and name; those only due follow")
    func tiesInA() {
        let book = [
            F.entry("Kilo", .a, sales: 5e6, lastVisit: F.daysAgo(15)),
            F.entry("Lima", .a, sales: 5e6, lastVisit: F.daysAgo(20)),
            F.entry("Echo", .a, sales: 5e6, lastVisit: F.daysAgo(15)),
            F.entry("Mike", .a, sales: 9e6, lastVisit: F.daysAgo(9)),
            F.entry("Oscar", .a, sales: 1e6),
        ]
        let result = plan(book, capacity: 10, policy: PlanPolicy(shares: [.a: Rational(100)]))
        // Oscar has no visit on record (the longest unseen), Lima, Kilo, Echo are past their deadline; Mike is only due by Sunday.
        #expect(result.picks.map(\.customer) == ["Oscar", "Lima", "Echo", "Kilo", "Mike"])
        #expect(
            result.picks.map { $0.reason.text(in: .en) } == [
                "A: no visit on record, 1M of sales at stake; past its 2-week follow-up",
                "A: 2 weeks since the last visit, 5M of sales at stake; past its 2-week follow-up",
                "A: 2 weeks since the last visit, 5M of sales at stake; past its 2-week follow-up",
                "A: 2 weeks since the last visit, 5M of sales at stake; past its 2-week follow-up",
                "A: 1 week since the last visit, 9M of sales at stake",
            ])
    }

    @Test("the same book in another order gives the same plan")
    func deterministic() {
        let book = [
            F.entry("One", .b, objective: 70, record: 30),
            F.entry("Two", .b, objective: 70, record: 30),
            F.entry("Three", .a, lastVisit: F.daysAgo(30)),
            F.entry("Four", .a, lastVisit: F.daysAgo(30)),
            F.entry("Five", .c), F.entry("Six", .d),
        ]
        let forward = plan(book, capacity: 4)
        let backward = plan(book.reversed(), capacity: 4)
        #expect(forward.picks.map(\.customer) == ["Four", "Three", "One", "Two"])
        #expect(backward.picks == forward.picks)
    }

    @Test("when everything is overdue, C and D keep to their shares and the rest wait")
    func everythingOverdue() {
        let book =
            (1...4).map {
                F.entry("A\($0)", .a, sales: Double($0) * 1e6, lastVisit: F.daysAgo(100 + $0))
            }
            + (1...6).map {
                F.entry("B\($0)", .b, objective: 60 + $0, record: 10, lastVisit: F.daysAgo(100))
            }
            + (1...5).map { F.entry("C\($0)", .c, lastVisit: F.daysAgo(60 + $0)) }
            + (1...3).map { F.entry("D\($0)", .d, lastVisit: F.daysAgo(90 + $0)) }
        let result = plan(book, capacity: 20)
        #expect(result.allocations.map(\.target) == [7, 10, 2, 1])
        #expect(result.allocations.map(\.eligible) == [4, 6, 5, 3])
        #expect(result.allocations.map(\.planned) == [4, 6, 2, 1])
        #expect(
            result.picks.map(\.customer) == [
                "A4", "A3", "A2", "A1", "B6", "B5", "B4", "B3", "B2", "B1", "C5", "C4", "D3",
            ])
        #expect(
            result.notes == [
                .unusedShare(
                    segment: .a, visits: 3, shortfall: .fewEligible(eligible: 4, customers: 4)),
                .unusedShare(
                    segment: .b, visits: 4, shortfall: .fewEligible(eligible: 6, customers: 6)),
                .waiting(segment: .c, count: 3, visits: 2),
                .waiting(segment: .d, count: 2, visits: 1),
                .capacityExceedsNeeds(capacity: 20, needed: 13),
            ])
        #expect(
            result.notes[2].text(in: .en)
                == "3 more C customers qualify but C's share holds 2 visits; they wait for a later week."
        )
        #expect(
            result.picks.last?.reason.text(in: .ja) == "D：前回の訪問から13週間（基準の8週間を超過）。手短な確認で十分です")
    }

    @Test("empty segments hand their visits to B, then A, and never to C or D")
    func emptySegments() {
        let onlyB = (1...3).map { F.entry("B\($0)", .b, objective: 70 + $0, record: 20) }
        let dueA = (1...8).map {
            F.entry("A\($0)", .a, sales: Double($0), lastVisit: F.daysAgo(30))
        }
        let overdueC = (1...4).map { F.entry("C\($0)", .c, lastVisit: F.daysAgo(60)) }
        let result = plan(onlyB + dueA + overdueC, capacity: 10)
        // Targets A 4, B 5, C 1, D 0. Eight A customers every 2 weeks would take 4 a week, more than
        // A's 3.5, so the cadence stretches to 3 weeks (all eight are still due: 30 days since the last
        // visit). C's visit goes to a due A customer, and B's 2 unused visits too: C and D wait.
        #expect(result.allocations.map(\.planned) == [7, 3, 0, 0])
        #expect(
            result.notes == [
                .cadenceStretched(
                    customers: 8, policyWeeks: 2, weeks: 3, visitsNeeded: 4, visitsForA: Rational(7, 2),
                    capacityNeeded: 12),
                .unusedShare(
                    segment: .b, visits: 2, shortfall: .fewEligible(eligible: 3, customers: 3)),
                .followUpBeforeComfort(visits: 1),
                .redistributed(toB: 0, toA: 2),
                .followUpsDropped(
                    due: 8, visits: 7, cadenceWeeks: 3,
                    dropped: [DroppedFollowUp(name: "A1", daysSinceLastVisit: 30, sales: 1)]),
                .waiting(segment: .c, count: 4, visits: 0),
            ])
        #expect(
            result.notes[0].text(in: .en)
                == "A follow-up: seeing your 8 A customers every 2 weeks takes 4 visits a week, and A's share of a usual week "
                + "holds 3.5. Each A customer comes round about every 3 weeks instead, the longest unseen first. "
                + "To keep the 2-week cadence, plan 12 visits a week (config set plan.capacity=12) or give A a larger share.")
        #expect(
            result.notes[2].text(in: .en) == "C and D wait in this plan: their visit went to A customers due for follow-up.")
        #expect(
            result.notes[3].text(in: .en) == "The unused visits went to A (+2), never to C or D.")

        let onlyCD = [
            F.entry("Cozy", .c, lastVisit: F.daysAgo(60)),
            F.entry("Dim", .d, lastVisit: F.daysAgo(70)),
        ]
        let quiet = plan(onlyCD, capacity: 10)
        // D's 5% of 10 visits rounds to 0, so the overdue D waits even with visits to spare: C and D are never padded.
        #expect(quiet.picks.map(\.customer) == ["Cozy"])
        #expect(
            quiet.notes == [
                .unusedShare(segment: .a, visits: 4, shortfall: .noCustomers),
                .unusedShare(segment: .b, visits: 5, shortfall: .noCustomers),
                .waiting(segment: .d, count: 1, visits: 0),
                .capacityExceedsNeeds(capacity: 10, needed: 1),
            ])
        #expect(
            quiet.notes[1].text(in: .en)
                == "B's share (5 visits) is unused: your book has no B customers.")
        #expect(
            quiet.notes[2].text(in: .en)
                == "1 more D customer qualifies but D's share holds 0 visits; they wait for a later week."
        )
    }
}
