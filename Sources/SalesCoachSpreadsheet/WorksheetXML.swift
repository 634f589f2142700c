import Foundation
import SalesCoachCore

/// One worksheet's XML and the styles its cells use.
enum WorksheetXML {
    /// Excel's limit on the characters of one cell.
    static let maxCellCharacters = 32_767

    /// Cell styles (`s`), the indexes of `cellXfs` in `styles`.
    enum Style: Int {
        case plain = 0, header, integer, score, percent, date

        init(_ format: ExportTable.Format) {
            switch format {
            case .text, .number: self = .plain
            case .integer: self = .integer
            case .score: self = .score
            case .percent: self = .percent
            case .date: self = .date
            }
        }
    }

    /// Fonts: regular and bold; formats: `#,##0` (built-in 3), `0.0`, `0.0%`, `yyyy-mm-dd`.
    static let styles = XLSXWriter.header
        + #"<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
        + #"<numFmts count="3"><numFmt numFmtId="164" formatCode="0.0"/><numFmt numFmtId="165" formatCode="0.0%"/>"#
        + #"<numFmt numFmtId="166" formatCode="yyyy\-mm\-dd"/></numFmts>"#
        + #"<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>"#
        + #"<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>"#
        + #"<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>"#
        + #"<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"#
        + #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
        + #"<cellXfs count="6"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"#
        + #"<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>"#
        + #"<xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"#
        + #"<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"#
        + #"<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"#
        + #"<xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>"#
        + #"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>"#

    static func render(_ table: ExportTable, strings: inout SharedStringTable) -> String {
        let styles = table.columns.map { Style($0.format) }
        var widths = table.columns.map { width(of: $0.header) + 2 }
        var data = ""
        func cell(_ value: SheetCell?, column: Int, row: Int, style: Style) {
            guard let value else { return }
            let reference = SheetColumn.letters(column + 1) + String(row)
            switch value {
            case .text(let text):
                let cut = text.count > maxCellCharacters ? String(text.prefix(maxCellCharacters - 1)) + "…" : text
                widths[column] = max(widths[column], width(of: cut))
                data += #"<c r="\#(reference)" s="\#(style == .header ? Style.header.rawValue : Style.plain.rawValue)" t="s"><v>\#(strings.id(of: cut))</v></c>"#
            case .number(let number), .percent(let number):
                guard number.isFinite else { return }
                // As wide as the number shows in its format (a separator per three digits for integers).
                let shown = switch style {
                case .percent: String(format: "%.1f%%", number * 100)
                case .score: String(format: "%.1f", number)
                case .integer: String(format: "%.0f", number)
                default: numberText(number)
                }
                widths[column] = max(widths[column], shown.count + (style == .integer ? shown.count / 3 : 0))
                data += #"<c r="\#(reference)" s="\#(style.rawValue)"><v>\#(numberText(number))</v></c>"#
            case .bool(let flag):
                widths[column] = max(widths[column], 5)
                data += #"<c r="\#(reference)" t="b"><v>\#(flag ? 1 : 0)</v></c>"#
            case .date(let day):
                widths[column] = max(widths[column], 10)
                data += #"<c r="\#(reference)" s="\#(Style.date.rawValue)"><v>\#(serial(day))</v></c>"#
            }
        }
        data += #"<row r="1">"#
        for (column, header) in table.columns.enumerated() { cell(.text(header.header), column: column, row: 1, style: .header) }
        data += "</row>"
        for (index, row) in table.rows.enumerated() {
            data += #"<row r="\#(index + 2)">"#
            for (column, value) in row.enumerated() where column < styles.count { cell(value, column: column, row: index + 2, style: styles[column]) }
            data += "</row>"
        }
        let columns = widths.enumerated().map { index, width in
            #"<col min="\#(index + 1)" max="\#(index + 1)" width="\#(min(max(width, 8), 60) + 1)" customWidth="1"/>"#
        }
        let last = SheetColumn.letters(max(1, table.columns.count)) + String(table.rows.count + 1)
        return XLSXWriter.header
            + #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
            + #"<dimension ref="A1:\#(last)"/>"#
            + #"<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#
            + #"<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>"#
            + #"<sheetFormatPr defaultRowHeight="15"/>"#
            + (columns.isEmpty ? "" : "<cols>" + columns.joined() + "</cols>")
            + "<sheetData>" + data + "</sheetData></worksheet>"
    }

    /// A number as a cell holds it: whole numbers without a point, others
    /// in the shortest form that reads back as the same double.
    static func numberText(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return value.description
    }

    /// The 1900-system serial of a day: days since 1899-12-30 (from March 1900 on, as Excel counts).
    static func serial(_ day: LocalDate) -> Int {
        day.dayNumber - LocalDate(year: 1899, month: 12, day: 30)!.dayNumber
    }

    /// About how many character widths a text takes in a column: East Asian
    /// wide characters count two; the longest line counts.
    static func width(of text: String) -> Int {
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map { line in
            line.unicodeScalars.reduce(0) { sum, scalar in
                let v = scalar.value
                let wide = (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
                    || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
                    || (0xFFE0...0xFFE6).contains(v) || v >= 0x20000
                return sum + (wide ? 2 : 1)
            }
        }.max() ?? 0
    }

    /// Text for XML: markup characters as entities, and what XML cannot hold as `_xHHHH_`.
    static func escaped(_ text: String) -> String { XMLText.escaped(CellText.escaped(text)) }
}
