@testable import SalesCoachCore

/// Repeatable random books for property tests: small pools of values per
/// metric so that ties are common, missing cells, the odd NaN or infinity
/// (which the classifier must treat as missing), negative growth, and -0
/// beside 0.
struct RandomBook {
    var generator: SeededRandom

    init(seed: UInt64) { generator = SeededRandom(seed: seed &* 0x9E37_79B9 &+ 17) }

    /// `count` customers named `C0`, `C1`, … (unique), values drawn per metric.
    mutating func customers(count: Int? = nil) -> [Customer] {
        let size = count ?? Int.random(in: 1...45, using: &generator)
        let pools = Metric.allCases.map { pool(for: $0) }
        let missingRate = [0.0, 0.1, 0.3, 0.7].randomElement(using: &generator) ?? 0.1
        return (0..<size).map { index in
            var metrics = MetricValues()
            for metric in Metric.allCases {
                let roll = Double.random(in: 0..<1, using: &generator)
                if roll < missingRate { continue }
                if roll < missingRate + 0.03 {
                    metrics[metric] = [Double.nan, .infinity, -.infinity].randomElement(using: &generator)
                } else if roll < missingRate + 0.2 {
                    metrics[metric] = value(for: metric)
                } else {
                    metrics[metric] = pools[metric.index].randomElement(using: &generator)
                }
            }
            return Customer(name: "C\(index)", metrics: metrics)
        }
    }

    /// A few values to pick from, so customers often tie.
    mutating func pool(for metric: Metric) -> [Double] {
        var values = (0..<Int.random(in: 1...6, using: &generator)).map { _ in value(for: metric) }
        if Bool.random(using: &generator) { values += [0, -0.0] }
        return values
    }

    /// One plausible value: whole numbers for counts, quarters for amounts,
    /// growth from -30 to 30.
    mutating func value(for metric: Metric) -> Double {
        switch metric {
        case .growth: Double(Int.random(in: -120...120, using: &generator)) / 4
        case .employees, .orders: Double(Int.random(in: 0...5_000, using: &generator))
        case .companyRevenue, .sales, .profit:
            Double(Int.random(in: -40...4_000_000_000, using: &generator)) / 4
        }
    }

    /// A rule with random weights (some 0), cut and margin; relative unless asked.
    mutating func config(mode: ClassifierConfig.Mode = .relative) -> ClassifierConfig {
        let weightChoices = [Rational(0), Rational(1, 2), Rational(1), Rational(1), Rational(2), Rational(7, 3)]
        var weights: [Metric: Rational] = [:]
        for metric in Metric.allCases { weights[metric] = weightChoices.randomElement(using: &generator) }
        var thresholds: [Metric: Double] = [:]
        if mode == .absolute {
            for metric in Metric.allCases where Bool.random(using: &generator) { thresholds[metric] = value(for: metric) }
        }
        let cuts = [Rational(50), Rational(50), Rational(100, 3), Rational(125, 2), Rational(0), Rational(100)]
        let margins = [Rational(5), Rational(0), Rational(25, 2)]
        return ClassifierConfig(
            mode: mode, weights: weights, thresholds: thresholds,
            cut: cuts.randomElement(using: &generator) ?? Rational(50),
            borderlineMargin: margins.randomElement(using: &generator) ?? Rational(5))
    }

    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &generator) }
}

/// The rule computed the slow, obvious way, to check the classifier against.
enum ReferenceScores {
    /// pandas' `rank(method="average", pct=True) * 100`: the mean of the
    /// 1-based positions the value's tie group takes in sorted order, over n.
    static func percentile(of value: Double, among values: [Double]) -> Rational {
        let sorted = values.sorted()
        let positions = sorted.indices.filter { sorted[$0] == value }.map { $0 + 1 }
        let meanPosition = Rational(Int128(positions.reduce(0, +)), Int128(positions.count))
        return meanPosition * Rational(100) / Rational(sorted.count)
    }

    /// Every usable value of `metric` in the book (finite, metric weighted above 0).
    static func column(_ metric: Metric, in customers: [Customer], config: ClassifierConfig) -> [Double] {
        guard config.weight(of: metric) > .zero else { return [] }
        return customers.compactMap { $0[metric] }.filter(\.isFinite)
    }

    /// A customer's metric score, nil when the metric does not count for it.
    static func metricScore(
        _ metric: Metric, of customer: Customer, in customers: [Customer], config: ClassifierConfig
    ) -> Rational? {
        guard config.weight(of: metric) > .zero, let value = customer[metric], value.isFinite else { return nil }
        switch config.mode {
        case .relative:
            return percentile(of: value, among: column(metric, in: customers, config: config))
        case .absolute:
            guard let threshold = config.thresholds[metric] else { return nil }
            return value >= threshold ? Rational(100) : Rational(0)
        }
    }

    /// The weighted mean of the axis's metric scores, nil when none counts.
    static func axisScore(_ axis: Axis, of customer: Customer, in customers: [Customer], config: ClassifierConfig) -> Rational? {
        var total = Rational(0)
        var weights = Rational(0)
        for metric in axis.metrics {
            guard let score = metricScore(metric, of: customer, in: customers, config: config) else { continue }
            total = total + config.weight(of: metric) * score
            weights = weights + config.weight(of: metric)
        }
        return weights == Rational(0) ? nil : total / weights
    }
}
