import ArgumentParser

/// The command tree as shells complete it: the session's options at the top,
/// the one-shot commands below. Used only to write completion scripts; as a
/// parser it would hand `classify --config FILE` to the top, which is why the
/// real root keeps the session as its default subcommand instead.
struct CompletionTree: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "salescoach", version: ProgramInfo.version,
        subcommands: [ClassifyCommand.self, CheckCommand.self, TeamCommand.self, SQLCommand.self])

    @OptionGroup var session: SessionOptions
}
