import SalesCoachCore
import TestSupport
import Testing

@testable import SalesCoachTerminal

@Suite struct BarChartTests {
    static let shares = BarChart(
        bars: [
            BarChart.Bar(
                label: "A 重要顧客", value: 42, target: 30, valueText: "42% (target 30%)",
                style: Palette.segment(.a)),
            BarChart.Bar(
                label: "B 最重点", value: 18, target: 50, valueText: "18% (target 50%)",
                style: Palette.segment(.b)),
            BarChart.Bar(
                label: "C", value: 31, target: 15, valueText: "31% (target 15%)",
                style: Palette.segment(.c)),
            BarChart.Bar(
                label: "D", value: 9, target: 5, valueText: "9% (target 5%)",
                style: Palette.segment(.d)),
        ],
        maximum: 100)

    @Test("time shares against targets at 80 columns")
    func golden80() {
        assertSnapshot(Self.shares.render(width: 80, color: .off), named: "shares-80")
    }

    @Test("the same chart in ASCII")
    func goldenASCII() {
        var chart = Self.shares
        chart.glyphs = .ascii
        assertSnapshot(chart.render(width: 60, color: .off), named: "shares-ascii-60")
    }

    @Test("every line fits the terminal", arguments: [40, 60, 80, 120, 200])
    func fits(width: Int) {
        for line in Self.shares.render(width: width, color: .off).split(separator: "\n") {
            #expect(DisplayWidth.width(of: line) <= width)
        }
    }

    @Test(
        "bars are measured in eighths of a cell",
        arguments: [
            (0.0, ""), (1.0, "▏"), (4.0, "▌"), (8.0, "█"), (12.0, "█▌"), (15.0, "█▉"),
            (80.0, "██████████"),
        ])
    func eighths(value: Double, blocks: String) {
        let chart = BarChart(
            bars: [BarChart.Bar(label: "x", value: value, valueText: "")], maximum: 80)
        let line = chart.render(width: 13, color: .off)
        let dots = String(repeating: "·", count: 10 - blocks.count)
        #expect(line == "x  " + blocks + dots)
    }

    @Test("values beyond the maximum, negative or not a number stay inside the track")
    func outOfRange() {
        let chart = BarChart(
            bars: [
                BarChart.Bar(label: "big", value: 250),
                BarChart.Bar(label: "neg", value: -3),
                BarChart.Bar(label: "nan", value: .nan, target: .infinity),
            ],
            maximum: 100, showsTargetKey: false)
        let lines = chart.render(width: 24, color: .off).split(separator: "\n")
        #expect(
            lines == [
                "big  ██████████████  250", "neg  ··············   -3", "nan  ·············┃    –",
            ])
    }

    @Test("with color off there are no escapes; with color on the bar takes its style")
    func colors() {
        #expect(!Self.shares.render(width: 80, color: .off).contains("\u{1B}"))
        let colored = Self.shares.render(width: 80, color: .on)
        #expect(colored.contains("\u{1B}[32m█"))
        #expect(withoutEscapes(colored) == Self.shares.render(width: 80, color: .off))
    }
}
