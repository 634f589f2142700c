import SalesCoachCore

/// The numbered list under the matrix for customers whose names did not fit beside
/// their marks, laid out in columns that read downwards, like `ls`.
struct MatrixLegend: Sendable {
    struct Entry: Sendable, Equatable {
        var number: Int
        var label: String
        var segment: Segment
        /// The plot had no room even for the number: the mark is there, unlabelled.
        var isMissingFromPlot = false
    }

    var entries: [Entry]
    /// The language of the plot: the note on marks left without a number is
    /// in Japanese under Japanese titles, else in English.
    var titles: MatrixPlot.AxisTitles = .english
    /// Longest name shown; longer ones are cut with "…".
    var maxNameWidth = 24
    var columnGap = 3

    func lines(width: Int, color: ColorMode) -> [String] {
        guard let largest = entries.map(\.number).max() else { return [] }
        let digits = String(largest).count
        let names = entries.map { entry in
            let name = TerminalText.sanitize(entry.label) + (entry.isMissingFromPlot ? " *" : "")
            return DisplayWidth.truncate(name, toWidth: maxNameWidth)
        }
        let nameWidth = names.map { DisplayWidth.width(of: $0) }.max() ?? 0
        let cellWidth = digits + 1 + nameWidth
        let columnCount = max(1, min(entries.count, (width + columnGap) / (cellWidth + columnGap)))
        let rowCount = (entries.count + columnCount - 1) / columnCount

        var lines: [String] = []
        for row in 0..<rowCount {
            var line = ""
            for column in 0..<columnCount {
                let index = column * rowCount + row
                guard index < entries.count else { break }
                let entry = entries[index]
                let number = DisplayWidth.pad(
                    String(entry.number), toWidth: digits, alignment: .right)
                let isLastInLine = column == columnCount - 1 || index + rowCount >= entries.count
                let name =
                    isLastInLine ? names[index] : DisplayWidth.pad(names[index], toWidth: nameWidth)
                if column > 0 { line += String(repeating: " ", count: columnGap) }
                line += Palette.segment(entry.segment).apply(to: number, mode: color) + " " + name
            }
            lines.append(line)
        }
        if entries.contains(where: \.isMissingFromPlot) {
            let note = titles == .japanese ? "* 混み合って図に番号を置けなかった顧客" : "* too crowded to number on the plot"
            lines.append(Palette.muted.apply(to: note, mode: color))
        }
        return lines
    }
}
