import Foundation

/// Numbers as a rep reads them: grouped, compact for large amounts, and in
/// 万/億 for Japanese. Amounts carry no currency sign because books come in
/// yen, dollars or thousands of either.
public enum Formatting {
    /// A metric value, e.g. `12.5M` / `1250万`, `4,200`, `3.1%`.
    public static func value(_ value: Double, of metric: Metric, in language: Language = .en) -> String {
        bytes { appendValue(value, of: metric, in: language, to: &$0) }
    }

    /// A compact amount: `980`, `12,500`, `1.3M`, `2.4B` / `1.2万`, `130万`, `24億`.
    public static func amount(_ value: Double, in language: Language = .en) -> String {
        bytes { appendAmount(value, in: language, to: &$0) }
    }

    /// Whole numbers with thousands separators; other numbers to one decimal.
    public static func grouped(_ value: Double) -> String {
        bytes { appendGrouped(value, to: &$0) }
    }

    /// A 0–100 score to one decimal, rounded half up (never used for comparing).
    public static func score(_ score: Rational) -> String {
        fixed(score.doubleValue, decimals: 1)
    }

    /// An axis or metric score as people and programs read it: rounded half
    /// up to `decimals`, but never across the cut, so a low score shows at
    /// most 49.9 (or 49.999999) and never the 50.0 that reads as high.
    public static func score(_ score: Rational, cut: Rational, decimals: Int = 1) -> String {
        var out: [UInt8] = []
        appendScore(
            numerator: score.numerator, denominator: score.denominator, isHigh: !(score < cut), cut: cut,
            decimals: decimals, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `score(numerator / denominator, cut:, decimals:)` appended as bytes,
    /// rounded in integers so every path prints an exact score the same way;
    /// `isHigh` is the exact decision, which the shown digits must not contradict.
    public static func appendScore(
        numerator: Int128, denominator: Int128, isHigh: Bool, cut: Rational, decimals: Int, to out: inout some ByteSink
    ) {
        let scale = Int128(powerOfTen(decimals))
        guard denominator > 0, numerator >= 0 else {
            return out.append(contentsOf: fixed(Rational.quotient(numerator, denominator), decimals: decimals).utf8)
        }
        // In 64 bits when every value fits, as it nearly always does (a million
        // rows print two million scores, and 128-bit division is a library
        // call); the same integers give the same digits in either width.
        if let n = Int64(exactly: numerator), let d = Int64(exactly: denominator), let scale = Int64(exactly: scale),
            let cutNumerator = Int64(exactly: cut.numerator), let cutDenominator = Int64(exactly: cut.denominator),
            let scaled = scaledScore(n, d, scale: scale, cut: (cutNumerator, cutDenominator), isHigh: isHigh)
        {
            return appendFixed(scaled: scaled, decimals: decimals, to: &out)
        }
        guard let scaled = scaledScore(numerator, denominator, scale: scale, cut: (cut.numerator, cut.denominator), isHigh: isHigh)
        else {
            return out.append(contentsOf: fixed(Rational.quotient(numerator, denominator), decimals: decimals).utf8)
        }
        appendFixed(scaled: Int64(clamping: scaled), decimals: decimals, to: &out)
    }

    /// n / d × `scale`, rounded half up, then held on its side of the cut;
    /// nil when a product overflows `Integer`.
    private static func scaledScore<Integer: FixedWidthInteger & SignedInteger>(
        _ n: Integer, _ d: Integer, scale: Integer, cut: (numerator: Integer, denominator: Integer), isHigh: Bool
    ) -> Integer? {
        let (product, overflow) = n.multipliedReportingOverflow(by: 2 * scale)
        let (twice, overflowTwice) = d.multipliedReportingOverflow(by: 2)
        let (rounding, overflowRounding) = product.addingReportingOverflow(d)
        let (cutProduct, overflowCut) = cut.numerator.multipliedReportingOverflow(by: scale)
        guard !overflow, !overflowTwice, !overflowRounding, !overflowCut else { return nil }
        // Half up: ⌊(2·n·scale + d) / 2d⌋.
        let scaled = rounding / twice
        // The cut in the same units, rounded up: a shown value below it reads as low.
        let smallestHigh = cutProduct / cut.denominator + (cutProduct % cut.denominator > 0 ? 1 : 0)
        return isHigh ? max(scaled, smallestHigh) : min(scaled, smallestHigh - 1)
    }

    // MARK: Bytes
    //
    // The texts above are written into a byte buffer, and the `String`
    // versions wrap these: exports of a million rows append numbers straight
    // into their output, where building a `String` per number cost more
    // than the ranking.

    /// `value(value, of: metric, in: language)` as bytes.
    public static func appendValue(_ value: Double, of metric: Metric, in language: Language, to out: inout some ByteSink) {
        if metric == .growth {
            appendTrimmed(value, decimals: 1, to: &out)
            out.append(UInt8(ascii: "%"))
        } else if metric == .companyRevenue, language == .ja, abs(value) < 1e6 {
            // A company's revenue is in the book's own unit (often millions of
            // yen): "1.6万" for 15,600 reads as sixteen thousand yen, so a
            // Japanese line keeps every digit where an English one would too.
            appendGrouped(value, to: &out)
        } else if metric.isMoney {
            appendAmount(value, in: language, to: &out)
        } else {
            appendGrouped(value, to: &out)
        }
    }

    /// Two values of one metric written in one sentence ("would need to
    /// exceed X (now Y)"): money in the same style for both, so a reader never
    /// compares 16.9M with 200,000. When their units would differ, both are
    /// written in full.
    public static func appendValues<Sink: ByteSink>(
        _ first: Double, _ second: Double, of metric: Metric, in language: Language,
        to out: inout Sink, between: (inout Sink) -> Void
    ) {
        // In full when the short forms would differ in unit ("950,000 (now 1.2M)"),
        // or read the same ("fall below 3M (now 3M)" says nothing).
        let full = metric.isMoney
            && (amountUnit(first, in: language) != amountUnit(second, in: language) || sameShortForm(first, second, in: language))
        if full { appendGrouped(first.rounded(), to: &out) } else { appendValue(first, of: metric, in: language, to: &out) }
        between(&out)
        if full { appendGrouped(second.rounded(), to: &out) } else { appendValue(second, of: metric, in: language, to: &out) }
    }

    /// Whether `appendAmount` writes the two values alike: the same last digit
    /// shown, at the same step (both "3M" for 2,970,000 and 3,030,000).
    static func sameShortForm(_ first: Double, _ second: Double, in language: Language) -> Bool {
        func step(_ value: Double) -> Double {
            let v = abs(value)
            switch language {
            case .en: return v >= 1e11 ? 1e9 : v >= 1e9 ? 1e8 : v >= 1e8 ? 1e6 : v >= 1e6 ? 1e5 : 1
            case .ja: return v >= 1e10 ? 1e8 : v >= 1e9 ? 1e7 : v >= 1e8 ? 1e6 : v >= 1e6 ? 1e4 : v >= 1e4 ? 1e3 : 1
            }
        }
        let unit = step(first)
        guard unit > 1, unit == step(second), first.isFinite, second.isFinite else { return false }
        return (first / unit).rounded(.toNearestOrAwayFromZero) == (second / unit).rounded(.toNearestOrAwayFromZero)
    }

    /// Which unit `appendAmount` gives a value: 0 none, 1 M (万), 2 B (億).
    static func amountUnit(_ value: Double, in language: Language) -> Int {
        let v = abs(value)
        switch language {
        case .en: return v >= 1e9 ? 2 : v >= 1e6 ? 1 : 0
        case .ja: return v >= 1e8 ? 2 : v >= 1e4 ? 1 : 0
        }
    }

    /// `amount(value, in: language)` as bytes.
    static func appendAmount(_ value: Double, in language: Language, to out: inout some ByteSink) {
        guard value.isFinite else { return out.append(contentsOf: String(value).utf8) }
        if value < 0 { out.append(UInt8(ascii: "-")) }
        let v = abs(value)
        switch language {
        case .en:
            if v >= 1e9 {
                appendTrimmed(v / 1e9, decimals: v >= 1e11 ? 0 : 1, to: &out)
                out.append(UInt8(ascii: "B"))
            } else if v >= 1e6 {
                appendTrimmed(v / 1e6, decimals: v >= 1e8 ? 0 : 1, to: &out)
                out.append(UInt8(ascii: "M"))
            } else {
                appendGrouped(v, to: &out)
            }
        case .ja:
            if v >= 1e8 {
                // Three figures, as English keeps them: 104.8M is 1.05億, not 1億 (which reads as 100M).
                appendTrimmed(v / 1e8, decimals: v >= 1e10 ? 0 : v >= 1e9 ? 1 : 2, to: &out)
                out.append(contentsOf: "億".utf8)
            } else if v >= 1e6 {
                appendGrouped((v / 1e4).rounded(), to: &out)
                out.append(contentsOf: "万".utf8)
            } else if v >= 1e4 {
                // Under 100万 a whole 万 hides differences a ranking shows
                // (113,720 and 106,120 are not both 11万): one decimal, as English keeps every digit.
                appendTrimmed(v / 1e4, decimals: 1, to: &out)
                out.append(contentsOf: "万".utf8)
            } else {
                appendGrouped(v, to: &out)
            }
        }
    }

    /// `grouped(value)` as bytes.
    static func appendGrouped(_ value: Double, to out: inout some ByteSink) {
        guard value.isFinite else { return out.append(contentsOf: String(value).utf8) }
        guard abs(value) < 1e18 else { return out.append(contentsOf: String(format: "%.3g", value).utf8) }
        if value != value.rounded() {
            let tenths = (abs(value) * 10).rounded()
            let decimal = Int64(tenths.truncatingRemainder(dividingBy: 10))
            if value < 0 { out.append(UInt8(ascii: "-")) }
            appendGrouped((tenths / 10).rounded(.down), to: &out)
            if decimal != 0 {
                out.append(UInt8(ascii: "."))
                out.append(UInt8(ascii: "0") + UInt8(decimal))
            }
            return
        }
        if value < 0 { out.append(UInt8(ascii: "-")) }
        appendDigits(UInt64(abs(value)), grouped: true, to: &out)
    }

    /// `trimmed(value, decimals:)` as bytes.
    static func appendTrimmed(_ value: Double, decimals: Int, to out: inout some ByteSink) {
        let start = out.count
        appendFixed(value, decimals: decimals, to: &out)
        guard (start..<out.count).contains(where: { out[$0] == UInt8(ascii: ".") }) else { return }
        while out[out.count - 1] == UInt8(ascii: "0") { out.removeLast(1) }
        if out[out.count - 1] == UInt8(ascii: ".") { out.removeLast(1) }
    }

    /// `fixed(value, decimals:)` as bytes.
    static func appendFixed(_ value: Double, decimals: Int, to out: inout some ByteSink) {
        guard value.isFinite, abs(value) < 1e15 else { return out.append(contentsOf: String(value).utf8) }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = Int64((abs(value) * scale).rounded(.toNearestOrAwayFromZero))
        appendFixed(scaled: value < 0 ? -scaled : scaled, decimals: decimals, to: &out)
    }

    /// 10^`decimals`, the scale of `decimals` digits: the usual ones by a
    /// switch (no shared array, no loop) for the two million scores of a
    /// large export. Traps past 10¹⁹, as multiplying out did.
    static func powerOfTen(_ decimals: Int) -> UInt64 {
        switch decimals {
        case 0: 1
        case 1: 10
        case 2: 100
        case 3: 1_000
        case 6: 1_000_000
        default: UInt64(10).power(decimals)
        }
    }

    /// A whole number's digits, with thousands separators when `grouped`,
    /// written backwards into a small buffer on the stack and appended at
    /// once: a million rows' export writes a dozen numbers a row.
    static func appendDigits(_ value: UInt64, grouped: Bool, minimumDigits: Int = 1, to out: inout some ByteSink) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32 + 2 * minimumDigits) { buffer in
            var index = buffer.count
            var remaining = value
            var written = 0
            repeat {
                if grouped && written > 0 && written % 3 == 0 {
                    index -= 1
                    buffer[index] = UInt8(ascii: ",")
                }
                index -= 1
                buffer[index] = UInt8(ascii: "0") + UInt8(remaining % 10)
                remaining /= 10
                written += 1
            } while remaining > 0 || written < minimumDigits
            out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[index...]))
        }
    }

    /// `scaled` / 10^decimals with exactly `decimals` digits after the point.
    static func appendFixed(scaled: Int64, decimals: Int, to out: inout some ByteSink) {
        let scale = powerOfTen(decimals)
        if scaled < 0 { out.append(UInt8(ascii: "-")) }
        let magnitude = scaled.magnitude
        appendDigits(magnitude / scale, grouped: false, to: &out)
        guard decimals > 0 else { return }
        out.append(UInt8(ascii: "."))
        appendDigits(magnitude % scale, grouped: false, minimumDigits: decimals, to: &out)
    }

    /// `value` with exactly `decimals` digits after the point, rounded half
    /// away from zero; plain integer arithmetic, because `String(format:)`
    /// dominated the time of exporting a large book.
    public static func fixed(_ value: Double, decimals: Int) -> String {
        bytes { appendFixed(value, decimals: decimals, to: &$0) }
    }

    /// A share 0–1 as a whole percent, `35%`.
    public static func percent(_ share: Double) -> String {
        guard share.isFinite else { return "–" }
        return fixed(share * 100, decimals: 0) + "%"
    }

    static func trimmed(_ value: Double, decimals: Int) -> String {
        bytes { appendTrimmed(value, decimals: decimals, to: &$0) }
    }

    /// The text `write` appends, as a `String`.
    static func bytes(_ write: (inout [UInt8]) -> Void) -> String {
        var out: [UInt8] = []
        write(&out)
        return String(decoding: out, as: UTF8.self)
    }
}

extension FixedWidthInteger {
    /// `self` multiplied by itself `exponent` times (1 for 0), trapping on overflow as `*` does.
    func power(_ exponent: Int) -> Self {
        var result: Self = 1
        for _ in 0..<exponent { result *= self }
        return result
    }
}
