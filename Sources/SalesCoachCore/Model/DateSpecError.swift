/// Why a typed week or visit day could not be read; shown after the command's name.
public enum DateSpecError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Not a week we read (`next month`, `W99x`).
    case notAWeek(String)
    /// An ISO week the year does not have (`2026-W54`).
    case noSuchISOWeek(year: Int, week: Int, weeks: Int)
    /// Not a day we read (`someday`, `13/45`).
    case notADay(String, reason: DateFormatError?)
    /// A visit day after today (`tomorrow`, `next friday`, `12/25` on 2 December).
    case afterToday(String, date: LocalDate, today: LocalDate)
    /// A day that could mean two dates (`last friday` on a Saturday); `weekday`
    /// is the word that means the first of them alone (`friday`).
    case ambiguous(String, candidates: [LocalDate], weekday: String)

    public var description: String { text(in: .en) }

    /// The message in `language`: what was typed, why it is not read, and what is.
    public func text(in language: Language) -> String {
        let en = language == .en
        switch self {
        case .notAWeek(let text):
            return en
                ? "'\(text)' is not a week; expected next, this, last, an ISO week such as 2026-W50, or a date in the week such as 2026-12-07 (来週, 今週, 先週)"
                : "'\(text)' は週として読めません。next・this・last（来週・今週・先週）、2026-W50 のようなISO週、または 2026-12-07 のような週の中の日付を指定してください"
        case .noSuchISOWeek(let year, let week, let weeks):
            return en
                ? "\(year) has \(weeks) ISO weeks, so there is no week \(week)"
                : "\(year)年のISO週は\(weeks)週までなので、第\(week)週はありません"
        case .notADay(let text, let reason):
            return en
                ? "'\(text)' is not a day we read" + (reason.map { " (\($0.text(in: language)))" } ?? "")
                    + "; expected today, yesterday, a weekday (friday, last friday, 先週金曜), 12/1, 2026-12-01 or 令和8年12月1日"
                : "'\(text)' は日付として読めません" + (reason.map { "（\($0.text(in: language))）" } ?? "")
                    + "。今日・昨日・曜日（金曜、先週金曜、last friday）・12/1・2026-12-01・令和8年12月1日 のように指定してください"
        case .afterToday(let text, let date, let today):
            let typed = text == date.description ? text : (en ? "\(text) (\(date))" : "\(text)（\(date)）")
            return en
                ? "\(typed) is after today, \(today); log visits once they happen (plans go in 'planned add')"
                : "\(typed)\(typed.hasSuffix("）") ? "" : " ")は今日（\(today)）より後です。訪問は済んでから記録してください（予定は 'planned add' で入れます）"
        case .ambiguous(let text, let candidates, let weekday):
            let first = candidates.first.map(\.description) ?? ""
            return en
                ? "'\(text)' could mean \(candidates.map(\.description).joined(separator: " or ")); type '\(weekday)' for \(first), or the date"
                : "'\(text)' は \(candidates.map(\.description).joined(separator: " と ")) のどちらとも取れます。\(first) なら '\(weekday)' と、そうでなければ日付で指定してください"
        }
    }
}
