/// The exact cut of one axis, turned into integers once per book so that a
/// million rows are decided without a single fraction.
///
/// A metric's score is 100·t / 2n, where t = 2·below + equal + 1 is the row's
/// rank sum and n the customers with a value (the `Classifier`'s rule); in
/// absolute mode t is 2 (met) or 0 with n = 1. The axis score is the weighted
/// mean Σ wₘ·100·tₘ / 2nₘ / Σ wₘ. The weights, counts and cut are the same for
/// every row with the same metrics present, so multiplying by the common
/// denominator once leaves, per row, an integer sum Σ Aₘ·tₘ to compare with
/// integer bounds: high when it reaches `cut`, borderline between `lower`
/// and `upper`. The `Classifier` keeps the readable rational version; tests
/// hold the two to the same answers.
struct AxisRule: Sendable {
    /// Aₘ per metric of the axis, in `axis.metrics` order; 0 for a metric without a value.
    /// Kept inline rather than in an array, so that a rule is plain data: the
    /// export reads rules on both cores for every row, and an array inside
    /// would be retained and released on each read, both cores counting on
    /// the same buffer.
    let coefficients: InlineArray<3, Int128>
    /// High when Σ Aₘ·tₘ ≥ `cut`.
    let cut: Int128
    /// Borderline when `lower` ≤ Σ Aₘ·tₘ ≤ `upper`.
    let lower: Int128
    let upper: Int128
    /// Σ Aₘ·tₘ / `scale` is the axis score, exactly.
    let scale: Int128

    /// The rule for the metrics of `present` (indices into `axis.metrics`),
    /// each with its population; nil when the integers would overflow, which
    /// only absurd weights (denominators in the millions) can cause.
    init?(axis: Axis, present: [(metric: Metric, population: Int)], config: ClassifierConfig) {
        let weights = present.map { config.weight(of: $0.metric) }
        let total = weights.reduce(Rational.zero, +)
        // aₘ = wₘ · 100 / 2nₘ; bounds = (cut ∓ margin) · Σ w.
        let shares = zip(present, weights).map { part, weight in weight * Rational(Int128(50), Int128(part.population)) }
        let bounds = [config.cut * total, (config.cut - config.borderlineMargin) * total, (config.cut + config.borderlineMargin) * total]
        var common: Int128 = 1
        for value in shares + bounds + [total] {
            let g = Int128(Rational.gcd(common.magnitude, value.denominator.magnitude))
            let (product, overflow) = (common / g).multipliedReportingOverflow(by: value.denominator)
            guard !overflow else { return nil }
            common = product
        }
        func scaled(_ value: Rational) -> Int128? {
            let (product, overflow) = value.numerator.multipliedReportingOverflow(by: common / value.denominator)
            return overflow ? nil : product
        }
        var coefficients = InlineArray<3, Int128>(repeating: 0)
        var largest: Int128 = 0
        for (part, share) in zip(present, shares) {
            guard let a = scaled(share), let index = axis.metrics.firstIndex(of: part.metric) else { return nil }
            coefficients[index] = a
            // The largest sum a row can reach: every t at its most, 2n.
            let (top, overflow) = a.multipliedReportingOverflow(by: Int128(2 * part.population))
            guard !overflow, largest < Int128.max / 4 - top else { return nil }
            largest += top
        }
        guard let cut = scaled(bounds[0]), let lower = scaled(bounds[1]), let upper = scaled(bounds[2]),
            let weight = scaled(total), cut.magnitude < UInt128(Int128.max / 4)
        else { return nil }
        self.coefficients = coefficients
        self.cut = cut
        self.lower = lower
        self.upper = upper
        self.scale = weight
    }

    /// The smallest t for metric `index` that, with the others' sum fixed at
    /// `others`, makes the axis high: ⌈(cut − others) / Aₘ⌉.
    func rankNeeded(metric index: Int, others: Int128) -> Int128 {
        let numerator = cut - others
        let a = coefficients[index]
        // 64-bit division when the values allow, as they nearly always do: 128-bit division is a library call.
        if let n = Int64(exactly: numerator), let d = Int64(exactly: a) {
            let quotient = n / d
            return Int128(n % d > 0 ? quotient + 1 : quotient)
        }
        let quotient = numerator / a
        return numerator % a > 0 ? quotient + 1 : quotient
    }
}
