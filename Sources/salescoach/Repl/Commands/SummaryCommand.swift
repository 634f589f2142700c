import ArgumentParser

/// `summary [by rep]`
struct SummaryCommand: ReplCommand, SessionAction {
    static let configuration = CommandConfiguration(
        commandName: "summary", abstract: "Counts and shares per segment, or per rep", usage: "summary [by rep]")
    static let entry = ReplEntry(
        group: .look, purposeJapanese: "領域ごとの社数と構成比（担当者別も）", example: "summary by rep", words: [.none])

    /// The words of `by rep` (also `rep`, 担当者別).
    enum Word: String, ExpressibleByArgument, CaseIterable {
        case by, rep, 担当者別

        init?(argument: String) { self.init(rawValue: argument.lowercased()) }
    }

    @Argument(help: "by rep: one row per rep.") var grouping: [Word] = []

    func run(in session: Session) throws {
        switch grouping {
        case []: try session.summary()
        case [.by, .rep], [.rep], [.担当者別]: session.summaryByRep()
        default:
            let words = grouping.map(\.rawValue).joined(separator: " ")
            throw Session.Failure(PromptArgumentError.summaryGrouping(words), in: session.language)
        }
    }
}
