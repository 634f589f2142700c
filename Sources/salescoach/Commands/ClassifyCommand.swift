import ArgumentParser
import Foundation
import SalesCoachCore
import SalesCoachTerminal

/// `salescoach classify FILE`: every customer with its segment and scores.
struct ClassifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "classify",
        abstract: "Classify a customer CSV or Excel workbook and print each customer's segment and scores.",
        discussion: "Table output ends with a per-segment summary. CSV and xlsx headers are in the language of --lang (in English name, segment, objective_score, record_score, …; in Japanese 顧客名, 領域, 客観的評価スコア, 取り引き実績スコア, …); JSON keys are always English."
    )

    @Argument(
        help: "The customer CSV or workbook (.xlsx), or - for standard input (or --database and --table).", completion: .customerFile)
    var file: String?

    /// With --database: the table (classify: the whole of it; a session: one rep's book, nothing saved).
    @OptionGroup var server: DatabaseOptions

    @Option(
        help: "A TOML config file read instead of the default one: cut, weights, absolute thresholds, column names.",
        completion: .configFile)
    var config: String?

    @Flag(help: "Rank each rep's customers (the rep column) as a book of their own.")
    var perRep = false

    @Flag(help: "Merge rows that name the same customer instead of failing.")
    var mergeDuplicates = false

    @Option(
        help: ArgumentHelp("Also write the 2×2 matrix as an SVG picture (replaces the file).", valueName: "file.svg"),
        completion: .pictureFile)
    var matrix: String?

    @OptionGroup var output: ReportOptions

    @OptionGroup var customerFile: CustomerFileOptions

    /// Neither a file nor a server, or both, or a picture that is not an SVG:
    /// a usage error (exit 64), said before anything is read.
    func validate() throws {
        let language = Language.fromEnvironment(output.lang, ProcessInfo.processInfo.environment)
        if server.database != nil, file != nil {
            throw ValidationError(CommandOptionError.fileAndDatabase.text(in: language))
        }
        if server.database == nil, file == nil {
            throw ValidationError(CommandOptionError.nothingToClassify.text(in: language))
        }
        if let matrix, !matrix.lowercased().hasSuffix(".svg") {
            throw ValidationError(CommandOptionError.matrixNotSVG.text(in: language))
        }
        if matrix != nil, perRep {
            throw ValidationError(CommandOptionError.matrixPerRep.text(in: language))
        }
    }

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let language = Language.fromEnvironment(output.lang, environment)
        let console = Console(environment: environment, language: language)
        console.pagerDisabled = output.noPager
        do {
            let settings = try ConfigLocation.settings(explicit: config, environment: environment, language: language)
            if let database = server.database {
                return try classifyOnServer(database, settings: settings, console: console, environment: environment)
            }
            guard let file else { return }  // `validate` refused this already.
            let encoding = try output.printedEncoding(language: language, setsRowsAside: customerFile.skipBadRows)
            try output.checkWorkbookOutput(console: console, language: language, setsRowsAside: customerFile.skipBadRows)
            // CSV or JSON alone only streams the rows: a file read as columns goes straight out.
            let streamsOnly = (output.format == .csv || output.format == .json) && matrix == nil && output.export == nil
            let fileSettings = try customerFile.settings(language: language, outputEncoding: output.outputEncoding)
            let imported: CommandFiles.ImportedFile
            if streamsOnly {
                switch try CommandFiles.importColumns(
                    file, encoding: output.encoding.name, config: settings, mergeDuplicates: mergeDuplicates, perRep: perRep,
                    language: language, file: fileSettings)
                {
                case .columns(let book, let warnings, let notes):
                    for warning in warnings { console.importWarning(warning) }
                    for note in notes { console.note(note) }
                    try stream(file: file, encoding: encoding, console: console, language: language, environment: environment) {
                        progress, write in
                        ClassificationStream.write(
                            book, config: settings.classifier, perRep: perRep, format: output.format == .csv ? .csv : .json,
                            language: language, progress: progress, to: write)
                    }
                    return try console.finish()
                case .customers(let read):
                    imported = read
                }
            } else {
                imported = try CommandFiles.importCustomers(
                    file, encoding: output.encoding.name, config: settings, mergeDuplicates: mergeDuplicates, perRep: perRep,
                    language: language, file: fileSettings)
            }
            let result = imported.result
            for warning in result.warnings { console.importWarning(warning) }
            for note in imported.lines { console.note(note) }
            if let matrix {
                let points = MatrixSVG.points(Classifier(config: settings.classifier).classify(result.customers))
                try FileOutput.writeAtomically(
                    MatrixSVG(points: points, cut: settings.classifier.cut.doubleValue, language: language).render(), to: matrix, force: true)
            }
            /// Every customer's classification, one book or one per rep, for the table and the workbook.
            func rows() -> [ClassificationExport.Row] {
                let classifier = Classifier(config: settings.classifier)
                guard perRep else {
                    return classifier.classify(result.customers).map { ClassificationExport.Row(rep: nil, classification: $0) }
                }
                return classifier.classifyPerRep(result.customers).flatMap { group in
                    group.results.map { ClassificationExport.Row(rep: group.rep, classification: $0) }
                }
            }
            let workbook = output.format == .xlsx || output.export != nil
                ? ClassificationExport.table(rows(), perRep: perRep, language: language) : nil
            if let export = output.export, let workbook {
                try WorkbookOutput.write([workbook], to: export, force: true, language: language)
            }
            switch output.format {
            case .xlsx:
                if let workbook { try WorkbookOutput.print([workbook], console: console, language: language) }
            case .csv, .json:
                try stream(file: file, encoding: encoding, console: console, language: language, environment: environment) {
                    progress, write in
                    ClassificationStream.write(
                        result.customers, config: settings.classifier, perRep: perRep,
                        format: output.format == .csv ? .csv : .json, language: language, progress: progress, to: write)
                }
            case .table:
                let output = ClassifyTable(language: language, width: console.width, color: console.colorMode)
                let table = output.render(rows(), perRep: perRep)
                console.paged { console.raw(table) }
            }
        } catch let error as any UserMessage {
            console.error(error)
            throw CommandLineMistake.exitCode(for: error)
        }
        try console.finish()
    }

    /// CSV or JSON that `produce` writes in blocks, streamed to standard output
    /// in `encoding`: a company's CRM never sits in memory as text. The rows
    /// themselves show progress when they go to the terminal; a line does when
    /// they go to a file.
    private func stream(
        file: String, encoding: OutputEncoding, console: Console, language: Language, environment: [String: String],
        _ produce: (WorkProgress, ([UInt8]) -> Bool) -> Void
    ) throws {
        let progress = WorkProgress()
        let line = console.isTerminal
            ? nil : ProgressLine(progress, subject: CommandFiles.displayName(file), language: language, environment: environment)
        defer { line?.stop() }
        var encoder = encoding.encoder()
        var unencodable: ExportError?
        produce(progress) { bytes in
            do throws(ExportError) {
                return try console.data(bytes: bytes, encoder: &encoder)
            } catch {
                unencodable = error
                return false
            }
        }
        if let unencodable { throw Session.Failure(OutputError.stoppedAtRow(unencodable), in: language) }
    }

    /// The same classification, computed by the server with the SQL `salescoach sql` prints,
    /// streamed back row by row (without the nearest move, which stays a local computation).
    private func classifyOnServer(_ url: String, settings: Config, console: Console, environment: [String: String]) throws {
        guard output.format != .xlsx, output.export == nil else {
            throw CommandLineMistake(CommandOptionError.workbookFromDatabase, in: Language.fromEnvironment(output.lang, environment))
        }
        let book = try DatabaseBook(url: url, table: server.table, config: settings, language: console.language)
        for warning in book.missingAxes(config: settings.classifier) { console.warning(warning) }
        let language = Language.fromEnvironment(output.lang, environment)
        var rows = DatabaseRows(
            format: output.format, perRep: perRep, cut: settings.classifier.cut, language: language, console: console,
            encoding: try output.printedEncoding(language: language))
        // The server ranks first and streams after; the line shows rows arriving when they go to a file.
        let progress = WorkProgress()
        progress.start(.ranking, total: 0)
        let line = console.isTerminal && output.format != .table
            ? nil : ProgressLine(progress, subject: server.table, language: rows.language, environment: environment)
        do {
            defer { line?.stop() }
            var received = 0
            try book.classify(config: settings.classifier, perRep: perRep) { columns, values in
                rows.add(columns: columns, values: values)
                if received == 0 { progress.start(.receiving, total: 0) }
                received += 1
                if received % 4096 == 0 { progress.advance(by: 4096) }
            }
        }
        rows.finish(width: console.width, color: console.colorMode)
        if let unencodable = rows.unencodable { throw Session.Failure(OutputError.stoppedAtRow(unencodable), in: language) }
        try console.finish()
    }
}
