import ArgumentParser

/// `salescoach [session]`: the coaching session, the default subcommand.
struct SessionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "session", abstract: "Open the coaching session (the default when no subcommand is given).")

    @OptionGroup var options: SessionOptions

    func run() throws { try options.run() }
}
