/// The values of one metric across a book, sorted, for ranking and for
/// finding the value a customer would need to cross the cut.
///
/// Laid out for a million rows: what one lookup needs sits together (a
/// group's value, its rank and its size in one 16-byte entry), and each
/// row's rank sum is kept in row order, because scattered reads into
/// columns larger than the cache were most of the time of classifying.
struct MetricColumn: Sendable {
    /// One distinct value, with how many values lie below it and equal it.
    struct Group: Sendable {
        let value: Double
        let below: Int32
        let equal: Int32
    }

    /// The distinct values, ascending.
    let groups: [Group]
    /// How many customers have a value.
    let count: Int
    /// `groupAtRank[k]`: the index in `groups` of the k-th smallest value,
    /// so that the value a customer needs is found by arithmetic on ranks
    /// rather than by a search.
    let groupAtRank: [Int32]
    /// `positionOfRow[r]`: the index in `groups` of row r's value, -1 for a row without one.
    let positionOfRow: [Int32]
    /// `rankSumOfRow[r]`: row r's rank sum 2·below + equal + 1 (0 without a value).
    let rankSumOfRow: [Int32]

    /// The column of one metric over a book's rows, nil where a row has no usable value.
    init(rows: [Double?]) { self.init(values: rows.map { $0 ?? .nan }) }

