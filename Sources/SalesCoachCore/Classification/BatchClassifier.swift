import Dispatch

/// Classifies a whole book at once for exports: the same segments, scores,
/// borderline flags and nearest moves as `Classifier`, for a million rows in
/// well under a second.
///
/// Why a second classifier: `Classifier` builds a `Classification` per
/// customer with exact fractions for every metric and every candidate move,
/// which the REPL needs to explain a customer but an export of a company's
/// CRM does not. Here the book is kept as columns (one `[Double]` per
/// metric), each axis's cut is turned into integer bounds once (`AxisRule`),
/// and a row's verdict is computed on demand from its rank sums, with no
/// allocation and no greatest common divisor. The columns are sorted on both
/// cores. Tests compare every verdict with `Classifier` on random books.
public struct BatchClassifier: Sendable {
    public let config: ClassifierConfig
    /// The rows' values by metric (`Metric.index`), NaN where a row has none or the metric is unused.
    let values: [[Double]]
    /// Relative mode: each used metric's sorted column.
    let columns: [MetricColumn?]
    /// `rules[axis × 8 + mask]`: the rule for the metrics of the axis whose
    /// bits are set in `mask` (an axis has three metrics).
    let rules: [AxisRule?]
    public let count: Int

    /// The metrics of each axis in canonical order, kept once rather than
    /// filtered per row.
    static let axisMetrics: [[Metric]] = Axis.allCases.map(\.metrics)

    /// Prepares `customers` (or the customers at `rows`, as a book of their
    /// own); nil when the configuration's weights are too fine for exact
    /// integer arithmetic, where the caller falls back to `Classifier`.
    /// `sortingLike`: a classifier of the same rows before a change to a few
    /// of them, whose sorted columns are updated rather than sorted again
    /// (see `MetricColumn.init(values:updating:from:)`).
    public init?(
        customers: [Customer], rows: [Int]? = nil, config: ClassifierConfig = .standard, sortingLike earlier: BatchClassifier? = nil
    ) {
        let count = rows?.count ?? customers.count
        // One pass over the customers fills every column: a customer is
        // large, and six passes read a million of them six times.
        let used = Metric.allCases.map(config.uses)
        var values = used.map { $0 ? [Double](repeating: .nan, count: count) : [] }
        for i in 0..<count {
            let metrics = customers[rows?[i] ?? i].metrics
            for metric in Metric.allCases where used[metric.index] {
                if let value = metrics[metric], value.isFinite { values[metric.index][i] = value }
            }
        }
        self.init(values: values, count: count, config: config, sortingLike: earlier)
    }

    /// Prepares the book of `columns` (or its rows at `rows`, as a book of
    /// their own), as `init(customers:rows:config:)` prepares the same
    /// customers. A whole book's columns are ranked as they are, not copied.
    public init?(columns: CustomerColumns, rows: [Int]? = nil, config: ClassifierConfig = .standard) {
        let values = Metric.allCases.map { metric -> [Double] in
            guard config.uses(metric) else { return [] }
            let column = columns.values[metric.index]
            // Infinities are no value, as for a customer.
            guard let rows else {
                return column.allSatisfy { $0.isFinite || $0.isNaN } ? column : column.map { $0.isFinite ? $0 : .nan }
            }
            return rows.map { column[$0].isFinite ? column[$0] : .nan }
        }
        self.init(values: values, count: rows?.count ?? columns.count, config: config)
    }

