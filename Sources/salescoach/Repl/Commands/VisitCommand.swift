import ArgumentParser

/// `visit NAME [DAY] [note…]`
struct VisitCommand: ReplCommand, SessionAction {
    static let configuration = CommandConfiguration(
        commandName: "visit",
        abstract: "Log a visit (today unless a day is given: yesterday, last friday, 先週金曜, 12/1, 2026-12-01)",
        usage: "visit NAME [DAY] [note…]")
    static let entry = ReplEntry(
        group: .visits, purposeJapanese: "訪問を記録する（日付を省略すると今日。昨日・先週金曜・12/1・2026-12-01 も可）",
        example: "visit 田中商事 12/1 見積りの相談", words: [.customer, .none], changesData: true)

    /// The name, the day and the note are told apart by the session: a note
    /// is free text, and a day may start with '-' (which is then refused as a day).
    @Argument(parsing: .captureForPassthrough) var words: [String] = []

    func run(in session: Session) throws { try session.visit(words) }
}
