import ArgumentParser

/// `why NAME`
struct WhyCommand: ReplCommand, SessionAction {
    static let configuration = CommandConfiguration(
        commandName: "why", abstract: "Why a customer is in its segment, and what would move it", usage: "why NAME",
        aliases: ["explain"])
    static let entry = ReplEntry(
        group: .look, purposeJapanese: "その顧客がなぜその領域なのか、何が変われば移るのか", example: "why \"Acme Industrial\"",
        words: [.customer])

    @Argument(help: "The customer, in words.") var name: [String] = []

    func run(in session: Session) throws {
        try session.why(try session.requireCustomer(name, for: Self.self))
    }
}
