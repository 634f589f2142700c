/// The six metric values of one customer; a missing value is `nil`, never zero.
///
/// Stored inline, one property per metric, rather than in a dictionary or an
/// array: a book of a million rows would otherwise allocate a million arrays.
public struct MetricValues: Sendable, Hashable, Codable {
    private var companyRevenue: Double?
    private var employees: Double?
    private var growth: Double?
    private var orders: Double?
    private var sales: Double?
    private var profit: Double?

    public init() {}

    public init(_ values: [Metric: Double]) {
        self.init()
        for (metric, value) in values { self[metric] = value }
    }

    /// Whether every value is the same to the bit: unlike `==`, 0 and -0
    /// differ (they may be shown differently).
    func isIdentical(to other: MetricValues) -> Bool {
        func same(_ x: Double?, _ y: Double?) -> Bool { x?.bitPattern == y?.bitPattern }
        return same(companyRevenue, other.companyRevenue) && same(employees, other.employees) && same(growth, other.growth)
            && same(orders, other.orders) && same(sales, other.sales) && same(profit, other.profit)
    }

    public subscript(metric: Metric) -> Double? {
        get {
            switch metric {
            case .companyRevenue: companyRevenue
            case .employees: employees
            case .growth: growth
            case .orders: orders
            case .sales: sales
            case .profit: profit
            }
        }
        set {
            // NaN is no value at all; storing it would make a customer unequal to itself.
            let newValue = newValue.flatMap { $0.isNaN ? nil : $0 }
            switch metric {
            case .companyRevenue: companyRevenue = newValue
            case .employees: employees = newValue
            case .growth: growth = newValue
            case .orders: orders = newValue
            case .sales: sales = newValue
            case .profit: profit = newValue
            }
        }
    }

    /// The metrics that have a value, in canonical order.
    public var present: [Metric] { Metric.allCases.filter { self[$0] != nil } }

    /// Whether at least one metric of `axis` has a value.
    public func hasValue(on axis: Axis) -> Bool { axis.metrics.contains { self[$0] != nil } }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: MetricKey.self)
        self.init()
        for metric in Metric.allCases {
            self[metric] = try container.decodeIfPresent(Double.self, forKey: MetricKey(metric))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: MetricKey.self)
        for metric in Metric.allCases {
            try container.encodeIfPresent(self[metric], forKey: MetricKey(metric))
        }
    }

    private struct MetricKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ metric: Metric) { stringValue = metric.rawValue }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
