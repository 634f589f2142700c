/// Why a customer file could not be imported. Every case carries where the
/// problem is (file, line, column) and what was found, so the message lets a
/// rep fix the cell in their spreadsheet. An import that throws has imported
/// nothing.
public enum ImportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What a file that is not text looks like, from its first bytes.
    public enum BinaryKind: Sendable, Equatable {
        case zipArchive, legacyExcel, pdf, sqlite

        public func text(in language: Language) -> String {
            switch (self, language) {
            case (.zipArchive, .en): "an Excel workbook (.xlsx) or another zip archive"
            case (.zipArchive, .ja): "Excelブック（.xlsx）かその他のZIPファイル"
            case (.legacyExcel, .en): "an Excel 97-2003 workbook (.xls)"
            case (.legacyExcel, .ja): "Excel 97-2003 形式のブック（.xls）"
            case (.pdf, .en): "a PDF document"
            case (.pdf, .ja): "PDF文書"
            case (.sqlite, .en): "an SQLite database"
            case (.sqlite, .ja): "SQLiteのデータベース"
            }
        }
    }

    /// `--encoding` named something other than auto, utf-8, shift_jis or utf-16.
    case unknownEncodingName(String)
    /// The file has no bytes, or nothing but white space.
    case emptyFile(source: String)
    /// The bytes are not text (NUL bytes, a spreadsheet workbook, a PDF…); `kind` names what it looks like.
    case binaryFile(source: String, kind: BinaryKind?)
    /// A NUL byte, which no CSV text holds; `offset` is the byte offset in the
    /// file when the file was read as it is (nil after decoding UTF-16 or Shift_JIS).
    case nulByte(source: String, line: Int, column: Int, offset: Int?)
    /// Bytes that are invalid in the encoding the user named, first found on `line`.
    case undecodable(source: String, line: Int, encoding: SourceEncoding)
    /// Detection found neither valid UTF-8 nor valid Shift_JIS; `line` is the first line that is not UTF-8.
    case unrecognisedEncoding(source: String, line: Int)
    /// The file's byte-order mark contradicts the encoding the user named.
    case byteOrderMarkMismatch(source: String, found: DetectedEncoding, requested: SourceEncoding)
    /// A quoted field that never closes; `line` is where its opening quote is.
    case unterminatedQuote(source: String, line: Int, column: Int)
    /// A `"` inside a field that does not start with one.
    case strayQuote(source: String, line: Int, column: Int)
    /// Text between a closing quote and the next comma or line end.
    case textAfterClosingQuote(source: String, line: Int, column: Int, found: String)
    /// No column maps to the customer name.
    case missingNameColumn(source: String, line: Int, found: [String], accepted: [String])
    /// Two columns map to the same field; neither is picked silently.
    case ambiguousColumns(source: String, line: Int, field: CustomerField, first: ImportColumn, second: ImportColumn)
    /// A header and no customers below it.
    case noCustomerRows(source: String)
    /// A row with fewer fields than the header (or more non-empty ones).
    case raggedRow(source: String, line: Int, found: Int, expected: Int)
    case badNumber(source: String, line: Int, column: ImportColumn, found: String, reason: NumberFormatError)
    case badDate(source: String, line: Int, column: ImportColumn, found: String, reason: DateFormatError)
    /// A row with values but a blank name.
    case emptyName(source: String, line: Int, column: ImportColumn)
    /// Year-last dates that fit month first and day first, and no cell in
    /// the column (and no `--date-format`) to tell which; `line` and `found`
    /// are the first such cell.
    case ambiguousDateOrder(source: String, line: Int, column: ImportColumn, found: String)
    /// A second row for a customer already imported (same `Book.key`, and the same rep when duplicates are per rep).
    case duplicateName(source: String, line: Int, name: String, firstLine: Int, firstName: String, rep: String?)
    /// Merging a duplicate row made a summed record metric too large to hold.
    case mergedTotalOutOfRange(source: String, line: Int, name: String, firstLine: Int, metric: Metric)
    /// The header is that of a `classify` result: segments and scores, none of the figures they come from.
    case classificationResult(source: String, line: Int)
    /// The header is that of a visit plan (`plan --export`): customers, visits and weeks, none of a customer's figures.
    case planExport(source: String, line: Int)
    /// A JSON file that is not a list of customers; `item` is the 1-based item that is not one.
    case notCustomerJSON(source: String, item: Int?)
    /// A problem in a worksheet of a workbook: `problem`'s lines are the
    /// sheet's row numbers, its columns the sheet's, so the message names the
    /// sheet and the cell (`customers.xlsx, sheet 'Sheet1', cell D7`).
    indirect case inSheet(sheet: String, problem: ImportError)

    /// The file the error is in (nil for a bad `--encoding` name).
    public var source: String? {
        switch self {
        case .unknownEncodingName: nil
        case .emptyFile(let source), .binaryFile(let source, _), .nulByte(let source, _, _, _), .undecodable(let source, _, _),
            .unrecognisedEncoding(let source, _), .byteOrderMarkMismatch(let source, _, _),
            .unterminatedQuote(let source, _, _), .strayQuote(let source, _, _),
            .textAfterClosingQuote(let source, _, _, _), .missingNameColumn(let source, _, _, _),
            .ambiguousColumns(let source, _, _, _, _), .noCustomerRows(let source), .raggedRow(let source, _, _, _),
            .badNumber(let source, _, _, _, _), .badDate(let source, _, _, _, _), .emptyName(let source, _, _),
            .ambiguousDateOrder(let source, _, _, _),
            .duplicateName(let source, _, _, _, _, _), .mergedTotalOutOfRange(let source, _, _, _, _),
            .classificationResult(let source, _), .planExport(let source, _), .notCustomerJSON(let source, _):
            source
        case .inSheet(_, let problem): problem.source
        }
    }

    /// The 1-based line the error is on, when it is on one.
    public var line: Int? {
        switch self {
        case .unknownEncodingName, .emptyFile, .binaryFile, .byteOrderMarkMismatch, .noCustomerRows, .notCustomerJSON: nil
        case .undecodable(_, let line, _), .unrecognisedEncoding(_, let line), .unterminatedQuote(_, let line, _),
            .strayQuote(_, let line, _), .textAfterClosingQuote(_, let line, _, _),
            .missingNameColumn(_, let line, _, _), .ambiguousColumns(_, let line, _, _, _),
            .raggedRow(_, let line, _, _), .badNumber(_, let line, _, _, _), .badDate(_, let line, _, _, _),
            .emptyName(_, let line, _), .duplicateName(_, let line, _, _, _, _), .ambiguousDateOrder(_, let line, _, _),
            .mergedTotalOutOfRange(_, let line, _, _, _), .nulByte(_, let line, _, _), .classificationResult(_, let line),
            .planExport(_, let line):
            line
        case .inSheet(_, let problem): problem.line
        }
    }

    public var description: String {
        switch self {
        case .raggedRow, .badNumber, .badDate, .emptyName, .ambiguousDateOrder, .inSheet:
            return text(in: .en)
        case .unknownEncodingName(let name):
            return "unknown encoding '\(ImportText.snippet(name))'; expected one of "
                + SourceEncoding.acceptedNames.joined(separator: ", ")
        case .emptyFile(let source):
            return "\(source): the file is empty; expected a header line such as "
                + CustomerField.all.map(\.canonicalName).joined(separator: ",")
        case .binaryFile(let source, let kind):
            let what = kind.map { " (it looks like \($0.text(in: .en)); save it as CSV first)" } ?? ""
            return "\(source): looks like a binary file, not CSV\(what)"
        case .nulByte(let source, let line, let column, let offset):
            let byte = offset.map { " (byte \($0))" } ?? ""
            return "\(source), line \(line), column \(column)\(byte): a NUL byte, which CSV text never holds; "
                + "the file looks binary (or UTF-16 without its byte-order mark): save it as CSV, or use --encoding utf-16"
        case .undecodable(let source, let line, let encoding):
            return "\(source), line \(line): bytes that are not valid \(encoding); "
                + "check the file's encoding (--encoding auto, utf-8, shift_jis or utf-16)"
        case .unrecognisedEncoding(let source, let line):
            return "\(source), line \(line): the text is neither UTF-8 nor Shift_JIS (CP932); "
                + "save it as UTF-8 CSV, or name its encoding with --encoding"
        case .byteOrderMarkMismatch(let source, let found, let requested):
            return "\(source): the file starts with a \(found) byte-order mark, but \(requested) was asked for; "
                + "use --encoding auto"
        case .unterminatedQuote(let source, let line, let column):
            return "\(source), line \(line), column \(column): a quoted field opens here and is never closed; "
                + "expected a closing quote (\")"
        case .strayQuote(let source, let line, let column):
            return "\(source), line \(line), column \(column): a quote (\") inside an unquoted field; "
                + "expected the whole field in quotes, with each inner quote doubled (\"\")"
        case .textAfterClosingQuote(let source, let line, let column, let found):
            return "\(source), line \(line), column \(column): expected a comma or the end of the line "
                + "after the closing quote, found '\(ImportText.snippet(found))'"
        case .missingNameColumn(let source, let line, let found, let accepted):
            return "\(source), line \(line): no customer name column; found \(ImportText.list(found)); "
                + "expected one of: \(accepted.joined(separator: ", ")) "
                + "(or map a column to name in the config file's [columns] section)"
        case .ambiguousColumns(let source, let line, let field, let first, let second):
            return "\(source), line \(line): \(first) and \(second) both mean \(field); "
                + "keep one of them, or map the other to another field in the config file's [columns] section"
        case .noCustomerRows(let source):
            return "\(source): no customer rows below the header; expected at least one customer"
        case .duplicateName(let source, let line, let name, let firstLine, let firstName, let rep):
            let owner = rep.map { " for rep '\(ImportText.snippet($0))'" } ?? ""
            let same = firstName == name ? "" : " as '\(ImportText.snippet(firstName))'"
            return "\(source), line \(line): duplicate customer '\(ImportText.snippet(name))'\(owner) "
                + "(already on line \(firstLine)\(same)); rename one, or merge the rows"
        case .mergedTotalOutOfRange(let source, let line, let name, let firstLine, let metric):
            return "\(source), line \(line): merging this row into customer '\(ImportText.snippet(name))' "
                + "(line \(firstLine)) makes its \(metric.label) too large to hold; expected totals below 1.8e308, "
                + "so check the values or import without merging"
        case .classificationResult(let source, _):
            return "\(source): a classify result (segments and scores), not a customer list: it has none of the figures "
                + "a segment is computed from; load the customer file it was made from, or a list written by 'export', "
                + "which keeps the figures"
        case .planExport(let source, _):
            return "\(source): a visit plan (customer, visits, week), not a customer list: it has none of the figures "
                + "a segment is computed from; load the customer file instead, and check the plan against it with "
                + "'salescoach check \(source) --customers FILE'"
        case .notCustomerJSON(let source, let item):
            let place = item.map { ", item \($0)" } ?? ""
            return "\(source)\(place): not a list of customers; expected a JSON array with one object per customer, "
                + "as 'export FILE.json' writes"
        }
    }
}
