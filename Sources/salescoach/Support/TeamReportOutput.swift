import ArgumentParser
import Foundation
import SalesCoachCore
import SalesCoachTerminal
import SalesCoachWorkspace

/// What `team` and `check` share: printing a team report in the chosen
/// format, and the `--strict` verdict.
enum TeamReportOutput {
    /// Reads the files, builds the report, prints it and, under `--strict`,
    /// exits with the status of the rule class that failed; a file that
    /// cannot be read ends it with status 1 and the reason.
    static func run(
        customers: String, plan: String?, visits: String?, weeks: Int, config: String?, strict: Bool,
        output: ReportOptions, chart: String? = nil, history: String? = nil,
        customerFile: CustomerFileOptions? = nil
    ) throws {
        let environment = ProcessInfo.processInfo.environment
        let console = Console(environment: environment, language: Language.fromEnvironment(output.lang, environment))
        console.pagerDisabled = output.noPager
        let today = Today.date(environment: environment)
        let report: TeamReport
        var segmentHistory: SegmentHistory?
        var teamKeys: [String] = []
        var encoding = OutputEncoding.utf8
        do {
            let language = Language.fromEnvironment(output.lang, environment)
            if let history { segmentHistory = try readHistory(history, language: language) }
            let settings = try ConfigLocation.settings(explicit: config, environment: environment, language: language)
            if CommandFiles.isStandardInput(customers), plan.map(CommandFiles.isStandardInput) == true {
                throw CommandLineMistake(TeamReportError.bothFromStandardInput, in: language)
            }
            let setsRowsAside = customerFile?.skipBadRows ?? false
            encoding = try output.printedEncoding(language: language, setsRowsAside: setsRowsAside)
            try output.checkWorkbookOutput(console: console, language: language, setsRowsAside: setsRowsAside)
            let imported = try CommandFiles.importCustomers(
                customers, encoding: output.encoding.name, config: settings, mergeDuplicates: false, perRep: true,
                today: today, language: language,
                file: try customerFile?.settings(language: language, outputEncoding: output.outputEncoding)
                    ?? CustomerFileSettings())
            let book = imported.result
            for warning in book.warnings { console.importWarning(warning) }
            for note in imported.lines { console.note(note) }
            teamKeys = book.customers.map { Book.key($0.name) }
            let planned = try plan.map { try CommandFiles.readPlan($0, language: language) } ?? []
            let log = try visits.map { try CommandFiles.readTeamVisits($0, today: today, language: language) } ?? []
            // Ranking every rep's book of a large team file takes a while: say so on a terminal.
            let progress = WorkProgress()
            progress.start(.ranking, total: book.customers.count)
            let line = ProgressLine(progress, subject: customers, language: Language.fromEnvironment(output.lang, environment), environment: environment)
            report = TeamReport(
                planned: planned, customers: book.customers, classifier: Classifier(config: settings.classifier),
                policy: settings.plan, visitLog: log, weeks: weeks, today: today)
            line?.stop()
            if let chart {
                guard chart.lowercased().hasSuffix(".svg") else {
                    throw CommandLineMistake(TeamReportError.chartNotSVG, in: language)
                }
                let picture = TeamChartSVG(
                    report: report, cLimit: settings.plan.maxShareC.doubleValue, language: Language.fromEnvironment(output.lang, environment))
                try FileOutput.writeAtomically(picture.render(), to: chart, force: true)
            }
            if let export = output.export {
                try WorkbookOutput.write([report.table(in: language)], to: export, force: true, language: language)
            }
        } catch let error as any UserMessage {
            console.error(error)
            throw CommandLineMistake.exitCode(for: error)
        }
        let language = Language.fromEnvironment(output.lang, environment)
        // The table and what follows it, through the pager when it is longer than the window.
        try console.paged {
            do {
                try print(report, format: output.format, language: language, encoding: encoding, console: console)
            } catch let error as any UserMessage {
                console.error(error)
                throw ExitCode(1)
            }
            guard let segmentHistory, output.format == .table else { return }
            let known = Set(segmentHistory.keys)
            let names = Set(teamKeys)
            let shared = names.filter(known.contains).count
            // A history of another book would report moves this team never made.
            if shared * 2 < names.count {
                console.warning(
                    TeamReportMessage.historyOfAnotherBook(shared: shared, customers: names.count, path: customers).text(in: language))
            }
            printProgress(segmentHistory, reps: report.rows.map(\.rep), today: today, language: language, console: console)
        }
        try console.finish()
        if strict, let status = strictStatus(report, console: console) { throw ExitCode(status) }
    }

