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

    @Argument(help: "The plan CSV, or - for standard input.", completion: .planFile)
    var plan: String

    @Option(help: "The customer CSV the plan refers to, or - for standard input.", completion: .customerFile)
    var customers: String

    @OptionGroup var rules: PlanRuleOptions

    @OptionGroup var output: ReportOptions

    @OptionGroup var customerFile: CustomerFileOptions

    func run() throws {
        try TeamReportOutput.run(
            customers: customers, plan: plan, visits: nil, weeks: 4, config: rules.config, strict: rules.strict, output: output,
            customerFile: customerFile)
    }
}