    /// `values` by metric, NaN where a row has none, empty for a metric the configuration leaves out.
    private init?(values: [[Double]], count: Int, config: ClassifierConfig, sortingLike earlier: BatchClassifier? = nil) {
        self.config = config
        self.count = count
        self.values = values
        let columns =
            config.mode == .relative
            ? BatchClassifier.sortedColumns(values, updating: earlier) : Array(repeating: nil, count: values.count)
        self.columns = columns

        var rules: [AxisRule?] = []
        for (a, axis) in Axis.allCases.enumerated() {
            let metrics = BatchClassifier.axisMetrics[a]
            var byMask: [AxisRule?] = [nil]
            for mask in 1..<(1 << metrics.count) {
                let present = metrics.indices.filter { mask & (1 << $0) != 0 }.map { k in
                    (metric: metrics[k], population: columns[metrics[k].index]?.count ?? 1)
                }
                guard present.allSatisfy({ config.uses($0.metric) && $0.population > 0 }) else {
                    byMask.append(nil)
                    continue
                }
                guard let rule = AxisRule(axis: axis, present: present, config: config) else { return nil }
                byMask.append(rule)
            }
            precondition(byMask.count == Kernel.masks, "an axis has three metrics")
            rules += byMask
        }
        self.rules = rules
    }

    /// One sorted column per used metric, built on all cores: sorting is most
    /// of the set-up, and the six columns are independent. A column of
    /// `earlier` over the same rows is updated where few values changed.
    private static func sortedColumns(_ values: [[Double]], updating earlier: BatchClassifier?) -> [MetricColumn?] {
        let results = UnsafeMutableBufferPointer<MetricColumn?>.allocate(capacity: values.count)
        results.initialize(repeating: nil)
        defer { results.deinitialize().deallocate() }
        nonisolated(unsafe) let output = results
        DispatchQueue.concurrentPerform(iterations: values.count) { m in
            guard !values[m].isEmpty else { return }
            if let earlier, m < earlier.columns.count, let column = earlier.columns[m],
                let updated = MetricColumn(values: values[m], updating: column, from: earlier.values[m])
            {
                output[m] = updated
            } else {
                output[m] = MetricColumn(values: values[m])
            }
        }
        return Array(results)
    }

    // MARK: One row

    /// The verdict on row `row` (an index into this book's rows).
    public func verdict(row: Int) -> Verdict {
        withKernel { kernel in
            kernel.verdict(
                row: row, objective: kernel.state(axis: 0, row: row), record: kernel.state(axis: 1, row: row), probes: nil)
        }
    }

    /// The verdicts on `rows`, in order, into `verdicts` (emptied first): the
    /// same as `verdict(row:)` for each.
    public func verdicts(rows: Range<Int>, into verdicts: inout [Verdict]) {
        withKernel { $0.verdicts(rows: rows, into: &verdicts) }
    }

    /// Calls `body` with this book seen through plain pointers (`Kernel`).
    func withKernel<Result>(_ body: (Kernel) -> Result) -> Result {
        withUnsafeTemporaryAllocation(of: Kernel.Column.self, capacity: values.count) { columns in
            rules.withUnsafeBufferPointer { rules in
                withColumns(from: 0, into: columns) { body(Kernel(columns: UnsafeBufferPointer(columns), rules: rules)) }
            }
        }
    }

    /// Fills `into[m...]` with the columns of metrics `m` on, each valid while `body` runs.
    private func withColumns<Result>(
        from m: Int, into columns: UnsafeMutableBufferPointer<Kernel.Column>, _ body: () -> Result
    ) -> Result {
        guard m < values.count else { return body() }
        let threshold = config.thresholds[Metric.allCases[m]]
        return values[m].withUnsafeBufferPointer { values in
            func next(_ sorted: MetricColumn.View?) -> Result {
                columns.initializeElement(at: m, to: Kernel.Column(values: values, sorted: sorted, threshold: threshold))
                return withColumns(from: m + 1, into: columns, body)
            }
            guard let column = self.columns[m] else { return next(nil) }
            return column.withView { next($0) }
        }
    }

    /// A row's state on one axis: which metrics it has and their rank sums.
    struct AxisState {
        var mask = 0
        var ranks: (Int128, Int128, Int128) = (0, 0, 0)
        var sum: Int128 = 0
        var isHigh = false

        func rank(_ k: Int) -> Int128 {
            switch k {
            case 0: ranks.0
            case 1: ranks.1
            default: ranks.2
            }
        }

