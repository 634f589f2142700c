/// Problems reading a plan file (`customer,visits` or `customer,hours`).
public enum PlanFileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file has no header row.
    case empty(source: String)
    /// The bytes are not text in a known encoding, or the CSV itself is malformed
    /// (the import's error, which names the file, line and column).
    case unreadable(ImportError)
    /// A column the plan needs is not in the header.
    case missingColumn(source: String, expected: String, found: [String])
    /// A row has fewer cells than the header, or more that are not empty.
    case ragged(source: String, line: Int, cells: Int, expected: Int)
    /// A cell that does not hold what its column needs.
    case badValue(
        source: String, line: Int, column: Int, header: String, found: String, expected: String)

    public var description: String {
        switch self {
        case .empty(let source):
            return "\(source): the file is empty; expected a header such as 'customer,visits'"
        case .unreadable(let error):
            return error.description
        case .missingColumn(let source, let expected, let found):
            let header = found.isEmpty ? "an empty header" : "'\(found.joined(separator: ","))'"
            return "\(source), line 1: expected \(expected), found \(header)"
        case .ragged(let source, let line, let cells, let expected):
            return
                "\(source), line \(line): expected \(expected) cells as in the header, found \(cells)"
        case .badValue(let source, let line, let column, let header, let found, let expected):
            return
                "\(source), line \(line), column \(column) (\(header)): expected \(expected), found '\(found)'"
        }
    }
}
