/// Why a cell could not be read as a date; shown after "expected a date
/// YYYY-MM-DD, found '…'".
public enum DateFormatError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Not date-shaped (`tomorrow`, `3/5/2026`, `45000`).
    case notADate
    case noSuchMonth(Int)
    /// The month exists but has fewer days (`2026-02-30`).
    case noSuchDay(year: Int, month: Int, day: Int)
    /// A Japanese era date outside its era (`平成32年`, `令和1年4月1日`).
    case outsideEra(era: String, date: LocalDate, first: LocalDate, last: LocalDate?)
    /// A last visit after today (`9999-12-31`).
    case afterToday(LocalDate, today: LocalDate)

    public var description: String {
        switch self {
        case .notADate:
            "not a date; write it year first, as in 2026-03-05 (or 令和8年3月5日)"
        case .noSuchMonth(let month):
            "there is no month \(month)"
        case .noSuchDay(let year, let month, let day):
            "\(LocalDate.monthName(month)) \(year) has \(LocalDate.daysIn(month: month, year: year)) days, not \(day)"
        case .outsideEra(let era, let date, let first, let last):
            "\(date) is not in \(era), which runs from \(first)" + (last.map { " to \($0)" } ?? "")
        case .afterToday(let date, let today):
            "\(date) is after today, \(today); a visit date cannot be in the future"
        }
    }

    var suffix: String { " (\(description))" }
}

/// Reads `last_visit` cells and visit dates: `2026-03-05`, `2026/3/5`,
/// `2026.03.05`, `2026年3月5日`, Japanese era dates (`令和8年11月1日`,
/// `R8.11.1`, `平成31年4月30日`, `令和元年5月1日`), full-width digits, and a
/// time of day after the date (`2026/3/5 0:00`, as Excel writes date-times)
/// which is dropped. A sign, a stray separator or a date after `today` is
/// refused.
public enum DateParser {
    /// The date in a cell, or nil when the cell is blank.
    ///
    /// - Parameters:
    ///   - text: the cell or word.
    ///   - today: when given, a date after it is refused (`DateFormatError.afterToday`).
    /// - Throws: `DateFormatError` saying why the text is not a date we read.
    public static func parse(_ text: some StringProtocol, notAfter today: LocalDate? = nil) throws(DateFormatError)
        -> LocalDate?
    {
        var utf8 = Array(text.utf8)
        return try utf8.withUnsafeMutableBufferPointer { buffer throws(DateFormatError) in
            try parse(utf8: UnsafeBufferPointer(buffer), notAfter: today)
        }
    }

    /// Whether a word is meant as a date (it starts with a digit, a sign or a
    /// Japanese era), so that a typed command can refuse it rather than take
    /// it for a note.
    public static func looksLikeDate(_ word: some StringProtocol) -> Bool {
        guard let first = word.unicodeScalars.first else { return false }
        if isDigit(first) || "+-−－＋".unicodeScalars.contains(first) { return true }
        return era(in: String(word)) != nil
    }

    static func parse(utf8 bytes: UnsafeBufferPointer<UInt8>, notAfter today: LocalDate?) throws(DateFormatError)
        -> LocalDate?
    {
        guard let date = try parse(utf8: bytes) else { return nil }
        if let today, date > today { throw .afterToday(date, today: today) }
        return date
    }

