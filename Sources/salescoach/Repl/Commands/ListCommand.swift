import ArgumentParser

/// `list [A|B|C|D|unclassified] [--sort FIELD]`
struct ListCommand: ReplCommand, SessionAction {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List customers with segment and scores, optionally one segment",
        usage: "list [A|B|C|D|unclassified] [--sort name|segment|objective|record|rep|priority|FIELD]", aliases: ["ls"])
    static let entry = ReplEntry(
        group: .look, purposeJapanese: "顧客を領域とスコアつきで一覧表示する（領域で絞り込み可）", example: "list B --sort objective",
        words: [.segment])

    @Argument(help: "Only this segment.") var segment: SegmentFilter?
    @Option(help: "The order of the rows.") var sort: SortKey = .segment

    func run(in session: Session) throws { try session.list(segment, sortedBy: sort) }
}
