import ArgumentParser

/// `history NAME`
struct HistoryCommand: ReplCommand, SessionAction {
    static let configuration = CommandConfiguration(
        commandName: "history", abstract: "A customer's segments over time, with the visits logged in between",
        usage: "history NAME")
    static let entry = ReplEntry(
        group: .look, purposeJapanese: "顧客の領域の推移と、その間の訪問記録", example: "history 田中商事", words: [.customer])

    @Argument(help: "The customer, in words.") var name: [String] = []

    func run(in session: Session) throws {
        try session.history(of: try session.requireCustomer(name, for: Self.self))
    }
}
