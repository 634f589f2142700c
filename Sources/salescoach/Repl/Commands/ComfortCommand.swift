import ArgumentParser

/// `comfort [WEEKS]`
struct ComfortCommand: ReplCommand, SessionAction {
    static let configuration = CommandConfiguration(
        commandName: "comfort", abstract: "Are your visits drifting to comfortable C accounts?", usage: "comfort [WEEKS]")
    static let entry = ReplEntry(
        group: .visits, purposeJapanese: "訪問が居心地の良いC顧客に偏っていないか", example: "comfort 4")

    @Argument(help: "How many weeks back, 1–52.", transform: { try BoundedNumber.whole($0, in: 1...52) }) var weeks: Int?

    func run(in session: Session) throws { try session.comfort(weeks: weeks) }
}
