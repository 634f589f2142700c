import ArgumentParser
import SalesCoachCore

/// Every command of the session's prompt, in the order `help` lists them.
enum ReplCommands {
    static let all: [any ReplCommand.Type] = [
        LoadCommand.self, ExportCommand.self, AddCommand.self, SetCommand.self, RenameCommand.self, RemoveCommand.self,
        UndoCommand.self, ListCommand.self, ShowCommand.self, WhyCommand.self, SummaryCommand.self, HistoryCommand.self,
        MovesCommand.self, RepCommand.self, MatrixCommand.self, VisitCommand.self, VisitsCommand.self, PlanCommand.self,
        PlannedCommand.self, CheckPlanCommand.self, ActualCommand.self, ComfortCommand.self, LearnCommand.self,
        QuizCommand.self, ConfigCommand.self, BackupCommand.self, RestoreCommand.self, HelpCommand.self, QuitCommand.self,
    ]

    /// The command named `word` or one of its aliases (case-insensitive).
    static func named(_ word: String) -> (any ReplCommand.Type)? {
        let key = word.lowercased()
        return all.first { $0.name == key || $0.aliases.contains(key) }
    }

    /// Every name and alias, for completion.
    static var allNames: [String] { all.flatMap { [$0.name] + $0.aliases } }

    /// Close command names for a mistyped word.
    static func suggestions(for word: String) -> [String] {
        Suggestions.closest(to: word, in: all.map { $0.name }, limit: 2)
    }
}

extension ReplCommand {
    /// The names of the subcommands (`planned add`, `config set`).
    static var subcommandNames: [String] { configuration.subcommands.map { $0._commandName } }

    /// The subcommand `word` names, if any (its name is matched case-insensitively).
    static func subcommand(named word: String?) -> String? {
        guard let word else { return nil }
        return subcommandNames.first { $0 == word.lowercased() }
    }

    /// Parses the words after the command's name into the value to run;
    /// a subcommand's name may be typed in any case.
    static func parseWords(_ words: [String]) throws -> any ParsableCommand {
        var words = words
        if let first = words.first, let sub = subcommand(named: first) { words[0] = sub }
        return try parseAsRoot(words)
    }
}
