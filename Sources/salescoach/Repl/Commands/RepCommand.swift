import ArgumentParser

/// `rep [NAME|all]`
struct RepCommand: ReplCommand, SessionAction {
    static let configuration = CommandConfiguration(
        commandName: "rep", abstract: "Work on one rep's customers, ranked as their own book ('rep all' for everyone)",
        usage: "rep [NAME|all]", aliases: ["scope"])
    static let entry = ReplEntry(
        group: .look, purposeJapanese: "一人の担当者の顧客だけを、その担当者の顧客リストとして評価する（全体は 'rep all'）",
        example: "rep 佐々木", words: [.rep], changesData: true)

    @Argument(help: "The rep, in words, or all.") var name: [String] = []

    func run(in session: Session) throws { try session.rep(name.isEmpty ? nil : name.joined(separator: " ")) }
}