    /// The column of one metric over a book's rows, NaN where a row has no value.
    init(values rows: [Double]) {
        let (keys, order) = MetricColumn.sortedRows(rows)
        var groups: [Group] = []
        var groupAtRank: [Int32] = []
        var positionOfRow = [Int32](repeating: -1, count: rows.count)
        var rankSumOfRow = [Int32](repeating: 0, count: rows.count)
        groupAtRank.reserveCapacity(order.count)
        var i = 0
        while i < order.count {
            var j = i + 1
            // Equal values have equal keys, except 0 and -0, which sort next to each other.
            let value = rows[Int(order[i])]
            while j < order.count && (keys[j] == keys[i] || rows[Int(order[j])] == value) { j += 1 }
            let position = Int32(groups.count)
            let rankSum = Int32(2 * i + (j - i) + 1)
            for k in i..<j {
                positionOfRow[Int(order[k])] = position
                rankSumOfRow[Int(order[k])] = rankSum
            }
            groupAtRank.append(contentsOf: repeatElement(position, count: j - i))
            groups.append(Group(value: value, below: Int32(i), equal: Int32(j - i)))
            i = j
        }
        self.groups = groups
        self.count = order.count
        self.groupAtRank = groupAtRank
        self.positionOfRow = positionOfRow
        self.rankSumOfRow = rankSumOfRow
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
            let bits = value.bitPattern
            keys.append(bits & (1 << 63) != 0 ? ~bits : bits | (1 << 63))
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

    /// Where row `row`'s value sits in `groups`; nil for a row without one.
    func position(ofRow row: Int) -> Int? {
        let position = positionOfRow[row]
        return position < 0 ? nil : Int(position)
    }

    /// The rank sum t = 2·below + equal + 1 at a position: the score is 100·t / 2n.
    func rankSum(at position: Int) -> Int { 2 * Int(groups[position].below) + Int(groups[position].equal) + 1 }

    /// The percentile score at a position, exactly:
    /// (below + (equal + 1) / 2) / n × 100, the pandas `rank(pct=True)` average rule.
    func score(at position: Int) -> Rational {
        MetricColumn.percentile(below: Int(groups[position].below), equal: Int(groups[position].equal), count: count)
    }

    static func percentile(below: Int, equal: Int, count: Int) -> Rational {
        Rational(Int128(100 * (2 * below + equal + 1)), Int128(2 * count))
    }

    // MARK: Counterfactuals

    // The places a customer with the value of group i could move to, seen
    // against the other customers' values, are options: option `2k` lies
    // strictly between the values of groups k-1 and k (below everything for
    // k = 0, above everything for k = groups.count); option `2k+1` ties with
    // group k's value. An option's score is 100·t / 2n for an integer t
    // (twice the others below, plus the ties, plus one), so "reaches a score"
    // is "t reaches a threshold", and t never decreases along the options.
    //
    // With B(k) = groups[k].below (and B(m) = n past the last of m groups):
    // above the current value, t(2k) = 2·B(k) and t(2k+1) = B(k) + B(k+1);
    // at or below it, t(2k) = 2·B(k) + 2 and t(2k+1) = B(k) + B(k+1) + 2.
    // The smallest k with B(k) past a bound comes from `groupAtRank`.

    /// B(k): how many values lie below option 2k's gap.
    private func bound(_ k: Int) -> Int { k < groups.count ? Int(groups[k].below) : count }

    /// The smallest t whose score 100·t / 2n is at least `score`.
    private func threshold(for score: Rational) -> Int128 {
        // 100·t·D ≥ 2n·N, rounded up; D > 0.
        let numerator = Int128(2 * count) * score.numerator
        let denominator = 100 * score.denominator
        let quotient = numerator / denominator
        return numerator % denominator > 0 ? quotient + 1 : quotient
    }

    /// A rank bound in machine integers: anything past ±2⁶² is as good as
    /// infinite against t ≤ 2n + 2, and plain `Int` arithmetic keeps the
    /// search off 128-bit division, which showed in profiles of large books.
    private static func clamped(_ t: Int128) -> Int { Int(max(min(t, 1 << 62), -(1 << 62))) }

    /// The smallest k with B(k) ≥ `rank`.
    private func firstBound(atLeast rank: Int) -> Int {
        if rank <= 0 { return 0 }
        if rank >= count { return groups.count }
        let j = Int(groupAtRank[rank])
        return Int(groups[j].below) == rank ? j : j + 1
    }

    /// The largest k with B(k) ≤ `rank` (nil when `rank` < 0).
    private func lastBound(atMost rank: Int) -> Int? {
        if rank < 0 { return nil }
        if rank >= count { return groups.count - 1 }
        return Int(groupAtRank[rank])
    }

    /// The smallest raise of the value at position `i` whose score reaches `needed`, if any.
    func raise(from i: Int, toReach needed: Rational) -> Move.Target? {
        raise(from: i, reachingRank: threshold(for: needed))
    }

    /// The smallest raise of the value at position `i` whose rank sum
    /// (2·below + equal + 1 against the others) reaches `t`, if any.
    func raise(from i: Int, reachingRank rank: Int128) -> Move.Target? {
        let t = MetricColumn.clamped(rank)
        // Smallest even option above the current value that reaches: 2·B(k) ≥ t.
        let k = max(firstBound(atLeast: t > 0 ? (t + 1) / 2 : 0), i + 1)
        guard k <= groups.count, 2 * bound(k) >= t else { return nil }
        // The tie just before it may reach too, if it is above the current value.
        if k - 1 >= i + 1, bound(k - 1) + bound(k) >= t { return .reach(groups[k - 1].value) }
        return .exceed(groups[k - 1].value)
    }

    /// The smallest fall of the value at position `i` whose score drops below `limit`, if any.
    func lower(from i: Int, below limit: Rational) -> Move.Target? {
        lower(from: i, belowRank: threshold(for: limit))
    }

    /// The smallest fall of the value at position `i` whose rank sum drops below `t`, if any.
    func lower(from i: Int, belowRank rank: Int128) -> Move.Target? {
        let t = MetricColumn.clamped(rank)
        // Largest even option at or below the current gap that stays short: 2·B(k) + 2 < t.
        let most = t - 3
        guard let found = lastBound(atMost: most >= 0 ? most / 2 : -1) else { return nil }
        let k = min(found, i)
        // The tie just above it may stay short too, while still below the current value.
        if k < i, bound(k) + bound(k + 1) + 2 < t { return .fallTo(groups[k].value) }
        return .fallBelow(groups[k].value)
    }
}
