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
        message(for: error, command: command, words: words).text(in: language)
    }

    static func message(for error: Error, command: any ReplCommand.Type, words: [String]) -> ReplParseError {
        let subcommand = command.subcommand(named: words.first)
        let path = [command.name, subcommand].compactMap { $0 }.joined(separator: " ")
        let syntax = ReplSyntax(of: command, subcommand: subcommand)
        let raw = command.message(for: error)

        // An option the command does not have is named first, whatever else
        // the parser stumbled on (`list --sot name` is about '--sot', not 'name').
        let unknown = words.first { $0.hasPrefix("--") && syntax.option(named: $0) == nil && $0 != "--" }
        if let option = unknown ?? raw.groups(#"^Unknown option '([^']+)'"#)?[0] {
            let guess = Suggestions.closest(to: option, in: syntax.longNames, limit: 1).first
            return .unknownOption(path: path, option: option, guess: guess, usage: command.syntax)
        }
        if let match = raw.groups(#"^Missing value for '([^' ]+)(?: <([^>]+)>)?'"#) {
            let option = match[0] ?? ""
            let expected = expectation(for: match[1], values: syntax.option(named: option)?.values ?? [], path: path)
            return .missingValue(path: path, option: option, expected: expected)
        }
        if let match = raw.groups(#"^The value '(.*)' is invalid for '(?:(-[^ ']+) ?)?(?:<([^>]+)>)?'(?:: (.*))?"#) {
            let value = match[0] ?? ""
            let place = match[1].map { "\(path) \($0)" } ?? path
            // A typed value's own reason says what was expected.
            if let reason = match[3] { return .refusedValue(place: place, reason: reason) }
            let values = match[1].flatMap { syntax.option(named: $0)?.values } ?? match[2].flatMap { syntax.positionalValues[$0] } ?? []
            return .invalidValue(place: place, expected: expectation(for: match[2], values: values, path: path), found: value)
        }
        if let match = raw.groups(#"^(?:Unexpected argument|\d+ unexpected arguments:) '(.*)'"#) {
            let extra = match[0] ?? ""
            // `planned ad 田中商事`: the first word was meant as a subcommand.
            if subcommand == nil, command.hasSubcommands, let first = words.first, extra.hasPrefix(first),
                let guess = Suggestions.closest(to: first, in: command.subcommandNames, limit: 1).first
            {
                return .noSubcommand(path: path, typed: first, guess: guess, usage: command.syntax)
            }
            return .unexpected(path: path, extra: extra, usage: command.syntax)
        }
        if raw.hasPrefix("Missing expected argument") || raw.hasPrefix("Missing one of") {
            return .needsMore(path: path, usage: command.syntax, example: command.entry.example)
        }
        if let match = raw.groups(#"^The option '([^']+)' does not take any value"#) {
            return .takesNoValue(path: path, option: match[0] ?? "", usage: command.syntax)
        }
        return .parser(path: path, message: raw)
    }

    /// What a value should be: the list of values it takes, else what its name says.
    static func expectation(for valueName: String?, values: [String], path: String) -> ValueExpectation {
        if !values.isEmpty { return .oneOf(values) }
        switch valueName {
        // `actual --from` is a day, not a week.
        case let name where name == "week" || (name == "from" && path != ActualCommand.name): return .week
        case "since", "as-of": return .day
        case "hours": return .hours
        case "seed": return .wholeNumber
        case "rep": return .rep
        case "request": return .planRequest(maximum: PlanCapacity.maximum)
        case "from", "to": return .date
        default: return .file
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
