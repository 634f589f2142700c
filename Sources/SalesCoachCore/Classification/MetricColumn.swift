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

    init(values: [Double]) {
        let sorted = values.sorted()
        var distinct: [Double] = []
        var below: [Int] = []
        var equal: [Int] = []
        distinct.reserveCapacity(sorted.count)
        var i = 0
        while i < sorted.count {
            var j = i + 1
            while j < sorted.count && sorted[j] == sorted[i] { j += 1 }
            distinct.append(sorted[i])
            below.append(i)
            equal.append(j - i)
            i = j
        }
        self.distinct = distinct
        self.below = below
        self.equal = equal
        self.count = sorted.count
    }

    /// Index of `value` in `distinct` (it must be one of the column's values).
    func position(of value: Double) -> Int? {
        var low = 0
        var high = distinct.count
        while low < high {
            let mid = (low + high) / 2
            if distinct[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low < distinct.count && distinct[low] == value ? low : nil
    }

    /// The percentile score of a value in the column, exactly:
    /// (below + (equal + 1) / 2) / n × 100, the pandas `rank(pct=True)` average rule.
    func score(of value: Double) -> Rational? {
        guard let i = position(of: value) else { return nil }
        return MetricColumn.percentile(below: below[i], equal: equal[i], count: count)
    }

    static func percentile(below: Int, equal: Int, count: Int) -> Rational {
        Rational(Int128(100 * (2 * below + equal + 1)), Int128(2 * count))
    }

    // MARK: Counterfactuals

    /// The places a customer with value `current` could move to, seen against
    /// the other customers' values. Option `2i` lies strictly between
    /// `distinct[i-1]` and `distinct[i]` (below everything for i = 0, above
    /// everything for i = distinct.count); option `2i+1` ties with `distinct[i]`.
    /// Scores never decrease along the options, which makes them searchable.
    /// The option's score as an unreduced fraction (numerator, denominator).
    private func optionFraction(_ option: Int, current: Double) -> (Int128, Int128) {
        let i = option / 2
        let othersBelow: Int
        if i == distinct.count {
            othersBelow = count - 1
        } else {
            othersBelow = below[i] - (current < distinct[i] ? 1 : 0)
        }
        let equalCount: Int
        if option % 2 == 0 {
            equalCount = 1
        } else {
            equalCount = equal[i] - (distinct[i] == current ? 1 : 0) + 1
        }
        return (Int128(100 * (2 * othersBelow + equalCount + 1)), Int128(2 * count))
    }

    /// Whether the option's score is at least `needed`.
    private func option(_ option: Int, current: Double, reaches needed: Rational) -> Bool {
        let (n, d) = optionFraction(option, current: current)
        return !needed.compare(numerator: n, denominator: d).less
    }

    private var optionCount: Int { 2 * distinct.count + 1 }

    /// The smallest raise of `current` whose score reaches `needed`, if any.
    func raise(from current: Double, toReach needed: Rational) -> Move.Target? {
        guard let i = position(of: current) else { return nil }
        var low = 2 * (i + 1)  // strictly above the current value
        var high = optionCount
        while low < high {
            let mid = (low + high) / 2
            if option(mid, current: current, reaches: needed) { high = mid } else { low = mid + 1 }
        }
        guard low < optionCount else { return nil }
        let k = low / 2
        return low % 2 == 1 ? .reach(distinct[k]) : .exceed(distinct[k - 1])
    }

    /// The smallest fall of `current` whose score drops below `limit`, if any.
    func lower(from current: Double, below limit: Rational) -> Move.Target? {
        guard let i = position(of: current) else { return nil }
        // Options 0...2i lie strictly below the current value; the ones that
        // satisfy the condition form a prefix, and the nearest is its end.
        var low = 0
        var high = 2 * i + 1
        while low < high {
            let mid = (low + high) / 2
            if !option(mid, current: current, reaches: limit) { low = mid + 1 } else { high = mid }
        }
        guard low > 0 else { return nil }
        let option = low - 1
        let k = option / 2
        return option % 2 == 1 ? .fallTo(distinct[k]) : .fallBelow(distinct[k])
    }
}
