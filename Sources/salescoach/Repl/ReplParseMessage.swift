import ArgumentParser
import Foundation
import SalesCoachCore

/// The error for words that do not parse as the command they follow, in
/// the session's language: which command, what was wrong, and what it
/// expected, from the command's definition.
///
/// The parser's own messages (`Unknown option '--wek'. Did you mean
/// '--week'?`) are read for what they name and said again in our words.
enum ReplParseMessage {
    static func text(
        for error: Error, command: any ReplCommand.Type, words: [String], language: Language
    ) -> String {
        let en = language == .en
        let subcommand = command.subcommand(named: words.first)
        let path = [command.name, subcommand].compactMap { $0 }.joined(separator: " ")
        let syntax = ReplSyntax(of: command, subcommand: subcommand)
        let raw = command.message(for: error)
        let usage = en ? "; usage: \(command.syntax)" : "。書式：\(command.syntax)"
        let colon = en ? ": " : "："

        // An option the command does not have is named first, whatever else
        // the parser stumbled on (`list --sot name` is about '--sot', not 'name').
        let unknown = words.first { $0.hasPrefix("--") && syntax.option(named: $0) == nil && $0 != "--" }
        if let option = unknown ?? raw.groups(#"^Unknown option '([^']+)'"#)?[0] {
            let guess = Suggestions.closest(to: option, in: syntax.longNames, limit: 1).first
                .map { en ? " (did you mean '\($0)'?)" : "（'\($0)' のことですか？）" } ?? ""
            return en
                ? "\(path): unknown option '\(option)'\(guess)\(usage)"
                : "\(path)：不明なオプション '\(option)'\(guess)\(usage)"
        }
        if let match = raw.groups(#"^Missing value for '([^' ]+)(?: <([^>]+)>)?'"#) {
            let option = match[0] ?? ""
            let expected = expectation(for: match[1], values: syntax.option(named: option)?.values ?? [], path: path, language: language)
            return en ? "\(path) \(option) needs a value: \(expected)" : "\(path) \(option) には値が必要です：\(expected)"
        }
        if let match = raw.groups(#"^The value '(.*)' is invalid for '(?:(-[^ ']+) ?)?(?:<([^>]+)>)?'(?:: (.*))?"#) {
            let value = match[0] ?? ""
            let place = match[1].map { "\(path) \($0)" } ?? path
            // A typed value's own reason says what was expected.
            if let reason = match[3] { return place + colon + reason }
            let values = match[1].flatMap { syntax.option(named: $0)?.values } ?? match[2].flatMap { syntax.positionalValues[$0] } ?? []
            let expected = expectation(for: match[2], values: values, path: path, language: language)
            return en
                ? "\(place): expected \(expected), found '\(value)'"
                : "\(place)：\(expected) を指定してください（'\(value)' は使えません）"
        }
        if let match = raw.groups(#"^(?:Unexpected argument|\d+ unexpected arguments:) '(.*)'"#) {
            let extra = match[0] ?? ""
            // `planned ad 田中商事`: the first word was meant as a subcommand.
            if subcommand == nil, command.hasSubcommands, let first = words.first, extra.hasPrefix(first),
                let guess = Suggestions.closest(to: first, in: command.subcommandNames, limit: 1).first
            {
                return en
                    ? "\(path): no subcommand '\(first)' (did you mean '\(guess)'?)\(usage)"
                    : "\(path)：'\(first)' というサブコマンドはありません（'\(guess)' のことですか？）\(usage)"
            }
            return en ? "\(path): unexpected '\(extra)'\(usage)" : "\(path)：余分な語 '\(extra)'\(usage)"
        }
        if raw.hasPrefix("Missing expected argument") || raw.hasPrefix("Missing one of") {
            return en
                ? "\(path) needs more: \(command.syntax), e.g. \(command.entry.example)"
                : "\(path) には続きが必要です：\(command.syntax)（例：\(command.entry.example)）"
        }
        if let match = raw.groups(#"^The option '([^']+)' does not take any value"#) {
            let option = match[0] ?? ""
            return en
                ? "\(path) \(option) takes no value; write it alone\(usage)"
                : "\(path) \(option) には値を付けません\(usage)"
        }
        return path + colon + raw
    }

    /// What a value should be: the list of values it takes, else what its name says.
    static func expectation(for valueName: String?, values: [String], path: String, language: Language) -> String {
        if !values.isEmpty {
            return language == .en
                ? (values.count > 1 ? values.dropLast().joined(separator: ", ") + " or " + values.last! : values[0])
                : values.joined(separator: "・")
        }
        let en = language == .en
        switch valueName {
        // `actual --from` is a day, not a week.
        case let name where name == "week" || (name == "from" && path != ActualCommand.name):
            return en ? "a week: next, this, last, 2026-W50 or a date in it" : "週（next・this・last・2026-W50・その週の日付）"
        case "since", "as-of": return en ? "a day such as 2026-04-01, yesterday or last friday" : "日付（2026-04-01・昨日・先週金曜など）"
        case "hours": return en ? "a positive number of hours" : "正の時間数"
        case "seed": return en ? "a whole number" : "整数"
        case "rep": return en ? "a rep's name" : "担当者名"
        case "request":
            return en
                ? "accept, a number of visits (1–\(PlanCapacity.maximum)) or a week in words (next week, 来週)"
                : "accept・訪問件数（1〜\(PlanCapacity.maximum)）・週（next week・来週）"
        case "from", "to": return en ? "a date YYYY-MM-DD" : "日付 YYYY-MM-DD"
        default: return en ? "a file name" : "ファイル名"
        }
    }
}

extension String {
    /// The capture groups of the first match of `pattern`, nil for a group that took no part.
    func groups(_ pattern: String) -> [String?]? {
        guard let expression = try? NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators]),
            let match = expression.firstMatch(in: self, range: NSRange(startIndex..., in: self))
        else { return nil }
        return (1..<match.numberOfRanges).map { index in
            Range(match.range(at: index), in: self).map { String(self[$0]) }
        }
    }
}
