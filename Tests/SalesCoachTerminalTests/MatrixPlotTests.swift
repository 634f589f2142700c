import SalesCoachCore
import TestSupport
import Testing

@testable import SalesCoachTerminal

@Suite struct MatrixPlotTests {
    static let fixture = MatrixPlot(points: MatrixFixture.points)

    @Test("fifty customers at 80 columns")
    func golden80() {
        assertSnapshot(Self.fixture.render(width: 80, color: .off), named: "fixture-80")
    }

    @Test("fifty customers at 120 columns")
    func golden120() {
        assertSnapshot(Self.fixture.render(width: 120, color: .off), named: "fixture-120")
    }

    @Test("other cuts move the lines and the tick labels")
    func goldenCuts() {
        let plot = MatrixPlot(
            points: [
                MatrixPoint(label: "田中商事", record: 85, objective: 40, segment: .a),
                MatrixPoint(label: "Acme", record: 69.9, objective: 90, segment: .b),
                MatrixPoint(label: "佐藤工業", record: 70, objective: 29.9, segment: .c),
                MatrixPoint(label: "Globe", record: 10, objective: 10, segment: .d),
            ],
            recordCut: 70, objectiveCut: 30)
        assertSnapshot(plot.render(width: 60, color: .off), named: "cuts-70-30")
    }

    @Test("ASCII glyphs and Japanese axis titles")
    func goldenASCIIJapanese() {
        let plot = MatrixPlot(
            points: Array(MatrixFixture.points.prefix(12)), titles: .japanese, glyphs: .ascii)
        assertSnapshot(plot.render(width: 72, height: 13, color: .off), named: "ascii-japanese-72")
    }

    @Test("an empty book still draws the axes and four zero counts")
    func goldenEmpty() {
        assertSnapshot(MatrixPlot(points: []).render(width: 40, color: .off), named: "empty-40")
    }

    @Test("every line fits the terminal", arguments: [40, 52, 64, 80, 100, 120, 160, 200])
    func fits(width: Int) {
        let lines = Self.fixture.render(width: width, color: .off).split(separator: "\n")
        for line in lines {
            #expect(DisplayWidth.width(of: line) <= width, "\(line)")
        }
    }

    @Test(
        "a wider terminal or a more crowded book gets a taller plot",
        arguments: [
            (80, 10, 75, 19), (80, 52, 75, 27), (120, 10, 115, 29), (120, 52, 115, 29),
            (200, 52, 195, 31), (40, 52, 35, 27),
        ])
    func height(width: Int, pointCount: Int, plotWidth: Int, plotHeight: Int) {
        let plot = MatrixPlot(points: Array(MatrixFixture.points.prefix(pointCount)))
        let drawing = plot.draw(width: width, height: nil)
        #expect(drawing.geometry.width == plotWidth)
        #expect(drawing.geometry.height == plotHeight)
    }

    @Test("absurd sizes from a broken terminal are clamped, not allocated")
    func absurdSizes() {
        let huge = Self.fixture.draw(width: Int.max, height: Int.max)
        #expect(huge.canvas.width == MatrixPlot.maximumWidth)
        #expect(huge.geometry.height == 200)
        let tiny = Self.fixture.draw(width: -5, height: -5)
        #expect(tiny.canvas.width == MatrixPlot.minimumWidth)
        #expect(tiny.geometry.height == 5)
    }

    @Test("a given height is the number of plot rows")
    func givenHeight() {
        let drawing = Self.fixture.draw(width: 80, height: 11)
        #expect(drawing.geometry.height == 11)
        #expect(drawing.canvas.height == 13)
    }

