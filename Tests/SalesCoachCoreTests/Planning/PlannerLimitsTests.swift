import Testing

@testable import SalesCoachCore

/// "max 1 C visit", "osu bakery has to be in it": the limits and the
/// customers a rep sets on a plan, and how the planner keeps to both.
@Suite struct PlannerLimitsTests {
    typealias F = PlanFixture
    let today = PlanFixture.monday

    /// Two A due, four B, three overdue C (C1 the longest unseen), one overdue D.
    var book: [Classification] {
        [
            F.entry("A1", .a, sales: 3_000, lastVisit: F.daysAgo(30)),
            F.entry("A2", .a, sales: 2_000, lastVisit: F.daysAgo(21)),
        ]
            + (1...4).map { F.entry("B\($0)", .b, objective: 60 + $0, record: 20) }
            + [
                F.entry("C1", .c, lastVisit: F.daysAgo(90)),
                F.entry("C2", .c, lastVisit: F.daysAgo(80)),
                F.entry("C3", .c, lastVisit: F.daysAgo(10)),
                F.entry("D1", .d, lastVisit: F.daysAgo(120)),
            ]
    }

    func plan(visits: Int, caps: [Segment: Int] = [:], pinned: [String] = []) -> VisitPlan {
        Planner.plan(
            classifications: book, visitLog: [], policy: PlanPolicy.standard.capped(caps, visits: visits),
            capacity: .visits(visits), today: today, limits: caps, pinned: pinned)
    }

    func count(_ plan: VisitPlan, _ segment: Segment) -> Int { plan.picks.filter { $0.segment == segment }.count }

    @Test("a cap is a number of visits: at most 1 C in 8 keeps C's one visit instead of cutting C to nothing")
    func capIsCountedInVisits() {
        let policy = PlanPolicy.standard.capped([.c: 1], visits: 8)
        // 1 of 8 visits is 12.5%, above C's 10%: the policy's share stands.
        #expect(policy.share(of: .c) == Rational(10))
        #expect(PlanPolicy.standard.capped([.c: 1], visits: 20).share(of: .c) == Rational(5))
        #expect(PlanPolicy.standard.capped([.c: 1], visits: 20).share(of: .b) == Rational(55))
        let capped = plan(visits: 20, caps: [.c: 1])
        #expect(count(capped, .c) == 1)
    }

    @Test("a customer asked for is in the plan, taking its own segment's visit: max 1 C keeps the C asked for, not the longest unseen")
    func askedForCustomerKeepsItsSegmentsVisit() {
        let free = plan(visits: 8, caps: [.c: 1])
        #expect(free.picks.filter { $0.segment == .c }.map(\.customer) == ["C1"])
        let asked = plan(visits: 8, caps: [.c: 1], pinned: ["c3"])
        #expect(asked.picks.filter { $0.segment == .c }.map(\.customer) == ["C3"])
        #expect(asked.picks.count == free.picks.count)
        // Not overdue, so its line says why it is there.
        let line = asked.picks.first { $0.customer == "C3" }?.reason.text(in: .en)
        #expect(line == "C: in the plan because you asked for it (1 week since the last visit)")
        #expect(asked.picks.first { $0.customer == "C3" }?.reason.text(in: .ja).hasPrefix("C：ご指定により計画に入れています") == true)
    }

    @Test("a customer asked for in a segment with no visit left takes one from D, then C, before B or A")
    func askedForCustomerTakesTheLeastImportantVisit() {
        // 4 visits: A 2, B 2 by share; none for C or D.
        let base = plan(visits: 4)
        #expect(count(base, .c) == 0 && count(base, .b) == 2 && count(base, .a) == 2)
        let asked = plan(visits: 4, pinned: ["D1"])
        #expect(asked.picks.count == 4)
        #expect(asked.picks.contains { $0.customer == "D1" })
        // Taken from B (C and D had none), the A follow-ups stay.
        #expect(count(asked, .a) == 2 && count(asked, .b) == 1)
    }

    @Test("customers asked for over a limit stay in: the rep's choice, not the planner's")
    func askedForOverTheLimit() {
        let asked = plan(visits: 8, caps: [.c: 1], pinned: ["C2", "C3"])
        #expect(Set(asked.picks.filter { $0.segment == .c }.map(\.customer)) == ["C2", "C3"])
        #expect(asked.picks.count <= 8)
    }

    @Test("a limit on A holds when visits are handed on: spare visits never push A past it")
    func limitOnAHoldsWhenVisitsAreHandedOn() {
        let capped = plan(visits: 10, caps: [.a: 1])
        #expect(count(capped, .a) == 1)
        #expect(count(capped, .c) + count(capped, .d) <= 2)
    }
}
