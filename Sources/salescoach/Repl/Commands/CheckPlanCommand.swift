import ArgumentParser
import SalesCoachCore

/// `check [PLAN.csv] [--week W]` (the one-shot `salescoach check` is `CheckCommand`).
struct CheckPlanCommand: ReplCommand, SessionAction {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Check planned visits against the policy (warns when C is overweight)",
        usage: "check [PLAN.csv] [--week W]")
    static let entry = ReplEntry(
        group: .visits, purposeJapanese: "訪問予定を方針と照らしてチェックする（Cの比重が高すぎれば警告）", example: "check",
        words: [.path])

    @Argument(help: "A plan CSV instead of the planned visits.", completion: .planFile) var file: String?
    @Option(help: "The week; the current plan's by default.", transform: WeekArgument.parse) var week: PlanWeek?

    func run(in session: Session) throws { try session.check(file: file, week: week) }
}
