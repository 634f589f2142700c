import SalesCoachCore

/// A day's weekday beside its date in a plan or the visit log: `Mon` / `(月)`.
struct WeekdayLabel: BilingualMessage {
    let date: LocalDate

    var wording: (en: String, ja: String) {
        let index = max(0, min(6, date.weekday - 1))
        return (
            ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][index],
            ["(月)", "(火)", "(水)", "(木)", "(金)", "(土)", "(日)"][index]
        )
    }
}
