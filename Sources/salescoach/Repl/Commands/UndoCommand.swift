import ArgumentParser
import SalesCoachCore

/// `undo`
struct UndoCommand: ReplCommand, SessionAction {
    static let configuration = CommandConfiguration(
        commandName: "undo", abstract: "Undo the last change to the list, visits or settings", usage: "undo")
    static let entry = ReplEntry(group: .data, purposeJapanese: "直前の変更を取り消す", example: "undo", changesData: true)

    /// "undo that last visit": words that only say what is undone (see `UndoStatement`).
    @Argument(help: ArgumentHelp("What is undone, in words (\"that last visit\"); it is always the last change", visibility: .hidden))
    var words: [String] = []

    func validate() throws {
        guard words.isEmpty || UndoStatement.onlyDescribesLastChange(words) else {
            throw ValidationError(
                ReplValueError(
                    "undo takes back the last change only; 'undo' alone does it",
                    "undo で取り消せるのは直前の変更だけです。'undo' とだけ入力してください"
                ).description)
        }
    }

    func run(in session: Session) throws { try session.undo() }
}
