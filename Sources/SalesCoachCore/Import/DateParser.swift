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
    /// A year-last date that is no date in the order the column is read in
    /// (`27/12/2017` read month first); `evidence` is the cell that set the
    /// order when the file itself did.
    case notInOrder(DateOrder, first: Int, second: Int, year: Int, evidence: DateOrderEvidence?)
    /// A year-last date under `--date-format ymd`.
    case yearLastRefused(DateOrder)
    /// A year-last date that is a day neither month first nor day first (`2/30/2026`).
    case neitherOrder(first: Int, second: Int, year: Int)

    public var description: String { text(in: .en) }

    /// The reason in the session's language.
    public func text(in language: Language) -> String {
        let en = language == .en
        switch self {
        case .notADate:
            return en
                ? "not a date; write it year first, as in 2026-03-05 (or 令和8年3月5日)"
                : "日付ではありません。2026-03-05（または令和8年3月5日）のように年から書いてください"
        case .noSuchMonth(let month):
            return en ? "there is no month \(month)" : "\(month)月はありません"
        case .noSuchDay(let year, let month, let day):
            let days = LocalDate.daysIn(month: month, year: year)
            return en
                ? "\(LocalDate.monthName(month)) \(year) has \(days) days, not \(day)"
                : "\(year)年\(month)月は\(days)日までで、\(day)日はありません"
        case .outsideEra(let era, let date, let first, let last):
            return en
                ? "\(date) is not in \(era), which runs from \(first)" + (last.map { " to \($0)" } ?? "")
                : "\(date) は\(era)の期間外です（\(first)から" + (last.map { "\($0)まで）" } ?? "）")
        case .afterToday(let date, let today):
            return en
                ? "\(date) is after today, \(today); a visit date cannot be in the future"
                : "\(date) は今日（\(today)）より後です。訪問日に未来の日付は使えません"
        case .notInOrder(let order, let first, let second, let year, let evidence):
            let how = DateFormatError.orderSource(order, evidence: evidence, in: language)
            let month = order == .mdy ? first : second
            return en
                ? "read as \(order.text(in: language)) (\(how)), \(first)/\(second)/\(year) has no month \(month); "
                    + "if this column is written the other way, name it with --date-format \(order == .mdy ? "dmy" : "mdy")"
                : "\(order.text(in: language)) として読むと（\(how)）\(first)/\(second)/\(year) に\(month)月はありません。"
                    + "この列が逆の順なら --date-format \(order == .mdy ? "dmy" : "mdy") を指定してください"
        case .yearLastRefused(let order):
            return en
                ? "the year comes last, and --date-format \(order.rawValue) expects it first; "
                    + "use --date-format mdy or dmy for this file"
                : "年が最後に書かれていますが、--date-format \(order.rawValue) は年が先の形です。"
                    + "このファイルには --date-format mdy か dmy を指定してください"
        case .neitherOrder(let first, let second, let year):
            return en
                ? "neither month \(first), day \(second) nor day \(first), month \(second) of \(year) is a date"
                : "\(year)年の\(first)月\(second)日も\(second)月\(first)日もありません"
        }
    }

    /// Why a column is read in `order`: the setting, or the cell that showed it.
    static func orderSource(_ order: DateOrder, evidence: DateOrderEvidence?, in language: Language) -> String {
        guard let evidence else {
            return language == .en ? "--date-format \(order.rawValue)" : "--date-format \(order.rawValue) の指定"
        }
        let found = ImportText.snippet(evidence.found)
        return language == .en
            ? "as line \(evidence.line) shows with '\(found)'"
            : "\(evidence.line)行目の「\(found)」から判断"
    }

    var suffix: String { " (\(description))" }
}

/// Reads `last_visit` cells and visit dates: `2026-03-05`, `2026/3/5`,
/// `2026.03.05`, `2026年3月5日`, Japanese era dates (`令和8年11月1日`,
/// `R8.11.1`, `平成31年4月30日`, `令和元年5月1日`), full-width digits, and a
/// time of day after the date (`2026/3/5 0:00`, as Excel writes date-times)
/// which is dropped. A sign, a stray separator or a date after `today` is
/// refused.
///
/// A date with the year last (`12/27/2017`, `27.12.2017`) is read in the
/// `DateOrder` given; without one it is refused here, and the importer
/// decides the order once per column (`CustomerImporter`). In a customer
/// file's date column a whole number of five digits is an Excel serial day
/// (1900 date system: 46000 is 2025-12-09), since Excel writes a date cell
/// that way when its format is lost.
public enum DateParser {
    /// What a date cell holds, before the year-last order is known.
    enum Cell: Equatable {
        case blank
        case date(LocalDate)
        /// `first/second/year`; which of the two is the month depends on the order.
        case yearLast(first: Int, second: Int, year: Int)
    }

