import Foundation
import SalesCoachCore
import SalesCoachPostgres
import SalesCoachTerminal

/// A customer table on a PostgreSQL server: classified there with the SQL
/// `salescoach sql` prints, or one rep's rows pulled into a session.
struct DatabaseBook {
    let connection: PostgresConnection
    let table: String
    let source: SQLSource
    /// The language of its messages.
    let language: Language

    /// Connects and reads the table's columns, mapped as `classify` maps a
    /// header (built-in names and the config's `[columns]`).
    init(url: String, table: String, config: Config, language: Language) throws {
        self.language = language
        connection = try PostgresConnection(url: url)
        let headers = try connection.columns(of: table)
        guard !headers.isEmpty else {
            throw Session.Failure(DatabaseError.noTable(table: table, server: connection.target), in: language)
        }
        source = try SQLSource(table: table, headers: headers, extraAliases: config.columns)
        self.table = table
    }

    /// A warning for each axis the table has no column for: every customer would be unclassified.
    func missingAxes(config: ClassifierConfig) -> [String] {
        Axis.allCases.compactMap { axis in
            let metrics = axis.metrics.filter(config.uses)
            guard !metrics.contains(where: { source.columns[.metric($0)] != nil }) else { return nil }
            return DatabaseMessage.noAxisColumn(table: table, axis: axis, metrics: metrics.map(\.rawValue)).text(in: language)
        }
    }

    /// Runs the classification on the server and hands each row over as it arrives.
    func classify(config: ClassifierConfig, perRep: Bool, reps: [String]? = nil, row: ([String], [String?]) throws -> Void) throws {
        var restricted = source
        restricted.reps = reps
        let sql = try ClassificationSQL(config: config, dialect: .postgres, perRep: perRep, source: restricted).text()
        // Six sorts of the whole table: room in memory for them, for this connection only (a fifth off at a million rows).
        try connection.query("SET work_mem = '256MB'") { _, _ in }
        try connection.query(sql, row: row)
    }

    /// The rep spellings in the table, for matching a typed name.
    func reps() throws -> [String] {
        guard let column = source.columns[.rep] else {
            throw Session.Failure(DatabaseError.noRepColumn(table: table), in: language)
        }
        let id = SQLDialect.postgres.identifier(column)
        let rows = try connection.rows("SELECT DISTINCT TRIM(CAST(\(id) AS TEXT)) FROM \(try source.relation(in: .postgres)) WHERE NULLIF(TRIM(CAST(\(id) AS TEXT)), '') IS NOT NULL ORDER BY 1")
        return rows.compactMap { $0.first ?? nil }
    }

    /// One rep's rows as a canonical customer CSV, for the importer to check
    /// like any file, with the segment the server gives each name.
    func book(of spellings: [String], config: ClassifierConfig) throws -> (csv: [UInt8], segments: [String: String]) {
        var restricted = source
        restricted.reps = spellings
        var out = Array(CSVText.row(CustomerField.all.filter { source.columns[$0] != nil }.map(\.canonicalName)).utf8)
        try connection.query(try restricted.customersQuery(in: .postgres)) { _, values in
            for (i, value) in values.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                CSVText.appendField(value ?? "", to: &out)
            }
            out.append(0x0A)
        }
        var segments: [String: String] = [:]
        try classify(config: config, perRep: true, reps: spellings) { columns, values in
            guard let name = values[columns.firstIndex(of: "name") ?? 1] else { return }
            segments[name] = values[columns.firstIndex(of: "segment") ?? 2] ?? ""
        }
        return (out, segments)
    }
}

/// Printing the server's rows as `classify` prints a file's.
struct DatabaseRows {
    let format: ReportOptions.Format
    let perRep: Bool
    let cut: Rational
    let language: Language
    let console: Console
    /// `--output-encoding` for CSV; the first character it could not hold stops the rows.
    private var encoder: OutputEncoder
    private(set) var unencodable: ExportError?
    private var table: [[TableCell]] = []
    private var counts: [String: Int] = [:]
    private var count = 0

