/// The rows `--skip-bad-rows` set aside, as a CSV to fix and load again:
/// the file's own header plus a `reason` column, each row as it was with
/// where it went wrong and what was expected.
public enum RejectedRowsCSV {
    /// The header of the column added last, which `HeaderMap` passes over when the file is loaded back.
    public static let reasonHeader = "reason"

    /// The CSV text (UTF-8, CRLF as spreadsheets write it); cells are
    /// quoted and neutralised as every export's are (`CSVText`).
    ///
    /// A row with fewer fields than the header is padded so its reason
    /// stands in the `reason` column; fields beyond the header follow the reason.
    public static func render(header: [ImportColumn], rows: [RejectedRow], language: Language) -> String {
        var out: [UInt8] = []
        func line(_ fields: [String]) {
            for (index, field) in fields.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                CSVText.appendField(field, to: &out)
            }
            out += [0x0D, 0x0A]
        }
        line(header.map(\.header) + [reasonHeader])
        for row in rows {
            var fields = Array(row.fields.prefix(header.count))
            fields += Array(repeating: "", count: header.count - fields.count)
            line(fields + [row.problem.reason(in: language)] + row.fields.dropFirst(header.count))
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Where the rejected rows of `path` go: beside it, `customers.csv` →
    /// `customers.rejected.csv`; `n` > 1 numbers the name
    /// (`customers.rejected-2.csv`) when an earlier one is there.
    public static func path(for path: String, number n: Int = 1) -> String {
        let suffix = n > 1 ? ".rejected-\(n)" : ".rejected"
        let slash = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
        let name = path[slash...]
        if let dot = name.lastIndex(of: "."), dot != name.startIndex {
            return String(path[..<dot]) + suffix + String(path[dot...])
        }
        return path + suffix + ".csv"
    }
}
