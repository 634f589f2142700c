import SalesCoachCore

/// The B→A moves of each month as a row of bars, the way `summary` and the
/// manager's `team --history` show a book's progress at a glance.
public struct MonthlyMovesChart: Sendable {
    public var months: [(month: LocalDate, count: Int)]
    public var language: Language
    public var glyphs: Glyphs

    public init(months: [(month: LocalDate, count: Int)], language: Language, glyphs: Glyphs = .unicode) {
        self.months = months
        self.language = language
        self.glyphs = glyphs
    }

    /// Nothing to draw when no month had a move: a row of empty bars says nothing.
    public var isEmpty: Bool { !months.contains { $0.count > 0 } }

    public func render(width: Int, color: ColorMode) -> String {
        let bars = months.map { month in
            BarChart.Bar(
                label: String(month.month.description.prefix(7)), value: Double(month.count),
                valueText: language == .en ? "\(month.count) B→A" : "B→A \(month.count)社", style: Palette.segment(.a))
        }
        let top = Double(months.map(\.count).max() ?? 1)
        return BarChart(bars: bars, maximum: max(top, 1), showsTargetKey: false, glyphs: glyphs).render(width: width, color: color)
    }
}
