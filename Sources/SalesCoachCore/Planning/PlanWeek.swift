/// The working week a plan is for.
///
/// A plan made on a working day is for that day's week; one made at the
/// weekend is for the week ahead, because that is when reps sit down to plan.
public struct PlanWeek: Sendable, Hashable {
    /// The Monday of the week.
    public let start: LocalDate

    public init(start: LocalDate) {
        self.start = start.startOfWeek
    }

    /// The plan week for a plan made on `today`.
    public init(containing today: LocalDate) {
        start = today.weekday >= 6 ? today.adding(days: 8 - today.weekday) : today.startOfWeek
    }

    /// The Sunday closing the week: follow-ups due by then belong in this plan.
    public var end: LocalDate { start.adding(days: 6) }

    /// Monday to Friday.
    public var workingDays: [LocalDate] { (0..<5).map { start.adding(days: $0) } }

    /// The working days still ahead on `today` (all five when the week has not begun).
    public func workingDays(from today: LocalDate) -> [LocalDate] {
        let remaining = workingDays.filter { $0 >= today }
        return remaining.isEmpty ? workingDays : remaining
    }
}
