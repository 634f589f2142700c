/// The values of one metric across a book, sorted, for ranking and for
/// finding the value a customer would need to cross the cut.
struct MetricColumn: Sendable {
    /// Distinct values, ascending.
    let distinct: [Double]
    /// `below[i]`: how many values are strictly below `distinct[i]`.
    let below: [Int]
    /// `equal[i]`: how many values equal `distinct[i]`.
    let equal: [Int]
    /// How many customers have a value.
    let count: Int
    /// `distinctAtRank[k]`: the index in `distinct` of the k-th smallest value,
    /// so that the value a customer needs is found by arithmetic on ranks
    /// rather than by a search (the search's cache misses dominated large books).
    let distinctAtRank: [Int32]

    /// `positionOfRow[r]`: the index in `distinct` of row r's value, -1 for a row without one.
    let positionOfRow: [Int32]

    /// The column of one metric over a book's rows, nil where a row has no usable value.
    init(rows: [Double?]) {
        var pairs: [(value: Double, row: Int32)] = []
        pairs.reserveCapacity(rows.count)
        for (row, value) in rows.enumerated() {
            if let value { pairs.append((value, Int32(row))) }
        }
        pairs.sort { $0.value < $1.value }
        var distinct: [Double] = []
        var below: [Int] = []
        var equal: [Int] = []
        var distinctAtRank: [Int32] = []
        var positionOfRow = [Int32](repeating: -1, count: rows.count)
        distinctAtRank.reserveCapacity(pairs.count)
        var i = 0
        while i < pairs.count {
            var j = i + 1
            while j < pairs.count && pairs[j].value == pairs[i].value { j += 1 }
            let position = Int32(distinct.count)
            for k in i..<j { positionOfRow[Int(pairs[k].row)] = position }
            distinctAtRank.append(contentsOf: repeatElement(position, count: j - i))
            distinct.append(pairs[i].value)
            below.append(i)
            equal.append(j - i)
            i = j
        }
        self.distinct = distinct
        self.below = below
        self.equal = equal
        self.count = pairs.count
        self.distinctAtRank = distinctAtRank
        self.positionOfRow = positionOfRow
    }

    /// A column of values alone, one row each.
    init(values: [Double]) { self.init(rows: values) }

    /// Where row `row`'s value sits in `distinct`; nil for a row without one.
    func position(ofRow row: Int) -> Int? {
        let position = positionOfRow[row]
        return position < 0 ? nil : Int(position)
    }

    /// The percentile score at a position, exactly:
    /// (below + (equal + 1) / 2) / n × 100, the pandas `rank(pct=True)` average rule.
    func score(at position: Int) -> Rational {
        MetricColumn.percentile(below: below[position], equal: equal[position], count: count)
    }

    static func percentile(below: Int, equal: Int, count: Int) -> Rational {
        Rational(Int128(100 * (2 * below + equal + 1)), Int128(2 * count))
    }

    // MARK: Counterfactuals

    // The places a customer with the value at `distinct[i]` could move
    // to, seen against the other customers' values, are options: option `2k`
    // lies strictly between `distinct[k-1]` and `distinct[k]` (below everything
    // for k = 0, above everything for k = distinct.count); option `2k+1` ties
    // with `distinct[k]`. An option's score is 100·t / 2n for an integer t
    // (twice the others below, plus the ties, plus one), so "reaches a score"
    // is "t reaches a threshold", and t never decreases along the options.
    //
    // With B(k) = below[k] (and B(m) = n past the last of m distinct values):
    // above the current value, t(2k) = 2·B(k) and t(2k+1) = B(k) + B(k+1);
    // at or below it, t(2k) = 2·B(k) + 2 and t(2k+1) = B(k) + B(k+1) + 2.
    // The smallest k with B(k) past a bound comes from `distinctAtRank`.

    /// B(k): how many values lie below option 2k's gap.
    private func bound(_ k: Int) -> Int { k < distinct.count ? below[k] : count }

    /// The smallest t whose score 100·t / 2n is at least `score`.
    private func threshold(for score: Rational) -> Int128 {
        // 100·t·D ≥ 2n·N, rounded up; D > 0.
        let numerator = Int128(2 * count) * score.numerator
        let denominator = 100 * score.denominator
        let quotient = numerator / denominator
        return numerator % denominator > 0 ? quotient + 1 : quotient
    }

    /// The smallest k with B(k) ≥ `rank`.
    private func firstBound(atLeast rank: Int128) -> Int {
        if rank <= 0 { return 0 }
        if rank >= Int128(count) { return distinct.count }
        let j = Int(distinctAtRank[Int(rank)])
        return below[j] == Int(rank) ? j : j + 1
    }

    /// The largest k with B(k) ≤ `rank` (nil when `rank` < 0).
    private func lastBound(atMost rank: Int128) -> Int? {
        if rank < 0 { return nil }
        if rank >= Int128(count) { return distinct.count - 1 }
        return Int(distinctAtRank[Int(rank)])
    }

    /// The smallest raise of the value at position `i` whose score reaches `needed`, if any.
    func raise(from i: Int, toReach needed: Rational) -> Move.Target? {
        let t = threshold(for: needed)
        // Smallest even option above the current value that reaches: 2·B(k) ≥ t.
        let k = max(firstBound(atLeast: t > 0 ? (t + 1) / 2 : 0), i + 1)
        guard k <= distinct.count, Int128(2 * bound(k)) >= t else { return nil }
        // The tie just before it may reach too, if it is above the current value.
        if k - 1 >= i + 1, Int128(bound(k - 1) + bound(k)) >= t { return .reach(distinct[k - 1]) }
        return .exceed(distinct[k - 1])
    }

    /// The smallest fall of the value at position `i` whose score drops below `limit`, if any.
    func lower(from i: Int, below limit: Rational) -> Move.Target? {
        let t = threshold(for: limit)
        // Largest even option at or below the current gap that stays short: 2·B(k) + 2 < t.
        let most = t - 3
        guard let found = lastBound(atMost: most >= 0 ? most / 2 : -1) else { return nil }
        let k = min(found, i)
        // The tie just above it may stay short too, while still below the current value.
        if k < i, Int128(bound(k) + bound(k + 1) + 2) < t { return .fallTo(distinct[k]) }
        return .fallBelow(distinct[k])
    }
}
