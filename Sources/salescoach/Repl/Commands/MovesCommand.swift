import ArgumentParser

/// `moves [this quarter|this year|this month|--since DAY] [--rep NAME]`
struct MovesCommand: ReplCommand, SessionAction {
    static let configuration = CommandConfiguration(
        commandName: "moves",
        abstract: "Customers that changed segment, B→A first, then losses from A (this quarter unless a period is given)",
        usage: "moves [this quarter|this year|this month|--since DAY] [--rep NAME]")
    static let entry = ReplEntry(
        group: .look, purposeJapanese: "領域が変わった顧客（B→Aを先頭に、次にAからの後退。既定は今四半期）",
        example: "moves --since 2026-04-01", words: [.none])

    @Argument(help: "A period in words: this quarter, this year, this month.") var period: [String] = []
    @Option(help: "The first day of the period.") var since: String?
    /// A name may be typed in words without quotes (--rep 岡田 美咲): up to the next option.
    @Option(parsing: .upToNextOption, help: "Only this rep's customers.") var rep: [String] = []

    func run(in session: Session) throws {
        try session.moves(period: period, since: since, rep: rep.isEmpty ? nil : rep.joined(separator: " "))
    }
}
