/// One of the six numbers the method rates a customer on.
///
/// The raw values are the canonical CSV column names, so they double as the
/// field names in exports and config files.
public enum Metric: String, CaseIterable, Sendable, Hashable, Codable, Comparable {
    case companyRevenue = "company_revenue"
    case employees
    case growth
    case orders
    case sales
    case profit

    /// The axis this metric feeds.
    public var axis: Axis {
        switch self {
        case .companyRevenue, .employees, .growth: .objective
        case .orders, .sales, .profit: .record
        }
    }

    /// Position in `allCases`; used as a compact array index.
    public var index: Int {
        switch self {
        case .companyRevenue: 0
        case .employees: 1
        case .growth: 2
        case .orders: 3
        case .sales: 4
        case .profit: 5
        }
    }

    public static func < (lhs: Metric, rhs: Metric) -> Bool { lhs.index < rhs.index }

    /// A short English label for tables and explanations.
    public var label: String {
        switch self {
        case .companyRevenue: "company revenue"
        case .employees: "employees"
        case .growth: "growth"
        case .orders: "orders"
        case .sales: "our sales"
        case .profit: "our profit"
        }
    }

    /// The same label in Japanese.
    public var labelJapanese: String {
        switch self {
        case .companyRevenue: "売上高"
        case .employees: "従業員数"
        case .growth: "成長率"
        case .orders: "受注件数"
        case .sales: "当社売上"
        case .profit: "粗利"
        }
    }

    /// Whether the metric can never be negative (growth and profit can).
    public var isNonNegative: Bool {
        switch self {
        case .companyRevenue, .employees, .orders, .sales: true
        case .growth, .profit: false
        }
    }

    /// Whether the value is an amount of money (printed with a currency style).
    public var isMoney: Bool {
        switch self {
        case .companyRevenue, .sales, .profit: true
        case .employees, .growth, .orders: false
        }
    }
}
