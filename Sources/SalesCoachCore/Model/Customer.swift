/// An existing customer as the rep's book records it.
public struct Customer: Sendable, Hashable, Codable {
    /// The company name as the user typed or imported it (the key of the book).
    public var name: String
    public var metrics: MetricValues
    /// The last time the rep visited, if known.
    public var lastVisit: LocalDate?
    /// Who owns the account.
    public var rep: String?
    public var notes: String?

    public init(
        name: String,
        metrics: MetricValues = MetricValues(),
        lastVisit: LocalDate? = nil,
        rep: String? = nil,
        notes: String? = nil
    ) {
        self.name = name
        self.metrics = metrics
        self.lastVisit = lastVisit
        self.rep = rep
        self.notes = notes
    }

    public subscript(metric: Metric) -> Double? {
        get { metrics[metric] }
        set { metrics[metric] = newValue }
    }
}
