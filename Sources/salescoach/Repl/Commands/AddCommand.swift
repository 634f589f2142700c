import ArgumentParser

/// `add NAME key=value…`
struct AddCommand: ReplCommand, SessionAction {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Add a customer with some of its metrics", usage: "add NAME key=value…")
    static let entry = ReplEntry(
        group: .data, purposeJapanese: "顧客を追加する", example: "add \"Kato Denki\" employees=120 sales=3.2M orders=4",
        words: [.none, .field], changesData: true)

    /// The name's words, then `key=value` fields (a value may start with '-').
    @Argument(parsing: .captureForPassthrough) var words: [String] = []

    func run(in session: Session) throws {
        let (name, assignments) = try session.nameAndAssignments(words, command: Self.self)
        try session.add(name, assignments)
    }
}
