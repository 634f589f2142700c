import SalesCoachCore

/// The 2×2 matrix as a terminal scatter plot: objective score up, record score across.
///
/// Draws both axes with ticks at 0, the cut and 100, the two cut lines, each quadrant's
/// letter and count in its outer corner, and a mark per customer, colored by segment.
/// Names go beside their marks where they fit without covering anything; the others
/// get a number, explained in a legend under the plot. Same input, same picture.
///
/// ```swift
/// let plot = MatrixPlot(points: [
///     MatrixPoint(label: "田中商事", record: 82, objective: 75, segment: .a),
///     MatrixPoint(label: "Acme", record: 20, objective: 90, segment: .b),
/// ])
/// print(plot.render(width: 80, color: .on))
/// ```
public struct MatrixPlot: Sendable {
    /// The language of the axis titles.
    public enum AxisTitles: Sendable, Hashable {
        /// "record →", "↑ objective".
        case english
        /// "取り引き実績 →", "↑ 客観的評価".
        case japanese
        /// "record (取り引き実績) →", "↑ objective (客観的評価)".
        case both
    }

    /// The customers to draw, in any order: the picture does not depend on it.
    public var points: [MatrixPoint]
    /// The record score that separates low from high (the vertical line).
    public var recordCut: Double
    /// The objective score that separates low from high (the horizontal line).
    public var objectiveCut: Double
    /// The language of the axis titles and notes.
    public var titles: AxisTitles
    /// Box drawing, or ASCII for terminals that draw it double width.
    public var glyphs: Glyphs
    /// When more customers than this would need a number, none are numbered: names go
    /// where they fit, the rest are bare marks, and a note says how many.
    public var legendLimit: Int

    /// Narrower than this the plot is drawn at this width anyway: it cannot say anything
    /// useful in less.
    public static let minimumWidth = 40
    /// Wider than this adds nothing but empty space (and memory), so the plot stops
    /// growing; likewise it never gets taller than 200 rows.
    public static let maximumWidth = 400

    public init(
        points: [MatrixPoint],
        recordCut: Double = 50,
        objectiveCut: Double = 50,
        titles: AxisTitles = .both,
        glyphs: Glyphs = .unicode,
        legendLimit: Int = 60
    ) {
        self.points = points
        self.recordCut = recordCut
        self.objectiveCut = objectiveCut
        self.titles = titles
        self.glyphs = glyphs
        self.legendLimit = legendLimit
    }

