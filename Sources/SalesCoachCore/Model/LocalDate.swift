/// A calendar date without time or zone, as reps write visit dates.
///
/// Kept as plain numbers so that "today" is always passed in and tests never
/// depend on the clock or the machine's time zone.
public struct LocalDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Creates a date, or returns nil when it does not exist (2026-02-30, 2026-13-40).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...LocalDate.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`, also `YYYY/MM/DD`, `YYYY.MM.DD` and `YYYY年M月D日`.
    /// A sign or a separator at either end (`-2026-11-01`) is not a date.
    public init?(parsing text: some StringProtocol) {
        let isDigit: (Unicode.Scalar) -> Bool = { (0x30...0x39).contains($0.value) || (0xFF10...0xFF19).contains($0.value) }
        guard let first = text.unicodeScalars.first, isDigit(first),
            let last = text.unicodeScalars.last, isDigit(last) || last == "日"
        else { return nil }
        var digits: [Int] = []
        var current = 0
        var inNumber = false
        var count = 0
        for scalar in text.unicodeScalars {
            var value: UInt32? = nil
            if (0x30...0x39).contains(scalar.value) { value = scalar.value - 0x30 }
            if (0xFF10...0xFF19).contains(scalar.value) { value = scalar.value - 0xFF10 }
            if let value {
                current = current * 10 + Int(value)
                inNumber = true
                count += 1
                if count > 4 { return nil }
            } else if "-/.年月日 ".unicodeScalars.contains(scalar) || scalar == "／" {
                if inNumber { digits.append(current) }
                current = 0
                inNumber = false
                count = 0
            } else {
                return nil
            }
        }
        if inNumber { digits.append(current) }
        guard digits.count == 3, digits[0] >= 1000 else { return nil }
        self.init(year: digits[0], month: digits[1], day: digits[2])
    }

    public var description: String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// Days since 1970-01-01 (proleptic Gregorian), for date arithmetic.
    public var dayNumber: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The date `dayNumber` days after 1970-01-01.
    public init(dayNumber: Int) {
        let z = dayNumber + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        month = m
        day = d
    }

    public func adding(days: Int) -> LocalDate { LocalDate(dayNumber: dayNumber + days) }

    /// Whole days from `self` to `other` (positive when `other` is later).
    public func days(until other: LocalDate) -> Int { other.dayNumber - dayNumber }

    /// 1 = Monday … 7 = Sunday.
    public var weekday: Int {
        let w = (dayNumber + 3) % 7  // 1970-01-01 was a Thursday.
        return (w < 0 ? w + 7 : w) + 1
    }

    /// The Monday of this date's week.
    public var startOfWeek: LocalDate { adding(days: 1 - weekday) }

    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool { lhs.dayNumber < rhs.dayNumber }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = LocalDate(parsing: text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "expected a date YYYY-MM-DD, found '\(text)'"))
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
