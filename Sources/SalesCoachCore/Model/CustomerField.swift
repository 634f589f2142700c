/// A column a customer CSV can fill: the name, one of the six metrics, or an
/// optional field. Header aliases and config column maps point at these.
public enum CustomerField: Sendable, Hashable, CustomStringConvertible {
    case name
    case metric(Metric)
    case lastVisit
    case rep
    case notes

    /// Every field, in canonical CSV order.
    public static let all: [CustomerField] =
        [.name] + Metric.allCases.map { .metric($0) } + [.lastVisit, .rep, .notes]

    /// The canonical column name (`name`, `company_revenue`, …, `last_visit`, `rep`, `notes`).
    public var canonicalName: String {
        switch self {
        case .name: "name"
        case .metric(let metric): metric.rawValue
        case .lastVisit: "last_visit"
        case .rep: "rep"
        case .notes: "notes"
        }
    }

    public init?(canonicalName: String) {
        guard let field = CustomerField.all.first(where: { $0.canonicalName == canonicalName.lowercased() })
        else { return nil }
        self = field
    }

    public var description: String { canonicalName }
}
