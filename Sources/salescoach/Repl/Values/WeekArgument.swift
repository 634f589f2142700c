import SalesCoachCore

/// A planning week as typed after `--week`/`--from`: next, this, last (来週,
/// 今週, 先週), an ISO week such as 2026-W50, or any date in the week.
enum WeekArgument {
    /// The week `text` names, counted from the session's day.
    static func parse(_ text: String) throws -> PlanWeek {
        do {
            return try WeekSpec.parse(text, today: ReplParsing.today)
        } catch {
            throw ReplValueError(error.text(in: .en), error.text(in: .ja))
        }
    }

    /// What completes after `--week`.
    static let suggestions = ["next", "this", "last"]
}
