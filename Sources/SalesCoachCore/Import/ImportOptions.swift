/// How a customer file is read.
public struct ImportOptions: Sendable, Hashable {
    /// `--encoding`; detected by default.
    public var encoding: SourceEncoding
    /// Extra header names from the config file's `[columns]` section, header → field.
    public var headerAliases: [String: CustomerField]
    /// What a second row for the same customer does.
    public var duplicates: DuplicatePolicy
    /// What makes two rows the same customer.
    public var duplicateScope: DuplicateScope
    /// Today, handed in by the caller: a last visit after it is refused. Nil
    /// accepts any date.
    public var today: LocalDate?
    /// `--date-format`: how dates with the year last are read. Nil lets the
    /// file decide, and refuses a column where they fit both ways.
    public var dateOrder: DateOrder?
    /// `--skip-bad-rows`: a row whose cells do not read is set aside
    /// (`ImportResult.rejected`) instead of stopping the import. A file whose
    /// structure is broken (a quote that never closes) still stops it.
    public var skipBadRows: Bool

    public init(
        encoding: SourceEncoding = .automatic,
        headerAliases: [String: CustomerField] = [:],
        duplicates: DuplicatePolicy = .reject,
        duplicateScope: DuplicateScope = .name,
        today: LocalDate? = nil,
        dateOrder: DateOrder? = nil,
        skipBadRows: Bool = false
    ) {
        self.encoding = encoding
        self.headerAliases = headerAliases
        self.duplicates = duplicates
        self.duplicateScope = duplicateScope
        self.today = today
        self.dateOrder = dateOrder
        self.skipBadRows = skipBadRows
    }
}

/// What happens when a file names the same customer twice.
public enum DuplicatePolicy: Sendable, Hashable {
    /// The import fails, naming both lines.
    case reject
    /// The rows become one customer: orders, sales and profit are added up
    /// (they are transactions); company revenue, employees and growth come
    /// from the first row that has them (they describe the company); the
    /// latest last visit wins; rep and notes come from the first row that has
    /// them. Every merge is reported.
    case merge
}

/// What makes two rows the same customer.
public enum DuplicateScope: Sendable, Hashable {
    /// The name (as `Book.key` compares names: case, width and spacing do not matter).
    case name
    /// The rep and the name: a team export lists a company once per rep, and
    /// `classify --per-rep` ranks each rep's book on its own.
    case repAndName
}
