/// "B customers with more than 300 employees", 「従業員300人以上の顧客」,
/// "accounts with sales under 5,000": a bound on one metric that a list keeps to.
///
/// Read only when a comparison word sits right next to a number and the
/// question names a metric; a gap in time ("over 60 days") is the visit
/// window's, not this.
public struct MetricThreshold: Sendable, Hashable {
    public enum Comparison: Sendable, Hashable {
        case above, atLeast, below, atMost
    }

    public let metric: Metric
    public let comparison: Comparison
    public let value: Double

    public func admits(_ x: Double) -> Bool {
        switch comparison {
        case .above: x > value
        case .atLeast: x >= value
        case .below: x < value
        case .atMost: x <= value
        }
    }

    /// Further bounds the same question sets ("more than 1000 employees and
    /// less than 10M sales", 「従業員1000人以上で売上が1億円以下」): a customer must pass all.
    public var and: [MetricThreshold] = []

    public init(metric: Metric, comparison: Comparison, value: Double) {
        self.metric = metric
        self.comparison = comparison
        self.value = value
    }

    /// Every bound of this one and those joined to it.
    public var all: [MetricThreshold] { [MetricThreshold(metric: metric, comparison: comparison, value: value)] + and }

    /// Whether `customer` passes every bound (a missing value passes none).
    public func admits(_ customer: Customer) -> Bool {
        all.allSatisfy { bound in customer[bound.metric].map(bound.admits) ?? false }
    }

    /// The bounds a question sets, if it sets any. With one bound the metric
    /// is the one the question names; with several, each bound takes the
    /// metric named nearest it: after the number in English ("over 300
    /// employees"), else before it ("sales under 5,000"), and before it in
    /// Japanese (「従業員300人以上」).
    static func read(_ text: QuestionText) -> MetricThreshold? {
        let folded = NameKey.normalize(String(text.chars)).replacingOccurrences(of: ",", with: "")
        guard folded.contains(where: \.isNumber), let named = CustomerListQuestion.metricNamed(text) else { return nil }
        var found: [(range: Range<String.Index>, comparison: Comparison, value: Double, metricFirst: Bool)] = []
        for match in folded.matches(of: english) {
            guard let words = match.output[1].substring, let digits = match.output[2].substring, var value = Double(digits) else {
                continue
            }
            // "over 60 days", "more than 3 weeks": a time, not a metric.
            let after = folded[match.range.upperBound...].drop(while: { $0 == " " })
            if ["day", "week", "month", "year"].contains(where: { after.hasPrefix($0) }) { continue }
            switch match.output[3].substring.map(String.init) {
            case "k", "thousand": value *= 1e3
            case "m", "million": value *= 1e6
            case "b", "billion": value *= 1e9
            default: break
            }
            let comparison: Comparison
            switch String(words) {
            case "at least", ">=": comparison = .atLeast
            case "at most", "<=": comparison = .atMost
            case "less than", "fewer than", "smaller than", "lower than", "under", "below", "<": comparison = .below
            default: comparison = .above
            }
            found.append((match.range, comparison, value, false))
        }
        if found.isEmpty {
            for match in folded.matches(of: japanese) {
                guard let digits = match.output[1].substring, var value = Double(digits), let word = match.output[3].substring else {
                    continue
                }
                switch match.output[2].substring.map(String.init) {
                case "千": value *= 1e3
                case "万": value *= 1e4
                case "億": value *= 1e8
                default: break
                }
                let comparison: Comparison
                switch String(word) {
                case "以上": comparison = .atLeast
                case "以下": comparison = .atMost
                case "未満", "より少ない": comparison = .below
                default: comparison = .above
                }
                found.append((match.range, comparison, value, true))
            }
        }
        guard !found.isEmpty else { return nil }
        guard found.count > 1 else { return MetricThreshold(metric: named, comparison: found[0].comparison, value: found[0].value) }
        func metric(in part: Substring) -> Metric? { CustomerListQuestion.metricNamed(QuestionText(String(part))) }
        var bounds: [MetricThreshold] = []
        for (i, bound) in found.enumerated() {
            let before = folded[(i == 0 ? folded.startIndex : found[i - 1].range.upperBound)..<bound.range.lowerBound]
            let after = folded[bound.range.upperBound..<(i + 1 < found.count ? found[i + 1].range.lowerBound : folded.endIndex)]
            // The words after the number up to the next clause ("employees and …").
            let clause = after.prefix { ![",", "、", "で", "と"].contains($0) }
                .components(separatedBy: " and ").first.map { Substring($0) } ?? after
            // Before the number, only the words since the last clause break ("… employees and sales under 10M").
            let lastBefore = before.components(separatedBy: " and ").last.map { Substring($0) } ?? before
            let nearBefore = lastBefore.split(whereSeparator: { [",", "、"].contains($0) }).last ?? lastBefore
            let chosen = bound.metricFirst ? metric(in: before) : metric(in: clause) ?? metric(in: nearBefore)
            bounds.append(MetricThreshold(metric: chosen ?? named, comparison: bound.comparison, value: bound.value))
        }
        var first = bounds[0]
        first.and = Array(bounds.dropFirst())
        return first
    }

    // Compiled once: every question is tested against them.
    /// ASCII digits only: `\d` takes any numeric character, and so read 「1億」 as one number.
    private static let number = #"([0-9]+(?:\.[0-9]+)?)"#
    /// English: the comparison before the number, a scale after it ("5k", "2 million", "10%").
    nonisolated(unsafe) private static let english = try! Regex(
        #"(more than|greater than|bigger than|larger than|higher than|over|above|at least|less than|fewer than|smaller than|lower than|under|below|at most|>=|<=|>|<)\s*[$¥]?"#
            + number + #"\s*(k|m|b|thousand|million|billion|%)?(?![a-z])"#)
    /// Japanese: the number, its unit and counter, then 以上・超・以下・未満.
    nonisolated(unsafe) private static let japanese = try! Regex(
        number + #"\s*(千|万|億)?\s*(?:人|円|件|社|%|％)?\s*(以上|超え|超|を超える|より多い|以下|未満|より少ない)"#)

    /// "more than 300", 「300以上」, as the answer says it.
    func text(in language: Language) -> String {
        let shown = Formatting.value(value, of: metric, in: language)
        switch (comparison, language) {
        case (.above, .en): return "more than \(shown)"
        case (.atLeast, .en): return "at least \(shown)"
        case (.below, .en): return "less than \(shown)"
        case (.atMost, .en): return "at most \(shown)"
        case (.above, .ja): return "\(shown)超"
        case (.atLeast, .ja): return "\(shown)以上"
        case (.below, .ja): return "\(shown)未満"
        case (.atMost, .ja): return "\(shown)以下"
        }
    }
}
