/// Reads the day of a visit as people type it, never after today:
/// `today`, `yesterday` (今日, 昨日, 一昨日), a weekday (`friday`, `last friday`,
/// `金曜`, `先週金曜`, `今週の月曜日`), a month and day (`12/1`, `12月1日`), or a
/// full date as `DateParser` reads it (`2026-12-01`, `令和8年12月1日`).
///
/// A bare weekday is the latest one on or before today; a week word picks
/// the weekday in that week. `last friday` typed on a weekend could mean
/// yesterday or the Friday before, so it is refused with both dates. A month
/// and day is this year's, or last year's when this year's is still ahead
/// and last year's was within a month (`12/28` typed on 3 January).
///
/// ```swift
/// try DaySpec.parse("先週金曜", today: LocalDate(year: 2026, month: 12, day: 2)!)  // 2026-11-27
/// ```
public enum DaySpec {
    /// Words for a day relative to today, in days.
    static let relativeDays: [String: Int] = [
        "today": 0, "今日": 0, "きょう": 0, "本日": 0,
        "this morning": 0, "this afternoon": 0, "earlier today": 0, "今朝": 0, "けさ": 0, "さっき": 0,
        "yesterday": -1, "昨日": -1, "きのう": -1,
        "day before yesterday": -2, "the day before yesterday": -2, "一昨日": -2, "おととい": -2, "おとつい": -2,
        "tomorrow": 1, "明日": 1, "あした": 1,
    ]

    /// Weekday names, 1 = Monday.
    static let weekdays: [(names: [String], weekday: Int)] = [
        (["monday", "mon", "月曜日", "月曜"], 1),
        (["tuesday", "tue", "tues", "火曜日", "火曜"], 2),
        (["wednesday", "wed", "weds", "水曜日", "水曜"], 3),
        (["thursday", "thu", "thur", "thurs", "木曜日", "木曜"], 4),
        (["friday", "fri", "金曜日", "金曜"], 5),
        (["saturday", "sat", "土曜日", "土曜"], 6),
        (["sunday", "sun", "日曜日", "日曜"], 7),
    ]

    /// Words before a weekday naming its week, relative to today's.
    static let weekWords: [(prefix: String, weeks: Int)] = [
        ("先々週の", -2), ("先々週", -2), ("先週の", -1), ("先週", -1), ("今週の", 0), ("今週", 0),
        ("来週の", 1), ("来週", 1), ("last ", -1), ("this ", 0), ("next ", 1),
    ]

    /// The day `text` names, on or before `today`.
    /// - Throws: `DateSpecError`: `.afterToday`, `.ambiguous` or `.notADay` with the reason.
    public static func parse(_ text: String, today: LocalDate) throws(DateSpecError) -> LocalDate {
        let folded = fold(text)
        let date = try resolve(folded, original: text, today: today)
        guard date <= today else { throw .afterToday(text, date: date, today: today) }
        return date
    }

    static func resolve(_ folded: String, original: String, today: LocalDate) throws(DateSpecError) -> LocalDate {
        if let days = relativeDays[folded] { return today.adding(days: days) }
        if let weekday = weekday(folded) { return today.adding(days: -((today.weekday - weekday + 7) % 7)) }
        for (prefix, weeks) in weekWords where folded.hasPrefix(prefix) {
            guard let weekday = weekday(String(folded.dropFirst(prefix.count))) else { continue }
            let inWeek = today.startOfWeek.adding(days: 7 * weeks + weekday - 1)
            // On a weekend "last friday" is yesterday to some and a week earlier to others.
            let latest = today.adding(days: -((today.weekday - weekday + 6) % 7 + 1))
            if prefix == "last ", latest != inWeek {
                throw .ambiguous(
                    original, candidates: [latest, inWeek],
                    weekday: String(folded.dropFirst(prefix.count)))
            }
            return inWeek
        }
        if let (month, day) = monthDayParts(folded) {
            guard let date = LocalDate(year: today.year, month: month, day: day) else {
                let reason = (1...12).contains(month)
                    ? DateFormatError.noSuchDay(year: today.year, month: month, day: day) : .noSuchMonth(month)
                throw .notADay(original, reason: reason)
            }
            if date > today, let lastYear = LocalDate(year: today.year - 1, month: month, day: day),
                lastYear.days(until: today) <= 31
            {
                return lastYear
            }
            return date
        }
        do {
            if let date = try DateParser.parse(folded) { return date }
        } catch {
            if DateParser.looksLikeDate(folded) { throw .notADay(original, reason: error) }
        }
        throw .notADay(original, reason: nil)
    }

    static func weekday(_ word: String) -> Int? {
        weekdays.first { $0.names.contains(word) }?.weekday
    }

    /// `12/1`, `12月1日` in `year`; nil when the text is not a month and day or the day does not exist.
    static func monthDay(_ text: String, year: Int) -> LocalDate? {
        monthDayParts(text).flatMap { LocalDate(year: year, month: $0.month, day: $0.day) }
    }

    /// The month and day of `12/1` or `12月1日`, whether or not they exist.
    static func monthDayParts(_ text: String) -> (month: Int, day: Int)? {
        var body = Substring(text)
        if body.hasSuffix("日") { body = body.dropLast() }
        let parts = body.split(omittingEmptySubsequences: false) { $0 == "/" || $0 == "月" }
        guard parts.count == 2, parts.allSatisfy({ (1...2).contains($0.count) && $0.allSatisfy(DaySpec.isDigit) }),
            let month = Int(parts[0]), let day = Int(parts[1])
        else { return nil }
        return (month, day)
    }

    static func isDigit(_ character: Character) -> Bool { ("0"..."9").contains(character) }

    /// Lower case, full-width letters, digits and punctuation as ASCII, spaces collapsed.
    static func fold(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if (0xFF01...0xFF5E).contains(scalar.value), let ascii = Unicode.Scalar(scalar.value - 0xFEE0) {
                out.unicodeScalars.append(ascii)
            } else if scalar == "\u{3000}" {
                out += " "
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
