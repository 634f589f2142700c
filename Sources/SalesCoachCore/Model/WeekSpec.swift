/// Reads a week as people type it: `next`, `this`, `last` (also with
/// `week`, and 来週, 今週, 先週, 再来週), an ISO week `2026-W50`, or any date in
/// the week (`2026-12-07`, `12/7`, `令和8年12月7日`).
///
/// Relative weeks count from the calendar week holding `today`, so on a
/// Saturday `next` is the week starting in two days.
///
/// ```swift
/// let week = try WeekSpec.parse("next", today: LocalDate(year: 2026, month: 12, day: 2)!)
/// week.start  // 2026-12-07
/// ```
public enum WeekSpec {
    /// Words for a week relative to today's, and how many weeks they move.
    static let relative: [String: Int] = [
        "this": 0, "this week": 0, "current": 0, "今週": 0,
        "next": 1, "next week": 1, "来週": 1, "翌週": 1,
        "week after next": 2, "再来週": 2,
        "last": -1, "last week": -1, "previous": -1, "previous week": -1, "先週": -1, "前週": -1,
    ]

    /// The week `text` names.
    /// - Throws: `DateSpecError.notAWeek`, or `.noSuchISOWeek` for `2026-W54`.
    public static func parse(_ text: String, today: LocalDate) throws(DateSpecError) -> PlanWeek {
        let folded = DaySpec.fold(text)
        if let offset = relative[folded] {
            return PlanWeek(start: today.startOfWeek.adding(days: 7 * offset))
        }
        if let (year, week) = isoWeek(folded) {
            guard let found = PlanWeek(isoYear: year, week: week) else {
                throw .noSuchISOWeek(year: year, week: week, weeks: PlanWeek.isoWeeks(in: year))
            }
            return found
        }
        if let date = DaySpec.monthDay(folded, year: today.year) { return PlanWeek(start: date) }
        if let date = try? DateParser.parse(folded) { return PlanWeek(start: date) }
        throw .notAWeek(text)
    }

    /// Phrases naming a week ahead inside a question ("plan next week",
    /// 「来週の訪問予定を立てて」), longest first, with how many weeks ahead.
    static let ahead: [(phrase: String, weeks: Int)] = [
        ("week after next", 2), ("再来週", 2), ("next week", 1), ("来週", 1), ("翌週", 1),
        // Last: "plan this week" right after next week's plan is this week again, said as 0.
        ("this week", 0), ("今週", 0),
    ]

    /// How many weeks ahead a question is about, when it names a week (0 for this
    /// one); nil otherwise.
    public static func weeksAhead(in question: String) -> Int? {
        let folded = " " + DaySpec.fold(question).map { $0.isLetter || $0.isNumber ? $0 : " " } + " "
        let words = String(folded).split(separator: " ").joined(separator: " ")
        for (phrase, weeks) in ahead {
            let isJapanese = phrase.unicodeScalars.contains { $0.value >= 0x3000 }
            if isJapanese ? words.contains(phrase) : " \(words) ".contains(" \(phrase) ") { return weeks }
        }
        // "plan next Monday": the weekday of the coming week, as people mean it.
        let padded = " \(words) "
        if nextWeekdays.contains(where: { padded.contains(" next \($0) ") }) { return 1 }
        return nil
    }

    private static let nextWeekdays = [
        "monday", "mon", "tuesday", "tue", "tues", "wednesday", "wed", "thursday", "thu", "thurs", "friday", "fri",
    ]

    /// A week written without reference to today, as files hold it: an ISO
    /// week (`2026-W50`) or a full date in it (`2026-12-07`); nil otherwise.
    public static func absolute(_ text: String) -> PlanWeek? {
        let folded = DaySpec.fold(text)
        if let (year, week) = isoWeek(folded) { return PlanWeek(isoYear: year, week: week) }
        return (try? DateParser.parse(folded))?.map { PlanWeek(start: $0) }
    }

    /// `2026-W50`, `2026W50`, `2026-w5` → (2026, 50); nil for anything else.
    static func isoWeek(_ text: String) -> (year: Int, week: Int)? {
        let parts = text.split(separator: "w", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2 else { return nil }
        var year = parts[0]
        if year.hasSuffix("-") { year = year.dropLast() }
        guard year.count == 4, (1...2).contains(parts[1].count),
            year.allSatisfy(DaySpec.isDigit), parts[1].allSatisfy(DaySpec.isDigit),
            let y = Int(year), let w = Int(parts[1])
        else { return nil }
        return (y, w)
    }
}
