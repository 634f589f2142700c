import SalesCoachCore

/// A planned week as messages name it: by its first day and ISO week, and
/// as last, this or next week when it is one of those, so a rep sees at once
/// whether a change touched the week in hand.
struct WeekLabel: BilingualMessage {
    /// The week's Monday; nil for the undated plan older versions kept.
    let start: LocalDate?
    let today: LocalDate

    var wording: (en: String, ja: String) {
        guard let start else { return ("the undated plan", "日付なしの予定") }
        let week = PlanWeek(start: start)
        let offset = today.startOfWeek.days(until: week.start) / 7
        let relative: (en: String, ja: String)? = [-1: ("last week", "先週"), 0: ("this week", "今週"), 1: ("next week", "来週")][offset]
        return (
            "the week of \(week.start) (\(week.isoDescription)\(relative.map { ", \($0.en)" } ?? ""))",
            "\(week.start) の週（\(week.isoDescription)\(relative.map { "・\($0.ja)" } ?? "")）"
        )
    }
}
