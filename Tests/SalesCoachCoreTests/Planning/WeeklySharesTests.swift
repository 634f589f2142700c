@testable import SalesCoachCore
import Testing

@Suite struct WeeklySharesTests {
    typealias F = PlanFixture

    static let book = [F.entry("Acme", .a), F.entry("Beta", .b), F.entry("Cosy", .c), F.entry("Dull", .d)]
    /// Wednesday 4 March 2026; its week starts Monday 2 March.
    static let today = F.date("2026-03-04")

    @Test("weeks come oldest first and end with the current one; a week with visits logged counts those")
    func logged() {
        let log = [
            VisitRecord(customerName: "Cosy", date: F.date("2026-02-24")),
            VisitRecord(customerName: "cosy", date: F.date("2026-02-25")),
            VisitRecord(customerName: "Beta", date: F.date("2026-02-26")),
            VisitRecord(customerName: "Acme", date: F.date("2026-03-02")),
        ]
        let shares = WeeklyShares(weeks: 3, visitLog: log, planned: [], classifications: Self.book, today: Self.today)
        #expect(shares.weeks.map(\.week.start) == [F.date("2026-02-16"), F.date("2026-02-23"), F.date("2026-03-02")])
        #expect(shares.weeks[0].share(.c) == nil, "nothing that week")
        #expect(shares.weeks[1].basis == .logged)
        #expect(shares.weeks[1].share(.c) == 2.0 / 3.0)
        #expect(shares.weeks[2].share(.a) == 1)
        #expect(!shares.isEmpty)
    }

    @Test("a week with nothing logged shows what was planned for it, undated plans counting for this week")
    func plannedWhenNothingLogged() {
        let planned = [
            PlannedVisit(customerName: "Cosy", visits: 3),
            PlannedVisit(customerName: "Beta", visits: 1),
            PlannedVisit(customerName: "Acme", visits: 2, week: F.date("2026-02-23")),
            PlannedVisit(customerName: "Nobody", visits: 5),
        ]
        let shares = WeeklyShares(weeks: 2, visitLog: [], planned: planned, classifications: Self.book, today: Self.today)
        #expect(shares.weeks[0].basis == .planned)
        #expect(shares.weeks[0].share(.a) == 1)
        #expect(shares.weeks[1].share(.c) == 0.75, "a name not in the book is left out")
    }

    @Test("with no visits and no plans there is nothing to draw")
    func empty() {
        #expect(WeeklyShares(weeks: 4, visitLog: [], planned: [], classifications: Self.book, today: Self.today).isEmpty)
    }
}
