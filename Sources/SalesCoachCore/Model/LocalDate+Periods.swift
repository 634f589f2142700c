/// Months, quarters and years, for the periods the history is read over.
extension LocalDate {
    public var startOfMonth: LocalDate { LocalDate(year: year, month: month, day: 1)! }

    /// The same day `months` later (or earlier), clamped to the month's last day.
    public func addingMonths(_ months: Int) -> LocalDate {
        let index = year * 12 + (month - 1) + months
        let (newYear, newMonth) = (index / 12, index % 12 + 1)
        let lastDay = LocalDate.daysIn(month: newMonth, year: newYear)
        return LocalDate(year: newYear, month: newMonth, day: min(day, lastDay)) ?? self
    }

    /// The first day of the calendar quarter (January, April, July, October).
    public var startOfQuarter: LocalDate { LocalDate(year: year, month: (month - 1) / 3 * 3 + 1, day: 1)! }

    public var startOfYear: LocalDate { LocalDate(year: year, month: 1, day: 1)! }

    /// The first day of the fiscal year that starts in `month` (4 for the
    /// April-to-March year most Japanese companies keep).
    public func startOfFiscalYear(month startMonth: Int) -> LocalDate {
        let year = month >= startMonth ? self.year : self.year - 1
        return LocalDate(year: year, month: startMonth, day: 1)!
    }
}
