import ArgumentParser

/// `restore FILE`
struct RestoreCommand: ReplCommand, SessionAction {
    static let configuration = CommandConfiguration(
        commandName: "restore", abstract: "Bring back everything from a backup ('undo' takes the restore back)",
        usage: "restore FILE")
    static let entry = ReplEntry(
        group: .session, purposeJapanese: "バックアップから全体を戻す（'undo' で取り消せる）",
        example: "restore ~/salescoach-2026-12-01.sqlite", words: [.path], changesData: true)

    @Argument(help: "The backup file.", completion: .workspaceFile) var file: String

    func run(in session: Session) throws { try session.restore(from: file) }
}
