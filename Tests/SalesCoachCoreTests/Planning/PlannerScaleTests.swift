import Testing

@testable import SalesCoachCore

/// The planner on a 10,000-customer book: the same shape of plan as on a small
/// one, and (in an optimised build) well within 20 ms.
@Suite struct PlannerScaleTests {
    /// A seeded book: every segment, a tenth without a last visit, a visit log of 5,000 records.
    static func book(size: Int) -> (classifications: [Classification], log: [VisitRecord]) {
        var random = SeededRandom(seed: 42)
        let today = PlanFixture.monday
        var customers: [Customer] = []
        customers.reserveCapacity(size)
        for i in 0..<size {
            let values: [Metric: Double] = [
                .companyRevenue: Double(Int.random(in: 1...1_000_000, using: &random)) * 1000,
                .employees: Double(Int.random(in: 5...50_000, using: &random)),
                .growth: Double(Int.random(in: -200...400, using: &random)) / 10,
                .orders: Double(Int.random(in: 0...200, using: &random)),
                .sales: Double(Int.random(in: 0...100_000, using: &random)) * 1000,
                .profit: Double(Int.random(in: 0...30_000, using: &random)) * 1000,
            ]
            let lastVisit =
                i % 10 == 0 ? nil : today.adding(days: -Int.random(in: 1...120, using: &random))
            customers.append(
                Customer(name: "Customer \(i)", metrics: MetricValues(values), lastVisit: lastVisit)
            )
        }
        let log = (0..<5000).map { _ in
            VisitRecord(
                customerName: "customer \(Int.random(in: 0..<size, using: &random))",
                date: today.adding(days: -Int.random(in: 0...60, using: &random)))
        }
        return (Classifier().classify(customers), log)
    }

    @Test("a 10,000-customer book gets a full plan by the policy's shares (its speed is measured by Scripts/bench-repl.sh)")
    func tenThousand() {
        let (classifications, log) = Self.book(size: 10_000)
        let plan = Planner.plan(
            classifications: classifications, visitLog: log, policy: .standard, capacity: .visits(40), today: PlanFixture.monday)
        #expect(plan.picks.count == 40)
        // Far more A customers are due than A's share holds, so C's and D's visits go to A too.
        #expect(plan.allocations.map(\.planned) == [20, 20, 0, 0])
        #expect(Set(plan.picks.map(\.customer)).count == 40)
    }
}