    @Test(
        "every customer is named on the plot or numbered in the legend, once", arguments: [80, 120])
    func everyCustomerShown(width: Int) {
        let drawing = Self.fixture.draw(width: width, height: nil)
        var named: [Int] = []
        var numbered: [Int] = []
        for (group, label) in zip(drawing.groups, drawing.labels) {
            switch label.kind {
            case .name: named += group.members
            case .number: numbered += group.members
            case .unplaced, .unnamed: Issue.record("group at row \(group.row) has no label")
            }
        }
        #expect((named + numbered).sorted() == Array(MatrixFixture.points.indices))
        #expect(drawing.legend.map(\.number) == Array(1...numbered.count))
        #expect(
            Set(drawing.legend.map(\.label)) == Set(numbered.map { MatrixFixture.points[$0].label })
        )
        #expect(drawing.legend.allSatisfy { !$0.isMissingFromPlot })
    }

    @Test(
        "each mark is drawn in its segment's quadrant and no label covers it",
        arguments: [40, 80, 120])
    func marksInQuadrants(width: Int) {
        let drawing = Self.fixture.draw(width: width, height: nil)
        let geometry = drawing.geometry
        for group in drawing.groups {
            for column in group.columns {
                #expect((column > geometry.cutColumn) == group.segment.recordHigh)
                #expect((group.row < geometry.cutRow) == group.segment.objectiveHigh)
                #expect(
                    drawing.canvas.use(column: MatrixPlot.leftMargin + column, row: group.row)
                        == .mark)
            }
        }
    }

    @Test("each quadrant label is in its own quadrant with the segment's count")
    func quadrantLabels() {
        let drawing = Self.fixture.draw(width: 80, height: nil)
        let geometry = drawing.geometry
        #expect(drawing.quadrantLabels.map(\.segment) == Segment.allCases)
        for label in drawing.quadrantLabels {
            let count = MatrixFixture.points.filter { $0.segment == label.segment }.count
            #expect(label.text == "\(label.segment.rawValue) (\(count))")
            let firstColumn = label.span.text.lowerBound - MatrixPlot.leftMargin
            #expect((firstColumn > geometry.cutColumn) == label.segment.recordHigh)
            #expect((label.span.row < geometry.cutRow) == label.segment.objectiveHigh)
        }
    }

    @Test("the picture does not depend on the order of the customers")
    func orderIndependent() {
        let reversed = MatrixPlot(points: MatrixFixture.points.reversed())
        let interleaved = MatrixPlot(
            points: MatrixFixture.points.enumerated().sorted {
                ($0.offset % 3, $0.offset) < ($1.offset % 3, $1.offset)
            }
            .map(\.element))
        let expected = Self.fixture.render(width: 80, color: .off)
        #expect(reversed.render(width: 80, color: .off) == expected)
        #expect(interleaved.render(width: 80, color: .off) == expected)
    }

    @Test("color changes only the escape codes, and off means none at all")
    func color() {
        let plain = Self.fixture.render(width: 80, color: .off)
        let colored = Self.fixture.render(width: 80, color: .on)
        #expect(!plain.contains("\u{1B}"))
        #expect(colored.contains("\u{1B}[1;36mB (14)\u{1B}[0m"))
        #expect(withoutEscapes(colored) == plain)
    }

    @Test("escape sequences in names are shown, not sent")
    func hostileNames() {
        let plot = MatrixPlot(points: [
            MatrixPoint(label: "\u{1B}[2JWipe", record: 80, objective: 80, segment: .a),
            MatrixPoint(label: "\u{202E}kcab", record: 20, objective: 20, segment: .d),
        ])
        let text = plot.render(width: 80, color: .off)
        #expect(text.contains("\\x1B[2JWipe"))
        #expect(text.contains("\\u{202E}kcab"))
        #expect(!text.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{202E}" })
    }

    @Test("scores that are not numbers or out of range stay on the plot")
    func wildScores() {
        let plot = MatrixPlot(
            points: [
                MatrixPoint(label: "nan", record: .nan, objective: .infinity, segment: .b),
                MatrixPoint(label: "huge", record: 1e308, objective: -1e308, segment: .c),
            ],
            recordCut: .nan, objectiveCut: 1e300)
        let drawing = plot.draw(width: 80, height: nil)
        let geometry = drawing.geometry
        let positions = drawing.groups.map { ($0.columns, $0.row) }
        #expect(positions.count == 2)
        #expect(positions.contains { $0.0 == [0] && $0.1 == 0 })
        #expect(positions.contains { $0.0 == [geometry.width - 1] && $0.1 == geometry.height - 1 })
    }

    @Test(
        "customers on one cell or side by side share one label",
        arguments: [
            (80.0, 80.1, 1, "Ito, Sato"),
            (80.0, 81.5, 2, "Sato, Ito"),
        ])
    func sharedLabels(satoRecord: Double, itoRecord: Double, markCount: Int, expected: String) {
        let points = [
            MatrixPoint(label: "Sato", record: satoRecord, objective: 80, segment: .a),
            MatrixPoint(label: "Ito", record: itoRecord, objective: 80, segment: .a),
        ]
        let drawing = MatrixPlot(points: points).draw(width: 80, height: nil)
        #expect(drawing.groups.count == 1)
        #expect(drawing.groups.first?.columns.count == markCount)
        guard case .name(let text, _) = drawing.labels.first?.kind else {
            Issue.record(
                "expected the names, got \(String(describing: drawing.labels.first?.kind))")
            return
        }
        #expect(text == expected)
    }

    @Test("past the legend limit nobody is numbered and a note says how many are unnamed")
    func legendLimit() {
        let plot = MatrixPlot(points: MatrixFixture.points, titles: .english, legendLimit: 10)
        let drawing = plot.draw(width: 80, height: nil)
        #expect(drawing.legend.isEmpty)
        let named = zip(drawing.groups, drawing.labels).reduce(0) { count, pair in
            if case .name = pair.1.kind { return count + pair.0.members.count }
            return count
        }
        #expect(drawing.unnamedCount == MatrixFixture.points.count - named)
        #expect(drawing.unnamedCount > 10)
        let lastLine = plot.render(width: 80, color: .off).split(separator: "\n").last
        #expect(lastLine == "\(drawing.unnamedCount) customers are too close together to name.")
    }

    @Test(
        "the plot writes the legal form of a Japanese company short",
        arguments: [
            ("株式会社田中商事", "㈱田中商事"), ("富士精機株式会社", "富士精機㈱"),
            ("有限会社佐藤電材", "㈲佐藤電材"), ("Acme Trading", "Acme Trading"),
        ])
    func shortNames(name: String, short: String) {
        #expect(MatrixPlot.shortName(name) == short)
        let plot = MatrixPlot(points: [
            MatrixPoint(label: name, record: 80, objective: 80, segment: .a)
        ])
        #expect(plot.render(width: 80, color: .off).contains("● " + short))
    }

    @Test(
        "legend numbers read as ranges",
        arguments: [([3], "3"), ([3, 4], "3,4"), ([3, 4, 5, 6], "3-6")])
    func numberText(numbers: [Int], expected: String) {
        #expect(MatrixPlot.numberText(numbers) == expected)
    }
}