        mutating func setRank(_ k: Int, _ t: Int128) {
            switch k {
            case 0: ranks.0 = t
            case 1: ranks.1 = t
            default: ranks.2 = t
            }
        }
    }

    /// The book as the rows' verdicts read it: every column and rule behind a
    /// plain pointer, valid inside `withKernel`, and the work on one row.
    ///
    /// Why pointers: an export makes its verdicts on both cores, and every
    /// read of an array held in the shared classifier (a column, a rule's
    /// coefficients, the metrics of an axis) retained and released that
    /// array's buffer. Both cores counting on the same reference counts made
    /// their cache lines bounce between the cores; in a profile of a
    /// million-row export that was a fifth of all cycles, more than the work
    /// itself. Here nothing a row reads is counted.
    struct Kernel {
        /// One metric's data: its values by row (empty when the configuration
        /// leaves it out), its sorted column in relative mode, its threshold in
        /// absolute mode.
        struct Column {
            let values: UnsafeBufferPointer<Double>
            let sorted: MetricColumn.View?
            let threshold: Double?
        }

        /// Rules per axis: one for each mask of three metrics.
        static let masks = 8

        /// By `Metric.index`.
        let columns: UnsafeBufferPointer<Column>
        /// `BatchClassifier.rules`.
        let rules: UnsafeBufferPointer<AxisRule?>

        func rule(axis a: Int, mask: Int) -> AxisRule? { rules[a * Kernel.masks + mask] }

        /// Metric `k` of axis `a`: the axes' metrics are the six in canonical
        /// order, three each (`Axis.metrics`), so no array is read.
        static func metric(axis a: Int, _ k: Int) -> Metric {
            switch a * 3 + k {
            case 0: .companyRevenue
            case 1: .employees
            case 2: .growth
            case 3: .orders
            case 4: .sales
            default: .profit
            }
        }

        /// Rows per run of `verdicts(rows:into:)`: enough reads in flight to
        /// overlap, few enough that what they bring stays in the cache.
        static let run = 64

        /// The column entries read ahead for the rows of a run:
        /// `entries[row × 6 + metric.index]`, nil where none was.
        struct Probes {
            let entries: UnsafePointer<MetricColumn.Group?>

            subscript(metric: Metric) -> MetricColumn.Group? { entries[metric.index] }
        }

        /// `BatchClassifier.verdicts(rows:into:)`.
        ///
        /// A nearest move reads an entry far into a sorted column, a cache miss
        /// that was the largest single cost of a large export; one row at a time,
        /// each miss waits alone. Here a run of rows goes in three sweeps: the
        /// first works out their states and which entries their first searches
        /// will read; the second only reads those entries, a short loop whose
        /// misses overlap (between two rows' states they did not); the third
        /// makes the verdicts, taking the entries from there.
        func verdicts(rows: Range<Int>, into verdicts: inout [Verdict]) {
            verdicts.removeAll(keepingCapacity: true)
            verdicts.reserveCapacity(rows.count)
            let width = Metric.allCases.count
            var states: [(objective: AxisState?, record: AxisState?)] = []
            states.reserveCapacity(Kernel.run)
            var entries = [MetricColumn.Group?](repeating: nil, count: Kernel.run * width)
            // The entries wanted, metric by metric: where they go in `entries`, and their rank.
            var wanted = [[(slot: Int, rank: Int)]](repeating: [], count: width)
            for first in stride(from: rows.lowerBound, to: rows.upperBound, by: Kernel.run) {
                let run = first..<min(first + Kernel.run, rows.upperBound)
                states.removeAll(keepingCapacity: true)
                for m in 0..<width { wanted[m].removeAll(keepingCapacity: true) }
                for (j, row) in run.enumerated() {
                    let objective = state(axis: 0, row: row)
                    let record = state(axis: 1, row: row)
                    states.append((objective, record))
                    for m in 0..<width { entries[j * width + m] = nil }
                    guard let objective, let record else { continue }
                    // What `verdict` searches first: the record's raises, else the
                    // objective's, else (both axes high) both axes' falls.
                    for a in 0..<2 where a == 0 ? record.isHigh : (!record.isHigh || objective.isHigh) {
                        let state = a == 0 ? objective : record
                        guard let rule = rule(axis: a, mask: state.mask) else { continue }
                        for k in 0..<3 where state.mask & (1 << k) != 0 {
                            let m = Kernel.metric(axis: a, k).index
                            guard let sorted = columns[m].sorted,
                                let rank = sorted.probeRank(forRank: rankNeeded(rule, state, metric: k), raising: !state.isHigh)
                            else { continue }
                            wanted[m].append((j * width + m, rank))
                        }
                    }
                }
                for m in 0..<width where !wanted[m].isEmpty {
                    guard let groups = columns[m].sorted?.groups else { continue }
                    for want in wanted[m] { entries[want.slot] = groups[want.rank] }
                }
                entries.withUnsafeBufferPointer { entries in
                    for (j, row) in run.enumerated() {
                        verdicts.append(verdict(
                            row: row, objective: states[j].objective, record: states[j].record,
                            probes: Probes(entries: entries.baseAddress! + j * width)))
                    }
                }
            }
        }

