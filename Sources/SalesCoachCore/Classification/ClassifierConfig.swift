/// How customers are scored and cut into segments.
///
/// The default is the relative rule every acceptance check relies on:
/// percentile ranks per metric, equal weights, high when the axis score is
/// at least 50, borderline within 5 points of the cut.
public struct ClassifierConfig: Sendable, Hashable {
    public enum Mode: String, Sendable, Hashable, CaseIterable {
        /// Scores are percentile ranks within the book.
        case relative
        /// Scores are 100 when a metric meets its fixed threshold, else 0.
        case absolute
    }

    public var mode: Mode
    /// Per-metric weight within its axis; 0 leaves the metric out.
    public var weights: [Metric: Rational]
    /// Absolute mode: a metric counts as high when its value is at least this.
    public var thresholds: [Metric: Double]
    /// An axis is high when its score is at least the cut (0–100).
    public var cut: Rational
    /// An axis score within this many points of the cut is flagged borderline.
    public var borderlineMargin: Rational

    public init(
        mode: Mode = .relative,
        weights: [Metric: Rational] = [:],
        thresholds: [Metric: Double] = [:],
        cut: Rational = Rational(50),
        borderlineMargin: Rational = Rational(5)
    ) {
        self.mode = mode
        self.weights = weights
        self.thresholds = thresholds
        self.cut = cut
        self.borderlineMargin = borderlineMargin
    }

    public static let standard = ClassifierConfig()

    public func weight(of metric: Metric) -> Rational { weights[metric] ?? Rational(1) }

    /// Whether `metric` takes part in scoring under this configuration.
    public func uses(_ metric: Metric) -> Bool {
        guard weight(of: metric) > .zero else { return false }
        return mode == .relative || thresholds[metric] != nil
    }
}
