import Dispatch

extension BatchClassifier {
    /// Whether a row gets the same axis scores from this classifier as from
    /// `earlier` whenever its values and rank sums are the same: the same
    /// settings, the same metrics in use, and each metric's population the
    /// same (the n of every score, which also decides each axis's rule).
    func ranksAlike(_ earlier: BatchClassifier) -> Bool {
        guard config == earlier.config, values.count == earlier.values.count else { return false }
        for m in values.indices {
            guard values[m].isEmpty == earlier.values[m].isEmpty, columns[m]?.count == earlier.columns[m]?.count else {
                return false
            }
        }
        return true
    }

    /// `classifications(of:)`, each row's axis scores taken from `previous`
    /// (what `earlier` made, row for row, where `ranksAlike(earlier)` holds)
    /// when the row's values and rank sums are the same under both; the
    /// moves always come from this classifier.
    func classifications(
        of customers: [Customer], reusing previous: [Classification], madeBy earlier: BatchClassifier
    ) -> (classifications: [Classification], changes: ClassificationChanges) {
        let count = customers.count
        // Two halves, each reading both books through one kernel apiece: a
        // kernel made for each row cost more than comparing the row.
        let threads = count >= 2_000 ? 2 : 1
        // The rows each half found changed, in order.
        let found = UnsafeMutableBufferPointer<(edited: [Int], rescored: [Int])>.allocate(capacity: threads)
        found.initialize(repeating: ([], []))
        defer { found.deallocate() }
        nonisolated(unsafe) let changed = found
        let made = [Classification](unsafeUninitializedCapacity: count) { buffer, initialized in
            nonisolated(unsafe) let output = buffer
            DispatchQueue.concurrentPerform(iterations: threads) { part in
                let rows = (count * part / threads)..<(count * (part + 1) / threads)
                // A box of its own for each half's pending moves: every row
                // retains it, and both cores counting on one box made its
                // count's cache line bounce between them.
                let shared = Shared(self)
                var edited: [Int] = []
                var rescored: [Int] = []
                earlier.withKernel { before in
                    withKernel { now in
                        for row in rows {
                            let (made, change) = classification(
                                of: customers[row], row: row, now: now, before: before, previous: previous, movesFrom: shared)
                            (output.baseAddress! + row).initialize(to: made)
                            switch change {
                            case .none: break
                            case .rescored: rescored.append(row)
                            case .edited: edited.append(row)
                            }
                        }
                    }
                }
                changed[part] = (edited, rescored)
            }
            initialized = count
        }
        return (made, ClassificationChanges(edited: found.flatMap(\.edited), rescored: found.flatMap(\.rescored)))
    }

    private enum RowChange { case none, rescored, edited }

    private func classification(
        of customer: Customer, row: Int, now: Kernel, before: Kernel, previous: [Classification], movesFrom shared: Shared
    ) -> (Classification, RowChange) {
        let objective = now.state(axis: 0, row: row)
        let record = now.state(axis: 1, row: row)
        let sameValues = BatchClassifier.sameValues(row: row, now, before)
        /// The axis score made before when nothing it is made of has changed.
        func kept(axis a: Int, _ state: AxisState) -> Bool {
            guard sameValues, let was = before.state(axis: a, row: row) else { return false }
            return was.mask == state.mask && was.ranks == state.ranks
        }
        // Compared field by field in place: the customer is the same value
        // unless this row was changed, so its strings compare by identity.
        let same = previous.withUnsafeBufferPointer { items in
            let was = items[row].customer
            return was.name == customer.name && was.metrics.isIdentical(to: customer.metrics) && was.lastVisit == customer.lastVisit
                && was.rep == customer.rep && was.notes == customer.notes
        }
        var change: RowChange = same ? .none : .edited
        let objectiveScore = objective.map { state in
            if kept(axis: 0, state), let score = previous[row].objective { return score }
            if change == .none { change = .rescored }
            return axisScore(axis: 0, state, row: row)
        }
        let recordScore = record.map { state in
            if kept(axis: 1, state), let score = previous[row].record { return score }
            if change == .none { change = .rescored }
            return axisScore(axis: 1, state, row: row)
        }
        // An axis that had a score and has none now (or the other way) changes the row too.
        if change == .none, (objective == nil) != (previous[row].objective == nil) || (record == nil) != (previous[row].record == nil) {
            change = .rescored
        }
        guard let objective, let record else {
            return (Classification(customer: customer, objective: objectiveScore, record: recordScore, moves: []), change)
        }
        let made = Classification(customer: customer, objective: objectiveScore, record: recordScore) {
            shared.classifier.moves(row: row, objective: objective, record: record)
        }
        return (made, change)
    }

    /// Whether row `row` has the same value of every metric in both books, to the bit.
    private static func sameValues(row: Int, _ now: Kernel, _ before: Kernel) -> Bool {
        for m in 0..<now.columns.count where !now.columns[m].values.isEmpty {
            guard now.columns[m].values[row].bitPattern == before.columns[m].values[row].bitPattern else { return false }
        }
        return true
    }
}