    init(
        format: ReportOptions.Format, perRep: Bool, cut: Rational, language: Language, console: Console,
        encoding: OutputEncoding = .utf8
    ) {
        self.encoder = encoding.encoder()
        self.format = format
        self.perRep = perRep
        self.cut = cut
        self.language = language
        self.console = console
    }

    mutating func add(columns: [String], values: [String?]) {
        count += 1
        let field = { (name: String) -> String? in columns.firstIndex(of: name).flatMap { values[$0] } }
        counts[field("segment") ?? "–", default: 0] += 1
        switch format {
        case .xlsx: break  // refused before the server is asked (`classifyOnServer`)
        case .csv:
            var out: [UInt8] = []
            if count == 1 { out += header(columns) }
            for (i, value) in values.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                CSVText.appendField(value ?? "", to: &out)
            }
            out.append(0x0A)
            writeCSV(out)
        case .json:
            let pairs: [(String, JSONValue)] = zip(columns, values).compactMap { name, value in
                switch name {
                case "objective_score", "record_score": return (name, value.flatMap(Double.init).map(JSONValue.number) ?? .null)
                case "borderline": return (name, .bool(value == "yes"))
                case "unclassified_reason": return value == nil ? nil : (name, .string(value ?? ""))
                default: return (name, value.map(JSONValue.string) ?? .null)
                }
            }
            _ = console.data(bytes: Array(((count == 1 ? "[\n  " : ",\n  ") + JSONValue.object(pairs).rendered(indent: 1)).utf8))
        case .table:
            func score(_ text: String?) -> String {
                guard let text, let value = Rational(decimal: text) else { return "–" }
                return Formatting.score(value, cut: cut)
            }
            let note = field("unclassified_reason") ?? (field("borderline") == "yes" ? word(.borderline) : "")
            var row: [TableCell] = perRep ? [TableCell(field("rep") ?? word(.noRep))] : []
            row += [
                TableCell(field("name") ?? ""), TableCell(field("segment") ?? "–"), TableCell(score(field("objective_score"))),
                TableCell(score(field("record_score"))), TableCell(note, style: Palette.muted),
            ]
            table.append(row)
        }
    }

    /// The header line, in the language of the export.
    private func header(_ columns: [String]) -> [UInt8] {
        Array(CSVText.row(columns.map { ClassificationExport.columnName($0, in: language) }).utf8)
    }

    private mutating func writeCSV(_ bytes: [UInt8]) {
        guard unencodable == nil else { return }
        do throws(ExportError) {
            _ = try console.data(bytes: bytes, encoder: &encoder)
        } catch {
            unencodable = error
        }
    }

    mutating func finish(width: Int, color: ColorMode) {
        switch format {
        case .xlsx: break
        case .csv:
            if count == 0 {
                writeCSV(header((perRep ? ["rep"] : []) + ["name", "segment", "objective_score", "record_score", "objective", "record", "borderline", "unclassified_reason"]))
            }
        case .json:
            console.data(count == 0 ? "[]\n" : "\n]\n")
        case .table:
            var columns: [TableColumn] = perRep ? [TableColumn(word(.rep), maxWidth: 18, minWidth: 4)] : []
            columns += [
                TableColumn(word(.customer), maxWidth: 36, minWidth: 8), TableColumn(word(.segment), alignment: .center),
                TableColumn(word(.objective), alignment: .right), TableColumn(word(.record), alignment: .right),
                TableColumn(word(.note), minWidth: 6),
            ]
            console.raw(TableRenderer(columns: columns).render(table, width: width, color: color) + "\n\n")
            let parts = ["A", "B", "C", "D"].map { "\($0) \(counts[$0] ?? 0)" } + [word(.unclassifiedCount) + String(counts["–"] ?? 0)]
            console.raw(parts.joined(separator: " · ") + "\n")
        }
    }

    private func word(_ word: ClassifyTableWords) -> String { word.text(in: language) }
}
