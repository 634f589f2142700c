/// Writes customers as a canonical customer CSV that the importer reads back
/// unchanged and spreadsheets open safely.
///
/// Header `name,company_revenue,employees,growth,orders,sales,profit,last_visit,rep,notes`;
/// RFC 4180 quoting; a missing value is an empty cell; whole numbers without
/// a decimal point. A text cell that a spreadsheet would run as a formula
/// (starting with `=`, `+`, `-`, `@`, tab or CR) gets a leading apostrophe,
/// which the importer removes again; a plain number such as `-5` stays a number.
public enum CustomerCSVWriter {
    /// The canonical header fields, in order.
    public static let header: [String] = header(in: .en)

    /// The header fields in `language`: the canonical names, or the Japanese
    /// ones (顧客名, 売上高, …), which the importer reads as the same fields.
    public static func header(in language: Language) -> [String] { CustomerField.all.map { $0.columnName(in: language) } }

    /// The whole file as text.
    ///
    /// - Parameters:
    ///   - byteOrderMark: start with a UTF-8 byte-order mark, which
    ///   Excel needs to open Japanese text as UTF-8 rather than Shift_JIS.
    ///   - language: the language of the header.
    public static func csv(_ customers: [Customer], language: Language = .en, byteOrderMark: Bool = false) -> String {
        var text = byteOrderMark ? "\u{FEFF}" : ""
        text.reserveCapacity(64 * (customers.count + 1))
        text += CSVText.row(header(in: language))
        for customer in customers { text += row(customer) }
        return text
    }

    /// The same as UTF-8 bytes, ready to write to a file.
    public static func bytes(_ customers: [Customer], byteOrderMark: Bool = false) -> [UInt8] {
        Array(csv(customers, byteOrderMark: byteOrderMark).utf8)
    }

    /// One customer's line, ending in a line feed.
    public static func row(_ customer: Customer) -> String {
        var fields = [customer.name]
        for metric in Metric.allCases { fields.append(customer.metrics[metric].map(number) ?? "") }
        fields.append(customer.lastVisit?.description ?? "")
        fields.append(customer.rep ?? "")
        fields.append(customer.notes ?? "")
        return CSVText.row(fields)
    }

    /// Shortest text that reads back as the same double; `-0` as `0`.
    static func number(_ value: Double) -> String {
        ImportNumber.text(value)
    }
}
