/// Splitting a whole number of visits by percentage shares.
enum ShareSplit {
    /// Largest-remainder rounding of `total × share / Σshares`, exact in
    /// rationals so that 10 × 35% is 3.5 and never 3.4999…
    ///
    /// Whole parts first; the visits left over go to the largest remainders,
    /// ties broken by `order` (the method's priority: B, A, C, D), so the same
    /// policy always gives the same counts.
    static func split(_ total: Int, shares: [Segment: Rational], order: [Segment]) -> [Segment: Int]
    {
        var counts: [Segment: Int] = [:]
        for segment in order { counts[segment] = 0 }
        let sum = order.reduce(Rational.zero) { $0 + max(shares[$1] ?? .zero, .zero) }
        guard total > 0, Rational.zero < sum else { return counts }
        var remainders: [(segment: Segment, remainder: Rational, position: Int)] = []
        var assigned = 0
        for (position, segment) in order.enumerated() {
            let share = max(shares[segment] ?? .zero, .zero)
            let quota = Rational(Int128(total)) * share / sum
            let whole = Int(quota.numerator / quota.denominator)
            counts[segment] = whole
            assigned += whole
            remainders.append((segment, quota - Rational(Int128(whole)), position))
        }
        remainders.sort { ($1.remainder, $0.position) < ($0.remainder, $1.position) }
        var left = total - assigned
        var i = 0
        while left > 0, !remainders.isEmpty {
            counts[remainders[i % remainders.count].segment, default: 0] += 1
            left -= 1
            i += 1
        }
        return counts
    }
}
