import ArgumentParser

/// `salescoach` with no subcommand opens the coaching session (the REPL);
/// `classify`, `check` and `team` are one-shot commands for scripts and managers.
@main
struct SalesCoachCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "salescoach",
        abstract: "Decide which existing customers deserve your time: classify, plan, check, ask.",
        discussion: """
            Customers are rated on two axes, the company's own attractiveness (客観的評価) and \
            the business it does with us (取り引き実績), and placed in A, B, C or D. \
            Run with no subcommand for the coaching session; type 'help' there.
            """,
        subcommands: [SessionCommand.self, ClassifyCommand.self, CheckCommand.self, TeamCommand.self, SQLCommand.self],
        defaultSubcommand: SessionCommand.self
    )
}
