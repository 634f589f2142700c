import Foundation
import SalesCoachCore

/// A worksheet part (`xl/worksheets/sheet1.xml`) read into rows of typed cells.
enum WorksheetPart {
    /// Excel's own limits: a reference beyond them is a damaged file.
    static let maxRows = 1_048_576
    static let maxColumns = 16_384
    /// Column slots kept for all rows together (a row is kept up to its last
    /// cell): cells far to the right on many rows must not take gigabytes.
    static let maxSlots = 20_000_000

    static func rows(
        _ data: Data, part: String, source: String, strings: [String], formats: CellFormats, date1904: Bool
    ) throws(SpreadsheetError) -> [SheetRow] {
        var rows: [SheetRow] = []
        var row: SheetRow?
        var lastRow = 0
        var lastColumn = 0
        var slots = 0
        var cell: (column: Int, type: String, style: Int)?
        var value = ""
        var inValue = false
        var inInline = false
        var inPhonetic = false
        var problem: SpreadsheetError?

        func fail(_ detail: SpreadsheetError.Damage) {
            if problem == nil { problem = .damaged(source: source, detail: detail) }
        }

        func finishCell() {
            guard let current = cell, var open = row else { return }
            cell = nil
            guard let made = make(current.type, value, style: current.style) else { return }
            let index = current.column - 1
            if index >= open.cells.count {
                slots += index + 1 - open.cells.count
                guard slots <= maxSlots else {
                    if problem == nil { problem = .tooLarge(source: source, part: part, limit: maxSlots * 8) }
                    return
                }
                open.cells += Array(repeating: nil, count: index + 1 - open.cells.count)
            }
            open.cells[index] = made
            row = open
        }

        func make(_ type: String, _ text: String, style: Int) -> SheetCell? {
            switch type {
            case "s":
                guard let index = Int(text.trimmingCharacters(in: .whitespaces)), index >= 0, index < strings.count else {
                    fail(.missingSharedString(part: part, index: SpreadsheetError.snippet(text, limit: 12)))
                    return nil
                }
                return .text(strings[index])
            case "inlineStr", "str": return .text(CellText.unescaped(text))
            case "e", "d": return text.isEmpty ? nil : .text(text)
            case "b": return .bool(text.trimmingCharacters(in: .whitespaces) == "1" || text == "true")
            default:
                let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
                if trimmed.isEmpty { return nil }
                guard let number = Double(trimmed), number.isFinite else { return .text(trimmed) }
                switch formats.kind(ofStyle: style) {
                case .plain: return .number(number)
                case .percent: return .percent(number)
                case .date:
                    guard number >= 1, number < 2_958_466 else { return .number(number) }
                    let origin = date1904 ? LocalDate(year: 1904, month: 1, day: 1) : LocalDate(year: 1899, month: 12, day: 30)
                    return origin.map { .date($0.adding(days: Int(number.rounded(.down)))) }
                }
            }
        }

        try XMLScanner.scan(
            data, part: part, source: source,
            start: { element, attributes in
                guard problem == nil else { return }
                switch element {
                case "row":
                    let number = attributes["r"].flatMap { Int($0) } ?? lastRow + 1
                    guard number >= 1, number <= maxRows else { return fail(.rowOutOfRange(part: part, row: SpreadsheetError.snippet(attributes["r"] ?? "", limit: 12))) }
                    row = SheetRow(number: number, cells: [])
                    lastRow = number
                    lastColumn = 0
                case "c":
                    guard row != nil else { return fail(.cellOutsideRow(part: part)) }
                    var column = lastColumn + 1
                    if let reference = attributes["r"] {
                        guard let parsed = columnNumber(reference) else {
                            return fail(.notACell(part: part, reference: SpreadsheetError.snippet(reference, limit: 12)))
                        }
                        column = parsed
                    }
                    guard column <= maxColumns else { return fail(.beyondXFD(part: part)) }
                    lastColumn = column
                    cell = (column, attributes["t"] ?? "n", attributes["s"].flatMap { Int($0) } ?? 0)
                    value = ""
                case "v": inValue = true
                case "is": inInline = true
                case "rPh": inPhonetic = true
                case "t" where inInline && !inPhonetic: inValue = true
                default: break
                }
            },
            end: { element in
                guard problem == nil else { return }
                switch element {
                case "v", "t": inValue = false
                case "is": inInline = false
                case "rPh": inPhonetic = false
                case "c": finishCell()
                case "row":
                    if let done = row, done.cells.contains(where: { $0 != nil }) { rows.append(done) }
                    row = nil
                default: break
                }
            },
            text: { text in if inValue, cell != nil { value += text } })
        if let problem { throw problem }
        // Rows out of order are rare but legal: the sheet's order is by number.
        if zip(rows, rows.dropFirst()).contains(where: { $0.number >= $1.number }) {
            rows.sort { $0.number < $1.number }
        }
        return rows
    }

    /// The column of a reference such as `C5` (3); nil when it is not one.
    static func columnNumber(_ reference: String) -> Int? {
        let letters = reference.prefix { $0.isASCII && $0.isLetter }
        let digits = reference.dropFirst(letters.count)
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return SheetColumn.number(letters.uppercased())
    }
}
