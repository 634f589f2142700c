extension ImportError {
    /// The problem as found in a sheet's rows, for `inSheet`: `row` turns a
    /// line of the text the sheet was read as into the sheet's row number.
    func movingLines(_ row: (Int) -> Int) -> ImportError {
        switch self {
        case .unknownEncodingName, .emptyFile, .binaryFile, .byteOrderMarkMismatch, .noCustomerRows, .inSheet, .notCustomerJSON: self
        case .classificationResult(let source, let line): .classificationResult(source: source, line: row(line))
        case .planExport(let source, let line): .planExport(source: source, line: row(line))
        case .nulByte(let source, let line, let column, _): .nulByte(source: source, line: row(line), column: column, offset: nil)
        case .undecodable(let source, let line, let encoding): .undecodable(source: source, line: row(line), encoding: encoding)
        case .unrecognisedEncoding(let source, let line): .unrecognisedEncoding(source: source, line: row(line))
        case .unterminatedQuote(let source, let line, let column): .unterminatedQuote(source: source, line: row(line), column: column)
        case .strayQuote(let source, let line, let column): .strayQuote(source: source, line: row(line), column: column)
        case .textAfterClosingQuote(let source, let line, let column, let found):
            .textAfterClosingQuote(source: source, line: row(line), column: column, found: found)
        case .missingNameColumn(let source, let line, let found, let accepted):
            .missingNameColumn(source: source, line: row(line), found: found, accepted: accepted)
        case .ambiguousColumns(let source, let line, let field, let first, let second):
            .ambiguousColumns(source: source, line: row(line), field: field, first: first, second: second)
        case .raggedRow(let source, let line, let found, let expected):
            .raggedRow(source: source, line: row(line), found: found, expected: expected)
        case .badNumber(let source, let line, let column, let found, let reason):
            .badNumber(source: source, line: row(line), column: column, found: found, reason: reason)
        case .badDate(let source, let line, let column, let found, let reason):
            .badDate(source: source, line: row(line), column: column, found: found, reason: reason)
        case .emptyName(let source, let line, let column): .emptyName(source: source, line: row(line), column: column)
        case .ambiguousDateOrder(let source, let line, let column, let found):
            .ambiguousDateOrder(source: source, line: row(line), column: column, found: found)
        case .duplicateName(let source, let line, let name, let firstLine, let firstName, let rep):
            .duplicateName(source: source, line: row(line), name: name, firstLine: row(firstLine), firstName: firstName, rep: rep)
        case .mergedTotalOutOfRange(let source, let line, let name, let firstLine, let metric):
            .mergedTotalOutOfRange(source: source, line: row(line), name: name, firstLine: row(firstLine), metric: metric)
        }
    }

    /// The column the problem is in, when it is in one cell.
    var column: ImportColumn? {
        switch self {
        case .badNumber(_, _, let column, _, _), .badDate(_, _, let column, _, _), .emptyName(_, _, let column),
            .ambiguousDateOrder(_, _, let column, _):
            column
        default: nil
        }
    }

    /// `text` (this problem's message, or its reason without the file
    /// name) located in sheet `sheet`: its line becomes the sheet's row, or
    /// the cell when the problem is in one.
    func inSheet(_ sheet: String, text: String, in language: Language) -> String {
        SheetPlace(source: source ?? "", sheet: sheet).relocate(text, line: line, column: column, in: language)
    }
}

/// Where a message about a worksheet points: the file, the sheet, and the
/// row or cell, worded as a spreadsheet user finds them.
///
/// The importer reads a sheet as text whose lines it numbers by the sheet's
/// rows, so its messages say "line 7, column 4 (employees)"; this turns that
/// place into "sheet 'Sheet1', cell D7 (employees)", and nothing else in the
/// message changes. A sheet without a name is a JSON list (`CustomerJSON`),
/// whose rows are items: "item 6, employees".
struct SheetPlace {
    let source: String
    let sheet: String

    func relocate(_ text: String, line: Int?, column: ImportColumn?, in language: Language) -> String {
        let en = language == .en
        if sheet.isEmpty { return relocateItem(text, line: line, column: column, in: language) }
        let name = ImportText.snippet(sheet, limit: 40)
        let sheetPlace = en ? "\(source), sheet '\(name)'" : "\(source) シート「\(name)」"
        var replacements: [(from: String, to: String)] = []
        if let line {
            if let column {
                let header = column.header.isEmpty ? "" : (en ? " (\(ImportText.snippet(column.header)))" : "（\(ImportText.snippet(column.header))）")
                let cell = SheetColumn.letters(column.number) + String(line)
                let cellPlace = (en ? "cell " : "セル") + cell + header
                replacements += en
                    ? [("\(source), line \(line), \(column)", "\(sheetPlace), \(cellPlace)"), ("line \(line), \(column)", cellPlace)]
                    : [("\(source) \(line)行目、\(column.text(in: .ja))", sheetPlace + cellPlace), ("\(line)行目、\(column.text(in: .ja))", cellPlace)]
            }
            replacements += en
                ? [("\(source), line \(line)", "\(sheetPlace), row \(line)"), ("line \(line)", "row \(line)")]
                : [("\(source) \(line)行目", "\(sheetPlace)\(line)行目")]
        }
        replacements.append((source, sheetPlace))
        return Self.replacingPrefix(of: text, replacements)
    }

    /// `relocate` for an item of a JSON list: the header is row 1, so row `n + 1` is item `n`;
    /// a problem with the header is the file's.
    private func relocateItem(_ text: String, line: Int?, column: ImportColumn?, in language: Language) -> String {
        guard let line else { return text }
        let en = language == .en
        let item = line - 1
        if item == 0 { return Self.replacingPrefix(of: text, en ? [("\(source), line 1", source)] : [("\(source) 1行目", source)]) }
        var replacements: [(from: String, to: String)] = []
        if let column {
            let field = ImportText.snippet(column.header)
            replacements += en
                ? [("\(source), line \(line), \(column)", "\(source), item \(item), \(field)"), ("line \(line), \(column)", "item \(item), \(field)")]
                : [("\(source) \(line)行目、\(column.text(in: .ja))", "\(source) \(item)件目の\(field)"), ("\(line)行目、\(column.text(in: .ja))", "\(item)件目の\(field)")]
        }
        replacements += en
            ? [("\(source), line \(line)", "\(source), item \(item)"), ("line \(line)", "item \(item)")]
            : [("\(source) \(line)行目", "\(source) \(item)件目"), ("\(line)行目", "\(item)件目")]
        return Self.replacingPrefix(of: text, replacements)
    }

    /// `text` with the first of `replacements` it starts with put in place; as it is when none.
    private static func replacingPrefix(of text: String, _ replacements: [(from: String, to: String)]) -> String {
        for (from, to) in replacements where text.hasPrefix(from) {
            return to + text.dropFirst(from.count)
        }
        return text
    }
}

extension ImportError {
    /// The problem itself, wherever it was found: for matching on its kind.
    public var withoutSheet: ImportError {
        if case .inSheet(_, let problem) = self { return problem }
        return self
    }
}
