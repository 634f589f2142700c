import ArgumentParser
import Foundation
import SalesCoachCore

/// `salescoach team CUSTOMERS.csv [--plan PLAN.csv] [--visits LOG.csv]`: the
/// manager's one-page view, one row per rep, worst first, with a team total.
struct TeamCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "team",
        abstract: "One row per rep: their book's segments, their plan's shares and warnings, and C week by week.",
        discussion: """
            Each rep's customers (the rep column) are ranked as a book of their own. The plan CSV has \
            customer,visits (or hours) with rep and week columns; the visit log has customer,date and \
            optionally rep. JSON is documented in docs/team-json.md; --strict exits 3 (C overweight), \
            4 (B or D share), 5 (A neglected) or 6 (names and reps the customer file does not have).
            """
    )

    @Argument(help: "The team's customer CSV (a CRM export with a rep column).", completion: .customerFile)
    var customers: String

    @Option(help: "The team's plan CSV: customer, visits or hours, rep, week.", completion: .planFile)
    var plan: String?

    @Option(help: "The team's visit log CSV: customer, date, and rep.", completion: .visitLogFile)
    var visits: String?

    @Option(help: "How many weeks the trend shows, ending with the week checked (1–52).")
    var weeks: Int = 4

    @Option(
        help: ArgumentHelp("Also write each rep's weekly visit mix as an SVG chart (replaces the file).", valueName: "file.svg"),
        completion: .pictureFile)
    var chart: String?

    @Option(help: ArgumentHelp(
        "A workspace whose segment history adds each rep's B→A moves this quarter and a bar per month.", valueName: "workspace"),
        completion: .workspaceFile)
    var history: String?

    @OptionGroup var rules: PlanRuleOptions

    @OptionGroup var output: ReportOptions

    @OptionGroup var customerFile: CustomerFileOptions

    func validate() throws {
        guard (1...52).contains(weeks) else {
            throw ValidationError(
                CommandOptionError.weeks(weeks).text(in: Language.fromEnvironment(output.lang, ProcessInfo.processInfo.environment)))
        }
    }

    func run() throws {
        try TeamReportOutput.run(
            customers: customers, plan: plan, visits: visits, weeks: weeks, config: rules.config, strict: rules.strict,
            output: output, chart: chart, history: history, customerFile: customerFile)
    }
}
