import Testing

@testable import SalesCoachCore

@Suite struct PlannerTests {
    typealias F = PlanFixture
    let today = PlanFixture.monday

    func plan(
        _ book: [Classification], capacity: Int, log: [VisitRecord] = [], policy: PlanPolicy = .standard,
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
        #expect(ShareSplit.split(total, shares: PlanPolicy.standard.shares, order: Planner.priority) == expected)
    }

    @Test("ample capacity plans every B and every due A, then leaves the rest free instead of padding with C and D")
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
        #expect(result.picks.map(\.customer) == ["Alpha", "Big One", "Big Two", "Big Three", "Cozy Old"])
        #expect(result.allocations.map(\.target) == [7, 10, 2, 1])
        #expect(result.allocations.map(\.eligible) == [1, 3, 1, 0])
        #expect(result.allocations.map(\.planned) == [1, 3, 1, 0])
        #expect(
            result.notes == [
                .unusedShare(segment: .a, visits: 6, shortfall: .fewEligible(eligible: 1, customers: 2)),
                .unusedShare(segment: .b, visits: 7, shortfall: .fewEligible(eligible: 3, customers: 3)),
                .unusedShare(segment: .c, visits: 1, shortfall: .fewEligible(eligible: 1, customers: 2)),
                .unusedShare(segment: .d, visits: 1, shortfall: .fewEligible(eligible: 0, customers: 1)),
                .capacityExceedsNeeds(capacity: 20, needed: 5),
            ])
        #expect(result.unusedVisits == 15)
        #expect(result.picks[0].reason.text(in: .en) == "A: 3 weeks since the last visit, 12M of sales at stake; past its 2-week follow-up")
        #expect(result.picks[1].reason.text(in: .en) == "B: large company, we sell it little: the biggest upside in your book")
        #expect(result.picks[2].reason.text(in: .en) == "B: large company, we sell it little: upside #2 of 3 in your book")
        #expect(
            result.picks[4].reason.text(in: .en)
                == "C: 7 weeks since the last visit (more than 6): a short visit keeps the relationship")
        #expect(
            result.notes[4].text(in: .en)
                == "The plan fills 5 of 20 visits: every B customer and every A customer due is in it. "
                + "The other 15 stay free rather than padding the plan with C and D; "
                + "use them to prepare proposals for B or to open new accounts.")
    }

    @Test("short capacity drops the A customers with the least at stake and says who and why")
    func shortCapacity() {
        let book = (1...6).map { i in
            F.entry("A\(i)", .a, sales: Double(i) * 1_000_000, lastVisit: F.daysAgo(14))
        } + (1...5).map { i in F.entry("B\(i)", .b, objective: 90 - i, record: 10) }
        let result = plan(book, capacity: 10)
        #expect(result.allocations.map(\.target) == [4, 5, 1, 0])
        #expect(result.allocations.map(\.planned) == [5, 5, 0, 0])
        #expect(result.picks.map(\.customer) == ["A6", "A5", "A4", "A3", "A2", "B1", "B2", "B3", "B4", "B5"])
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
                + "Not planned this week: A1 (2 weeks since the last visit, 1M of sales). "
                + "With 1 more A visit, every A customer would stay on its 2-week follow-up; the ones left out come first next week.")
        #expect(
            result.notes[2].text(in: .ja)
                == "Aのフォローに枠が足りません：フォロー時期のA顧客が6社、Aの枠は5件です。"
                + "今週の計画から外したのはA1（前回の訪問から2週間、当社売上100万）です。"
                + "あと1件あれば全A顧客を2週間ごとにフォローできます。外した顧客は来週優先されます。")
    }
}
