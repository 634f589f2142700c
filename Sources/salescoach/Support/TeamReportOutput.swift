import ArgumentParser
import SalesCoachCore
import SalesCoachTerminal

/// What `team` and `check` share: printing a team report in the chosen
/// format, and the `--strict` verdict.
enum TeamReportOutput {
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
        let listed = codes.filter { seen.insert($0).inserted }
        let shown = listed.prefix(PlanWarning.listLimit).joined(separator: ", ")
        let more = listed.count > PlanWarning.listLimit ? " and \(listed.count - PlanWarning.listLimit) more" : ""
        console.error(
            "strict: the \(failure.rule.name) rules failed (exit \(failure.rule.rawValue)): \(shown)\(more)")
        return failure.rule.rawValue
    }
}
