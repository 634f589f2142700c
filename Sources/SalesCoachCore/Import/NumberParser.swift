/// Reads metric cells as CRMs and spreadsheets write them.
///
/// Accepted: thousands separators (`1,234`, `１，２３４`), a currency sign or
/// unit (`¥`, `￥`, `$`, `€`, `£`, `円`, `ドル`, `JPY`, `USD`, `EUR`),
/// full-width digits, Japanese units (`12万`, `1.5億`, `1億2000万`, `2千万`,
/// `3兆`), the English shorthands `200K`, `1.5M`, `3B`, a percent sign
/// (`5%` is 5), exponents (`1.2e6`), and negatives written `-5`, `−5`,
/// `▲5`, `△5` (Japanese accounting) or `(1,234)`. `-0` reads as 0.
///
/// A blank cell, `N/A`, `#N/A`, `null`, `none`, `不明`, `なし` or `該当なし` is
/// a missing value (`nil`), never zero. Everything else throws with a reason.
public enum NumberParser {
    /// The value of a cell, or nil when the cell holds no value.
    public static func parse(_ text: some StringProtocol) throws(NumberFormatError) -> Double? {
        var utf8 = Array(text.utf8)
        return try utf8.withUnsafeMutableBufferPointer { buffer throws(NumberFormatError) in
            try parse(utf8: UnsafeBufferPointer(buffer))
        }
    }

    /// The same over a cell's UTF-8 bytes; plain numbers never become a String.
    static func parse(utf8 bytes: UnsafeBufferPointer<UInt8>) throws(NumberFormatError) -> Double? {
        switch plainASCII(bytes) {
        case .value(let value): return value
        case .blank: return nil
        case .other: return try parseGeneral(String(decoding: bytes, as: UTF8.self))
        }
    }

    private enum FastResult {
        case value(Double)
        case blank
        case other
    }

    private static let powersOfTen: [Double] = (0...22).map { exponent in
        var value = 1.0
        for _ in 0..<exponent { value *= 10 }
        return value
    }

    /// `-1,234.5` and friends in ASCII, exactly rounded: the mantissa fits in
    /// 53 bits and the power of ten is exact, so one division rounds once.
    private static func plainASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> FastResult {
        var start = 0
        var end = bytes.count
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        if start == end { return .blank }
        // Plain whole numbers (most cells) in one tight loop.
        if end - start <= 15 {
            var value: UInt64 = 0
            var index = start
            while index < end {
                let digit = bytes[index] &- 0x30
                if digit >= 10 { break }
                value = value &* 10 &+ UInt64(digit)
                index += 1
            }
            if index == end { return .value(Double(value)) }
        }
        var negative = false
        if bytes[start] == 0x2D || bytes[start] == 0x2B {
            negative = bytes[start] == 0x2D
            start += 1
        }
        var mantissa: UInt64 = 0
        var digits = 0
        var fractionDigits = 0
        var seenDot = false
        var groupLength = -1  // digits since the last comma; -1 before any comma
        var leadingGroup = 0
        var index = start
        while index < end {
            let byte = bytes[index]
            if byte &- 0x30 < 10 {
                if digits >= 18 { return .other }
                mantissa = mantissa &* 10 &+ UInt64(byte &- 0x30)
                digits += 1
                if seenDot { fractionDigits += 1 } else if groupLength >= 0 { groupLength += 1 } else { leadingGroup += 1 }
            } else if byte == 0x2C && !seenDot {
                // Groups of exactly three after the first; anything else goes the slow way for its message.
                if groupLength >= 0 ? groupLength != 3 : (leadingGroup == 0 || leadingGroup > 3) { return .other }
                groupLength = 0
            } else if byte == 0x2E && !seenDot {
                if groupLength >= 0 && groupLength != 3 { return .other }
                seenDot = true
            } else {
                return .other
            }
            index += 1
        }
        if digits == 0 || (groupLength >= 0 && !seenDot && groupLength != 3) { return .other }
        if seenDot && fractionDigits == 0 && digits == 0 { return .other }
        guard mantissa < (1 << 53), fractionDigits < powersOfTen.count else { return .other }
        let magnitude = Double(mantissa) / powersOfTen[fractionDigits]
        // -0 reads as 0: a sign on zero carries no meaning in a CRM cell.
        return .value(negative && magnitude != 0 ? -magnitude : magnitude)
    }

