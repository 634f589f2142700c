@testable import SalesCoachCore

/// Hand-built classified books for the planning tests: each customer gets the
/// axis scores given (or 75/25 for high/low), so segments and upsides are exact.
enum PlanFixture {
    /// Monday 2 March 2026.
    static let monday = date("2026-03-02")

    static func date(_ text: String) -> LocalDate {
        LocalDate(parsing: text) ?? LocalDate(dayNumber: 0)
    }

    /// A date `days` before `monday`.
    static func daysAgo(_ days: Int, from today: LocalDate = monday) -> LocalDate {
        today.adding(days: -days)
    }

    static func entry(
        _ name: String, _ segment: Segment, objective: Int? = nil, record: Int? = nil,
        sales: Double? = nil,
        revenue: Double? = nil, employees: Double? = nil, lastVisit: LocalDate? = nil,
        notes: String? = nil,
        rep: String? = nil
    ) -> Classification {
        var values: [Metric: Double] = [:]
        values[.sales] = sales
        values[.companyRevenue] = revenue
        values[.employees] = employees
        let customer = Customer(
            name: name, metrics: MetricValues(values), lastVisit: lastVisit, rep: rep, notes: notes)
        return Classification(
            customer: customer,
            objective: axis(.objective, objective ?? (segment.objectiveHigh ? 75 : 25)),
            record: axis(.record, record ?? (segment.recordHigh ? 75 : 25)),
            moves: [])
    }

    static func unclassified(_ name: String) -> Classification {
        Classification(customer: Customer(name: name), objective: nil, record: nil, moves: [])
    }

    static func axis(_ axis: Axis, _ score: Int) -> AxisScore {
        AxisScore(
            axis: axis, score: Rational(score), isHigh: score >= 50, isBorderline: false,
            metrics: [], missing: [])
    }
}