        /// The rank sum metric `k` of an axis needs for the axis to flip, the others held.
        private func rankNeeded(_ rule: AxisRule, _ state: AxisState, metric k: Int) -> Int128 {
            rule.rankNeeded(metric: k, others: state.sum - rule.coefficients[k] * state.rank(k))
        }

        func verdict(row: Int, objective: AxisState?, record: AxisState?, probes: Probes?) -> Verdict {
            let objectiveLevel = objective.map { level(axis: 0, $0) }
            let recordLevel = record.map { level(axis: 1, $0) }
            var nearest: Move?
            if let objective, let record {
                let segment = Segment(objectiveHigh: objective.isHigh, recordHigh: record.isHigh)
                // Raises (on a low axis) always come before falls (on a high one),
                // so a high axis is searched only when no raise exists: half the
                // searches, each a read far into a column. Among raises, the
                // transaction record's lead the objective evaluation's
                // (`Move.leads`), so the record is searched first and, when it has
                // one, the objective's raises are not searched at all.
                for pass in 0..<2 {
                    let isHigh = pass == 1
                    if record.isHigh == isHigh {
                        nearest = nearestMove(axis: 1, record, segment: segment, row: row, probes: probes, best: nearest)
                    }
                    if objective.isHigh == isHigh && (isHigh || nearest == nil) {
                        nearest = nearestMove(axis: 0, objective, segment: segment, row: row, probes: probes, best: nearest)
                    }
                    if nearest != nil { break }
                }
            }
            return Verdict(objective: objectiveLevel, record: recordLevel, nearestMove: nearest)
        }

        func state(axis a: Int, row: Int) -> AxisState? {
            var state = AxisState()
            for k in 0..<3 {
                let column = columns[Kernel.metric(axis: a, k).index]
                guard !column.values.isEmpty else { continue }
                let value = column.values[row]
                guard !value.isNaN else { continue }
                let t: Int
                if let sorted = column.sorted {
                    t = Int(sorted.places[row].rankSum)
                } else {
                    guard let threshold = column.threshold else { continue }
                    t = value >= threshold ? 2 : 0
                }
                state.mask |= 1 << k
                state.setRank(k, Int128(t))
            }
            guard state.mask != 0, let rule = rule(axis: a, mask: state.mask) else { return nil }
            for k in 0..<3 where state.mask & (1 << k) != 0 {
                state.sum += rule.coefficients[k] * state.rank(k)
            }
            state.isHigh = state.sum >= rule.cut
            return state
        }

