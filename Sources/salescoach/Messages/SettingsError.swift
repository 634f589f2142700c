import SalesCoachCore

/// Why `help` or `config set` could not do what was typed.
enum SettingsError: UserMessage, BilingualMessage {
    case noSuchCommand(typed: String, guess: String?)
    case setNeedsAssignment
    /// The settings asked for do not hold together; nothing was saved.
    case invalid(ConfigError)
    case notAnAssignment(String)

    var wording: (en: String, ja: String) {
        switch self {
        case .noSuchCommand(let word, let guess):
            return (
                "help: no command '\(word)'\(guess.map { " (did you mean '\($0)'?)" } ?? ""); 'help' lists them",
                "help：'\(word)' というコマンドはありません\(guess.map { "（'\($0)' のことですか？）" } ?? "")。'help' で一覧を表示します"
            )
        case .setNeedsAssignment:
            return (
                "config set needs KEY=VALUE, e.g. config set plan.capacity=12",
                "config set には 項目=値 が必要です（例：config set plan.capacity=12）"
            )
        case .invalid(let error):
            return ("config: \(error.text(in: .en)); nothing was changed", "config：\(error.text(in: .ja))。何も変更していません")
        case .notAnAssignment(let word):
            return ("expected KEY=VALUE, found '\(word)'", "KEY=VALUE の形で指定してください（'\(word)' は使えません）")
        }
    }
}
