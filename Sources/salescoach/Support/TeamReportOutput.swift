import ArgumentParser
import Foundation
import SalesCoachCore
import SalesCoachTerminal

/// What `team` and `check` share: printing a team report in the chosen
/// format, and the `--strict` verdict.
enum TeamReportOutput {
    /// Reads the files, builds the report, prints it and, under `--strict`,
    /// exits with the status of the rule class that failed; a file that
    /// cannot be read ends it with status 1 and the reason.
    static func run(
        customers: String, plan: String?, visits: String?, weeks: Int, config: String?, strict: Bool,
        output: ReportOptions, chart: String? = nil
    ) throws {
        let environment = ProcessInfo.processInfo.environment
        let console = Console(environment: environment)
        let today = Today.date(environment: environment)
        let report: TeamReport
        do {
            let settings = try config.map { try CommandFiles.readConfig($0) } ?? Config.standard
            let book = try CommandFiles.importCustomers(
                customers, encoding: output.encoding, config: settings, mergeDuplicates: false, perRep: true,
                today: today)
            for warning in book.warnings { console.warning(warning.description) }
            let planned = try plan.map { try CommandFiles.readPlan($0) } ?? []
            let log = try visits.map { try CommandFiles.readTeamVisits($0, today: today) } ?? []
            report = TeamReport(
                planned: planned, customers: book.customers, classifier: Classifier(config: settings.classifier),
                policy: settings.plan, visitLog: log, weeks: weeks, today: today)
            if let chart {
                guard chart.lowercased().hasSuffix(".svg") else { throw Session.Failure("--chart writes an SVG picture: name the file FILE.svg") }
                let picture = TeamChartSVG(
                    report: report, cLimit: settings.plan.maxShareC.doubleValue, language: Language.fromEnvironment(output.lang, environment))
                try FileOutput.writeAtomically(picture.render(), to: chart, force: true)
            }
        } catch let failure as Session.Failure {
            console.error(failure.description)
            throw ExitCode(1)
        }
        print(report, format: output.format, language: Language.fromEnvironment(output.lang, environment), console: console)
        try console.finish()
        if strict, let status = strictStatus(report, console: console) { throw ExitCode(status) }
    }

    static func print(_ report: TeamReport, format: ReportOptions.Format, language: Language, console: Console) {
        switch format {
        case .table:
            console.raw(TeamReportView(language: language, width: console.width, color: console.colorMode).render(report))
        case .csv: console.data(report.csv())
        case .json: console.data(report.json(in: language))
        }
    }

    /// Under `--strict`: names the rule class that failed and the warnings
    /// of it on stderr, and returns its exit status (3–6, see the README);
    /// nil when every plan keeps every rule.
    static func strictStatus(_ report: TeamReport, console: Console) -> Int32? {
        guard let failure = report.strictFailure else { return nil }
        let codes = failure.warnings.map { "\($0.rep ?? "(no rep)"): \($0.warning.code.rawValue)" }
        var seen: Set<String> = []
        let listed = PlanWarning.list(codes.filter { seen.insert($0).inserted }, in: .en)
        console.error("strict: the \(failure.rule.name) rules failed (exit \(failure.rule.rawValue)): \(listed)")
        return failure.rule.rawValue
    }
}
