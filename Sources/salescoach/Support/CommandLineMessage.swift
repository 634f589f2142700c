import ArgumentParser
import Foundation
import SalesCoachCore

/// A command line argument-parser refused (exit 64), said again in our own
/// words, English or Japanese, for the presenter that says every other error:
/// the parser's own messages are read for what they name (the option, the
/// value, the values it takes), as `ReplParseMessage` does at the prompt.
struct CommandLineMessage {
    /// The parser's message (`The value 'jp' is invalid for '--lang <lang>'. Please provide one of 'en' and 'ja'.`).
    let parserMessage: String
    /// The parser's full message, whose last line names the command's help.
    let usage: String
    /// The program's subcommands, which a mistyped first word is compared with.
    var subcommands: [String] = []

    /// The language a command line asks for: its `--lang` when that is a
    /// language, else the locale (so a mistyped `--lang` is answered in the locale's).
    static func language(of arguments: [String], environment: [String: String]) -> Language {
        var flag: Language?
        for (index, word) in arguments.enumerated() {
            if word == "--" { break }
            if word == "--lang", index + 1 < arguments.count {
                flag = Language(argument: arguments[index + 1]) ?? flag
            } else if word.hasPrefix("--lang=") {
                flag = Language(argument: String(word.dropFirst("--lang=".count))) ?? flag
            }
        }
        return Language.fromEnvironment(flag, environment)
    }

    /// What the parser refused, read from its English message.
    enum Refusal: Equatable {
        case unknownOption(String, guess: String?)
        case missingValue(String)
        /// A value the option or argument at `place` does not take: with the parser's reason, or the values it takes.
        case invalidValue(String, place: String, reason: String?, values: [String]?)
        case missingArgument(String)
        case mistypedCommand(String, guess: String)
        case unexpectedArguments(String)
        case takesNoValue(String)
        /// A message the parser did not word: a command's own check (`--weeks`), or one not known here.
        case other(String)
    }

