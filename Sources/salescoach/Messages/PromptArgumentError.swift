import SalesCoachCore

/// Arguments of a prompt command that its parser accepts but the command
/// cannot use: a count out of range, a week missing, a word out of place.
enum PromptArgumentError: UserMessage, BilingualMessage {
    case plannedCount(Int)
    case moveNeedsWeek
    case summaryGrouping(String)
    case acceptFirst

    var wording: (en: String, ja: String) {
        switch self {
        case .plannedCount(let number):
            return ("planned add: the visit count must be 1–100, found \(number)", "planned add：訪問件数は 1〜100 です（\(number) は使えません）")
        case .moveNeedsWeek:
            return (
                "planned move needs the week to move to, e.g. planned move 田中商事 --week next",
                "planned move には移す先の週が必要です（例：planned move 田中商事 --week next）"
            )
        case .summaryGrouping(let words):
            return ("summary: expected nothing or 'by rep', found '\(words)'", "summary：何も付けないか 'by rep' です（'\(words)' は読めません）")
        case .acceptFirst:
            return ("plan: 'accept' comes first, as in plan accept --week next", "plan：'accept' は最初に書きます（例：plan accept --week next）")
        }
    }
}
