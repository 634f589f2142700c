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

    /// The column name a Japanese export uses; the importer knows each one (`HeaderAliases`).
    public var japaneseName: String {
        switch self {
        case .name: "顧客名"
        case .metric(.companyRevenue): "売上高"
        case .metric(.employees): "従業員数"
        case .metric(.growth): "成長率"
        case .metric(.orders): "受注件数"
        case .metric(.sales): "当社売上"
        case .metric(.profit): "粗利"
        case .lastVisit: "最終訪問日"
        case .rep: "担当者"
        case .notes: "メモ"
        }
    }

    /// The column name an export in `language` uses.
    public func columnName(in language: Language) -> String { language == .en ? canonicalName : japaneseName }

    public init?(canonicalName: String) {
        guard let field = CustomerField.all.first(where: { $0.canonicalName == canonicalName.lowercased() })
        else { return nil }
        self = field
    }

    public var description: String { canonicalName }
}
