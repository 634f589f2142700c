import ArgumentParser

/// `undo`
struct UndoCommand: ReplCommand, SessionAction {
    static let configuration = CommandConfiguration(
        commandName: "undo", abstract: "Undo the last change to the list, visits or settings", usage: "undo")
    static let entry = ReplEntry(group: .data, purposeJapanese: "直前の変更を取り消す", example: "undo", changesData: true)

    func run(in session: Session) throws { try session.undo() }
}
