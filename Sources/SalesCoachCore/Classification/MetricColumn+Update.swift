extension MetricColumn {
    /// The column of `rows` made from `earlier`, the column of `earlierRows`
    /// (the same rows, most with the same value): the very column
    /// `init(values: rows)` makes, without sorting the book again. Nil when
    /// the rows are not the same ones, when too many values changed for it to
    /// pay, or when a value is -0; the caller then sorts.
    ///
    /// Why: a `set` changes one customer's values, and sorting every metric
    /// of a 10,000-customer book again was a third of its time. The sort is
    /// stable, so the earlier column already holds the order of every row
    /// that kept its value: by group (`placeOfRow`), and within a group by
    /// row. Only the changed rows are taken out and merged back in at their
    /// new keys. A group can hold two keys only for 0 and -0 (sorted -0
    /// first, not by row), which is why a -0 sends the book to the sort.
    init?(values rows: [Double], updating earlier: MetricColumn, from earlierRows: [Double]) {
        let n = rows.count
        guard earlierRows.count == n, earlier.placeOfRow.count == n else { return nil }
        // Past this many changes, a sort of the whole column is as quick.
        let limit = Swift.max(64, n / 32)
        var changed: [Int] = []
        var isChanged = [Bool](repeating: false, count: n)
        let found = rows.withUnsafeBufferPointer { now in
            earlierRows.withUnsafeBufferPointer { before in
                for r in 0..<n {
                    if now[r] == 0 && now[r].sign == .minus { return false }
                    guard now[r].bitPattern != before[r].bitPattern else { continue }
                    guard changed.count < limit else { return false }
                    changed.append(r)
                    isChanged[r] = true
                }
                return true
            }
        }
        guard found else { return nil }
        if changed.isEmpty {
            self = earlier
            return
        }
        // The rows that kept their value, in the earlier order: each goes to
        // the next free rank of its group, taking the rows in row order.
        var earlierOrder = [Int32](repeating: -1, count: earlier.count)
        var next = [Int32](unsafeUninitializedCapacity: earlier.count) { buffer, initialized in
            for k in 0..<earlier.count { buffer.initializeElement(at: k, to: Int32(k)) }
            initialized = earlier.count
        }
        earlier.placeOfRow.withUnsafeBufferPointer { places in
            for r in 0..<n {
                let below = Int(places[r].below)
                guard below >= 0 else { continue }
                if !isChanged[r] { earlierOrder[Int(next[below])] = Int32(r) }
                next[below] += 1
            }
        }
        // The changed rows that have a value, in the order the sort puts them.
        var moved: [(key: UInt64, row: Int32)] = []
        for r in changed where !rows[r].isNaN { moved.append((MetricColumn.key(of: rows[r]), Int32(r))) }
        moved.sort { $0.key != $1.key ? $0.key < $1.key : $0.row < $1.row }
        var keys: [UInt64] = []
        var order: [Int32] = []
        let count = earlier.count - (changed.count - changed.count { earlierRows[$0].isNaN }) + moved.count
        keys.reserveCapacity(count)
        order.reserveCapacity(count)
        var j = 0
        rows.withUnsafeBufferPointer { values in
            for row in earlierOrder where row >= 0 {
                let key = MetricColumn.key(of: values[Int(row)])
                while j < moved.count && (moved[j].key < key || (moved[j].key == key && moved[j].row < row)) {
                    keys.append(moved[j].key)
                    order.append(moved[j].row)
                    j += 1
                }
                keys.append(key)
                order.append(row)
            }
        }
        for rest in moved[j...] {
            keys.append(rest.key)
            order.append(rest.row)
        }
        self.init(rowCount: n, keys: keys, order: order)
    }
}
