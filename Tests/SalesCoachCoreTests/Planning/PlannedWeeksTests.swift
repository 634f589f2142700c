import Testing

@testable import SalesCoachCore

/// Planned visits by week: which belong to a week, and what rolls over when a week begins.
@Suite struct PlannedWeeksTests {
    typealias F = PlanFixture
    /// Wednesday 4 March 2026, in the week of 2 March; the week before starts 23 February.
    static let wednesday = F.date("2026-03-04")
    static let thisWeek = PlanWeek(start: F.date("2026-03-02"))
    static let lastWeek = PlanWeek(start: F.date("2026-02-23"))
    static let nextWeek = PlanWeek(start: F.date("2026-03-09"))

    func visit(_ name: String, _ count: Int = 1, _ week: PlanWeek?) -> PlannedVisit {
        PlannedVisit(customerName: name, visits: count, week: week?.start)
    }

    @Test("a week holds its dated visits, and the current week also the undated ones")
    func visitsInAWeek() {
        let weeks = PlannedWeeks(
            planned: [visit("Acme", 1, Self.thisWeek), visit("Beta", 2, nil), visit("Gamma", 1, Self.nextWeek)],
            today: Self.wednesday)
        #expect(weeks.visits(in: Self.thisWeek).map(\.customerName) == ["Acme", "Beta"])
        #expect(weeks.visits(in: Self.nextWeek).map(\.customerName) == ["Gamma"])
        #expect(weeks.weeks == [Self.thisWeek.start, Self.nextWeek.start, nil])
        #expect(weeks.weeks(of: "ACME") == [Self.thisWeek.start])
    }

    @Test("last week's visits not logged are carried over, less the ones logged, unless planned again this week or later")
    func rollover() {
        let weeks = PlannedWeeks(
            planned: [
                visit("Acme", 2, Self.lastWeek), visit("Beta", 1, Self.lastWeek), visit("Gamma", 1, Self.lastWeek),
                visit("Delta", 1, Self.lastWeek), visit("Delta", 1, Self.thisWeek),
                visit("Epsilon", 1, Self.lastWeek), visit("Epsilon", 1, Self.nextWeek),
            ],
            today: Self.wednesday)
        let log = [
            VisitRecord(customerName: "acme", date: F.date("2026-02-24")),
            VisitRecord(customerName: "Beta", date: F.date("2026-03-02")),
            VisitRecord(customerName: "Gamma", date: F.date("2026-02-20")),
        ]
        let carried = weeks.carriedOver(into: Self.thisWeek, visitLog: log) { $0 == "Acme" ? .a : nil }
        #expect(
            carried == [
                CarriedVisit(customerName: "Acme", visits: 1, from: Self.lastWeek, segment: .a),
                CarriedVisit(customerName: "Gamma", visits: 1, from: Self.lastWeek, segment: nil),
            ])
        #expect(
            carried.summary(in: .en)
                == "Carried over from the week of 2026-02-23 (planned, not logged): Acme ×1, Gamma ×1")
        #expect(carried.summary(in: .ja) == "2026-02-23 の週から繰り越し（予定したが訪問の記録なし）：Acme ×1、Gamma ×1")
    }

    @Test("nothing rolls into a week that has not begun")
    func noRolloverAhead() {
        let weeks = PlannedWeeks(planned: [visit("Acme", 1, Self.thisWeek)], today: Self.wednesday)
        #expect(weeks.carriedOver(into: Self.nextWeek, visitLog: []).isEmpty)
    }

    @Test("a week's plan lists carried visits first, plans the capacity left and never picks a customer twice")
    func weekPlanCountsCarried() {
        let book = [
            F.entry("Acme", .b, objective: 95, record: 10), F.entry("Beta", .b, objective: 90, record: 10),
            F.entry("Gamma", .b, objective: 85, record: 10), F.entry("Delta", .b, objective: 80, record: 10),
        ]
        let plan = WeekPlan.make(
            week: Self.thisWeek, classifications: book, visitLog: [], planned: [visit("Acme", 1, Self.lastWeek)],
            policy: .standard, capacity: .visits(3), today: Self.wednesday)
        #expect(plan.carried.map(\.customerName) == ["Acme"])
        #expect(plan.carried.first?.segment == .b)
        #expect(plan.plan.capacity == 2)
        #expect(plan.picks.map(\.customer) == ["Beta", "Gamma"])
        #expect(plan.total == 3)
        #expect(
            plan.plannedVisits(rep: { _ in "Sato" })
                == [
                    PlannedVisit(customerName: "Acme", visits: 1, rep: "Sato", week: Self.thisWeek.start),
                    PlannedVisit(customerName: "Beta", visits: 1, rep: "Sato", week: Self.thisWeek.start),
                    PlannedVisit(customerName: "Gamma", visits: 1, rep: "Sato", week: Self.thisWeek.start),
                ])
    }

    @Test("a week ahead is planned as of its Monday, over all five working days")
    func weekAhead() {
        let book = [F.entry("Acme", .b, objective: 95, record: 10)]
        let plan = WeekPlan.make(
            week: Self.nextWeek, classifications: book, visitLog: [], planned: [], policy: .standard,
            capacity: .visits(1), today: Self.wednesday)
        #expect(plan.week == Self.nextWeek)
        #expect(plan.picks.map(\.day) == [Self.nextWeek.start])
    }
}
