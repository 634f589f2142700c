import Foundation

/// Numbers as a rep reads them: grouped, compact for large amounts, and in
/// 万/億 for Japanese. Amounts carry no currency sign because books come in
/// yen, dollars or thousands of either.
public enum Formatting {
    /// A metric value, e.g. `12.5M` / `1250万`, `4,200`, `3.1%`.
    public static func value(_ value: Double, of metric: Metric, in language: Language = .en) -> String {
        if metric == .growth { return trimmed(value, decimals: 1) + "%" }
        if metric.isMoney { return amount(value, in: language) }
        return grouped(value)
    }

    /// A compact amount: `980`, `12,500`, `1.3M`, `2.4B` / `1万2500`, `130万`, `24億`.
    public static func amount(_ value: Double, in language: Language = .en) -> String {
        guard value.isFinite else { return String(value) }
        let sign = value < 0 ? "-" : ""
        let v = abs(value)
        switch language {
        case .en:
            if v >= 1e9 { return sign + trimmed(v / 1e9, decimals: v >= 1e11 ? 0 : 1) + "B" }
            if v >= 1e6 { return sign + trimmed(v / 1e6, decimals: v >= 1e8 ? 0 : 1) + "M" }
            return sign + grouped(v)
        case .ja:
            if v >= 1e8 { return sign + trimmed(v / 1e8, decimals: v >= 1e10 ? 0 : 1) + "億" }
            if v >= 1e4 { return sign + grouped((v / 1e4).rounded()) + "万" }
            return sign + grouped(v)
        }
    }

    /// Whole numbers with thousands separators; other numbers to one decimal.
    public static func grouped(_ value: Double) -> String {
        guard value.isFinite else { return String(value) }
        guard abs(value) < 1e18 else { return String(format: "%.3g", value) }
        if value != value.rounded() {
            // One decimal, the whole part grouped like any other: 6,395.1 beside 11,698.
            let tenths = (abs(value) * 10).rounded()
            let decimal = Int64(tenths.truncatingRemainder(dividingBy: 10))
            let whole = grouped((tenths / 10).rounded(.down))
            return (value < 0 ? "-" : "") + whole + (decimal == 0 ? "" : ".\(decimal)")
        }
        let digits = String(Int64(abs(value)))
        var result = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { result.append(",") }
            result.append(ch)
        }
        return (value < 0 ? "-" : "") + result
    }

    /// A 0–100 score to one decimal, rounded half up (never used for comparing).
    public static func score(_ score: Rational) -> String {
        fixed(score.doubleValue, decimals: 1)
    }

    /// `value` with exactly `decimals` digits after the point, rounded half
    /// away from zero; plain integer arithmetic, because `String(format:)`
    /// dominated the time of exporting a large book.
    static func fixed(_ value: Double, decimals: Int) -> String {
        guard value.isFinite, abs(value) < 1e15 else { return String(value) }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = Int64((abs(value) * scale).rounded(.toNearestOrAwayFromZero))
        let negative = value < 0 && scaled != 0
        let factor = Int64(scale)
        let whole = String(scaled / factor)
        guard decimals > 0 else { return (negative ? "-" : "") + whole }
        let fraction = String(scaled % factor)
        return (negative ? "-" : "") + whole + "." + String(repeating: "0", count: decimals - fraction.count) + fraction
    }

    /// A share 0–1 as a whole percent, `35%`.
    public static func percent(_ share: Double) -> String {
        guard share.isFinite else { return "–" }
        return fixed(share * 100, decimals: 0) + "%"
    }

    static func trimmed(_ value: Double, decimals: Int) -> String {
        var text = fixed(value, decimals: decimals)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }
}
