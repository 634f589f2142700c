import Foundation

/// A JSON list of customers read as the rows of a sheet, so it goes through
/// the importer's header recognition and checks like a CSV or a workbook.
///
/// The list is an array with an object per customer. What `export FILE.json`
/// and `classify --format json` write reads back: `name`, `rep`, and each
/// metric's `value` in `objective_metrics` and `record_metrics` become the
/// customer's figures; the segment, scores and the rest are SalesCoach's
/// own results, recomputed. Any other object of flat fields named as a CSV's
/// columns are (`name`, `employees`, `売上高`, …) reads too.
///
/// The rows are those of a sheet with no name: row 1 is the header, row
/// `n + 1` the `n`th customer, and messages name the item (`book.json, item 3`).
public enum CustomerJSON {
    /// The metric lists of SalesCoach's JSON, one per axis.
    static let metricLists = Axis.allCases.map { "\($0.rawValue)_metrics" }

    /// Whether `bytes` look like JSON rather than CSV: after a byte-order mark
    /// and white space, an opening `[`.
    public static func looksLikeJSON(_ bytes: [UInt8]) -> Bool {
        var rest = bytes[...]
        if rest.starts(with: [0xEF, 0xBB, 0xBF]) { rest = rest.dropFirst(3) }
        return rest.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) } == UInt8(ascii: "[")
    }

    /// The customers of a JSON array as a sheet's rows.
    ///
    /// - Throws: `ImportError.emptyFile`, or `.notCustomerJSON` for text that
    ///   is not JSON, or not an array of objects.
    public static func sheet(_ bytes: [UInt8], source: String) throws(ImportError) -> SheetTable {
        var data = bytes[...]
        if data.starts(with: [0xEF, 0xBB, 0xBF]) { data = data.dropFirst(3) }
        guard data.contains(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) else { throw .emptyFile(source: source) }
        guard let value = try? JSONDecoder().decode(Value.self, from: Data(data)), case .array(let items) = value else {
            throw .notCustomerJSON(source: source, item: nil)
        }
        var records: [[String: SheetCell]] = []
        for (index, item) in items.enumerated() {
            guard case .object(let fields) = item else { throw .notCustomerJSON(source: source, item: index + 1) }
            records.append(try record(fields, source: source, item: index + 1))
        }
        guard !records.isEmpty else { throw .noCustomerRows(source: source) }
        let headers = order(Set(records.flatMap(\.keys)))
        guard !headers.isEmpty else { throw .notCustomerJSON(source: source, item: nil) }
        var rows = [SheetRow(number: 1, cells: headers.map { .text($0) })]
        for (index, record) in records.enumerated() {
            rows.append(SheetRow(number: index + 2, cells: headers.map { record[$0] }))
        }
        return SheetTable(name: "", rows: rows)
    }

    /// One customer's cells by column name: its flat fields as they are, each
    /// metric of the metric lists under the metric's own name.
    private static func record(_ fields: [String: Value], source: String, item: Int) throws(ImportError) -> [String: SheetCell] {
        var record: [String: SheetCell] = [:]
        for (key, value) in fields {
            if metricLists.contains(key), case .array(let parts) = value {
                for part in parts {
                    guard case .object(let part) = part, case .string(let metric)? = part["metric"] else {
                        throw .notCustomerJSON(source: source, item: item)
                    }
                    record[metric] = part["value"].flatMap(\.cell)
                }
            } else {
                record[key] = value.cell
            }
        }
        return record
    }

    /// The columns in the order of a canonical CSV: the customer's fields,
    /// then the computed ones as `classify` writes them, then the rest by name.
    private static func order(_ keys: Set<String>) -> [String] {
        let known = ["rep"] + CustomerField.all.map(\.canonicalName).filter { $0 != "rep" } + ClassificationExport.fields.dropFirst()
        return known.filter(keys.contains) + keys.subtracting(known).sorted()
    }

    /// A JSON value as the decoder hands it over.
    private enum Value: Decodable {
        case null, bool(Bool), number(Double), string(String), array([Value]), object([String: Value])

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() {
                self = .null
            } else if let bool = try? container.decode(Bool.self) {
                self = .bool(bool)
            } else if let number = try? container.decode(Double.self) {
                self = .number(number)
            } else if let string = try? container.decode(String.self) {
                self = .string(string)
            } else if let array = try? container.decode([Value].self) {
                self = .array(array)
            } else {
                self = .object(try container.decode([String: Value].self))
            }
        }

        /// The value as a cell: nothing for null; a nested value (a nearest
        /// move, say) as its `text` when it has one, else left empty.
        var cell: SheetCell? {
            switch self {
            case .null: nil
            case .bool(let bool): .bool(bool)
            case .number(let number): .number(number)
            case .string(let string): .text(string)
            case .object(let fields): if case .string(let text)? = fields["text"] { .text(text) } else { nil }
            case .array: nil
            }
        }
    }
}
