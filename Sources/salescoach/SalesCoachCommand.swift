import ArgumentParser

/// `salescoach` with no subcommand opens the coaching session (the REPL);
/// `classify`, `check`, `team` and `sql` are one-shot commands for scripts
/// and managers.
@main
struct SalesCoachCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "salescoach",
        abstract: "Decide which existing customers deserve your time: classify, plan, check, ask.",
        discussion: ProgramInfo.discussion,
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
        main(nil)
    }
}
