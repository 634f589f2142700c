import ArgumentParser

/// `set NAME key=value…`
struct SetCommand: ReplCommand, SessionAction {
    static let configuration = CommandConfiguration(
        commandName: "set", abstract: "Change metrics or fields of a customer (key= with nothing clears it)",
        usage: "set NAME key=value…", aliases: ["edit"])
    static let entry = ReplEntry(
        group: .data, purposeJapanese: "顧客の数値や項目を変更する（key= で空欄に戻す）",
        example: "set 田中商事 sales=12000000 last_visit=2026-11-20", words: [.customer, .field], changesData: true)

    /// The name's words, then `key=value` fields (a value may start with '-').
    @Argument(parsing: .captureForPassthrough) var words: [String] = []

    func run(in session: Session) throws {
        let (name, assignments) = try session.nameAndAssignments(words, command: Self.self)
        try session.set(name, assignments)
    }
}
