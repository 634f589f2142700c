import ArgumentParser

/// `show NAME`
struct ShowCommand: ReplCommand, SessionAction {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Everything known about one customer", usage: "show NAME")
    static let entry = ReplEntry(
        group: .look, purposeJapanese: "顧客一社の詳細を表示する", example: "show 田中商事", words: [.customer])

    @Argument(help: "The customer, in words.") var name: [String] = []

    func run(in session: Session) throws {
        try session.show(try session.requireCustomer(name, for: Self.self))
    }
}
