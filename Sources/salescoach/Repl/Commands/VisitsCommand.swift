import ArgumentParser

/// `visits [NAME] [--since DAY]`
struct VisitsCommand: ReplCommand, SessionAction {
    static let configuration = CommandConfiguration(
        commandName: "visits", abstract: "The visit log with notes, for one customer or all, optionally since a day",
        usage: "visits [NAME] [--since DAY]")
    static let entry = ReplEntry(
        group: .visits, purposeJapanese: "訪問記録をメモつきで表示する（顧客・開始日で絞り込み可）",
        example: "visits 田中商事 --since 2026-11-01", words: [.customer])

    @Argument(help: "Only this customer, in words.") var name: [String] = []
    /// `--since last week` needs no quotes: the day is the longest run of up
    /// to three words that reads as one; words after it belong to the name.
    @Option(parsing: .upToNextOption, help: "The first day shown.") var since: [String] = []

    func run(in session: Session) throws { try session.visits(name: name, since: since) }
}
