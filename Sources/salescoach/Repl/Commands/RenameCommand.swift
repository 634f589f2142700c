import ArgumentParser

/// `rename OLD NEW`
struct RenameCommand: ReplCommand, SessionAction {
    static let configuration = CommandConfiguration(
        commandName: "rename", abstract: "Rename a customer", usage: "rename OLD NEW")
    static let entry = ReplEntry(
        group: .data, purposeJapanese: "顧客名を変更する", example: "rename \"Acme\" \"Acme Industrial\"",
        words: [.customer, .none], changesData: true)

    @Argument(help: "The customer's name now.") var old: String
    @Argument(help: "The new name.") var new: String

    func run(in session: Session) throws { try session.rename(old, to: new) }
}
