import SalesCoachCore

/// Small, readable customers for the tests.
enum Fixtures {
    static func customer(
        _ name: String, sales: Double? = nil, orders: Double? = nil, rep: String? = nil, notes: String? = nil,
        lastVisit: LocalDate? = nil
    ) -> Customer {
        var metrics = MetricValues()
        metrics[.sales] = sales
        metrics[.orders] = orders
        return Customer(name: name, metrics: metrics, lastVisit: lastVisit, rep: rep, notes: notes)
    }

    static func date(_ text: String) -> LocalDate {
        guard let date = LocalDate(parsing: text) else { fatalError("bad fixture date \(text)") }
        return date
    }

    static func book(_ names: [String]) throws -> Book {
        try Book(names.enumerated().map { customer($1, sales: Double($0 + 1) * 100) })
    }
}