    /// The plot as lines joined by "\n", without a final newline.
    /// - Parameters:
    ///   - width: the terminal width; every line fits in it (down to ``minimumWidth``;
    ///     beyond ``maximumWidth`` the plot stops growing).
    ///   - height: rows of the plot area, cut line included (5 to 200); by default about a
    ///     quarter of the width, so the picture keeps its shape as the terminal grows, and
    ///     up to 31 rows for a crowded book.
    ///   - color: whether marks, labels and lines are colored.
    public func render(width: Int, height: Int? = nil, color: ColorMode) -> String {
        let drawing = draw(width: width, height: height)
        var lines = [yTitleLine(color: color)]
        lines += drawing.canvas.lines(color: color)
        if !drawing.xTitleFitted {
            let title = xTitle
            let indent = max(0, drawing.canvas.width - DisplayWidth.width(of: title))
            lines.append(
                String(repeating: " ", count: indent)
                    + Palette.heading.apply(to: title, mode: color))
        }
        let missingQuadrants = Segment.allCases.filter { segment in
            !drawing.quadrantLabels.contains { $0.segment == segment }
        }
        if !missingQuadrants.isEmpty {
            lines.append(
                missingQuadrants.map {
                    Palette.segment($0).bolded.apply(to: quadrantText($0), mode: color)
                }
                .joined(separator: "  "))
        }
        if !drawing.legend.isEmpty {
            lines.append("")
            lines += MatrixLegend(entries: drawing.legend, titles: titles).lines(
                width: drawing.canvas.width, color: color)
        }
        let unnamed = drawing.unnamedCount
        if unnamed > 0 {
            lines.append("")
            if titles != .japanese {
                lines.append(
                    Palette.muted.apply(
                        to: "\(unnamed) customers are too close together to name.", mode: color))
            }
            if titles != .english {
                lines.append(
                    Palette.muted.apply(to: "密集しているため \(unnamed) 社の名前を省略しました。", mode: color))
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Everything drawn, before it is turned into text; tests look inside.
    struct Drawing: Sendable {
        var geometry: MatrixGeometry
        var canvas: MatrixCanvas
        var groups: [Group]
        var labels: [PlacedLabel]
        var quadrantLabels: [(segment: Segment, text: String, span: MatrixLabeler.Span)]
        /// By number.
        var legend: [MatrixLegend.Entry]
        var xTitleFitted: Bool

        /// Customers drawn as bare marks because there were too many to number.
        var unnamedCount: Int {
            zip(groups, labels).reduce(0) { count, pair in
                if case .unnamed = pair.1.kind { return count + pair.0.members.count }
                return count
            }
        }
    }

    func draw(width: Int, height: Int?) -> Drawing {
        let totalWidth = min(max(width, Self.minimumWidth), Self.maximumWidth)
        let plotWidth = totalWidth - Self.leftMargin
        let plotHeight = min(
            max(height ?? Self.defaultHeight(plotWidth: plotWidth, pointCount: points.count), 5),
            200)
        let geometry = MatrixGeometry(
            width: plotWidth, height: plotHeight, recordCut: recordCut, objectiveCut: objectiveCut)

        var canvas = MatrixCanvas(width: totalWidth, height: plotHeight + 2)
        let xTitleFitted = drawAxes(on: &canvas, geometry: geometry)
        let groups = groupedPoints(geometry: geometry)
        for group in groups {
            for column in group.columns {
                canvas.set(
                    glyphs.mark, column: Self.leftMargin + column, row: group.row,
                    style: Palette.segment(group.segment), use: .mark)
            }
        }

        var quadrantLabels: [(segment: Segment, text: String, span: MatrixLabeler.Span)] = []
        func label(numbering: Bool) -> [PlacedLabel] {
            var labeler = MatrixLabeler(
                canvas: canvas, columns: Self.leftMargin..<totalWidth, rows: 0..<plotHeight)
            return placePointLabels(
                groups, with: &labeler, maxWidth: Self.labelWidth(plotWidth: plotWidth),
                numbering: numbering,
                beforeNames: { labeler in
                    quadrantLabels = placeQuadrantLabels(with: &labeler, geometry: geometry)
                })
        }
        var labels = label(numbering: true)
        // A legend of hundreds of numbers helps nobody: name what fits and say how
        // many marks are left bare.
        if labels.reduce(0, { $0 + $1.numbers.count }) > legendLimit {
            labels = label(numbering: false)
        }

        for (segment, text, span) in quadrantLabels {
            canvas.write(
                text, column: span.text.lowerBound, row: span.row,
                style: Palette.segment(segment).bolded, use: .text)
        }
        var legend: [MatrixLegend.Entry] = []
        for (group, label) in zip(groups, labels) {
            switch label.kind {
            case .name(let text, let span):
                canvas.write(
                    text, column: span.text.lowerBound, row: span.row, style: .plain, use: .text)
            case .number(let numbers, let span, let side):
                let text = Self.numberText(numbers)
                let start = side == .left ? span.text.upperBound - text.count : span.text.lowerBound
                canvas.write(
                    text, column: start, row: span.row, style: Palette.segment(group.segment),
                    use: .text)
            case .unplaced, .unnamed:
                break
            }
            legend += zip(label.numbers, group.members).map { number, member in
                MatrixLegend.Entry(
                    number: number, label: points[member].label, segment: group.segment,
                    isMissingFromPlot: label.isUnplaced)
            }
        }
        return Drawing(
            geometry: geometry, canvas: canvas, groups: groups, labels: labels,
            quadrantLabels: quadrantLabels, legend: legend.sorted { $0.number < $1.number },
            xTitleFitted: xTitleFitted)
    }

    // MARK: - Layout constants

    /// Tick labels ("100"), a space and the axis.
    static let leftMargin = 5

    /// About a quarter of the width (terminal cells are twice as tall as wide), and
    /// taller for a crowded book, since every row is room for more names.
    static func defaultHeight(plotWidth: Int, pointCount: Int) -> Int {
        let rows = min(max(plotWidth / 4 + 1, pointCount / 2, 11), 31)
        // An odd count puts a cut at 50 exactly in the middle.
        return rows % 2 == 1 ? rows : rows + 1
    }

    /// Longest name drawn beside a mark; longer names are cut with "…".
    static func labelWidth(plotWidth: Int) -> Int {
        min(max(plotWidth / 4, 12), 24)
    }
}
