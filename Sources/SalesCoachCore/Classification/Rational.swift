/// An exact fraction, so that a score that is mathematically 50 compares as 50.
///
/// Percentile ranks are fractions with denominator 2n; their mean over an
/// axis is compared with the cut. In `Double` the ranks 1/3 and 2/3 of a
/// three-customer book average to 49.99999999999999 and would flip a segment,
/// so scores stay rational until they are printed. `Int128` leaves ample room
/// for books of ten million customers with three weighted metrics.
public struct Rational: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let numerator: Int128
    public let denominator: Int128

    public init(_ numerator: Int128, _ denominator: Int128 = 1) {
        precondition(denominator != 0, "denominator must not be zero")
        let sign: Int128 = denominator < 0 ? -1 : 1
        let g = Rational.gcd(numerator.magnitude, denominator.magnitude)
        let divisor = g == 0 ? 1 : Int128(g)
        self.numerator = sign * numerator / divisor
        self.denominator = sign * denominator / divisor
    }

    public init(_ value: Int) { self.init(Int128(value), 1) }

    /// Parses a plain decimal such as `50`, `62.5` or `-0.125` exactly.
    public init?(decimal text: String) {
        var text = Substring(text.trimmingWhitespace)
        var negative = false
        if text.hasPrefix("-") { negative = true; text = text.dropFirst() }
        else if text.hasPrefix("+") { text = text.dropFirst() }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, !text.isEmpty, parts[0].count <= 18,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            !(parts.count == 2 && parts[1].isEmpty), !(parts[0].isEmpty && parts.count == 1)
        else { return nil }
        let fraction = parts.count == 2 ? parts[1].prefix(9) : ""
        guard let whole = Int128(parts[0].isEmpty ? "0" : String(parts[0])),
            let frac = Int128(fraction.isEmpty ? "0" : String(fraction))
        else { return nil }
        var scale: Int128 = 1
        for _ in 0..<fraction.count { scale *= 10 }
        self.init((whole * scale + frac) * (negative ? -1 : 1), scale)
    }

    public static let zero = Rational(0)
    public static let hundred = Rational(100)

    /// The nearest `Double` to each part, divided. Through `Int64` when the
    /// parts fit (nearly always): the generic 128-bit conversion is many
    /// times slower and showed in sorting large lists.
    public var doubleValue: Double { Rational.quotient(numerator, denominator) }

    /// `n / d` as the nearest `Double` to each part, divided: through `Int64`
    /// when the parts fit, since the generic `Double(Int128)` costs thousands
    /// of instructions and showed in every plan of a large book.
    public static func quotient(_ n: Int128, _ d: Int128) -> Double {
        if let n = Int64(exactly: n), let d = Int64(exactly: d) { return Double(n) / Double(d) }
        return Double(n) / Double(d)
    }

    public var description: String {
        denominator == 1 ? String(numerator) : "\(numerator)/\(denominator)"
    }

    public static func + (a: Rational, b: Rational) -> Rational {
        Rational(a.numerator * b.denominator + b.numerator * a.denominator, a.denominator * b.denominator)
    }

    public static func - (a: Rational, b: Rational) -> Rational {
        Rational(a.numerator * b.denominator - b.numerator * a.denominator, a.denominator * b.denominator)
    }

    public static func * (a: Rational, b: Rational) -> Rational {
        Rational(a.numerator * b.numerator, a.denominator * b.denominator)
    }

    public static func / (a: Rational, b: Rational) -> Rational {
        Rational(a.numerator * b.denominator, a.denominator * b.numerator)
    }

    public static func < (a: Rational, b: Rational) -> Bool {
        a.numerator * b.denominator < b.numerator * a.denominator
    }

    public static func == (a: Rational, b: Rational) -> Bool {
        a.numerator == b.numerator && a.denominator == b.denominator
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(numerator)
        hasher.combine(denominator)
    }

    /// Greatest common divisor; binary (Stein's) on 64 bits when the values
    /// fit, which is nearly always and many times faster than 128-bit division.
    static func gcd(_ a: UInt128, _ b: UInt128) -> UInt128 {
        if a <= UInt128(UInt64.max), b <= UInt128(UInt64.max) {
            return UInt128(gcd64(UInt64(a), UInt64(b)))
        }
        var (a, b) = (a, b)
        while b != 0 { (a, b) = (b, a % b) }
        return a
    }

    static func gcd64(_ a: UInt64, _ b: UInt64) -> UInt64 {
        if a == 0 { return b }
        if b == 0 { return a }
        var (u, v) = (a, b)
        let shift = (u | v).trailingZeroBitCount
        u >>= u.trailingZeroBitCount
        repeat {
            v >>= v.trailingZeroBitCount
            if u > v { swap(&u, &v) }
            v -= u
        } while v != 0
        return u << shift
    }
}
