import ArgumentParser
import Foundation
import SalesCoachCore

/// `salescoach check PLAN.csv --customers CUSTOMERS.csv`: the manager's view
/// of planned visits, one row per rep, worst first.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check planned visits against the policy, per rep, and warn when C is overweight.",
        discussion: "The plan CSV has customer,visits (or customer,hours) and optional rep and week columns."
    )

    @Argument(help: "The plan CSV.")
    var plan: String

    @Option(help: "The customer CSV the plan refers to.")
    var customers: String

    @Option(help: "A config file with the plan policy (shares, max C share, cadences).")
    var config: String?

    @Flag(help: "Exit with the status of the most urgent rule that failed: 3 C overweight, 4 B/D share, 5 A neglected, 6 plan data.")
    var strict = false


    @OptionGroup var output: ReportOptions

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let console = Console(environment: environment)
        let report: TeamReport
        do {
            let settings = try config.map { try CommandFiles.readConfig($0) } ?? Config.standard
            let book = try CommandFiles.importCustomers(
                customers, encoding: output.encoding, config: settings, mergeDuplicates: false, perRep: true)
            let planned = try CommandFiles.readPlan(plan)
            report = TeamReport(
                planned: planned, customers: book.customers, classifier: Classifier(config: settings.classifier),
                policy: settings.plan, today: Today.date(environment: environment))
        } catch let failure as Session.Failure {
            console.error(failure.description)
            throw ExitCode(1)
        }
        TeamReportOutput.print(
            report, format: output.format, language: Language.fromEnvironment(output.lang, environment), console: console)
        try console.finish()
        if strict, let status = TeamReportOutput.strictStatus(report, console: console) { throw ExitCode(status) }
    }
}
