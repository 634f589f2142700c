/// An existing customer as the rep's book records it.
public struct Customer: Sendable, Hashable, Codable {
    /// The company name as the user typed or imported it (the key of the
    /// book), always on one line: a line break in it becomes a space.
    public var name: String {
        didSet { if SingleLine.hasBreak(name) { name = SingleLine.joined(name) } }
    }
    public var metrics: MetricValues
    /// The last time the rep visited, if known.
    public var lastVisit: LocalDate?
    /// Who owns the account, on one line like the name.
    public var rep: String? {
        didSet { if let rep, SingleLine.hasBreak(rep) { self.rep = SingleLine.joined(rep) } }
    }
    public var notes: String?

    public init(
        name: String,
        metrics: MetricValues = MetricValues(),
        lastVisit: LocalDate? = nil,
        rep: String? = nil,
        notes: String? = nil
    ) {
        // Stored names from before this rule get it too: joining keeps their
        // key (Book.key folds white space), so the stored row is still found.
        self.name = SingleLine.joined(name)
        self.metrics = metrics
        self.lastVisit = lastVisit
        self.rep = rep.map(SingleLine.joined)
        self.notes = notes
    }

    public subscript(metric: Metric) -> Double? {
        get { metrics[metric] }
        set { metrics[metric] = newValue }
    }
}
