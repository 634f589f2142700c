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

    /// The bound a question sets, if it sets one.
    static func read(_ text: QuestionText) -> MetricThreshold? {
        let folded = NameKey.normalize(String(text.chars)).replacingOccurrences(of: ",", with: "")
        guard folded.contains(where: \.isNumber), let metric = CustomerListQuestion.metricNamed(text) else { return nil }
        if let match = try? english.firstMatch(in: folded), let words = match.output[1].substring,
            let digits = match.output[2].substring, var value = Double(digits)
        {
            // "over 60 days", "more than 3 weeks": a time, not a metric.
            let after = folded[match.range.upperBound...].drop(while: { $0 == " " })
            if ["day", "week", "month", "year"].contains(where: { after.hasPrefix($0) }) { return nil }
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
            return MetricThreshold(metric: metric, comparison: comparison, value: value)
        }
        if let match = try? japanese.firstMatch(in: folded), let digits = match.output[1].substring, var value = Double(digits),
            let word = match.output[3].substring
        {
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
            return MetricThreshold(metric: metric, comparison: comparison, value: value)
        }
        return nil
    }

    // Compiled once: every question is tested against them.
    private static let number = #"(\d+(?:\.\d+)?)"#
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
