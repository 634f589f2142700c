/// Why a typed week or visit day could not be read; shown after the command's name.
public enum DateSpecError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Not a week we read (`next month`, `W99x`).
    case notAWeek(String)
    /// An ISO week the year does not have (`2026-W54`).
    case noSuchISOWeek(year: Int, week: Int, weeks: Int)
    /// Not a day we read (`someday`, `13/45`).
    case notADay(String, reason: String?)
    /// A visit day after today (`tomorrow`, `next friday`, `12/25` on 2 December).
    case afterToday(String, date: LocalDate, today: LocalDate)
    /// A day that could mean two dates (`last friday` on a Saturday).
    case ambiguous(String, candidates: [LocalDate], hint: String)

    public var description: String {
        switch self {
        case .notAWeek(let text):
            "'\(text)' is not a week; expected next, this, last, an ISO week such as 2026-W50, or a date in the week such as 2026-12-07 (来週, 今週, 先週)"
        case .noSuchISOWeek(let year, let week, let weeks):
            "\(year) has \(weeks) ISO weeks, so there is no week \(week)"
        case .notADay(let text, let reason):
            "'\(text)' is not a day we read" + (reason.map { " (\($0))" } ?? "")
                + "; expected today, yesterday, a weekday (friday, last friday, 先週金曜), 12/1, 2026-12-01 or 令和8年12月1日"
        case .afterToday(let text, let date, let today):
            "\(text == date.description ? text : "\(text) (\(date))") is after today, \(today); log visits once they happen (plans go in 'planned add')"
        case .ambiguous(let text, let candidates, let hint):
            "'\(text)' could mean \(candidates.map(\.description).joined(separator: " or ")); \(hint)"
        }
    }
}
