import ArgumentParser
import Foundation
import SalesCoachCore

/// A command line argument-parser refused (exit 64), said again in Japanese:
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

    var japanese: String {
        let raw = parserMessage
        if let match = raw.groups(#"^Unknown option '([^']+)'(?:\. Did you mean '([^']+)'\?)?"#) {
            let guess = match[1].map { "（'\($0)' のことですか？）" } ?? ""
            return "不明なオプション '\(match[0] ?? "")' です\(guess)"
        }
        if let match = raw.groups(#"^Missing value for '([^' ]+)"#) {
            return "\(match[0] ?? "") には値が必要です"
        }
        if let match = raw.groups(#"^The value '(.*)' is invalid for '(?:(-[^ ']+) ?)?(?:<([^>]+)>)?'(?:: (.*)|\. Please provide one of (.*)\.)?$"#) {
            let value = match[0] ?? ""
            let place = match[1] ?? match[2].map { "<\($0)>" } ?? ""
            if let reason = match[3] { return "\(place)：\(reason)" }
            if let list = match[4] {
                let values = list.matches(of: #"'([^']*)'"#).joined(separator: "・")
                return "\(place)：\(values) のいずれかを指定してください（'\(value)' は使えません）"
            }
            return "\(place)：'\(value)' は使えない値です"
        }
        if let match = raw.groups(#"^Missing expected argument '([^']+)'"#) {
            return "引数 \(match[0] ?? "") が必要です"
        }
        if let match = raw.groups(#"^(?:Unexpected argument|\d+ unexpected arguments:) (.*)$"#) {
            if let (first, guess) = mistypedCommand {
                return "'\(first)' というコマンドはありません（'\(guess)' のことですか？）"
            }
            return "余分な引数があります：\(match[0] ?? "")"
        }
        if let match = raw.groups(#"^The option '([^']+)' does not take any value"#) {
            return "\(match[0] ?? "") には値を付けません"
        }
        // A command's own check (`--weeks`), already worded in the language asked for.
        if raw.unicodeScalars.contains(where: { $0.value >= 0x3000 }) { return raw }
        return "コマンドラインを読めません：\(raw)"
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
        let help = usage.groups(#"See '([^']+)' for more information"#)?[0] ?? "salescoach --help"
        let syntax = usage.groups(#"(?m)^Usage: ([^\n]*)$"#)?[0].map { "書式：\($0)\n" } ?? ""
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
