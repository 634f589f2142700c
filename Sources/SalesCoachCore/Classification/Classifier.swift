/// Rates every customer of a book on both axes and places it in A, B, C or D.
///
/// ```swift
/// let results = Classifier().classify(book.customers)
/// results[0].segment        // .b
/// results[0].record?.score  // 125/4 (31.25), exact
/// ```
public struct Classifier: Sendable {
    public let config: ClassifierConfig

    public init(config: ClassifierConfig = .standard) {
        self.config = config
    }

    /// Classifies `customers` as one book; the result keeps their order.
    ///
    /// The work is done in integers by `BatchClassifier` whenever the
    /// configuration allows (always, short of weights with denominators in
    /// the millions); the fractions below are the rule as written, the
    /// fallback, and what the tests' reference computations mirror.
    public func classify(_ customers: [Customer]) -> [Classification] {
        if let batch = BatchClassifier(customers: customers, config: config) {
            return batch.classifications(of: customers)
        }
        return classifyWithFractions(customers)
    }

    /// The rule in exact fractions throughout.
    func classifyWithFractions(_ customers: [Customer]) -> [Classification] {
        let columns = buildColumns(customers)
        return customers.indices.map { classify(customers[$0], row: $0, columns: columns) }
    }

    public func classify(_ book: Book) -> [Classification] { classify(book.customers) }

    /// Ranks each rep's customers as a book of their own, so a manager can
    /// compare reps fairly. Groups come in order of first appearance, named as
    /// the rep is first spelt; reps are the same when `RepName.key` says so
    /// (`Sato`, `SATO`, `佐藤さん`/`佐藤`). Customers without a rep form one
    /// group with `rep == nil`.
    public func classifyPerRep(_ customers: [Customer]) -> [(rep: String?, results: [Classification])] {
        Classifier.repGroups(customers).map { group in (group.rep, classify(group.rows.map { customers[$0] })) }
    }

    /// The rows of each rep's book, in order of first appearance, named as
    /// the rep is first spelt; the rows without a rep form one group with
    /// `rep == nil`. Shared with `BatchClassifier`, so both group alike.
    public static func repGroups(_ customers: [Customer]) -> [(rep: String?, rows: [Int])] {
        var reps: [String] = []
        var indices: [String: Int32] = [:]
        let repOfRow = customers.map { customer -> Int32 in
            guard let rep = customer.rep else { return -1 }
            if let index = indices[rep] { return index }
            reps.append(rep)
            indices[rep] = Int32(reps.count - 1)
            return Int32(reps.count - 1)
        }
        return repGroups(repOfRow: repOfRow, reps: reps)
    }

    /// `repGroups` for rows that each name their rep by its index in `reps`
    /// (-1 for none), as `CustomerColumns` keeps them.
    static func repGroups(repOfRow: [Int32], reps: [String]) -> [(rep: String?, rows: [Int])] {
        var groups: [(rep: String?, rows: [Int])] = []
        var groupOfKey: [String?: Int] = [:]
        // A team has a handful of reps spelt a handful of ways: each spelling is normalised once.
        var groupOfRep = [Int](repeating: -1, count: reps.count)
        var groupWithoutRep = -1
        func group(_ spelling: String?) -> Int {
            let rep = spelling.flatMap { $0.trimmingWhitespace.isEmpty ? nil : $0.trimmingWhitespace }
            let key = rep.map(RepName.key)
            if let known = groupOfKey[key] { return known }
            groupOfKey[key] = groups.count
            groups.append((rep, []))
            return groups.count - 1
        }
        for (row, rep) in repOfRow.enumerated() {
            let g: Int
            if rep < 0 {
                if groupWithoutRep < 0 { groupWithoutRep = group(nil) }
                g = groupWithoutRep
            } else {
                if groupOfRep[Int(rep)] < 0 { groupOfRep[Int(rep)] = group(reps[Int(rep)]) }
                g = groupOfRep[Int(rep)]
            }
            groups[g].rows.append(row)
        }
        return groups
    }

    // MARK: Internals

    private func usableValue(_ customer: Customer, _ metric: Metric) -> Double? {
        guard config.uses(metric), let value = customer[metric], value.isFinite else { return nil }
        return value
    }

    private func buildColumns(_ customers: [Customer]) -> [Metric: MetricColumn] {
        guard config.mode == .relative else { return [:] }
        var columns: [Metric: MetricColumn] = [:]
        for metric in Metric.allCases where config.uses(metric) {
            columns[metric] = MetricColumn(rows: customers.map { usableValue($0, metric) })
        }
        return columns
    }

