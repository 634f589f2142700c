import SalesCoachCore

/// Words typed after a prompt command that do not parse as that command:
/// what was wrong, at which command (`path`, with its subcommand), and the
/// command's usage where that says what to type instead.
enum ReplParseError: UserMessage, BilingualMessage {
    case unknownOption(path: String, option: String, guess: String?, usage: String)
    case missingValue(path: String, option: String, expected: ValueExpectation)
    /// A value the option's own type refused, with its reason (in the parser's words).
    case refusedValue(place: String, reason: String)
    case invalidValue(place: String, expected: ValueExpectation, found: String)
    case noSubcommand(path: String, typed: String, guess: String, usage: String)
    case unexpected(path: String, extra: String, usage: String)
    case needsMore(path: String, usage: String, example: String)
    case takesNoValue(path: String, option: String, usage: String)
    /// A message of the parser's this catalogue does not word, after the command.
    case parser(path: String, message: String)

    var wording: (en: String, ja: String) {
        switch self {
        case .unknownOption(let path, let option, let guess, let usage):
            return (
                "\(path): unknown option '\(option)'\(guess.map { " (did you mean '\($0)'?)" } ?? "")\(ReplParseError.usage(usage).en)",
                "\(path)：不明なオプション '\(option)'\(guess.map { "（'\($0)' のことですか？）" } ?? "")\(ReplParseError.usage(usage).ja)"
            )
        case .missingValue(let path, let option, let expected):
            return (
                "\(path) \(option) needs a value: \(expected.text(in: .en))",
                "\(path) \(option) には値が必要です：\(expected.text(in: .ja))"
            )
        case .refusedValue(let place, let reason):
            return ("\(place): \(reason)", "\(place)：\(reason)")
        case .invalidValue(let place, let expected, let value):
            return (
                "\(place): expected \(expected.text(in: .en)), found '\(value)'",
                "\(place)：\(expected.text(in: .ja)) を指定してください（'\(value)' は使えません）"
            )
        case .noSubcommand(let path, let first, let guess, let usage):
            return (
                "\(path): no subcommand '\(first)' (did you mean '\(guess)'?)\(ReplParseError.usage(usage).en)",
                "\(path)：'\(first)' というサブコマンドはありません（'\(guess)' のことですか？）\(ReplParseError.usage(usage).ja)"
            )
        case .unexpected(let path, let extra, let usage):
            return (
                "\(path): unexpected '\(extra)'\(ReplParseError.usage(usage).en)",
                "\(path)：余分な語 '\(extra)'\(ReplParseError.usage(usage).ja)"
            )
        case .needsMore(let path, let usage, let example):
            return ("\(path) needs more: \(usage), e.g. \(example)", "\(path) には続きが必要です：\(usage)（例：\(example)）")
        case .takesNoValue(let path, let option, let usage):
            return (
                "\(path) \(option) takes no value; write it alone\(ReplParseError.usage(usage).en)",
                "\(path) \(option) には値を付けません\(ReplParseError.usage(usage).ja)"
            )
        case .parser(let path, let message):
            return ("\(path): \(message)", "\(path)：\(message)")
        }
    }

    /// The command's usage, after what was wrong.
    private static func usage(_ syntax: String) -> (en: String, ja: String) {
        ("; usage: \(syntax)", "。書式：\(SyntaxWords.syntax(syntax, in: .ja))")
    }
}
