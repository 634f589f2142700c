/// Which column of a customer CSV holds which field, read from its header.
///
/// Columns may come in any order; unknown columns are ignored and listed so
/// the user sees what was left out; two columns that mean the same field
/// are an error rather than a silent pick. The columns SalesCoach writes
/// beside the figures (segment, scores, …) in a file of its own are known
/// for what they are: computed again on import, so left out without a word
/// of warning; so is the `reason` column of the rows `--skip-bad-rows` set aside.
public struct HeaderMap: Sendable, Hashable {
    /// Every column of the header, in file order.
    public let columns: [ImportColumn]
    /// Columns that map to no field.
    public let ignored: [ImportColumn]
    /// SalesCoach's own computed columns (segment, objective_score, …), left out.
    public let computed: [ImportColumn]
    private let positions: [CustomerField: Int]

    /// - Parameters:
    ///   - headers: the header record's fields.
    ///   - line: the header's line, for messages.
    ///   - extraAliases: the config file's `[columns]` map; wins over the built-in names.
    /// - Throws: `ImportError.missingNameColumn` or `.ambiguousColumns`;
    ///   `.classificationResult` for the output of `classify`, which has
    ///   segments and scores but none of the figures they come from;
    ///   `.planExport` for a plan `plan --export` wrote.
    public init(
        headers: [String], line: Int = 1, extraAliases: [String: CustomerField] = [:], source: String
    ) throws(ImportError) {
        var columns: [ImportColumn] = []
        var unknown: [ImportColumn] = []
        var positions: [CustomerField: Int] = [:]
        let extraKeys = HeaderAliases.keys(of: extraAliases)
        for (index, raw) in headers.enumerated() {
            let header = raw.replacingOccurrences(of: "\u{FEFF}", with: "").trimmingWhitespace
            let column = ImportColumn(number: index + 1, header: header)
            columns.append(column)
            guard let field = HeaderAliases.field(for: header, extraKeys: extraKeys) else {
                unknown.append(column)
                continue
            }
            if let earlier = positions[field] {
                throw .ambiguousColumns(
                    source: source, line: line, field: field, first: columns[earlier], second: column)
            }
            positions[field] = index
        }
        guard positions[.name] != nil else {
            var accepted = HeaderAliases.acceptedNames(for: .name)
            accepted += extraAliases.filter { $0.value == .name }.keys.sorted()
            throw .missingNameColumn(
                source: source, line: line, found: columns.map(\.header), accepted: accepted)
        }
        let isOurs = unknown.contains { HeaderAliases.isScore($0.header) }
        let computed = isOurs ? unknown.filter { HeaderAliases.isComputed($0.header) } : []
        let hasMetric = positions.keys.contains { if case .metric = $0 { true } else { false } }
        if isOurs, !hasMetric {
            throw .classificationResult(source: source, line: line)
        }
        // `plan --export`'s columns (customer, visits, …, week) and no figure: a plan, not a book.
        let unknownHeaders = Set(unknown.map { $0.header.lowercased() })
        if !hasMetric, PlannedVisitsCSV.Column.visits.aliases.contains(where: unknownHeaders.contains),
            PlannedVisitsCSV.Column.week.aliases.contains(where: unknownHeaders.contains)
        {
            throw .planExport(source: source, line: line)
        }
        // The `reason` column `--skip-bad-rows` adds last to the rows it sets
        // aside: the file is meant to be fixed and loaded back, so it goes
        // without a warning, as our computed columns do.
        let reason = unknown.last.flatMap { $0.number == headers.count && $0.header == RejectedRowsCSV.reasonHeader ? $0 : nil }
        self.columns = columns
        self.ignored = unknown.filter { !computed.contains($0) && $0 != reason }
        self.computed = computed
        self.positions = positions
    }

    /// The 0-based index of the column holding `field`, if the file has one.
    public func index(of field: CustomerField) -> Int? { positions[field] }

    /// The column holding `field`, if the file has one.
    public func column(of field: CustomerField) -> ImportColumn? { positions[field].map { columns[$0] } }

    /// The fields the file has, in canonical order.
    public var fields: [CustomerField] { CustomerField.all.filter { positions[$0] != nil } }
}
