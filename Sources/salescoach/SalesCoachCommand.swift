import Foundation
import ArgumentParser
import SalesCoachCore

/// `salescoach` with no subcommand opens the coaching session (the REPL);
/// `classify`, `check`, `team` and `sql` are one-shot commands for scripts
/// and managers.
@main
struct SalesCoachCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "salescoach",
        abstract: "Decide which existing customers deserve your time: classify, plan, check, ask.",
        discussion: ProgramInfo.mayShowDiscussion(CommandLine.arguments.dropFirst()) ? ProgramInfo.discussion : "",
        version: ProgramInfo.version,
        subcommands: [
            SessionCommand.self, ClassifyCommand.self, CheckCommand.self, TeamCommand.self, SQLCommand.self, ManualCommand.self,
        ],
        defaultSubcommand: SessionCommand.self
    )

    static func main() {
        // argument-parser's completion scripts leave out a default subcommand's
        // options, so `salescoach --lang <TAB>` would offer nothing: the scripts
        // are made from a tree whose root takes the session's options.
        if CommandLine.arguments.dropFirst().contains(where: { $0.hasPrefix("--generate-completion-script") }) {
            return CompletionTree.main()
        }
        let arguments = Array(CommandLine.arguments.dropFirst())
        let environment = ProcessInfo.processInfo.environment
        let language = CommandLineMessage.language(of: arguments, environment: environment)
        let commands = configuration.subcommands.compactMap { $0.configuration.commandName }
        // argument-parser writes help in English only: a Japanese run gets the Japanese page.
        if language == .ja, let page = JapaneseHelp.page(asked: arguments, commands: commands) {
            Console(environment: environment, language: .ja).data(JapaneseHelp.text(command: page))
            return
        }
        do {
            // A typed value's own reason for refusing a word is said in the language asked for.
            var command = try ReplParsing.with(today: Today.date(environment: environment), language: language) {
                try parseAsRoot(arguments)
            }
            try command.run()
        } catch {
            // argument-parser's refusals are said again in our words, by the presenter every other error goes through.
            // An `ExitCode` comes after its message was said (a one-shot command's `CommandLineMistake`).
            guard !(error is ExitCode), exitCode(for: error) == .validationFailure else { exit(withError: error) }
            let message = CommandLineMessage(
                parserMessage: message(for: error), usage: fullMessage(for: error), subcommands: commands)
            Console(environment: environment, language: language).error(message.text(in: language), hint: message.hint(in: language))
            exit(withError: ExitCode.validationFailure)
        }
    }
}
