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

    @Option(help: "A config file: cut, weights, absolute thresholds, column names.")
    var config: String?

    @Option(help: "The customers: a table (schema.table) or a CSV file (a path ending in .csv).")
    var source: String = "customers"

    func run() throws {
        let console = Console(environment: ProcessInfo.processInfo.environment)
        do {
            let settings = try config.map { try CommandFiles.readConfig($0) } ?? Config.standard
            let source = try SQLCommand.source(source, config: settings)
            let query = ClassificationSQL(config: settings.classifier, dialect: dialect, perRep: perRep, source: source)
            console.raw(try query.text())
        } catch let failure as Session.Failure {
            console.error(failure.description)
            throw ExitCode(1)
        } catch let error as SQLError {
            console.error(error.description)
            throw ExitCode(1)
        }
        try console.finish()
    }

    /// A path ending in `.csv` (or naming an existing file) is a file whose
    /// header is read here; anything else is a table.
    static func source(_ text: String, config: Config) throws -> SQLSource {
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: text, isDirectory: &isFolder)
        guard text.lowercased().hasSuffix(".csv") || (exists && !isFolder.boolValue) else {
            return try SQLSource(table: text, extraAliases: config.columns)
        }
        let bytes = try CommandFiles.readBytes(text)
        guard let headers = CSVHeader.fields(of: bytes) else {
            throw Session.Failure("\(text): the engines read CSV files as UTF-8, and this one is not UTF-8 (or is empty); convert it, or load it with 'classify'")
        }
        return try SQLSource(csvFile: text, headers: headers, extraAliases: config.columns)
    }
}

extension SQLDialect: ExpressibleByArgument {}
