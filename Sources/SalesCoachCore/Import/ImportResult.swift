/// What an import produced: the customers and everything the user should
/// know about how the file was read.
public struct ImportResult: Sendable {
    /// The customers in file order (a merged customer at its first row).
    public var customers: [Customer]
    /// The line each customer's first row starts on, parallel to `customers`.
    public var lines: [Int]
    /// The merges made under `DuplicatePolicy.merge`, in file order.
    public var merges: [MergedDuplicate]
    /// Header columns that map to no field (blank-header columns only when they hold values);
    /// SalesCoach's own computed columns are not among them (`header.computed`).
    public var ignoredColumns: [ImportColumn]
    /// Which column each field came from.
    public var header: HeaderMap
    /// The encoding the file was read in.
    public var encoding: DetectedEncoding
    /// Things worth telling the user that did not stop the import.
    public var warnings: [ImportWarning]
    /// The cell that showed how the file's year-last dates are ordered, when the file decided it.
    public var dateOrder: DateOrderEvidence? = nil
    /// The report footer after the rows (Salesforce's copyright lines), skipped.
    public var footer: SkippedFooter? = nil
    /// The rows set aside under `--skip-bad-rows`, in file order.
    public var rejected: [RejectedRow] = []

    /// Customer index → index in `merges`, for customers made of several rows.
    var mergeByCustomer: [Int: Int]

    /// Every line a customer was read from (several when rows were merged).
    public func sourceLines(ofCustomerAt index: Int) -> [Int] {
        if let merge = mergeByCustomer[index] { return merges[merge].lines }
        return [lines[index]]
    }
}

/// Rows that were merged into one customer.
public struct MergedDuplicate: Sendable, Hashable, CustomStringConvertible {
    /// The customer's name as on its first row.
    public var name: String
    /// The rep, when duplicates are compared per rep.
    public var rep: String?
    /// The lines of all merged rows, first row first.
    public var lines: [Int]

    public var description: String {
        let owner = rep.map { " (\(ImportText.snippet($0)))" } ?? ""
        return "'\(ImportText.snippet(name))'\(owner) on lines " + lines.map(String.init).joined(separator: ", ")
    }
}

/// A remark about an import that succeeded.
public enum ImportWarning: Sendable, Hashable, CustomStringConvertible {
    /// Columns left out because no field has that header.
    case ignoredColumns(source: String, [ImportColumn])
    /// Rows merged under `DuplicatePolicy.merge`.
    case mergedDuplicates(source: String, count: Int, examples: [MergedDuplicate])
    /// Merged rows disagree on a company fact; the first row's value was kept.
    case conflictingValues(source: String, name: String, field: CustomerField, keptLine: Int, kept: String, otherLine: Int, other: String)
    /// A value that cannot be negative is (employees, orders, company revenue).
    case negativeValue(source: String, line: Int, column: ImportColumn, value: Double)
    /// A name or rep held a line break; it was joined with a space.
    case lineBreakJoined(source: String, line: Int, column: ImportColumn, field: CustomerField)
    /// The file has no metric columns: every customer will be unclassified.
    case noMetricColumns(source: String)
    /// The file was not UTF-8 and was read as `encoding`.
    case readAs(source: String, encoding: DetectedEncoding)
    /// More warnings of the kind above were left out.
    case more(source: String, count: Int)
    /// A warning about a worksheet of a workbook, its lines the sheet's rows.
    indirect case inSheet(sheet: String, warning: ImportWarning)

    public var description: String {
        switch self {
        case .inSheet:
            return text(in: .en)
        case .ignoredColumns(let source, let columns):
            var list = columns.prefix(12).map(\.description).joined(separator: ", ")
            if columns.count > 12 { list += " and \(columns.count - 12) more" }
            let what = columns.count == 1 ? "a column that matches" : "columns that match"
            return "\(source): ignored \(what) no field: \(list)"
        case .mergedDuplicates(let source, let count, let examples):
            let list = examples.map(\.description).joined(separator: "; ")
            let rest = count > examples.count ? "; and \(count - examples.count) more" : ""
            return "\(source): merged \(count) duplicate customer\(count == 1 ? "" : "s"): \(list)\(rest)"
        case .conflictingValues(let source, let name, let field, let keptLine, let kept, let otherLine, let other):
            return "\(source), line \(otherLine): \(field) of '\(ImportText.snippet(name))' is \(other) here "
                + "but \(kept) on line \(keptLine); kept \(kept)"
        case .negativeValue(let source, let line, let column, let value):
            return "\(source), line \(line), \(column): negative value \(ImportNumber.text(value))"
        case .lineBreakJoined(let source, let line, let column, let field):
            let what = field == .name ? "the name" : "the \(field)"
            return "\(source), line \(line), \(column): \(what) had a line break; it was joined with a space"
        case .noMetricColumns(let source):
            return "\(source): no metric columns (company_revenue, employees, growth, orders, sales, profit); "
                + "every customer will be unclassified"
        case .readAs(let source, let encoding):
            return "\(source): read as \(encoding)"
        case .more(let source, let count):
            return "\(source): \(count) more warning\(count == 1 ? "" : "s") like these"
        }
    }
}

/// Numbers in messages and exports: whole numbers without a decimal point.
enum ImportNumber {
    static func text(_ value: Double) -> String {
        if value == 0 { return "0" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }
}
