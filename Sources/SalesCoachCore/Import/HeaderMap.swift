/// Which column of a customer CSV holds which field, read from its header.
///
/// Columns may come in any order; unknown columns are ignored and listed so
/// the user sees what was left out; two columns that mean the same field
/// are an error rather than a silent pick. The columns SalesCoach writes
/// beside the figures (segment, scores, …) in a file of its own are known
/// for what they are: computed again on import, so left out without a word
/// of warning.
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
    ///   segments and scores but none of the figures they come from.
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
        if isOurs, !positions.keys.contains(where: { if case .metric = $0 { true } else { false } }) {
            throw .classificationResult(source: source, line: line)
        }
        self.columns = columns
        self.ignored = unknown.filter { !computed.contains($0) }
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
