/// The two axes of the matrix.
///
/// `objective` is how attractive the company is on its own (客観的評価);
/// `record` is how much business it does with us (取り引き実績).
public enum Axis: String, CaseIterable, Sendable, Hashable, Codable {
    case objective
    case record

    /// The metrics that feed this axis, in canonical order.
    public var metrics: [Metric] { Metric.allCases.filter { $0.axis == self } }

    public var label: String {
        switch self {
        case .objective: "objective evaluation"
        case .record: "transaction record"
        }
    }

    public var labelJapanese: String {
        switch self {
        case .objective: "客観的評価"
        case .record: "取り引き実績"
        }
    }
}
