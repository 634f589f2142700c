import SalesCoachCore

/// A day's weekday beside its date in a plan or the visit log: `Mon` / `(月)`.
struct WeekdayLabel: BilingualMessage {
    /// 1 = Monday.
    let weekday: Int

    init(date: LocalDate) { weekday = date.weekday }

    init(weekday: Int) { self.weekday = weekday }

    var wording: (en: String, ja: String) {
        let index = max(0, min(6, weekday - 1))
        return (
            ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][index],
            ["(月)", "(火)", "(水)", "(木)", "(金)", "(土)", "(日)"][index]
        )
    }
}