    static func parse(utf8 bytes: UnsafeBufferPointer<UInt8>) throws(DateFormatError) -> LocalDate? {
        // The common `YYYY-MM-DD` without building a String.
        if bytes.count == 10, bytes[4] == 0x2D, bytes[7] == 0x2D,
            let year = digits(bytes, 0..<4), let month = digits(bytes, 5..<7), let day = digits(bytes, 8..<10)
        {
            return try make(year, month, day)
        }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return nil }
        var text = ImportText.trimmed(String(decoding: bytes, as: UTF8.self))
        if text.isEmpty { return nil }
        // A trailing time of day (`0:00`, `12:30:00`, `T09:00:00Z`) says nothing about the visit day.
        if let cut = text.firstIndex(where: { $0 == " " || $0 == "T" || $0 == "\u{3000}" }),
            text[cut...].contains(":")
        {
            text = String(text[..<cut])
        }
        if let (era, rest) = era(in: text) {
            let parts = numbers(in: rest.hasPrefix("元") ? "1" + rest.dropFirst() : rest)
            guard parts.count == 3, parts[0] >= 1, parts[0] <= 99 else { throw .notADate }
            let date = try make(era.firstYear + parts[0], parts[1], parts[2])
            guard date >= era.first, era.last.map({ date <= $0 }) ?? true else {
                throw .outsideEra(era: era.name, date: date, first: era.first, last: era.last)
            }
            return date
        }
        let parts = numbers(in: text)
        guard parts.count == 3, parts[0] >= 1000, parts[0] <= 9999 else { throw .notADate }
        return try make(parts[0], parts[1], parts[2])
    }

    /// A Japanese era: its name, the year before its first, and its first and last days.
    struct Era {
        let name: String
        let letter: Unicode.Scalar
        let firstYear: Int
        let first: LocalDate
        let last: LocalDate?
    }

    static let eras = [
        Era(name: "令和", letter: "R", firstYear: 2018, first: LocalDate(year: 2019, month: 5, day: 1)!, last: nil),
        Era(name: "平成", letter: "H", firstYear: 1988, first: LocalDate(year: 1989, month: 1, day: 8)!,
            last: LocalDate(year: 2019, month: 4, day: 30)!),
        Era(name: "昭和", letter: "S", firstYear: 1925, first: LocalDate(year: 1926, month: 12, day: 25)!,
            last: LocalDate(year: 1989, month: 1, day: 7)!),
    ]

    /// The era a text starts with (`令和`, or its letter `R`/`Ｒ` before a
    /// digit or 元) and the text after it.
    static func era(in text: String) -> (Era, Substring)? {
        for era in eras where text.hasPrefix(era.name) {
            return (era, text.dropFirst(era.name.count).drop { $0 == " " || $0 == "\u{3000}" })
        }
        let scalars = text.unicodeScalars
        guard let first = scalars.first, scalars.count > 1 else { return nil }
        // Full-width Ｒ is U+FF32: fold it, and lower case, to the ASCII capital.
        var letter = first.value >= 0xFF21 && first.value <= 0xFF5A ? first.value - 0xFEE0 : first.value
        if (0x61...0x7A).contains(letter) { letter -= 0x20 }
        let second = scalars[scalars.index(after: scalars.startIndex)]
        guard isDigit(second) || second == "元" else { return nil }
        guard let era = eras.first(where: { $0.letter.value == letter }) else { return nil }
        return (era, text.dropFirst())
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        (0x30...0x39).contains(scalar.value) || (0xFF10...0xFF19).contains(scalar.value)
    }

    private static func make(_ year: Int, _ month: Int, _ day: Int) throws(DateFormatError) -> LocalDate {
        guard (1...12).contains(month) else { throw .noSuchMonth(month) }
        guard let date = LocalDate(year: year, month: month, day: day) else {
            if year < 1 { throw .notADate }
            throw .noSuchDay(year: year, month: month, day: day)
        }
        return date
    }

    private static func digits(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        var value = 0
        for index in range {
            let digit = bytes[index] &- 0x30
            guard digit < 10 else { return nil }
            value = value * 10 + Int(digit)
        }
        return value
    }

    /// The digit runs of a date-shaped text (one separator `-/.年月` between
    /// numbers, spaces after 年 and 月, 日 at the end), or nothing when
    /// anything else appears: a sign (`-2026-11-01`), a doubled or trailing
    /// separator (`2026--11-01`, `2026-11-01-`).
    private static func numbers(in text: some StringProtocol) -> [Int] {
        var parts: [Int] = []
        var current: Int?
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            defer { previous = scalar }
            var digit: UInt32?
            if (0x30...0x39).contains(scalar.value) { digit = scalar.value - 0x30 }
            if (0xFF10...0xFF19).contains(scalar.value) { digit = scalar.value - 0xFF10 }
            if let digit {
                guard previous != "日" else { return [] }
                let next = (current ?? 0) * 10 + Int(digit)
                guard next < 100_000 else { return [] }
                current = next
            } else if "-/.年月日 ／－．\u{3000}".unicodeScalars.contains(scalar) {
                if let value = current {
                    parts.append(value)
                } else if !(scalar == " " || scalar == "\u{3000}") || !(previous == "年" || previous == "月") {
                    return []
                }
                current = nil
            } else {
                return []
            }
        }
        if let value = current {
            parts.append(value)
        } else if previous != "日" {
            return []
        }
        return parts
    }
}

extension LocalDate {
    static func monthName(_ month: Int) -> String {
        let names = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ]
        return (1...12).contains(month) ? names[month - 1] : String(month)
    }
}