    /// The parser's message read for what it names.
    var refusal: Refusal {
        let raw = parserMessage
        if let match = raw.groups(#"^Unknown option '([^']+)'(?:\. Did you mean '([^']+)'\?)?"#) {
            return .unknownOption(match[0] ?? "", guess: match[1])
        }
        if let match = raw.groups(#"^Missing value for '([^' ]+)"#) { return .missingValue(match[0] ?? "") }
        if let match = raw.groups(#"^The value '(.*)' is invalid for '(?:(-[^ ']+) ?)?(?:<([^>]+)>)?'(?:: (.*)|\. Please provide one of (.*)\.)?$"#) {
            return .invalidValue(
                match[0] ?? "", place: match[1] ?? match[2].map { "<\($0)>" } ?? "", reason: match[3],
                values: match[4].map { $0.matches(of: #"'([^']*)'"#) })
        }
        if let match = raw.groups(#"^Missing expected argument '([^']+)'"#) { return .missingArgument(match[0] ?? "") }
        if let match = raw.groups(#"^(?:Unexpected argument|\d+ unexpected arguments:) (.*)$"#) {
            if let (first, guess) = mistypedCommand { return .mistypedCommand(first, guess: guess) }
            return .unexpectedArguments(match[0] ?? "")
        }
        if let match = raw.groups(#"^The option '([^']+)' does not take any value"#) { return .takesNoValue(match[0] ?? "") }
        return .other(raw)
    }

    /// The message in `language`, without its prefix.
    func text(in language: Language) -> String { language == .en ? english : japanese }

    /// The hint in `language`: the command's usage and where to read more.
    func hint(in language: Language) -> String { language == .en ? englishHint : japaneseHint }

    var english: String {
        switch refusal {
        case .unknownOption(let option, let guess): return "unknown option '\(option)'" + (guess.map { " (did you mean '\($0)'?)" } ?? "")
        case .missingValue(let option): return "\(option) needs a value"
        case .invalidValue(let value, let place, let reason, let values):
            if let reason { return "\(place): \(reason)" }
            if let values { return "\(place): '\(value)' is not one of the values it takes; expected one of \(values.joined(separator: ", "))" }
            return "\(place): '\(value)' is not a value it takes"
        case .missingArgument(let argument): return "missing the argument \(argument)"
        case .mistypedCommand(let word, let guess): return "'\(word)' is not a command (did you mean '\(guess)'?)"
        case .unexpectedArguments(let words): return "unexpected arguments: \(words)"
        case .takesNoValue(let option): return "\(option) takes no value"
        case .other(let raw):
            // A command's own check, already worded as our messages are; the parser's own starts with a capital.
            guard let first = raw.first, first.isUppercase else { return raw }
            return first.lowercased() + raw.dropFirst()
        }
    }

    /// The command's help, as the parser names it: the session, the default
    /// command, is the program's own (`salescoach --help`).
    private var help: String {
        let named = usage.groups(#"See '([^']+)' for more information"#)?[0] ?? "salescoach --help"
        return named == "salescoach session --help" ? "salescoach --help" : named
    }

    /// The command's usage line, as the parser shows it (the session's as the program's: `salescoach [<options>]`).
    private var usageLine: String? {
        guard let line = usage.groups(#"(?m)^Usage: ([^\n]*)$"#)?[0] else { return nil }
        return line.hasPrefix("salescoach session ") ? "salescoach [<options>]" : line
    }

    /// The command's usage, as the parser shows it, and where to read more.
    var englishHint: String {
        if mistypedCommand != nil {
            return "the commands are \(subcommands.joined(separator: ", ")); salescoach --help shows how to use them"
        }
        let syntax = usageLine.map { "usage: \($0)\n" } ?? ""
        return "\(syntax)\(help) shows how to use it"
    }

    var japanese: String {
        switch refusal {
        case .unknownOption(let option, let guess): return "不明なオプション '\(option)' です" + (guess.map { "（'\($0)' のことですか？）" } ?? "")
        case .missingValue(let option): return "\(option) には値が必要です"
        case .invalidValue(let value, let place, let reason, let values):
            if let reason { return "\(place)：\(reason)" }
            if let values { return "\(place)：\(values.joined(separator: "・")) のいずれかを指定してください（'\(value)' は使えません）" }
            return "\(place)：'\(value)' は使えない値です"
        case .missingArgument(let argument): return "引数 \(argument) が必要です"
        case .mistypedCommand(let word, let guess): return "'\(word)' というコマンドはありません（'\(guess)' のことですか？）"
        case .unexpectedArguments(let words): return "余分な引数があります：\(words)"
        case .takesNoValue(let option): return "\(option) には値を付けません"
        case .other(let raw):
            // A command's own check (`--weeks`), already worded in the language asked for.
            if raw.unicodeScalars.contains(where: { $0.value >= 0x3000 }) { return raw }
            return "コマンドラインを読めません：\(raw)"
        }
    }

    /// `salescoach clasify a.csv`: the first word, meant as a command, and the command it is closest to.
    var mistypedCommand: (word: String, guess: String)? {
        guard let first = parserMessage.groups(#"^(?:Unexpected argument|\d+ unexpected arguments:) '([^']*)'"#)?[0],
            let guess = Suggestions.closest(to: first, in: subcommands, limit: 1).first
        else { return nil }
        return (first, guess)
    }

    /// The command's usage, as the parser shows it, and where to read more.
    var japaneseHint: String {
        if mistypedCommand != nil {
            return "コマンドは \(subcommands.joined(separator: "・")) です。salescoach --help で使い方を表示します"
        }
        // The Japanese help writes the options as [オプション]; the arguments keep their <names>, as there.
        let syntax = usageLine
            .map { "書式：\($0.replacingOccurrences(of: "[<options>]", with: "[オプション]"))\n" } ?? ""
        return "\(syntax)\(help) で使い方を表示します"
    }
}

extension String {
    /// The first capture group of every match of `pattern`.
    fileprivate func matches(of pattern: String) -> [String] {
        guard let expression = try? NSRegularExpression(pattern: pattern) else { return [] }
        return expression.matches(in: self, range: NSRange(startIndex..., in: self)).compactMap { match in
            Range(match.range(at: 1), in: self).map { String(self[$0]) }
        }
    }
}
