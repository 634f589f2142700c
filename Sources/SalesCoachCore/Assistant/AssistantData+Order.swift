import Synchronization

extension AssistantData {
    /// The per-segment order of `previous` brought up to date with
    /// `classifications`, which differ from the ones it was made from only
    /// at the rows `changes` names; nil when it cannot be (indexes made
    /// without classifications, another size, a name or rep changed).
    ///
    /// Why it is the same as sorting again: a segment's members are ordered
    /// by their display key, then their name, then their position (a strict
    /// total order, which the full sort of positions in order also gives),
    /// and only the changed rows have a new key or segment. A few changes
    /// leave each segment nearly sorted, which an insertion sort repairs in
    /// about one pass.
    static func updatedOrder(
        of previous: Reusable, classifications: [Classification], changes: ClassificationChanges
    ) -> (keys: [Double], ranked: [Segment: [Int]])? {
        guard previous.displayKeys.count == classifications.count, previous.names.count == classifications.count else {
            return nil
        }
        var keys = previous.displayKeys
        var ranked = previous.ranked
        let rows = changes.rows
        if rows.isEmpty { return (keys, ranked) }
        // By row, not hashed: one `set` may rescore thousands of rows.
        var segments = [Segment?](repeating: nil, count: classifications.count)
        var unchangedNames = true
        classifications.withUnsafeBufferPointer { items in
            for row in changes.edited {
                let customer = items[row].customer
                if customer.name != previous.names[row] || customer.rep != previous.spellings[row] { unchangedNames = false }
            }
            for row in rows {
                let segment = items[row].segment
                segments[row] = segment
                keys[row] = displayKey(
                    segment: segment, objective: items[row].objective?.value, record: items[row].record?.value,
                    sales: items[row].customer[.sales])
            }
        }
        guard unchangedNames else { return nil }
        let names = previous.names
        var placed = [Bool](repeating: false, count: classifications.count)
        for segment in Segment.allCases {
            guard var members = ranked[segment] else { continue }
            var changed = false
            members.removeAll { row in
                guard rows.binarySearchContains(row) else { return false }
                changed = true
                if segments[row] == segment {
                    placed[row] = true
                    return false
                }
                return true
            }
            if changed { ranked[segment] = members }
        }
        var touched = Set(rows.compactMap { segments[$0] })
        for row in rows where !placed[row] {
            guard let segment = segments[row] else { continue }
            ranked[segment, default: []].append(row)
        }
        // A segment left with no member is dropped, as grouping leaves it out.
        for segment in Segment.allCases where ranked[segment]?.isEmpty == true {
            ranked[segment] = nil
            touched.remove(segment)
        }
        for segment in touched {
            ranked[segment]?.withUnsafeMutableBufferPointer { members in
                repairOrder(members) { x, y in
                    if keys[x] != keys[y] { return keys[y] < keys[x] }
                    if names[x] != names[y] { return names[x] < names[y] }
                    return x < y
                }
            }
        }
        return (keys, ranked)
    }

    /// Sorts `list`, expected nearly sorted, by `precedes`: an insertion sort
    /// while it stays cheap, else a full sort.
    private static func repairOrder(_ list: UnsafeMutableBufferPointer<Int>, by precedes: (Int, Int) -> Bool) {
        guard list.count > 1 else { return }
        var budget = 8 * list.count + 256
        for i in 1..<list.count {
            var j = i
            while j > 0, precedes(list[j], list[j - 1]) {
                list.swapAt(j, j - 1)
                j -= 1
                budget -= 1
            }
            if budget < 0 {
                var whole = list
                whole.sort(by: precedes)
                return
            }
        }
    }
}

/// The planner's candidates an `AssistantData` made, shared by its copies:
/// made on the first question that plans, then kept while they fit.
final class PlanBookSlot: Sendable {
    /// What the data was given to update from, and how its classifications differ.
    private let base: PlanBook?
    private let changes: ClassificationChanges?
    private let kept = Mutex<PlanBook?>(nil)

    init(base: PlanBook?, changes: ClassificationChanges?) {
        self.base = base
        self.changes = changes
    }

    /// The candidates made last, if any.
    var made: PlanBook? { kept.withLock { $0 } }

    /// The kept candidates when they fit, else those `make` gives from the
    /// kept ones (same classifications, other inputs), the base and its changes.
    func book(
        fitting fits: (PlanBook) -> Bool, _ make: (PlanBook?, PlanBook?, ClassificationChanges?) -> PlanBook
    ) -> PlanBook {
        kept.withLock { stored in
            if let stored, fits(stored) { return stored }
            let made = make(stored, base, changes)
            stored = made
            return made
        }
    }
}
