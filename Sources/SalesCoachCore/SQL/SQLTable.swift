/// A table the generated SQL reads: one the engine already has, or a CSV
/// file it reads itself (DuckDB inside FROM; PostgreSQL through psql's
/// `\copy` into a temporary table; Spark through a temporary view).
public enum SQLTable: Sendable, Hashable {
    /// A table or view, as `schema.table` or `table`.
    case table(String)
    /// A CSV file (its path as the engine will see it) and its header.
    case csvFile(path: String, headers: [String])

    /// The name errors and comments use.
    public var displayName: String {
        switch self {
        case .table(let name): name
        case .csvFile(let path, _): path
        }
    }

    /// The table as it appears after FROM. A CSV file's `numeric` columns
    /// are read as numbers, so a bad cell stops the engine with its line
    /// instead of turning blank.
    func relation(in dialect: SQLDialect, staging: String, numeric: [String], dates: [String] = []) throws(SQLError) -> String {
        switch self {
        case .table(let name):
            let parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            guard parts.allSatisfy({ !$0.isEmpty }) else { throw .badTableName(name, reason: .emptyPart) }
            guard parts.allSatisfy({ !$0.contains("\"") && !$0.contains("`") && !$0.contains(where: \.isNewline) }) else {
                throw .badTableName(name, reason: .quoteOrLineBreak)
            }
            return parts.map(dialect.identifier).joined(separator: ".")
        case .csvFile(let path, _):
            guard dialect == .duckdb else { return dialect.identifier(staging) }
            let types = numeric.map { "\(dialect.literal($0)): 'DOUBLE'" } + dates.map { "\(dialect.literal($0)): 'DATE'" }
            return "read_csv(\(dialect.literal(path)), header = true, quote = '\"', escape = '\"'"
                + (types.isEmpty ? "" : ", types = {\(types.joined(separator: ", "))}") + ")"
        }
    }

    /// Statements that make a CSV file readable as `staging` before the
    /// query, for the engines that cannot read one inside FROM.
    func preamble(in dialect: SQLDialect, staging: String, numeric: [String], dates: [String] = []) -> String {
        guard case .csvFile(let path, let headers) = self, dialect != .duckdb else { return "" }
        let numbers = Set(numeric)
        let days = Set(dates)
        let schema = headers.map { header in
            "\(dialect.identifier(header)) \(numbers.contains(header) ? dialect.double : days.contains(header) ? "DATE" : dialect.text)"
        }.joined(separator: ", ")
        switch dialect {
        case .duckdb:
            return ""
        case .postgres:
            // psql's \copy reads a file on the client's machine; a bad number stops with its line.
            let names = headers.map(dialect.identifier).joined(separator: ", ")
            return """
                CREATE TEMPORARY TABLE \(dialect.identifier(staging)) (\(schema));
                \\copy \(dialect.identifier(staging)) (\(names)) FROM \(dialect.literal(path)) WITH (FORMAT csv, HEADER true)

                """
        case .spark:
            // Spark's CSV reader escapes with a backslash unless told otherwise, and
            // turns a number it cannot read into NULL unless it fails fast, as the others do.
            return """
                CREATE OR REPLACE TEMPORARY VIEW \(dialect.identifier(staging)) (\(schema))
                USING csv OPTIONS (path \(dialect.literal(path)), header 'true', quote '"', escape '"', multiLine 'true', mode 'FAILFAST');

                """
        }
    }
}
