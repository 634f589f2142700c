import ArgumentParser

/// `salescoach` with no subcommand opens the coaching session (the REPL);
/// `classify`, `check` and `team` are one-shot commands for scripts and managers.
@main
struct SalesCoachCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "salescoach",
        abstract: "Decide which existing customers deserve your time: classify, plan, check, ask.",
        discussion: ProgramInfo.discussion,
        version: ProgramInfo.version,
        subcommands: [SessionCommand.self, ClassifyCommand.self, CheckCommand.self, TeamCommand.self, SQLCommand.self],
        defaultSubcommand: SessionCommand.self
    )
}
