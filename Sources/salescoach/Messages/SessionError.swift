import SalesCoachCore

/// Why a line typed at the prompt did nothing: a command word mistyped, or
/// a customer name that fits no customer.
enum SessionError: UserMessage, BilingualMessage {
    case unknownCommand(typed: String, guess: String)
    case noSuchCustomer(name: String, suggestions: [String])
    /// `show 飯田` for the rep 飯田 誠: a rep, not a customer, and the customers whose names hold the word.
    case repNotCustomer(name: String, rep: String, customers: [String])
    case needsCustomerName(command: String, example: String)
    /// An error said after the command or option it was given to (`visit: …`).
    case after(place: String, reason: any Error)

    var wording: (en: String, ja: String) {
        switch self {
        case .unknownCommand(let typed, let guess):
            return (
                "unknown command '\(typed)' (did you mean '\(guess)'?); type 'help' for the list",
                "'\(typed)' というコマンドはありません（'\(guess)' のことですか？）。'help' で一覧を表示します"
            )
        case .noSuchCustomer(let name, let guesses) where guesses.isEmpty:
            return ("no customer named '\(name)'; 'list' shows the names", "「\(name)」という顧客はいません。'list' で一覧を表示できます")
        case .noSuchCustomer(let name, let guesses):
            return (
                "no customer named '\(name)' (did you mean \(guesses.prefix(3).map { "'\($0)'" }.joined(separator: " or "))?)",
                "「\(name)」という顧客はいません（\(guesses.prefix(3).map { "「\($0)」" }.joined(separator: "または"))のことですか？）"
            )
        case .repNotCustomer(let name, let rep, let customers) where customers.isEmpty:
            return (
                "no customer named '\(name)': \(rep) is a rep; 'rep \(name)' works on their customers",
                "「\(name)」という顧客はいません。\(rep)さんは担当者です。'rep \(name)' でその担当先を対象にします"
            )
        case .repNotCustomer(let name, let rep, let customers):
            return (
                "no customer named '\(name)': \(rep) is a rep ('rep \(name)' works on their customers); did you mean \(customers.prefix(3).map { "'\($0)'" }.joined(separator: " or "))?",
                "「\(name)」という顧客はいません。\(rep)さんは担当者です（'rep \(name)' でその担当先を対象にします）。\(customers.prefix(3).map { "「\($0)」" }.joined(separator: "または"))のことですか？"
            )
        case .needsCustomerName(let command, let example):
            return ("'\(command)' needs a customer name, e.g. \(example)", "'\(command)' には顧客名が必要です（例：\(example)）")
        case .after(let place, let reason):
            func text(_ language: Language) -> String {
                (reason as? any UserMessage)?.text(in: language) ?? String(describing: reason)
            }
            return ("\(place): \(text(.en))", "\(place)：\(text(.ja))")
        }
    }
}
