import ArgumentParser
import SalesCoachCore

/// `actual [--from DATE] [--to DATE]`
struct ActualCommand: ReplCommand, SessionAction {
    static let configuration = CommandConfiguration(
        commandName: "actual", abstract: "Plan vs. actual: where logged visits went, by segment",
        usage: "actual [--from DATE] [--to DATE]")
    static let entry = ReplEntry(
        group: .visits, purposeJapanese: "計画と実績：記録した訪問が各領域にどう配分されたか", example: "actual --from 2026-11-16")

    @Option(help: "The first day; last week's Monday by default.", transform: DateArgument.parse) var from: LocalDate?
    @Option(help: "The last day; today by default.", transform: DateArgument.parse) var to: LocalDate?

    func run(in session: Session) throws {
        try session.actual(from: from ?? session.today.startOfWeek.adding(days: -7), through: to ?? session.today)
    }
}
