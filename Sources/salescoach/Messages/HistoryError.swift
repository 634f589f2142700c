import SalesCoachCore

/// Why `moves` could not read the period it was given.
enum HistoryError: UserMessage, BilingualMessage {
    case notAPeriod(String)

    var wording: (en: String, ja: String) {
        switch self {
        case .notAPeriod(let typed):
            return (
                "moves: expected a period (this quarter, this year, this month, since DAY), found '\(typed)'",
                "moves：期間（今四半期・今期・今年・今月・DAY以降）が必要です。'\(typed)' は読めません"
            )
        }
    }
}
