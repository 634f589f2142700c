import ArgumentParser

/// `backup FILE [--force]`
struct BackupCommand: ReplCommand, SessionAction {
    static let configuration = CommandConfiguration(
        commandName: "backup", abstract: "Copy the whole workspace (list, settings, plans, visit log) into one file",
        usage: "backup FILE [--force]")
    static let entry = ReplEntry(
        group: .session, purposeJapanese: "ワークスペース全体（顧客・設定・計画・訪問記録）を一つのファイルに保存する",
        example: "backup ~/salescoach-2026-12-01.sqlite", words: [.path], changesData: true)

    @Argument(help: "The backup file.", completion: .workspaceFile) var file: String
    @Flag(help: "Replace an existing file.") var force = false

    func run(in session: Session) throws { try session.backup(to: file, force: force) }
}