    /// The segment history of a workspace that must already exist (a typo
    /// must not create an empty one and report no moves).
    static func readHistory(_ path: String, language: Language) throws -> SegmentHistory {
        guard FileManager.default.fileExists(atPath: path) else {
            throw Session.Failure(TeamReportError.noWorkspace(path: path), in: language)
        }
        do {
            return try Workspace.open(at: path).segmentHistory()
        } catch {
            throw Session.Failure(TeamReportError.unreadableHistory(error), in: language)
        }
    }

    /// Under the table: each rep's B→A moves this quarter, then the team's
    /// B→A moves as a bar per month (the last six months the history covers).
    static func printProgress(_ history: SegmentHistory, reps: [String?], today: LocalDate, language: Language, console: Console) {
        guard let first = history.firstDate else { return console.say(TeamReportMessage.noHistory.text(in: language)) }
        let quarter = HistoryPeriod.quarter(today)
        let moves = history.moves(since: quarter.since, until: today).filter { $0.kind == .conversion }
        let byRep = Dictionary(grouping: moves) { $0.rep.map(RepName.key) }
        console.say("")
        console.say(TeamReportMessage.movesByRep(quarter).text(in: language), style: Palette.heading)
        for rep in reps {
            let mine = byRep[rep.map(RepName.key)] ?? []
            let names = mine.prefix(3).map(\.name).joined(separator: Punctuation.listComma.text(in: language)) + (mine.count > 3 ? "…" : "")
            let who = rep ?? RepMessage.noRep.text(in: language)
            console.say("  \(DisplayWidth.pad(who, toWidth: 20)) \(mine.count)" + (names.isEmpty ? "" : "  (\(names))"))
        }
        let months = history.monthlyMoves(from: .b, to: .a, months: 6, until: today).filter { $0.month >= first.startOfMonth }
        let chart = MonthlyMovesChart(months: months, language: language)
        guard !chart.isEmpty else { return }
        console.say(TeamReportMessage.movesByMonth.text(in: language))
        console.raw(chart.render(width: console.width, color: console.colorMode) + "\n")
    }

    static func print(
        _ report: TeamReport, format: ReportOptions.Format, language: Language, encoding: OutputEncoding = .utf8,
        console: Console
    ) throws {
        switch format {
        case .table:
            console.raw(TeamReportView(language: language, width: console.width, color: console.colorMode).render(report))
        case .csv:
            // One piece: a character CP932 lacks stops the report before a byte of it is printed.
            var encoder = encoding.encoder()
            do throws(ExportError) {
                _ = try console.data(bytes: Array(report.csv(in: language).utf8), encoder: &encoder)
            } catch {
                throw Session.Failure(error.text(in: language))
            }
        case .json: console.data(report.json(in: language))
        case .xlsx: try WorkbookOutput.print([report.table(in: language)], console: console, language: language)
        }
    }

    /// Under `--strict`: names the rule class that failed and the warnings
    /// of it on stderr, and returns its exit status (3–6, see the README);
    /// nil when every plan keeps every rule.
    static func strictStatus(_ report: TeamReport, console: Console) -> Int32? {
        guard let failure = report.strictFailure else { return nil }
        let language = console.language
        let noRep = RepMessage.noRep.text(in: language)
        let colon = Punctuation.colon.text(in: language)
        let codes = failure.warnings.map { "\($0.rep ?? noRep)\(colon)\($0.warning.code.label(in: language))" }
        var seen: Set<String> = []
        let listed = PlanWarning.list(codes.filter { seen.insert($0).inserted }, in: console.language)
        console.error(TeamReportError.strict(rule: failure.rule, listed: listed))
        return failure.rule.rawValue
    }
}
