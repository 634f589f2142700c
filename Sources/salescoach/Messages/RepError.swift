import SalesCoachCore

/// Why a rep named at the prompt could not be worked on or a customer seen
/// from the current rep scope.
enum RepError: UserMessage, BilingualMessage {
    case noReps(typed: String)
    case noSuchRep(typed: String, suggestions: [String])
    /// A customer of another rep's (`owner` nil: of no rep's), outside the scope.
    case outsideScope(customer: String, owner: String?, scope: String)

    var wording: (en: String, ja: String) {
        switch self {
        case .noReps(let typed):
            return ("no rep named '\(typed)': no customer in the list has a rep", "担当者「\(typed)」はいません（リストに担当者の列がありません）")
        case .noSuchRep(let typed, let suggestions):
            return (
                "no rep named '\(typed)' in the list\(suggestions.isEmpty ? "" : " (did you mean \(suggestions.map { "'\($0)'" }.joined(separator: " or "))?)"); 'rep' lists them",
                "担当者「\(typed)」はリストにいません\(suggestions.isEmpty ? "" : "（もしかして：\(suggestions.joined(separator: "、"))）")。'rep' で一覧を表示します"
            )
        case .outsideScope(let customer, let owner, let scope):
            let owner = owner.map { (en: $0, ja: $0) } ?? RepMessage.noRepName.wording
            return (
                "'\(customer)' is \(owner.en)'s customer, outside the current scope (\(scope)); 'rep \(owner.en)' or 'rep all' to see it",
                "「\(customer)」は\(owner.ja)さんの担当先で、今の対象（\(scope)）の外です。'rep \(owner.ja)' か 'rep all' で見られます"
            )
        }
    }
}
