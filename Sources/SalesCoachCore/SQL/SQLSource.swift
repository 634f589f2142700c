/// Where the generated SQL reads customers from, and which of its columns
/// holds each field.
///
/// A table's columns are taken to carry the canonical names (`name`,
/// `company_revenue`, …, `rep`) unless the config file's `[columns]` section
/// maps other headers to those fields; a CSV file's header is read and
/// mapped the way `classify` maps it (built-in aliases such as 取引先名 too).
public struct SQLSource: Sendable, Hashable {
    public enum Location: Sendable, Hashable {
        /// A table or view, as `schema.table` or `table`.
        case table(String)
        /// A CSV file the engine reads itself (its path as the engine will see it).
        case csvFile(path: String, headers: [String])
        /// Accounts with the record axis rolled up from their opportunities.
        indirect case rollup(OpportunityRollup)
    }

    public let location: Location
    /// The column holding each field the rule needs; fields without one are absent.
    public private(set) var columns: [CustomerField: String]
    /// True when the columns come from the source's own header (a file, or a table's catalog).
    let headerRead: Bool
    /// When set, only the rows whose rep is spelt one of these ways: one rep's
    /// book, ranked on its own (with per-rep ranking, the same as in the whole table).
    public var reps: [String]?

    /// A table whose columns are named as `headers` says (or canonically when
    /// `headers` is nil), with the config's `[columns]` map applied.
    public init(table: String, headers: [String]? = nil, extraAliases: [String: CustomerField] = [:]) throws(SQLError) {
        location = .table(table)
        headerRead = headers != nil
        if let headers {
            columns = try SQLSource.map(headers: headers, extraAliases: extraAliases, source: table)
        } else {
            var columns: [CustomerField: String] = [:]
            for field in CustomerField.all { columns[field] = field.canonicalName }
            // A header mapped in the config replaces the canonical name of its field.
            for (header, field) in extraAliases.sorted(by: { $0.key < $1.key }) { columns[field] = header }
            self.columns = columns
        }
    }

    /// The customers an opportunity roll-up gives, in canonical columns.
    public init(rollup: OpportunityRollup) {
        location = .rollup(rollup)
        headerRead = true
        var columns: [CustomerField: String] = [:]
        for field in CustomerField.all where field != .notes { columns[field] = field.canonicalName }
        self.columns = columns
    }

    /// The same source reading only `metrics` among the metric columns.
    public func keeping(metrics: [Metric]) -> SQLSource {
        var copy = self
        for metric in Metric.allCases where !metrics.contains(metric) { copy.columns[.metric(metric)] = nil }
        return copy
    }

    /// Whether the columns were assumed (a table whose header was not read) rather than read off a header.
    public var assumesColumns: Bool {
        if case .table = location { return !headerRead }
        return false
    }

    /// A CSV file read by the engine, with its header as the file has it.
    public init(csvFile path: String, headers: [String], extraAliases: [String: CustomerField] = [:]) throws(SQLError) {
        location = .csvFile(path: path, headers: headers)
        headerRead = true
        columns = try SQLSource.map(headers: headers, extraAliases: extraAliases, source: path)
    }

    /// What a header maps to, the importer's way.
    static func map(headers: [String], extraAliases: [String: CustomerField], source: String) throws(SQLError) -> [CustomerField: String] {
        let header: HeaderMap
        do {
            header = try HeaderMap(headers: headers, extraAliases: extraAliases, source: source)
        } catch {
            if case .missingNameColumn = error { throw .missingNameColumn(source: source, found: headers) }
            throw .badTableName(source, reason: .header(error))
        }
        var columns: [CustomerField: String] = [:]
        for field in header.fields {
            if let column = header.column(of: field) { columns[field] = column.header }
        }
        return columns
    }

    /// The source as it appears after FROM.
    public func relation(in dialect: SQLDialect) throws(SQLError) -> String {
        switch location {
        case .table(let name): try SQLTable.table(name).relation(in: dialect, staging: SQLSource.stagingName, numeric: [])
        case .csvFile(let path, let headers):
            try SQLTable.csvFile(path: path, headers: headers).relation(in: dialect, staging: SQLSource.stagingName, numeric: metricColumns)
        case .rollup(let rollup): "(\n" + (try rollup.query(in: dialect)) + "\n  ) AS rolled_up"
        }
    }

    /// Statements that make a CSV file readable as a table before the query,
    /// for the engines that cannot read one inside FROM; empty otherwise.
    func preamble(in dialect: SQLDialect) -> String {
        switch location {
        case .table: ""
        case .csvFile(let path, let headers):
            SQLTable.csvFile(path: path, headers: headers).preamble(in: dialect, staging: SQLSource.stagingName, numeric: metricColumns)
        case .rollup(let rollup): rollup.preamble(in: dialect)
        }
    }

    /// A plain SELECT of the customer fields as text, in canonical names
    /// (`name`, the metrics, `last_visit`, `rep`), for pulling a book into a
    /// session; only the fields the source has.
    public func customersQuery(in dialect: SQLDialect) throws(SQLError) -> String {
        let fields = CustomerField.all.filter { columns[$0] != nil }
        let select = fields.map { "CAST(\(dialect.identifier(columns[$0] ?? "")) AS \(dialect.text)) AS \($0.canonicalName)" }
        return "SELECT " + select.joined(separator: ", ") + "\nFROM \(try relation(in: dialect))" + (repCondition(in: dialect).map { "\nWHERE \($0)" } ?? "")
    }

    /// The condition that keeps only `reps`' rows, when set.
    func repCondition(in dialect: SQLDialect) -> String? {
        guard let reps, let column = columns[.rep] else { return nil }
        let spellings = reps.isEmpty ? "NULL" : reps.map(dialect.literal).joined(separator: ", ")
        return "TRIM(CAST(\(dialect.identifier(column)) AS \(dialect.text))) IN (\(spellings))"
    }

    /// The columns that hold a metric, as written in the source.
    var metricColumns: [String] {
        Metric.allCases.compactMap { columns[.metric($0)] }
    }

    static let stagingName = "salescoach_customers"

    var displayName: String {
        switch location {
        case .table(let name): name
        case .csvFile(let path, _): path
        case .rollup(let rollup): rollup.opportunities.displayName
        }
    }
}
