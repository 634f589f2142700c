import SalesCoachCore

/// The furniture of the matrix: axes, ticks, cut lines, titles and quadrant labels.
extension MatrixPlot {
    /// Draws both axes with their ticks and tick labels, and both cut lines.
    /// Returns whether the record axis title fitted on the tick label row.
    func drawAxes(on canvas: inout MatrixCanvas, geometry: MatrixGeometry) -> Bool {
        let margin = Self.leftMargin
        let axisColumn = margin - 1
        let axisRow = geometry.height
        let tickRow = geometry.height + 1
        let tickStyle = Palette.muted
        let cutStyle = Palette.muted

        let yTicks = [
            (0, "100"), (geometry.cutRow, Self.scoreText(geometry.objectiveCut)),
            (geometry.height - 1, "0"),
        ]
        for row in 0..<geometry.height {
            let isTick = yTicks.contains { $0.0 == row }
            canvas.set(
                isTick ? glyphs.verticalTick : glyphs.vertical, column: axisColumn, row: row,
                style: .plain, use: .line)
        }
        for (row, text) in yTicks {
            let textWidth = DisplayWidth.width(of: text)
            canvas.write(
                text, column: max(0, axisColumn - 1 - textWidth), row: row, style: tickStyle,
                use: .text)
        }

        canvas.set(glyphs.origin, column: axisColumn, row: axisRow, style: .plain, use: .line)
        let xTickColumns = [0, geometry.cutColumn, geometry.width - 1]
        for column in 0..<geometry.width {
            let glyph = xTickColumns.contains(column) ? glyphs.horizontalTick : glyphs.horizontal
            canvas.set(glyph, column: margin + column, row: axisRow, style: .plain, use: .line)
        }

        for row in 0..<geometry.height where row != geometry.cutRow {
            canvas.set(
                glyphs.cutVertical, column: margin + geometry.cutColumn, row: row, style: cutStyle,
                use: .line)
        }
        for column in 0..<geometry.width {
            let glyph = column == geometry.cutColumn ? glyphs.cutCross : glyphs.cutHorizontal
            canvas.set(
                glyph, column: margin + column, row: geometry.cutRow, style: cutStyle, use: .line)
        }

        // Tick labels under the ticks: "0" at the left, the cut centred, "100" ending at the right.
        canvas.write("0", column: margin, row: tickRow, style: tickStyle, use: .text)
        let cutText = Self.scoreText(geometry.recordCut)
        let cutStart = margin + geometry.cutColumn - (DisplayWidth.width(of: cutText) - 1) / 2
        if cutStart > margin + 2 {
            canvas.write(cutText, column: cutStart, row: tickRow, style: tickStyle, use: .text)
        }
        let hundredStart = margin + geometry.width - 3
        canvas.write("100", column: hundredStart, row: tickRow, style: tickStyle, use: .text)

        let title = xTitle
        let titleStart = hundredStart - 2 - DisplayWidth.width(of: title)
        let cutEnd = cutStart + DisplayWidth.width(of: cutText)
        guard titleStart >= cutEnd + 3 else { return false }
        canvas.write(title, column: titleStart, row: tickRow, style: Palette.heading, use: .text)
        return true
    }

    /// The title of the record axis, its arrow pointing along the axis.
    var xTitle: String {
        switch titles {
        case .english: "record →"
        case .japanese: "\(Axis.record.labelJapanese) →"
        case .both: "record (\(Axis.record.labelJapanese)) →"
        }
    }

    /// The line above the plot: the objective axis title, its arrow above the axis.
    func yTitleLine(color: ColorMode) -> String {
        let title: String
        switch titles {
        case .english: title = "↑ objective"
        case .japanese: title = "↑ \(Axis.objective.labelJapanese)"
        case .both: title = "↑ objective (\(Axis.objective.labelJapanese))"
        }
        return String(repeating: " ", count: Self.leftMargin - 1)
            + Palette.heading.apply(to: title, mode: color)
    }

    /// "A (12)".
    func quadrantText(_ segment: Segment) -> String {
        "\(segment.rawValue) (\(points.count { $0.segment == segment }))"
    }

    /// Claims a place for each quadrant's letter and count in its outer corner.
    ///
    /// Tries the corner row first, then rows further in, each from the outer edge
    /// inwards, and takes the first place clear of marks. A quadrant too crowded for its
    /// label is left out and the caller prints its count under the plot.
    func placeQuadrantLabels(
        with labeler: inout MatrixLabeler, geometry: MatrixGeometry
    ) -> [(Segment, String, MatrixLabeler.Span)] {
        let margin = Self.leftMargin
        var placed: [(Segment, String, MatrixLabeler.Span)] = []
        for (offset, segment) in Segment.allCases.enumerated() {
            let text = quadrantText(segment)
            let width = DisplayWidth.width(of: text)
            let rows: [Int] =
                segment.objectiveHigh
                ? Array(0..<geometry.cutRow)
                : Array((geometry.cutRow + 1)..<geometry.height).reversed()
            // One blank column between the label and the axis or cut line.
            let columns: [Int] =
                segment.recordHigh
                ? Array(
                    (geometry.cutColumn + 2)...max(geometry.cutColumn + 2, geometry.width - width)
                ).reversed()
                : Array(1...max(1, geometry.cutColumn - 1 - width))
            let owner = -1 - offset
            search: for row in rows {
                for column in columns {
                    let start = margin + column
                    // Two free cells each side, so the label never reads as a mark's name.
                    let span = MatrixLabeler.Span(
                        row: row, text: start..<(start + width), gap: nil,
                        outer: [start - 2, start - 1, start + width, start + width + 1])
                    if labeler.isFree(span, owner: owner) {
                        labeler.claim(span, owner: owner)
                        placed.append((segment, text, span))
                        break search
                    }
                }
            }
        }
        return placed
    }

    /// "50", or "62.5" for a cut that is not a whole number. `score` must be well inside
    /// `Int`'s range (callers clamp it).
    static func scoreText(_ score: Double) -> String {
        let tenths = Int((score * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let magnitude = abs(tenths)
        return sign
            + (magnitude % 10 == 0 ? "\(magnitude / 10)" : "\(magnitude / 10).\(magnitude % 10)")
    }
}