    private static let missingWords: Set<String> = ["n/a", "na", "#n/a", "null", "none", "不明", "なし", "該当なし"]
    private static let notFiniteWords: Set<String> = ["nan", "inf", "infinity", "-inf", "+inf", "-infinity", "+infinity", "-nan", "+nan"]
    private static let currencyPrefixes: Set<Character> = ["¥", "$", "€", "£"]
    private static let currencySuffixes = ["円", "ドル", "jpy", "usd", "eur", "yen", "¥", "$", "€"]
    private static let negativeMarks: Set<Character> = ["-", "▲", "△"]
    /// Powers of ten.
    private static let bigUnits: [Character: Int] = ["兆": 12, "億": 8, "万": 4]
    private static let westernUnits: [Character: Int] = ["k": 3, "K": 3, "M": 6, "B": 9]

    /// Full-width and typographic forms as their ASCII equivalents, so the
    /// grammar below deals with one spelling.
    static func normalized(_ text: String) -> [Character] {
        var result: [Character] = []
        result.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A:
                result.append(Character(Unicode.Scalar(scalar.value - 0xFEE0) ?? scalar))
            case 0xFF0C: result.append(",")
            case 0xFF0E: result.append(".")
            case 0xFF0B: result.append("+")
            case 0xFF0D, 0x2212, 0x2013, 0x2010, 0x2011, 0x2012, 0xFE63: result.append("-")
            case 0xFF05: result.append("%")
            case 0xFF08: result.append("(")
            case 0xFF09: result.append(")")
            // 0x5C: Japanese Excel writes ¥ as byte 0x5C in Shift_JIS, which decodes as a backslash.
            case 0xFFE5, 0x00A5, 0x5C: result.append("¥")
            case 0xFF04: result.append("$")
            case 0xFF03: result.append("#")
            case 0xFF0F: result.append("/")
            case 0xFF01: result.append("!")
            case 0x3000, 0x00A0, 0x2002...0x200A, 0x202F: result.append(" ")
            default: result.append(Character(scalar))
            }
        }
        while result.first?.isWhitespace == true { result.removeFirst() }
        while result.last?.isWhitespace == true { result.removeLast() }
        return result
    }

    private static func parseGeneral(_ text: String) throws(NumberFormatError) -> Double? {
        var chars = normalized(text)
        if chars.isEmpty { return nil }
        let word = String(chars).lowercased()
        if missingWords.contains(word) { return nil }
        if notFiniteWords.contains(word) { throw .notFinite }
        if chars.first == "#" { throw .spreadsheetError(String(chars)) }
        if ["-", "—", "―", "‐", "▲", "△"].contains(word) { throw .ambiguousDash }

        var negative = false
        if chars.first == "(" && chars.last == ")" && chars.count > 2 {
            negative = true
            chars = Array(chars.dropFirst().dropLast())
        }
        var scanner = Scanner(chars)
        var signSeen = false
        var currencySeen = false
        while true {
            scanner.skipSpaces()
            guard let next = scanner.peek else { throw .notANumber }
            if negativeMarks.contains(next) || next == "+", !signSeen, !negative {
                signSeen = true
                negative = next != "+"
                scanner.advance()
            } else if !currencySeen, currencyPrefixes.contains(next) {
                currencySeen = true
                scanner.advance()
            } else if !currencySeen, scanner.consume("jpy") || scanner.consume("usd") || scanner.consume("eur") {
                currencySeen = true
            } else {
                break
            }
        }
        var value = try body(&scanner)
        scanner.skipSpaces()
        if !currencySeen {
            for suffix in currencySuffixes where scanner.consume(suffix) {
                scanner.skipSpaces()
                break
            }
        }
        if scanner.peek == "%" {
            scanner.advance()
            scanner.skipSpaces()
        }
        guard scanner.isAtEnd else { throw .notANumber }
        if negative { value = -value }
        guard value.isFinite else { throw .outOfRange }
        // -0 reads as 0: a sign on zero carries no meaning in a CRM cell.
        return value == 0 ? 0 : value
    }

    /// Numbers with optional units: `1,234.5`, `1.5億`, `1億2000万`, `2千万`,
    /// `1万2千500`, `1.5M`. Each term is scaled by its power of ten in
    /// decimal, so `1.23万` is exactly 12300.
    private static func body(_ scanner: inout Scanner) throws(NumberFormatError) -> Double {
        var total = 0.0
        var group = 0.0  // the part below the next 万/億/兆, where 千 lives
        var lastBig = Int.max
        var thousandUsed = false
        var terms = 0
        while true {
            scanner.skipSpaces()
            let token = try numberToken(&scanner)
            scanner.skipSpaces()
            let unit = scanner.peek
            guard let token else {
                // `2千万`: a big unit straight after a 千 term applies to the whole group.
                if let unit, let power = bigUnits[unit], thousandUsed {
                    guard power < lastBig else { throw .unitOrder }
                    total += try scaled(group, power)
                    group = 0
                    lastBig = power
                    thousandUsed = false
                    scanner.advance()
                    continue
                }
                if terms == 0 { throw .notANumber }
                break
            }
            terms += 1
            if unit == "千" {
                guard !thousandUsed, group == 0, lastBig > 3 else { throw .unitOrder }
                group = try token.value(times: 3)
                thousandUsed = true
                scanner.advance()
            } else if let unit, let power = bigUnits[unit] {
                guard power < lastBig else { throw .unitOrder }
                total += try scaled(group, power) + token.value(times: power)
                group = 0
                lastBig = power
                thousandUsed = false
                scanner.advance()
            } else if let unit, let power = westernUnits[unit], terms == 1 {
                scanner.advance()
                return try token.value(times: power)
            } else {
                group += try token.value(times: 0)
                break
            }
        }
        let value = total + group
        guard value.isFinite else { throw .outOfRange }
        return value
    }

    private static func scaled(_ value: Double, _ power: Int) throws(NumberFormatError) -> Double {
        var result = value
        for _ in 0..<power { result *= 10 }
        guard result.isFinite else { throw .outOfRange }
        return result
    }

    /// A number as written: its digits and decimal exponent, so scaling by a
    /// unit stays exact until the single final rounding.
    private struct DecimalToken {
        var digits: String
        var exponent: Int

        func value(times power: Int) throws(NumberFormatError) -> Double {
            let total = exponent + power
            guard let value = Double(digits + "e" + String(total)) else { throw .notANumber }
            guard value.isFinite else { throw .outOfRange }
            return value
        }
    }

    /// Digits with thousands separators, a fraction and an exponent; nil when
    /// no digit starts here.
    private static func numberToken(_ scanner: inout Scanner) throws(NumberFormatError) -> DecimalToken? {
        guard let first = scanner.peek, first.isASCIIDigit || first == "." else { return nil }
        var digits = ""
        var fractionDigits = 0
        var groupLength = -1  // digits since the last comma; -1 before any comma
        var leadingGroup = 0
        var seenDot = false
        while let next = scanner.peek {
            if next.isASCIIDigit {
                digits.append(next)
                if seenDot {
                    fractionDigits += 1
                } else if groupLength >= 0 {
                    groupLength += 1
                } else {
                    leadingGroup += 1
                }
            } else if next == ",", !seenDot {
                if groupLength >= 0 ? groupLength != 3 : (leadingGroup == 0 || leadingGroup > 3) {
                    throw .misplacedSeparator
                }
                groupLength = 0
            } else if next == ".", !seenDot {
                if groupLength >= 0 && groupLength != 3 { throw .misplacedSeparator }
                seenDot = true
            } else {
                break
            }
            scanner.advance()
        }
        if groupLength >= 0 && !seenDot && groupLength != 3 { throw .misplacedSeparator }
        guard !digits.isEmpty else { throw .notANumber }
        var exponent = -fractionDigits
        if scanner.peek == "e" || scanner.peek == "E" {
            guard groupLength < 0 else { throw .misplacedSeparator }
            var lookahead = scanner
            lookahead.advance()
            var sign = 1
            if let mark = lookahead.peek, mark == "+" || mark == "-" {
                sign = mark == "-" ? -1 : 1
                lookahead.advance()
            }
            var written = 0
            var count = 0
            while let digit = lookahead.peek, digit.isASCIIDigit {
                // Past a few hundred the value is already infinite or zero; stop growing the integer.
                if written < 100_000, let digitValue = digit.wholeNumberValue { written = written * 10 + digitValue }
                count += 1
                lookahead.advance()
            }
            guard count > 0 else { throw .notANumber }
            scanner = lookahead
            exponent += sign * written
        }
        return DecimalToken(digits: digits, exponent: exponent)
    }

    /// A cursor over normalised characters.
    private struct Scanner {
        let chars: [Character]
        var index = 0

        init(_ chars: [Character]) { self.chars = chars }

        var peek: Character? { index < chars.count ? chars[index] : nil }
        var isAtEnd: Bool { index >= chars.count }
        mutating func advance() { index += 1 }
        mutating func skipSpaces() { while let next = peek, next.isWhitespace { index += 1 } }

        /// Consumes `word` (ASCII letters compared case-insensitively) when it is next.
        mutating func consume(_ word: String) -> Bool {
            let wanted = Array(word)
            guard index + wanted.count <= chars.count else { return false }
            for (offset, character) in wanted.enumerated()
            where chars[index + offset].lowercased() != String(character) {
                return false
            }
            index += wanted.count
            return true
        }
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
