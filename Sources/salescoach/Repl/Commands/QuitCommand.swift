import ArgumentParser

/// `quit`
struct QuitCommand: ReplCommand, ReplRunnable {
    static let configuration = CommandConfiguration(
        commandName: "quit", abstract: "Leave (every change is already saved)", usage: "quit", aliases: ["exit", "q"])
    static let entry = ReplEntry(group: .session, purposeJapanese: "終了する（変更は保存済み）", example: "quit")

    func run(in session: Session, reader: inout some LineReader) throws -> Session.Outcome { .quit }
}
