/// The values of one metric across a book, sorted, for ranking and for
/// finding the value a customer would need to cross the cut.
///
/// Laid out for a million rows, where scattered reads into columns larger
/// than the cache were most of the time of classifying: the column is kept
/// by rank, one 16-byte entry per customer holding the value, rank and size
/// of the group of equal values that rank falls in, so that the value a
/// customer needs is found with one read (and, at most, its neighbour's)
/// rather than a rank-to-group read followed by a dependent group read.
/// Each row's own place is kept in row order, read as the rows are.
struct MetricColumn: Sendable {
    /// One distinct value, with how many values lie below it and equal it.
    struct Group: Sendable, Equatable {
        let value: Double
        let below: Int32
        let equal: Int32

        /// The rank just past the group: where the next group starts.
        var end: Int { Int(below) + Int(equal) }
    }

    /// A row's place: the rank its group starts at (-1 without a value) and
    /// its rank sum 2·below + equal + 1 (0 without a value).
    struct RowPlace: Sendable {
        let below: Int32
        let rankSum: Int32

        static let none = RowPlace(below: -1, rankSum: 0)

        /// How many values equal the row's, its own included.
        var equal: Int { Int(rankSum) - 2 * Int(below) - 1 }
    }

    /// How many customers have a value.
    let count: Int
    /// `groupAtRank[k]`: the group of the k-th smallest value. A group is
    /// named by the rank it starts at (its `below`), and that name is the
    /// "position" the rest of this type hands out and takes back.
    let groupAtRank: [Group]
    /// `placeOfRow[r]`: row r's group and rank sum, in row order.
    let placeOfRow: [RowPlace]

    /// The column of one metric over a book's rows, nil where a row has no usable value.
    init(rows: [Double?]) { self.init(values: rows.map { $0 ?? .nan }) }

    /// The column of one metric over a book's rows, NaN where a row has no value.
    init(values rows: [Double]) {
        let (keys, order) = MetricColumn.sortedRows(rows)
        self.init(rowCount: rows.count, keys: keys, order: order)
    }

    /// The column of `rows` sorted: `order` the rows with a value in
    /// ascending order of (key, row), `keys` their sort keys.
    init(rowCount: Int, keys: [UInt64], order: [Int32]) {
        var placeOfRow = [RowPlace](repeating: .none, count: rowCount)
        // Filled in place: appending a group's entries one run at a time went
        // through the generic path of `append(contentsOf:)`, which showed in profiles.
        let groupAtRank = [Group](unsafeUninitializedCapacity: order.count) { entries, initialized in
            var i = 0
            while i < order.count {
                var j = i + 1
                // The values are read back from their sorted keys, not from the
                // rows: `rows[order[i]]` is a read far into the column for every
                // value. Equal values have equal keys, except 0 and -0, which
                // sort next to each other.
                let value = MetricColumn.value(ofKey: keys[i])
                while j < order.count && (keys[j] == keys[i] || MetricColumn.value(ofKey: keys[j]) == value) { j += 1 }
                let group = Group(value: value, below: Int32(i), equal: Int32(j - i))
                let place = RowPlace(below: Int32(i), rankSum: Int32(2 * i + (j - i) + 1))
                for k in i..<j {
                    placeOfRow[Int(order[k])] = place
                    entries.initializeElement(at: k, to: group)
                }
                i = j
            }
            initialized = order.count
        }
        self.count = order.count
        self.groupAtRank = groupAtRank
        self.placeOfRow = placeOfRow
    }

    /// A double's sort key: its bits, flipped so that unsigned order is numeric order.
    static func key(of value: Double) -> UInt64 {
        let bits = value.bitPattern
        return bits & (1 << 63) != 0 ? ~bits : bits | (1 << 63)
    }

    /// The double whose sort key is `key`, to the bit.
    static func value(ofKey key: UInt64) -> Double {
        Double(bitPattern: key & (1 << 63) != 0 ? key & ~(1 << 63) : ~key)
    }

