import Synchronization

/// The verdict on one customer, with everything needed to explain it.
///
/// The REPL, the assistant and the planner all read this one value, so
/// "why is X in C?" can never disagree with `list`.
public struct Classification: Sendable, Hashable {
    public let customer: Customer
    /// The objective-evaluation axis, nil when no metric of it has a value.
    public let objective: AxisScore?
    /// The transaction-record axis, nil when no metric of it has a value.
    public let record: AxisScore?
    /// Moves that would change the segment, nearest (smallest relative change) first.
    public var moves: [Move] { movesSource.moves }
    private let movesSource: LazyMoves

    public init(customer: Customer, objective: AxisScore?, record: AxisScore?, moves: [Move]) {
        self.customer = customer
        self.objective = objective
        self.record = record
        movesSource = LazyMoves(moves)
    }

    /// With the moves worked out by `moves` when first read.
    init(customer: Customer, objective: AxisScore?, record: AxisScore?, moves: @escaping @Sendable () -> [Move]) {
        self.customer = customer
        self.objective = objective
        self.record = record
        movesSource = LazyMoves(moves)
    }

    public static func == (a: Classification, b: Classification) -> Bool {
        a.customer == b.customer && a.objective == b.objective && a.record == b.record && a.moves == b.moves
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(customer)
        hasher.combine(objective)
        hasher.combine(record)
        hasher.combine(moves)
    }

    public var name: String { customer.name }

    /// The segment, or nil when an axis has no data.
    public var segment: Segment? {
        guard let objective, let record else { return nil }
        return Segment(objectiveHigh: objective.isHigh, recordHigh: record.isHigh)
    }

    /// The axes that had no usable value, when unclassified.
    public var missingAxes: [Axis] {
        var missing: [Axis] = []
        if objective == nil { missing.append(.objective) }
        if record == nil { missing.append(.record) }
        return missing
    }

    public func score(on axis: Axis) -> AxisScore? { axis == .objective ? objective : record }

    /// True when either axis score lies within the borderline margin of the cut.
    public var isBorderline: Bool { (objective?.isBorderline ?? false) || (record?.isBorderline ?? false) }

    /// The nearest move, the one the explanation leads with.
    public var nearestMove: Move? { moves.first }

    /// The nearest move on each axis that has to change to reach `target`.
    public func moves(toward target: Segment) -> [Move] {
        guard let segment, segment != target else { return [] }
        var result: [Move] = []
        if segment.objectiveHigh != target.objectiveHigh,
            let move = moves.first(where: { $0.axis == .objective })
        {
            result.append(move)
        }
        if segment.recordHigh != target.recordHigh, let move = moves.first(where: { $0.axis == .record }) {
            result.append(move)
        }
        return result
    }
}

/// One axis of a customer's classification.
public struct AxisScore: Sendable, Hashable {
    public let axis: Axis
    /// The exact weighted mean of the metric scores, 0–100.
    public let score: Rational
    public let isHigh: Bool
    public let isBorderline: Bool
    /// The metrics that had a value, in canonical order.
    public let metrics: [MetricScore]
    /// The metrics of this axis that had no value and were skipped.
    public let missing: [Metric]
    /// The cut the score was held against, so that printing never rounds across it.
    public let cut: Rational

    public init(
        axis: Axis, score: Rational, isHigh: Bool, isBorderline: Bool, metrics: [MetricScore], missing: [Metric],
        cut: Rational = Rational(50)
    ) {
        self.cut = cut
        self.axis = axis
        self.score = score
        self.isHigh = isHigh
        self.isBorderline = isBorderline
        self.metrics = metrics
        self.missing = missing
    }

    /// The score for printing; never compare this.
    public var value: Double { score.doubleValue }

    /// The score as people read it, one decimal, never rounded across the cut.
    public var scoreText: String { Formatting.score(score, cut: cut) }

    /// The metric that lifted the axis most (highest score), if any.
    public var strongest: MetricScore? { metrics.max { $0.score < $1.score } }
    /// The metric that held the axis down most (lowest score), if any.
    public var weakest: MetricScore? { metrics.min { $0.score < $1.score } }
}

/// One metric's part in an axis score.
public struct MetricScore: Sendable, Hashable {
    public enum Pull: String, Sendable, Hashable {
        /// The metric's score is at or above the cut: it pulls the axis up.
        case up
        /// Below the cut: it pulls the axis down.
        case down
    }

    public let metric: Metric
    public let value: Double
    /// Percentile rank (relative mode) or 0/100 (absolute mode).
    public let score: Rational
    public let weight: Rational
    public let pull: Pull
    /// How many customers had a value for this metric (relative mode).
    public let population: Int
    /// The cut the score was held against.
    public let cut: Rational

    public init(
        metric: Metric, value: Double, score: Rational, weight: Rational, pull: Pull, population: Int,
        cut: Rational = Rational(50)
    ) {
        self.cut = cut
        self.metric = metric
        self.value = value
        self.score = score
        self.weight = weight
        self.pull = pull
        self.population = population
    }

    /// The score as people read it, one decimal, never rounded across the cut.
    public var scoreText: String { Formatting.score(score, cut: cut) }
}

/// A counterfactual: the smallest change to one metric that would flip an axis.
///
/// "sales would need to reach ¥X for record to become high".
public struct Move: Sendable, Hashable {
    public enum Target: Sendable, Hashable {
        /// Matching this value is enough.
        case reach(Double)
        /// The value must be strictly above this.
        case exceed(Double)
        /// The value would have to fall to this value (a tie) for the axis to drop.
        case fallTo(Double)
        /// The value would have to fall strictly below this.
        case fallBelow(Double)

        public var value: Double {
            switch self {
            case .reach(let v), .exceed(let v), .fallTo(let v), .fallBelow(let v): v
            }
        }

        public var isRaise: Bool {
            switch self {
            case .reach, .exceed: true
            case .fallTo, .fallBelow: false
            }
        }
    }

    public let metric: Metric
    public let current: Double
    public let target: Target
    /// The segment now and the segment after the move.
    public let from: Segment
    public let to: Segment

    public init(metric: Metric, current: Double, target: Target, from: Segment, to: Segment) {
        self.metric = metric
        self.current = current
        self.target = target
        self.from = from
        self.to = to
    }

    public var axis: Axis { metric.axis }

    /// Size of the change relative to the current value; orders moves by nearness.
    public var relativeChange: Double {
        let base = max(abs(current), 1)
        return abs(target.value - current) / base
    }
}

/// A customer's moves, given or worked out once on first reading (from any thread).
final class LazyMoves: Sendable {
    private enum State {
        case ready([Move])
        case pending(@Sendable () -> [Move])
    }

    private let state: Mutex<State>

    init(_ moves: [Move]) { state = Mutex(.ready(moves)) }

    init(_ make: @escaping @Sendable () -> [Move]) { state = Mutex(.pending(make)) }

    var moves: [Move] {
        state.withLock { state in
            switch state {
            case .ready(let moves):
                return moves
            case .pending(let make):
                let moves = make()
                state = .ready(moves)
                return moves
            }
        }
    }
}
