/// The SQL engines `salescoach sql` writes for. They agree on window
/// functions; they differ in how names and strings are quoted, which
/// integer type holds a product of three counts, how an integer quotient is
/// written, and how a regular expression refers back to a group.
public enum SQLDialect: String, CaseIterable, Sendable, Hashable {
    case postgres
    case duckdb
    case spark

    /// The engine's name as its users write it, for comments and messages.
    public var displayName: String {
        switch self {
        case .postgres: "PostgreSQL"
        case .duckdb: "DuckDB"
        case .spark: "Spark SQL"
        }
    }

    /// An identifier, quoted so that any column name (Japanese, spaces,
    /// keywords) is taken literally.
    public func identifier(_ name: String) -> String {
        switch self {
        case .postgres, .duckdb: "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        case .spark: "`" + name.replacingOccurrences(of: "`", with: "``") + "`"
        }
    }

    /// A string literal. Spark reads backslash escapes inside literals, so a
    /// backslash is doubled there; the others take it as itself.
    public func literal(_ text: String) -> String {
        var body = text.replacingOccurrences(of: "'", with: "''")
        if self == .spark { body = text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") }
        return "'" + body + "'"
    }

    /// An exact integer wide enough for Σ w·t·n·n on a million rows: a
    /// product of three counts passes 2⁶³ (PostgreSQL stops with "bigint out
    /// of range"), so never BIGINT.
    var exactInteger: String {
        switch self {
        case .postgres: "NUMERIC"
        case .duckdb: "HUGEINT"
        case .spark: "DECIMAL(38,0)"
        }
    }

    /// How a CTE is kept from being folded into its reader. PostgreSQL
    /// inlines a CTE read once, and then computes its NUMERIC expressions
    /// again at every reference (a score is read six times): materializing
    /// it took a million rows from 41 s to 27 s. DuckDB and Spark compute
    /// each expression once either way.
    var cteFence: String { self == .postgres ? "MATERIALIZED " : "" }

    var double: String { self == .postgres ? "DOUBLE PRECISION" : "DOUBLE" }

    var text: String { self == .spark ? "STRING" : "TEXT" }

    /// The integer quotient ⌊a / b⌋ of two non-negative exact integers.
    func quotient(_ a: String, _ b: String) -> String {
        switch self {
        case .postgres: "div(\(a), \(b))"
        case .duckdb: "((\(a)) // (\(b)))"
        case .spark: "((\(a)) div (\(b)))"
        }
    }

    /// `pattern` replaced everywhere in `value`; `replacement` may name the
    /// first group as `\1`, written in the engine's own form.
    func replacingAll(_ value: String, pattern: String, with replacement: String) -> String {
        switch self {
        case .postgres, .duckdb:
            "regexp_replace(\(value), \(literal(pattern)), \(literal(replacement)), 'g')"
        case .spark:
            "regexp_replace(\(value), \(literal(pattern)), \(literal(replacement.replacingOccurrences(of: "\\1", with: "$1"))))"
        }
    }
}
