extension CustomerImporter {
    /// Imports the customers of a worksheet exactly as the same rows saved
    /// as CSV would be: the same header names, checks, options and notes.
    ///
    /// Typed cells keep what a CSV would lose: a date cell is a date in any
    /// locale, a percentage is read as the percentage shown. In the date
    /// column a whole number of five digits is a serial day of the
    /// workbook's own date system (`date1904`), as Excel stores a date cell
    /// whose format was lost.
    ///
    /// Every line the messages, warnings and results mention is the sheet's
    /// row number, and every problem is wrapped in `ImportError.inSheet`, so
    /// it reads `customers.xlsx, sheet 'Sheet1', cell D7 (employees):
    /// expected a number, found 'abc'`.
    ///
    /// - Parameters:
    ///   - sheet: the worksheet's rows (see `SheetTable`).
    ///   - date1904: the workbook counts serial days from 1904-01-01 (old Mac Excel).
    ///   - source: the file name as the user gave it.
    /// - Throws: `ImportError.inSheet` for the first problem; nothing is imported then.
    public static func importCustomers(
        sheet: SheetTable, date1904: Bool = false, source: String, options: ImportOptions = ImportOptions()
    ) throws(ImportError) -> ImportResult {
        let text = SheetText(sheet, date1904: date1904, aliases: options.headerAliases, source: source)
        guard !text.rowOfLine.isEmpty else { throw .inSheet(sheet: sheet.name, problem: .emptyFile(source: source)) }
        let decoded = TextDecoding.Decoded(utf8: text.utf8, encoding: .utf8)
        var result: ImportResult
        do {
            result = try importCustomers(decoded: decoded, source: source, options: options)
        } catch {
            throw .inSheet(sheet: sheet.name, problem: error.movingLines(text.row))
        }
        result.lines = result.lines.map(text.row)
        for index in result.merges.indices { result.merges[index].lines = result.merges[index].lines.map(text.row) }
        result.warnings = result.warnings.map { .inSheet(sheet: sheet.name, warning: $0.movingLines(text.row)) }
        result.rejected = result.rejected.map {
            RejectedRow(line: text.row($0.line), fields: $0.fields, problem: .inSheet(sheet: sheet.name, problem: $0.problem.movingLines(text.row)))
        }
        if let line = result.dateOrder?.line { result.dateOrder?.line = text.row(line) }
        if let footer = result.footer {
            result.footer = SkippedFooter(firstLine: text.row(footer.firstLine), lastLine: text.row(footer.lastLine), text: footer.text)
        }
        return result
    }
}

/// A worksheet as the CSV text the importer reads, one record per row that
/// holds cells, with the sheet row each line of that text stands for.
struct SheetText {
    var utf8: [UInt8] = []
    /// The sheet row of each line (index 0 is line 1); a cell with a line
    /// break makes its row span several lines, as in a CSV.
    var rowOfLine: [Int] = []

    init(_ sheet: SheetTable, date1904: Bool, aliases: [String: CustomerField], source: String) {
        guard let headerIndex = sheet.rows.firstIndex(where: { $0.cells.contains { $0.map(Self.isFilled) ?? false } }) else { return }
        let headerRow = sheet.rows[headerIndex]
        let width = headerRow.cells.count
        // The date column: its serial days are converted here, where the workbook's date system is known.
        let headers = headerRow.cells.map { $0?.csvText ?? "" }
        let dateColumn = (try? HeaderMap(headers: headers, extraAliases: aliases, source: source))?.index(of: .lastVisit)
        for (index, row) in sheet.rows.enumerated() where index >= headerIndex {
            let start = utf8.count
            var cells = row.cells
            if cells.count < width { cells += Array(repeating: nil, count: width - cells.count) }
            for (column, cell) in cells.enumerated() {
                if column > 0 { utf8.append(UInt8(ascii: ",")) }
                guard var cell else { continue }
                if column == dateColumn, index > headerIndex, let day = Self.serialDay(cell, date1904: date1904) { cell = .date(day) }
                Self.appendField(cell.csvText, to: &utf8)
            }
            let lines = utf8[start...].withUnsafeBufferPointer { 1 + CSVReader.lineBreaks(in: $0, from: 0, to: $0.count) }
            rowOfLine += Array(repeating: row.number, count: lines)
            utf8.append(0x0A)
        }
    }

    /// The sheet row that line `line` of the text stands for.
    func row(_ line: Int) -> Int {
        guard !rowOfLine.isEmpty else { return line }
        return rowOfLine[min(max(line, 1), rowOfLine.count) - 1]
    }

    /// A field quoted as RFC 4180 asks, and nothing more: this text only
    /// feeds the importer, so a cell keeps its exact text (no apostrophe
    /// before `-` or `=`, as files for spreadsheets get).
    static func appendField(_ text: String, to out: inout [UInt8]) {
        let bytes = Array(text.utf8)
        guard bytes.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }) else {
            out += bytes
            return
        }
        out.append(UInt8(ascii: "\""))
        for byte in bytes {
            if byte == UInt8(ascii: "\"") { out.append(byte) }
            out.append(byte)
        }
        out.append(UInt8(ascii: "\""))
    }

    static func isFilled(_ cell: SheetCell) -> Bool {
        if case .text(let text) = cell { return !ImportText.trimmed(text).isEmpty }
        return true
    }

    /// A whole number of five digits in the date column, read in the
    /// workbook's date system: days since 1899-12-30 (the 1900 system, which
    /// counts a 29 February 1900 that never was) or since 1904-01-01.
    static func serialDay(_ cell: SheetCell, date1904: Bool) -> LocalDate? {
        guard case .number(let value) = cell, value >= 10000, value < 100_000 else { return nil }
        let origin = date1904 ? LocalDate(year: 1904, month: 1, day: 1) : LocalDate(year: 1899, month: 12, day: 30)
        return origin?.adding(days: Int(value.rounded(.down)))
    }
}

extension ImportWarning {
    /// The warning with its lines turned into sheet rows by `row`.
    func movingLines(_ row: (Int) -> Int) -> ImportWarning {
        switch self {
        case .negativeValue(let source, let line, let column, let value):
            .negativeValue(source: source, line: row(line), column: column, value: value)
        case .lineBreakJoined(let source, let line, let column, let field):
            .lineBreakJoined(source: source, line: row(line), column: column, field: field)
        case .conflictingValues(let source, let name, let field, let keptLine, let kept, let otherLine, let other):
            .conflictingValues(
                source: source, name: name, field: field, keptLine: row(keptLine), kept: kept, otherLine: row(otherLine),
                other: other)
        case .mergedDuplicates(let source, let count, let examples):
            .mergedDuplicates(
                source: source, count: count,
                examples: examples.map { MergedDuplicate(name: $0.name, rep: $0.rep, lines: $0.lines.map(row)) })
        case .ignoredColumns, .noMetricColumns, .readAs, .more, .inSheet: self
        }
    }
}
