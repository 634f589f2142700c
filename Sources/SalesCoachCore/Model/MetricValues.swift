/// The six metric values of one customer; a missing value is `nil`, never zero.
///
/// Stored as a fixed array rather than a dictionary because books of a million
/// rows are read and ranked metric by metric.
public struct MetricValues: Sendable, Hashable, Codable {
    private var storage: [Double?]

    public init() { storage = Array(repeating: nil, count: Metric.allCases.count) }

    public init(_ values: [Metric: Double]) {
        self.init()
        for (metric, value) in values { self[metric] = value }
    }

    public subscript(metric: Metric) -> Double? {
        get { storage[metric.index] }
        set { storage[metric.index] = newValue }
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
