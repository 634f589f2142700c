import ArgumentParser
import Foundation
import SalesCoachCore

/// `salescoach sql`: the classification as one SQL query, for the engines
/// a company already runs, so the method goes to the warehouse instead of
/// the warehouse being exported to a CSV.
struct SQLCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sql",
        abstract: "Print one SQL query that classifies a table exactly as 'classify' does.",
        discussion: """
            The query returns the columns of 'classify --format csv' (rep with --per-rep, name, segment, \
            objective_score, record_score, objective, record, borderline, unclassified_reason) \
            without the nearest move. Run it with psql, duckdb or spark-sql. \
            --source names a table (default 'customers'; columns named as in the canonical CSV, or as \
            the config file's [columns] section maps them) or a CSV file the engine reads itself.
            """
    )

    @Option(help: "The engine: postgres, duckdb or spark.")
    var dialect: SQLDialect = .postgres

    @Flag(help: "Rank each rep's customers (the rep column) as a book of their own.")
    var perRep = false

    @Option(
        help: "A TOML config file read instead of the default one: cut, weights, absolute thresholds, column names.",
        completion: .configFile)
    var config: String?

    @Option(
        help: "The customers (with --rollup, the accounts): a table (schema.table) or a CSV file (a path ending in .csv).",
        completion: .csvFile)
    var source: String = "customers"

    @Option(help: ArgumentHelp(
        "Roll the record axis up from these opportunities (a table or a CSV file): won deals give orders, sales and profit.",
        valueName: "opportunities"),
        completion: .csvFile)
    var rollup: String?

    @Option(help: ArgumentHelp(
        "Name the opportunities' columns: account=…,rep=…,stage=…,amount=…,margin=…,dates=a+b,won=Won+Closed Won.",
        valueName: "parts"))
    var opportunityColumns: String?

    @Flag(help: "With --rollup: print only the roll-up (customers in the canonical columns), not the classification.")
    var rollupOnly = false

    @Option(help: "Language of messages (default: from LC_ALL, LC_MESSAGES or LANG).")
    var lang: Language?

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let language = Language.fromEnvironment(lang, environment)
        let console = Console(environment: environment, language: language)
        do {
            let settings = try ConfigLocation.settings(explicit: config, environment: environment, language: language)
            var source = try SQLCommand.source(source, config: settings, language: language)
            if let rollup {
                let deals = try SQLCommand.opportunities(rollup, columns: opportunityColumns, language: language)
                let rolled = OpportunityRollup(accounts: source, opportunities: deals.table, columns: deals.columns, perRep: perRep)
                if rollupOnly { return console.raw(try rolled.text(in: dialect, language: language)) }
                source = SQLSource(rollup: rolled)
            } else if rollupOnly || opportunityColumns != nil {
                throw Session.Failure(CommandOptionError.rollupOptionsAlone, in: console.language)
            }
            let query = ClassificationSQL(config: settings.classifier, dialect: dialect, perRep: perRep, source: source)
            console.raw(try query.text(in: language))
        } catch let error as any UserMessage {
            console.error(error)
            throw ExitCode(1)
        } catch let error as SQLError {
            console.error(error)
            throw ExitCode(1)
        }
        try console.finish()
    }

    /// The customers: a CSV file with its header read here, or a table.
    static func source(_ text: String, config: Config, language: Language) throws -> SQLSource {
        guard let headers = try csvHeaders(text, language: language) else {
            // Only the metrics the rule uses are read, so a table without (say) growth works when growth has weight 0.
            return try SQLSource(table: text, extraAliases: config.columns).keeping(metrics: Metric.allCases.filter(config.classifier.uses))
        }
        return try SQLSource(csvFile: absolute(text), headers: headers, extraAliases: config.columns)
    }

    /// The engine reads the file from wherever it runs: the printed path is absolute.
    static func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    }

    /// The deals and which of their columns is which: read off a CSV file's
    /// header, or the usual names for a table; `--opportunity-columns` wins.
    static func opportunities(_ text: String, columns named: String?, language: Language) throws
        -> (table: SQLTable, columns: OpportunityColumns)
    {
        var table = SQLTable.table(text)
        var columns = OpportunityColumns()
        if let headers = try csvHeaders(text, language: language) {
            table = .csvFile(path: absolute(text), headers: headers)
            if let named {
                // Named parts first, so a header without a usual name is no error when it is named.
                columns = (try? OpportunityColumns(headers: headers, source: text)) ?? columns
                try columns.apply(named)
                try columns.check(against: headers, source: text)
            } else {
                columns = try OpportunityColumns(headers: headers, source: text)
            }
        } else if let named {
            try columns.apply(named)
        }
        return (table, columns)
    }

    /// A path ending in `.csv` (or naming an existing file) is a file whose
    /// header is read here; nil for anything else, which is a table.
    static func csvHeaders(_ text: String, language: Language) throws -> [String]? {
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: text, isDirectory: &isFolder)
        guard text.lowercased().hasSuffix(".csv") || (exists && !isFolder.boolValue) else { return nil }
        let bytes = try CommandFiles.readBytes(text, language: language)
        guard let headers = CSVHeader.fields(of: bytes) else {
            throw Session.Failure(CommandOptionError.engineCSVNotUTF8(path: text), in: language)
        }
        return headers
    }
}

extension SQLDialect: ExpressibleByArgument {}
