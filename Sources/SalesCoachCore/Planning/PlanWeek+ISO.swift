/// ISO 8601 week numbers (`2026-W49`): weeks start on Monday and week 1 is
/// the one holding the year's first Thursday.
extension PlanWeek {
    /// The ISO week-numbering year (the year of the week's Thursday).
    public var isoYear: Int { start.adding(days: 3).year }

    /// The ISO week number, 1–53.
    public var isoWeek: Int {
        let thursday = start.adding(days: 3)
        let firstOfYear = LocalDate(year: thursday.year, month: 1, day: 1)!
        return firstOfYear.days(until: thursday) / 7 + 1
    }

    /// `2026-W49`.
    public var isoDescription: String {
        "\(isoYear)-W\(isoWeek < 10 ? "0" : "")\(isoWeek)"
    }

    /// The week numbered `week` in the ISO year `year`, or nil when that year has no such week.
    public init?(isoYear year: Int, week: Int) {
        guard (1...9998).contains(year), (1...PlanWeek.isoWeeks(in: year)).contains(week),
            let january4 = LocalDate(year: year, month: 1, day: 4)
        else { return nil }
        self.init(start: january4.startOfWeek.adding(days: 7 * (week - 1)))
    }

    /// 52 or 53: the number of the week holding 28 December.
    public static func isoWeeks(in year: Int) -> Int {
        guard let december28 = LocalDate(year: year, month: 12, day: 28) else { return 52 }
        return PlanWeek(start: december28).isoWeek
    }
}