        func level(axis a: Int, _ state: AxisState) -> Verdict.AxisLevel {
            guard let rule = rule(axis: a, mask: state.mask) else { preconditionFailure("a state always has its rule") }
            return Verdict.AxisLevel(
                numerator: state.sum, denominator: rule.scale, isHigh: state.isHigh,
                isBorderline: rule.lower <= state.sum && state.sum <= rule.upper)
        }

        /// The nearer of `best` and the nearest move on axis `a`, ordered as
        /// `Classifier` orders moves: raises before falls, then the smallest
        /// relative change, then the metric.
        private func nearestMove(
            axis a: Int, _ state: AxisState, segment: Segment, row: Int, probes: Probes?, best: Move?
        ) -> Move? {
            var best = best
            forEachMove(axis: a, state, segment: segment, row: row, probes: probes) { move in
                if let current = best, !BatchClassifier.isNearer(move, than: current) { return }
                best = move
            }
            return best
        }

        /// For each metric of axis `a` the row has, the smallest change of that
        /// metric alone that flips the axis, holding the rest of the book fixed.
        func forEachMove(
            axis a: Int, _ state: AxisState, segment: Segment, row: Int, probes: Probes? = nil, _ body: (Move) -> Void
        ) {
            guard let rule = rule(axis: a, mask: state.mask) else { return }
            let flipped =
                a == 0
                ? Segment(objectiveHigh: !state.isHigh, recordHigh: segment.recordHigh)
                : Segment(objectiveHigh: segment.objectiveHigh, recordHigh: !state.isHigh)
            for k in 0..<3 where state.mask & (1 << k) != 0 {
                let metric = Kernel.metric(axis: a, k)
                let column = columns[metric.index]
                let current = column.values[row]
                let others = state.sum - rule.coefficients[k] * state.rank(k)
                let target: Move.Target?
                if let sorted = column.sorted {
                    let place = sorted.places[row]
                    let needed = rankNeeded(rule, state, metric: k)
                    let probe = probes?[metric]
                    target =
                        state.isHigh
                        ? sorted.lower(from: place, belowRank: needed, probe: probe)
                        : sorted.raise(from: place, reachingRank: needed, probe: probe)
                } else {
                    guard let threshold = column.threshold else { continue }
                    let gap = rule.cut - others
                    if state.isHigh {
                        target = current >= threshold && gap > 0 ? .fallBelow(threshold) : nil
                    } else {
                        target = current < threshold && gap <= 2 * rule.coefficients[k] ? .reach(threshold) : nil
                    }
                }
                guard let target else { continue }
                // Counts and amounts cannot go negative: "fall below 0" is no real move.
                if case .fallBelow(let floor) = target, floor <= 0, metric.isNonNegative { continue }
                body(Move(metric: metric, current: current, target: target, from: segment, to: flipped))
            }
        }
    }

    /// The value of `metric` at `row`, nil where it has none.
    public func value(_ metric: Metric, row: Int) -> Double? {
        let column = values[metric.index]
        guard !column.isEmpty, !column[row].isNaN else { return nil }
        return column[row]
    }

    // MARK: A whole classification

    /// Row `row`'s full classification, with every metric's exact score and
    /// every move, for `customer` (the customer at that row): what the
    /// session's explanations read. `Classifier` uses this when the integer
    /// rule applies, which made a change to a 10,000-customer book cost a
    /// fifth of what it did with fractions throughout.
    ///
    /// The moves are worked out when first read: a change to a large book
    /// classifies every customer again, and finding every customer's moves
    /// was half of that, while a command reads the moves of a few.
    public func classification(of customer: Customer, row: Int) -> Classification {
        classification(of: customer, row: row, movesFrom: Shared(self))
    }

    /// The classifications of `customers` (the rows this classifier was made
    /// for), in order, on both cores.
    public func classifications(of customers: [Customer]) -> [Classification] {
        // One box for every row's pending moves: a closure that captured the
        // classifier itself copied its columns, rules and settings into a
        // context of its own for each customer, an allocation and a retain of
        // each of its arrays per row.
        let shared = Shared(self)
        return .parallelMap(count: customers.count) { classification(of: customers[$0], row: $0, movesFrom: shared) }
    }

