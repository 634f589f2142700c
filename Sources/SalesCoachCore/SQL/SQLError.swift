/// Why no SQL could be written for the request; each says what to change.
public enum SQLError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The source has no column for the customer's name.
    case missingNameColumn(source: String, found: [String])
    /// Per-rep ranking asked for, but the source has no rep column.
    case missingRepColumn(source: String)
    /// A table name that cannot be quoted safely.
    case badTableName(String, reason: String)
    /// A configuration the integer rule cannot hold (absurdly fine weights).
    case weightsTooFine
    /// The opportunities table lacks a column the roll-up needs.
    case missingRollupColumn(role: String, expected: String)
    /// A part of --opportunity-columns that does not read.
    case badOpportunityColumns(String, expected: String)

    public var description: String {
        switch self {
        case .missingNameColumn(let source, let found):
            let columns = found.isEmpty ? "no columns" : found.map { "'\($0)'" }.joined(separator: ", ")
            return "\(source): no customer name column (found \(columns)); name one 'name', or map it in the config file's [columns] section, e.g. 取引先名 = name"
        case .missingRepColumn(let source):
            return "\(source): --per-rep needs a rep column (for example 'rep' or '担当者'); map yours in the config file's [columns] section, e.g. owner = rep"
        case .badTableName(let name, let reason):
            return "'\(name)' is not a table name SalesCoach can quote: \(reason); write it as schema.table, each part without quotes"
        case .weightsTooFine:
            return "the weights are too fine to decide in exact integers (denominators in the millions); round them to a few decimals"
        case .missingRollupColumn(let role, let expected):
            return "the opportunities need a \(role) column; expected \(expected)"
        case .badOpportunityColumns(let text, let expected):
            return "--opportunity-columns: '\(text)' does not read; expected \(expected)"
        }
    }
}
