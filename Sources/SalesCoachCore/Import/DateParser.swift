/// Why a cell could not be read as a date; shown after "expected a date
/// YYYY-MM-DD, found '…'".
public enum DateFormatError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Not date-shaped (`tomorrow`, `3/5/2026`, `45000`).
    case notADate
    case noSuchMonth(Int)
    /// The month exists but has fewer days (`2026-02-30`).
    case noSuchDay(year: Int, month: Int, day: Int)

    public var description: String {
        switch self {
        case .notADate:
            "not a date; write it year first, as in 2026-03-05"
        case .noSuchMonth(let month):
            "there is no month \(month)"
        case .noSuchDay(let year, let month, let day):
            "\(LocalDate.monthName(month)) \(year) has \(LocalDate.daysIn(month: month, year: year)) days, not \(day)"
        }
    }

    var suffix: String { " (\(description))" }
}

/// Reads `last_visit` cells: `2026-03-05`, `2026/3/5`, `2026.03.05`,
/// `2026年3月5日`, full-width digits, and a time of day after the date
/// (`2026/3/5 0:00`, as Excel writes date-times) which is dropped.
public enum DateParser {
    /// The date in a cell, or nil when the cell is blank.
    public static func parse(_ text: some StringProtocol) throws(DateFormatError) -> LocalDate? {
        var utf8 = Array(text.utf8)
        return try utf8.withUnsafeMutableBufferPointer { buffer throws(DateFormatError) in
            try parse(utf8: UnsafeBufferPointer(buffer))
        }
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
        if let date = LocalDate(parsing: text) { return date }
        let parts = numbers(in: text)
        guard parts.count == 3, parts[0] >= 1000, parts[0] <= 9999 else { throw .notADate }
        return try make(parts[0], parts[1], parts[2])
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

    /// The digit runs of a date-shaped text (separators `-/.年月日` and
    /// spaces), or nothing when anything else appears.
    private static func numbers(in text: String) -> [Int] {
        var parts: [Int] = []
        var current: Int?
        for scalar in text.unicodeScalars {
            var digit: UInt32?
            if (0x30...0x39).contains(scalar.value) { digit = scalar.value - 0x30 }
            if (0xFF10...0xFF19).contains(scalar.value) { digit = scalar.value - 0xFF10 }
            if let digit {
                let next = (current ?? 0) * 10 + Int(digit)
                guard next < 100_000 else { return [] }
                current = next
            } else if "-/.年月日 ／－".unicodeScalars.contains(scalar) {
                if let value = current { parts.append(value) }
                current = nil
            } else {
                return []
            }
        }
        if let value = current { parts.append(value) }
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