    /// The classifier held once, for the moves worked out later.
    final class Shared: Sendable {
        let classifier: BatchClassifier
        init(_ classifier: BatchClassifier) { self.classifier = classifier }
    }

    func classification(of customer: Customer, row: Int, movesFrom shared: Shared) -> Classification {
        let (objective, record) = withKernel { ($0.state(axis: 0, row: row), $0.state(axis: 1, row: row)) }
        let scores = (objective.map { axisScore(axis: 0, $0, row: row) }, record.map { axisScore(axis: 1, $0, row: row) })
        guard let objective, let record else {
            return Classification(customer: customer, objective: scores.0, record: scores.1, moves: [])
        }
        return Classification(customer: customer, objective: scores.0, record: scores.1) {
            shared.classifier.moves(row: row, objective: objective, record: record)
        }
    }

    /// Every move of row `row`, nearest first.
    func moves(row: Int, objective: AxisState, record: AxisState) -> [Move] {
        var moves: [Move] = []
        let segment = Segment(objectiveHigh: objective.isHigh, recordHigh: record.isHigh)
        withKernel { kernel in
            kernel.forEachMove(axis: 0, objective, segment: segment, row: row) { moves.append($0) }
            kernel.forEachMove(axis: 1, record, segment: segment, row: row) { moves.append($0) }
        }
        moves.sort(by: BatchClassifier.isNearer)
        return moves
    }

    func axisScore(axis a: Int, _ state: AxisState, row: Int) -> AxisScore {
        guard let rule = rules[a * Kernel.masks + state.mask] else { preconditionFailure("a state always has its rule") }
        let metrics = BatchClassifier.axisMetrics[a]
        var scores: [MetricScore] = []
        var missing: [Metric] = []
        for k in metrics.indices where config.uses(metrics[k]) {
            let metric = metrics[k]
            guard state.mask & (1 << k) != 0 else {
                missing.append(metric)
                continue
            }
            let score: Rational
            let population: Int
            if let column = columns[metric.index] {
                score = Rational(50 * state.rank(k), Int128(column.count))
                population = column.count
            } else {
                score = state.rank(k) > 0 ? .hundred : .zero
                population = 0
            }
            scores.append(MetricScore(
                metric: metric, value: values[metric.index][row], score: score, weight: config.weight(of: metric),
                pull: score >= config.cut ? .up : .down, population: population, cut: config.cut))
        }
        return AxisScore(
            axis: Axis.allCases[a], score: Rational(state.sum, rule.scale), isHigh: state.isHigh,
            isBorderline: rule.lower <= state.sum && state.sum <= rule.upper, metrics: scores, missing: missing,
            cut: config.cut)
    }

    static func isNearer(_ a: Move, than b: Move) -> Bool { Move.leads(a, b) }
}

extension BatchClassifier {
    /// Each metric's part in row `row`'s axes, for the JSON export.
    public func parts(row: Int) -> [Axis: [ClassificationExport.MetricPart]] {
        var parts: [Axis: [ClassificationExport.MetricPart]] = [:]
        for (a, axis) in Axis.allCases.enumerated() {
            guard let state = withKernel({ $0.state(axis: a, row: row) }) else { continue }
            let metrics = BatchClassifier.axisMetrics[a]
            parts[axis] = metrics.indices.compactMap { k -> ClassificationExport.MetricPart? in
                guard state.mask & (1 << k) != 0 else { return nil }
                let metric = metrics[k]
                let population = Int128(columns[metric.index]?.count ?? 1)
                let t = state.rank(k)
                // 100·t / 2n ≥ cut, in integers.
                let isUp = 50 * t * config.cut.denominator >= config.cut.numerator * population
                return ClassificationExport.MetricPart(
                    metric: metric, value: values[metric.index][row], numerator: 50 * t, denominator: population, isUp: isUp)
            }
        }
        return parts
    }
}
