import ArgumentParser

/// `remove NAME`
struct RemoveCommand: ReplCommand, SessionAction {
    static let configuration = CommandConfiguration(
        commandName: "remove", abstract: "Remove a customer from the list", usage: "remove NAME", aliases: ["delete", "rm"])
    static let entry = ReplEntry(
        group: .data, purposeJapanese: "顧客をリストから削除する", example: "remove \"Sunrise Bakery\"", words: [.customer],
        changesData: true)

    @Argument(help: "The customer, in words.") var name: [String] = []

    func run(in session: Session) throws {
        try session.remove(try session.requireCustomer(name, for: Self.self))
    }
}