    /// The rows with a value, in ascending order of value, and their sort
    /// keys. A radix sort on the bits of the doubles (flipped so that
    /// unsigned order is numeric order), 16 bits a pass: about ten times
    /// faster than a comparison sort on a million rows, and the sort was
    /// most of the time spent setting up a large book.
    static func sortedRows(_ rows: [Double]) -> (keys: [UInt64], rows: [Int32]) {
        var keys: [UInt64] = []
        var order: [Int32] = []
        keys.reserveCapacity(rows.count)
        order.reserveCapacity(rows.count)
        for (row, value) in rows.enumerated() where !value.isNaN {
            keys.append(key(of: value))
            order.append(Int32(row))
        }
        let n = keys.count
        guard n > 1 else { return (keys, order) }
        var spareKeys = [UInt64](repeating: 0, count: n)
        var spareOrder = [Int32](repeating: 0, count: n)
        var counts = [Int](repeating: 0, count: 1 << 16)
        for shift in stride(from: 0, to: 64, by: 16) {
            for k in counts.indices { counts[k] = 0 }
            for key in keys { counts[Int((key >> UInt64(shift)) & 0xFFFF)] += 1 }
            // A pass where every key has the same digit changes nothing.
            if counts[Int((keys[0] >> UInt64(shift)) & 0xFFFF)] == n { continue }
            var total = 0
            for k in counts.indices {
                let c = counts[k]
                counts[k] = total
                total += c
            }
            for i in 0..<n {
                let digit = Int((keys[i] >> UInt64(shift)) & 0xFFFF)
                let to = counts[digit]
                counts[digit] = to + 1
                spareKeys[to] = keys[i]
                spareOrder[to] = order[i]
            }
            swap(&keys, &spareKeys)
            swap(&order, &spareOrder)
        }
        return (keys, order)
    }

    /// Where row `row`'s value sits (the rank its group starts at); nil for a row without one.
    func position(ofRow row: Int) -> Int? {
        let below = placeOfRow[row].below
        return below < 0 ? nil : Int(below)
    }

    /// The rank sum t = 2·below + equal + 1 at a position: the score is 100·t / 2n.
    func rankSum(at position: Int) -> Int {
        let group = groupAtRank[position]
        return 2 * Int(group.below) + Int(group.equal) + 1
    }

    /// The percentile score at a position, exactly:
    /// (below + (equal + 1) / 2) / n × 100, the pandas `rank(pct=True)` average rule.
    func score(at position: Int) -> Rational {
        let group = groupAtRank[position]
        return MetricColumn.percentile(below: Int(group.below), equal: Int(group.equal), count: count)
    }

    static func percentile(below: Int, equal: Int, count: Int) -> Rational {
        Rational(Int128(100 * (2 * below + equal + 1)), Int128(2 * count))
    }

    // MARK: Counterfactuals

    // The places a customer could move to, seen against the other customers'
    // values, are options: for the group starting at rank b, option "gap b"
    // lies strictly between its value and the previous group's (below
    // everything for b = 0; gap n is above everything), and option "tie b"
    // ties with its value. An option's score is 100·t / 2n for an integer t
    // (twice the others below, plus the ties, plus one), so "reaches a score"
    // is "t reaches a threshold", and t never decreases along the options.
    //
    // With b the start of a group and b' the start of the next one:
    // above the current value, t(gap b) = 2·b and t(tie b) = b + b';
    // at or below it, t(gap b) = 2·b + 2 and t(tie b) = b + b' + 2.
    // The first group starting at or after a rank, or the group holding a
    // rank, is one read of `groupAtRank`.

    /// The smallest t whose score 100·t / 2n is at least `score`.
    private func threshold(for score: Rational) -> Int128 {
        // 100·t·D ≥ 2n·N, rounded up; D > 0.
        let numerator = Int128(2 * count) * score.numerator
        let denominator = 100 * score.denominator
        let quotient = numerator / denominator
        return numerator % denominator > 0 ? quotient + 1 : quotient
    }

    /// The smallest raise of the value at position `i` whose score reaches `needed`, if any.
    func raise(from i: Int, toReach needed: Rational) -> Move.Target? {
        raise(from: i, reachingRank: threshold(for: needed))
    }

    /// The smallest raise of the value at position `i` whose rank sum
    /// (2·below + equal + 1 against the others) reaches `t`, if any.
    func raise(from i: Int, reachingRank rank: Int128) -> Move.Target? {
        withView { view in
            let own = view.groups[i]
            return view.raise(below: Int(own.below), end: own.end, reachingRank: rank, probe: nil)
        }
    }

    /// `raise(from:reachingRank:)` for a row whose place is known.
    func raise(from place: RowPlace, reachingRank rank: Int128) -> Move.Target? {
        withView { $0.raise(from: place, reachingRank: rank, probe: nil) }
    }

    /// The smallest fall of the value at position `i` whose score drops below `limit`, if any.
    func lower(from i: Int, below limit: Rational) -> Move.Target? {
        lower(from: i, belowRank: threshold(for: limit))
    }

    /// The smallest fall of the value at position `i` whose rank sum drops below `t`, if any.
    func lower(from i: Int, belowRank rank: Int128) -> Move.Target? {
        withView { $0.lower(from: i, belowRank: rank, probe: nil) }
    }