    /// The date in a cell, or nil when the cell is blank.
    ///
    /// - Parameters:
    ///   - text: the cell or word.
    ///   - today: when given, a date after it is refused (`DateFormatError.afterToday`).
    /// - Throws: `DateFormatError` saying why the text is not a date we read.
    ///   - order: how a year-last date is read; without it such a date is refused (`.notADate`).
    public static func parse(
        _ text: some StringProtocol, order: DateOrder? = nil, notAfter today: LocalDate? = nil
    ) throws(DateFormatError) -> LocalDate? {
        var utf8 = Array(text.utf8)
        return try utf8.withUnsafeMutableBufferPointer { buffer throws(DateFormatError) in
            let cell = try cell(utf8: UnsafeBufferPointer(buffer), serials: false)
            guard case .yearLast(let first, let second, let year) = cell else { return try date(cell, notAfter: today) }
            guard let order else { throw .notADate }
            return try date(first, second, year, order: order, evidence: nil, notAfter: today)
        }
    }

    /// The date of a cell that is not year-last (nil when blank), checked against `today`.
    static func date(_ cell: Cell, notAfter today: LocalDate?) throws(DateFormatError) -> LocalDate? {
        switch cell {
        case .blank: return nil
        case .date(let date):
            if let today, date > today { throw .afterToday(date, today: today) }
            return date
        case .yearLast: throw .notADate
        }
    }

    /// A year-last date read in `order`.
    static func date(
        _ first: Int, _ second: Int, _ year: Int, order: DateOrder, evidence: DateOrderEvidence?,
        notAfter today: LocalDate?
    ) throws(DateFormatError) -> LocalDate {
        let (month, day): (Int, Int)
        switch order {
        case .mdy: (month, day) = (first, second)
        case .dmy: (month, day) = (second, first)
        case .ymd: throw .yearLastRefused(order)
        }
        guard (1...12).contains(month) else {
            throw .notInOrder(order, first: first, second: second, year: year, evidence: evidence)
        }
        let date = try make(year, month, day)
        if let today, date > today { throw .afterToday(date, today: today) }
        return date
    }

    /// The order a year-last cell shows by itself: a first number above 12
    /// is a day, a second one above 12 is too. Nil when both fit as months.
    /// - Throws: `.neitherOrder` when the cell is a date in no order.
    static func order(shownBy first: Int, _ second: Int, _ year: Int) throws(DateFormatError) -> DateOrder? {
        let monthFirst = (1...12).contains(first) && LocalDate(year: year, month: first, day: second) != nil
        let dayFirst = (1...12).contains(second) && LocalDate(year: year, month: second, day: first) != nil
        switch (monthFirst, dayFirst) {
        case (true, true): return nil
        case (true, false): return .mdy
        case (false, true): return .dmy
        case (false, false): throw .neitherOrder(first: first, second: second, year: year)
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

    /// What a cell holds; `serials`: a five-digit whole number is an Excel serial day.
    static func cell(utf8 bytes: UnsafeBufferPointer<UInt8>, serials: Bool) throws(DateFormatError) -> Cell {
        // The common `YYYY-MM-DD` without building a String.
        if bytes.count == 10, bytes[4] == 0x2D, bytes[7] == 0x2D,
            let year = digits(bytes, 0..<4), let month = digits(bytes, 5..<7), let day = digits(bytes, 8..<10)
        {
            return .date(try make(year, month, day))
        }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return .blank }
        if serials, let date = excelSerial(bytes) { return .date(date) }
        var text = ImportText.trimmed(String(decoding: bytes, as: UTF8.self))
        if text.isEmpty { return .blank }
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
            return .date(date)
        }
        let parts = numbers(in: text)
        guard parts.count == 3 else { throw .notADate }
        if parts[0] >= 1000, parts[0] <= 9999 { return .date(try make(parts[0], parts[1], parts[2])) }
        // `12/27/2017`: only with slashes, dots or hyphens, never 年月日, and a four-digit year.
        guard parts[2] >= 1000, parts[2] <= 9999, parts[0] <= 31, parts[1] <= 31,
            !text.unicodeScalars.contains(where: { $0 == "年" || $0 == "月" || $0 == "日" })
        else { throw .notADate }
        return .yearLast(first: parts[0], second: parts[1], year: parts[2])
    }

    /// An Excel serial day (1900 date system) of five digits, optionally
    /// with a time as a fraction (`46000.5`): 10000 is 1927-05-18, 99999 is
    /// 2173-10-14. Day 1 is 1900-01-01 and Excel counts a 29 February 1900
    /// that never was, so from day 61 on the serial is days since 1899-12-30.
    static func excelSerial(_ bytes: UnsafeBufferPointer<UInt8>) -> LocalDate? {
        var start = 0
        var end = bytes.count
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        guard end - start >= 5, let whole = digits(bytes, start..<(start + 5)) else { return nil }
        if start + 5 < end {
            guard bytes[start + 5] == UInt8(ascii: "."), start + 6 < end,
                bytes[(start + 6)..<end].allSatisfy({ $0 &- 0x30 < 10 })
            else { return nil }
        }
        guard whole >= 10000 else { return nil }
        return LocalDate(year: 1899, month: 12, day: 30)?.adding(days: whole)
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
