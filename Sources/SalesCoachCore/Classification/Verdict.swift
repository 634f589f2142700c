/// What an export says about one customer: the segment, each axis's score
/// and level, and the nearest move. Smaller than a `Classification` (no
/// per-metric fractions), so that `BatchClassifier` can hand out a million
/// of them without keeping any.
public struct Verdict: Sendable, Hashable {
    /// One axis: the exact score (a fraction, not necessarily reduced, since
    /// reducing a million of them cost more than all the rest) and the
    /// exact decisions.
    public struct AxisLevel: Sendable, Hashable {
        public let numerator: Int128
        public let denominator: Int128
        public let isHigh: Bool
        public let isBorderline: Bool

        public init(numerator: Int128, denominator: Int128, isHigh: Bool, isBorderline: Bool) {
            self.numerator = numerator
            self.denominator = denominator
            self.isHigh = isHigh
            self.isBorderline = isBorderline
        }

        /// The axis score, 0–100, for printing; never compare it with the cut.
        public var score: Double { Rational.quotient(numerator, denominator) }
    }

    public let objective: AxisLevel?
    public let record: AxisLevel?
    public let nearestMove: Move?

    public init(objective: AxisLevel?, record: AxisLevel?, nearestMove: Move?) {
        self.objective = objective
        self.record = record
        self.nearestMove = nearestMove
    }

    /// The same verdict as a full classification gives.
    public init(_ classification: Classification) {
        func level(_ axis: AxisScore?) -> AxisLevel? {
            axis.map {
                AxisLevel(
                    numerator: $0.score.numerator, denominator: $0.score.denominator, isHigh: $0.isHigh,
                    isBorderline: $0.isBorderline)
            }
        }
        self.init(
            objective: level(classification.objective), record: level(classification.record),
            nearestMove: classification.nearestMove)
    }

    public var segment: Segment? {
        guard let objective, let record else { return nil }
        return Segment(objectiveHigh: objective.isHigh, recordHigh: record.isHigh)
    }

    public var isBorderline: Bool { (objective?.isBorderline ?? false) || (record?.isBorderline ?? false) }

    public func level(on axis: Axis) -> AxisLevel? { axis == .objective ? objective : record }

    /// The axes without a usable value, when unclassified.
    public var missingAxes: [Axis] {
        Axis.allCases.filter { level(on: $0) == nil }
    }
}