    private func metricScore(_ metric: Metric, value: Double, row: Int, columns: [Metric: MetricColumn]) -> MetricScore? {
        let score: Rational
        let population: Int
        switch config.mode {
        case .relative:
            guard let column = columns[metric], let position = column.position(ofRow: row) else { return nil }
            score = column.score(at: position)
            population = column.count
        case .absolute:
            guard let threshold = config.thresholds[metric] else { return nil }
            score = value >= threshold ? .hundred : .zero
            population = 0
        }
        return MetricScore(
            metric: metric, value: value, score: score, weight: config.weight(of: metric),
            pull: score >= config.cut ? .up : .down, population: population, cut: config.cut)
    }

    private func axisScore(_ axis: Axis, _ customer: Customer, row: Int, columns: [Metric: MetricColumn]) -> AxisScore? {
        var scores: [MetricScore] = []
        var missing: [Metric] = []
        for metric in axis.metrics where config.uses(metric) {
            if let value = usableValue(customer, metric), let score = metricScore(metric, value: value, row: row, columns: columns) {
                scores.append(score)
            } else {
                missing.append(metric)
            }
        }
        guard !scores.isEmpty else { return nil }
        var weighted = Rational.zero
        var totalWeight = Rational.zero
        for s in scores {
            weighted = weighted + s.weight * s.score
            totalWeight = totalWeight + s.weight
        }
        let mean = weighted / totalWeight
        let distance = mean < config.cut ? config.cut - mean : mean - config.cut
        return AxisScore(
            axis: axis, score: mean, isHigh: mean >= config.cut,
            isBorderline: distance <= config.borderlineMargin, metrics: scores, missing: missing, cut: config.cut)
    }

    private func classify(_ customer: Customer, row: Int, columns: [Metric: MetricColumn]) -> Classification {
        let objective = axisScore(.objective, customer, row: row, columns: columns)
        let record = axisScore(.record, customer, row: row, columns: columns)
        var moves: [Move] = []
        if let objective, let record {
            let segment = Segment(objectiveHigh: objective.isHigh, recordHigh: record.isHigh)
            moves = nearestMoves(on: objective, segment: segment, row: row, columns: columns)
                + nearestMoves(on: record, segment: segment, row: row, columns: columns)
            moves.sort(by: Move.leads)
        }
        return Classification(customer: customer, objective: objective, record: record, moves: moves)
    }

    /// For each metric of the axis, the smallest change of that metric alone
    /// that flips the axis, holding everything else in the book fixed.
    private func nearestMoves(on axis: AxisScore, segment: Segment, row: Int, columns: [Metric: MetricColumn]) -> [Move] {
        let totalWeight = axis.metrics.reduce(Rational.zero) { $0 + $1.weight }
        let weighted = axis.metrics.reduce(Rational.zero) { $0 + $1.weight * $1.score }
        let flipped =
            axis.axis == .objective
            ? Segment(objectiveHigh: !axis.isHigh, recordHigh: segment.recordHigh)
            : Segment(objectiveHigh: segment.objectiveHigh, recordHigh: !axis.isHigh)
        var moves: [Move] = []
        for part in axis.metrics {
            let others = weighted - part.weight * part.score
            // The score this metric needs so that the weighted mean meets the cut.
            let needed = (config.cut * totalWeight - others) / part.weight
            let target: Move.Target?
            switch config.mode {
            case .relative:
                guard let column = columns[part.metric], let position = column.position(ofRow: row) else { continue }
                target =
                    axis.isHigh
                    ? column.lower(from: position, below: needed)
                    : column.raise(from: position, toReach: needed)
            case .absolute:
                guard let threshold = config.thresholds[part.metric] else { continue }
                if axis.isHigh {
                    target = part.value >= threshold && Rational.zero < needed ? .fallBelow(threshold) : nil
                } else {
                    target = part.value < threshold && Rational.hundred >= needed ? .reach(threshold) : nil
                }
            }
            // Counts and amounts cannot go negative: "fall below 0" is no real move.
            if case .fallBelow(let floor)? = target, floor <= 0, part.metric.isNonNegative { continue }
            if let target {
                moves.append(Move(metric: part.metric, current: part.value, target: target, from: segment, to: flipped))
            }
        }
        return moves
    }
}
