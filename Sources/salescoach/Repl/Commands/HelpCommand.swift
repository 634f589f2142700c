import ArgumentParser

/// `help [COMMAND]`
struct HelpCommand: ReplCommand, SessionAction {
    static let configuration = CommandConfiguration(
        commandName: "help", abstract: "List commands, or explain one", usage: "help [COMMAND]", aliases: ["?"])
    static let entry = ReplEntry(
        group: .session, purposeJapanese: "コマンド一覧、または一つの説明", example: "help plan", words: [.command])

    @Argument(help: "The command to explain.") var command: String?

    func run(in session: Session) throws { session.help(command) }
}