    /// `lower(from:belowRank:)` for a row whose place is known.
    func lower(from place: RowPlace, belowRank rank: Int128) -> Move.Target? {
        lower(from: Int(place.below), belowRank: rank)
    }

    /// Calls `body` with the column as pointers (`View`).
    func withView<Result>(_ body: (View) -> Result) -> Result {
        withUnsafeBuffers(groupAtRank, placeOfRow) { body(View(groups: $0, places: $1)) }
    }

    /// A column read through plain pointers, valid inside `withView`, and the
    /// searches for the value a customer would need.
    ///
    /// Why pointers: an export reads the columns on both cores for every
    /// row, and each read of an array held in a shared value retained and
    /// released its buffer, both cores counting on one reference count; the
    /// cache line bouncing between them cost more than the reads themselves.
    struct View {
        /// `groupAtRank`.
        let groups: UnsafeBufferPointer<Group>
        /// `placeOfRow`.
        let places: UnsafeBufferPointer<RowPlace>

        /// How many customers have a value.
        var count: Int { groups.count }

        /// A rank bound in machine integers: anything past ±2⁶² is as good as
        /// infinite against t ≤ 2n + 2, and plain `Int` arithmetic keeps the
        /// search off 128-bit division, which showed in profiles of large books.
        private static func clamped(_ t: Int128) -> Int { Int(max(min(t, 1 << 62), -(1 << 62))) }

        /// The smallest rank whose group could start the first gap reaching rank sum t: 2·b ≥ t.
        private static func least(reaching t: Int) -> Int { t > 0 ? (t + 1) / 2 : 0 }

        /// The rank a raise to `t` reads first (its neighbour below may follow).
        private func raiseRank(_ t: Int) -> Int { min(View.least(reaching: t), count - 1) }

        /// The rank a fall below `t` reads, nil when no fall stays short of it.
        private func lowerRank(_ t: Int) -> Int? { t - 3 >= 0 ? min((t - 3) / 2, count - 1) : nil }

        /// The rank of the entry a raise to (or a fall below) rank sum `rank`
        /// reads first, so that it can be read ahead; nil when it reads none.
        func probeRank(forRank rank: Int128, raising: Bool) -> Int? {
            let t = View.clamped(rank)
            return raising ? raiseRank(t) : lowerRank(t)
        }

        /// The smallest raise of a row at `place` whose rank sum reaches `rank`;
        /// its own group is read only in the rare case that the answer lies in
        /// it. `probe`, when given, is the entry `probeRank` named, read ahead.
        func raise(from place: RowPlace, reachingRank rank: Int128, probe: Group?) -> Move.Target? {
            raise(below: Int(place.below), end: Int(place.below) + place.equal, reachingRank: rank, probe: probe)
        }

        /// The raise from the group spanning ranks `below..<end`.
        func raise(below: Int, end: Int, reachingRank rank: Int128, probe: Group?) -> Move.Target? {
            let t = View.clamped(rank)
            // Smallest gap above the current value that reaches: 2·b ≥ t, b a group's start.
            let least = View.least(reaching: t)
            let entry = probe ?? groups[raiseRank(t)]
            var start: Int
            var previous: Group
            if least >= count {
                start = count
                previous = entry
            } else if Int(entry.below) == least && least > 0 {
                start = least
                previous = groups[least - 1]
            } else {
                start = entry.end
                previous = entry
            }
            if start < end {
                // The first reaching gap is at or below the current value: the first gap above it.
                start = end
                previous = groups[below]
            }
            guard 2 * start >= t else { return nil }
            // The tie just before it may reach too, if it is above the current value.
            if start > end, Int(previous.below) + start >= t { return .reach(previous.value) }
            return .exceed(previous.value)
        }

        /// The smallest fall of the value at position `i` whose rank sum drops
        /// below `rank`, if any; `probe`, when given, is the entry read ahead.
        func lower(from i: Int, belowRank rank: Int128, probe: Group?) -> Move.Target? {
            let t = View.clamped(rank)
            // Largest gap at or below the current one that stays short: 2·b + 2 < t.
            guard let index = lowerRank(t) else { return nil }
            let found = probe ?? groups[index]
            guard Int(found.below) < i else {
                return .fallBelow(Int(found.below) == i ? found.value : groups[i].value)
            }
            // The tie just above it may stay short too, while still below the current value.
            if Int(found.below) + found.end + 2 < t { return .fallTo(found.value) }
            return .fallBelow(found.value)
        }

        /// `lower(from:belowRank:probe:)` for a row whose place is known.
        func lower(from place: RowPlace, belowRank rank: Int128, probe: Group?) -> Move.Target? {
            lower(from: Int(place.below), belowRank: rank, probe: probe)
        }
    }
}
