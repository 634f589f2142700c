/// Renders rows as an aligned text table that fits the terminal.
///
/// Cells are sanitized (see ``TerminalText``), measured by display width so Japanese
/// names line up, cut with "…" to their column's width, padded, and only then colored.
/// When the table is wider than the terminal, the widest shrinkable column gives up one
/// column at a time until it fits or every shrinkable column is at its minimum. A cut
/// column whose cells share a start longer than half its width (`Company 00017 KK`,
/// `Company 00018 KK`) is cut from the front instead (`…00017 KK`), so its rows stay
/// apart.
///
/// ```swift
/// let table = TableRenderer(columns: [
///     TableColumn("Customer", maxWidth: 24),
///     TableColumn("Seg"),
///     TableColumn("Sales", alignment: .right),
/// ])
/// print(table.render([["田中商事", "A", "12,400"]], width: 80, color: .off))
/// // Customer  Seg   Sales
/// // ────────  ───  ──────
/// // 田中商事  A    12,400
/// ```
public struct TableRenderer: Sendable {
    /// Left to right; each row gives its cells in this order.
    public var columns: [TableColumn]
    /// Between two columns.
    public var separator: String = "  "
    public var headerStyle: Style = Palette.heading
    public var ruleStyle: Style = Palette.muted
    public var glyphs: Glyphs

    public init(columns: [TableColumn], glyphs: Glyphs = .unicode) {
        self.columns = columns
        self.glyphs = glyphs
    }

    /// The table as lines joined by "\n", without a final newline.
    /// - Parameters:
    ///   - rows: one array of cells per row; missing cells are blank, extra ones ignored.
    ///   - width: the terminal width in columns.
    ///   - color: whether cell and header styles are applied.
    public func render(_ rows: [[TableCell]], width: Int, color: ColorMode) -> String {
        let clean = rows.map { row in
            columns.indices.map { index in
                index < row.count
                    ? TableCell(TerminalText.sanitize(row[index].text), style: row[index].style)
                    : TableCell("")
            }
        }
        let headers = columns.map {
            TableCell(TerminalText.sanitize($0.header), style: headerStyle)
        }
        // Each cell is measured once, not three times (to size its column, to
        // cut it and to pad it): a table of thousands of rows is mostly cells.
        let headerWidths = headers.map { DisplayWidth.width(of: $0.text) }
        let cellWidths = clean.map { row in row.map { DisplayWidth.width(of: $0.text) } }
        let widths = columnWidths(headerWidths: headerWidths, rowWidths: cellWidths, width: width)
        // Whether any cell is cut reads the widths already measured.
        let cutsFront = columns.indices.map { index in
            cellWidths.contains { index < $0.count && $0[index] > widths[index] }
                && Self.sharedStartWidth(clean.map { $0[index].text }) > (widths[index] - 1) / 2
        }

        var lines = [line(headers, measured: headerWidths, widths: widths, color: color)]
        let rule = widths.map { String(repeating: glyphs.horizontal, count: $0) }
            .joined(separator: separator)
        lines.append(ruleStyle.apply(to: rule, mode: color))
        for (row, measured) in zip(clean, cellWidths) {
            lines.append(line(row, measured: measured, widths: widths, color: color, cutsFront: cutsFront))
        }
        return lines.joined(separator: "\n")
    }

    /// The display width of the start every one of `texts` shares (0 for fewer than two).
    static func sharedStartWidth(_ texts: [String]) -> Int {
        guard texts.count > 1, var shared = texts.first.map(Array.init) else { return 0 }
        for text in texts.dropFirst() {
            var length = 0
            for character in text {
                guard length < shared.count, shared[length] == character else { break }
                length += 1
            }
            shared.removeLast(shared.count - length)
            if shared.isEmpty { return 0 }
        }
        return DisplayWidth.width(of: String(shared))
    }

    /// The width each column gets for these rows in a terminal `width` columns wide.
    public func columnWidths(for rows: [[TableCell]], width: Int) -> [Int] {
        columnWidths(
            headerWidths: columns.map { DisplayWidth.width(of: TerminalText.sanitize($0.header)) },
            rowWidths: rows.map { row in row.map { DisplayWidth.width(of: TerminalText.sanitize($0.text)) } }, width: width)
    }

    /// `columnWidths` from the display widths of the header's and the rows' cells.
    private func columnWidths(headerWidths: [Int], rowWidths: [[Int]], width: Int) -> [Int] {
        var widths = columns.indices.map { index -> Int in
            var natural = headerWidths[index]
            for row in rowWidths where index < row.count {
                natural = max(natural, row[index])
            }
            if let cap = columns[index].maxWidth { natural = min(natural, max(1, cap)) }
            return natural
        }
        let separators = DisplayWidth.width(of: separator) * max(0, columns.count - 1)
        var excess = widths.reduce(separators, +) - width
        while excess > 0 {
            // The widest column that may still shrink; on a tie the rightmost, because
            // the first column usually holds the name that identifies the row.
            var candidate: Int? = nil
            for index in widths.indices
            where columns[index].shrinks && widths[index] > columns[index].minWidth {
                if let best = candidate, widths[best] > widths[index] { continue }
                candidate = index
            }
            guard let chosen = candidate else { break }
            widths[chosen] -= 1
            excess -= 1
        }
        return widths
    }

    /// One row; `measured` holds its cells' display widths.
    private func line(
        _ cells: [TableCell], measured: [Int], widths: [Int], color: ColorMode, cutsFront: [Bool] = []
    ) -> String {
        var parts: [String] = []
        for (index, cell) in cells.enumerated() {
            let isLast = index == cells.count - 1
            // A cell that fits keeps its text, and its width is known: only a
            // cut one is measured again.
            let fits = widths[index] > 0 && measured[index] <= widths[index]
            let front = index < cutsFront.count && cutsFront[index]
            var text = fits
                ? cell.text
                : front ? DisplayWidth.truncateFront(cell.text, toWidth: widths[index]) : DisplayWidth.truncate(cell.text, toWidth: widths[index])
            // No trailing blanks on the last column: they only make copied text ragged.
            if !(isLast && columns[index].alignment == .left) {
                text = fits
                    ? DisplayWidth.pad(text, measuring: measured[index], toWidth: widths[index], alignment: columns[index].alignment)
                    : DisplayWidth.pad(text, toWidth: widths[index], alignment: columns[index].alignment)
            }
            parts.append(cell.style.apply(to: text, mode: color))
        }
        var result = parts.joined(separator: separator)
        while result.last == " " { result.removeLast() }
        return result
    }
}
