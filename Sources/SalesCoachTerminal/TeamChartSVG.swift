import SalesCoachCore

/// The team's weekly visit mix as an SVG chart for a manager's report: one
/// row per rep (then the team), one stacked bar per week with the A, B, C
/// and D shares of the visits logged (else planned), and a dashed line at
/// the C limit, so a rep drifting into comfortable accounts stands out.
/// Self-contained and escaped like `MatrixSVG`.
public struct TeamChartSVG: Sendable {
    public var report: TeamReport
    /// The plan policy's maximum C share, in percent.
    public var cLimit: Double
    public var language: Language

    public init(report: TeamReport, cLimit: Double, language: Language = .en) {
        self.report = report
        self.cLimit = cLimit
        self.language = language
    }

    static let labelWidth = 190.0
    static let barWidth = 44.0
    static let barGap = 14.0
    static let rowHeight = 120.0
    static let top = 112.0

    /// Each week's shares, logged visits first, else planned ones.
    static func shares(_ week: TeamReport.Week) -> [Segment: Double]? {
        if week.visitedTotal > 0 {
            return Dictionary(uniqueKeysWithValues: Segment.allCases.map { ($0, Double(week.visited[$0] ?? 0) / Double(week.visitedTotal)) })
        }
        guard week.plannedTotal > 0 else { return nil }
        return Dictionary(uniqueKeysWithValues: Segment.allCases.map { ($0, (week.planned[$0] ?? 0) / week.plannedTotal) })
    }

    public func render() -> String {
        let en = language == .en
        // A rep with nothing planned or logged in any week has no bars to show: counted in a note instead.
        let active = report.rows.filter { row in row.weeks.contains { Self.shares($0) != nil } }
        let idle = report.rows.count - active.count
        let rows: [(label: String, weeks: [TeamReport.Week])] =
            active.map { ($0.label(in: language), $0.weeks) } + [(en ? "team" : "チーム計", report.total.weeks)]
        let weekCount = rows.map(\.weeks.count).max() ?? 0
        let width = Self.labelWidth + Double(weekCount) * (Self.barWidth + Self.barGap) + 40
        let height = Self.top + Double(rows.count) * Self.rowHeight + (idle > 0 ? 50 : 30)
        let n = MatrixSVG.number
        let font = "'Noto Sans CJK JP','Noto Sans JP','Hiragino Sans','Yu Gothic','Meiryo','Helvetica Neue',Arial,sans-serif"
        var svg = [
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(n(max(width, 620)))\" height=\"\(n(height))\" viewBox=\"0 0 \(n(max(width, 620))) \(n(height))\" font-family=\"\(font)\" font-size=\"12\">",
            "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>",
        ]
        func text(_ content: String, x: Double, y: Double, size: Double = 12, anchor: String = "start", fill: String = "#111111", bold: Bool = false) {
            svg.append("<text x=\"\(n(x))\" y=\"\(n(y))\" font-size=\"\(n(size))\"\(anchor == "start" ? "" : " text-anchor=\"\(anchor)\"")\(fill == "#111111" ? "" : " fill=\"\(fill)\"")\(bold ? " font-weight=\"bold\"" : "")>\(MatrixSVG.escaped(content))</text>")
        }
        text(en ? "Visits by week and segment (logged, else planned)" : "週ごと・領域ごとの訪問（記録、なければ予定）", x: 20, y: 30, size: 18, bold: true)
        text(en ? "Each bar is one week, C at the bottom: where it crosses the dashed line, C is over its limit of \(n(cLimit))%." : "棒は1週ずつ、一番下がC。点線（上限 \(n(cLimit))%）を超えたらCの比率が高すぎます。", x: 20, y: 52, size: 12, fill: "#444444")
        // Key.
        for (i, segment) in Segment.allCases.enumerated() {
            // Two by two: each meaning has room, in either language.
            let x = 20 + Double(i % 2) * 300
            let y = 64 + Double(i / 2) * 17
            svg.append("<rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"12\" height=\"12\" fill=\"\(MatrixSVG.color(segment))\"/>")
            text("\(segment.rawValue) · \(en ? segment.summary : segment.summaryJapanese)", x: x + 18, y: y + 11, size: 11)
        }
        let barHeight = Self.rowHeight - 40
        for (r, row) in rows.enumerated() {
            let y0 = Self.top + Double(r) * Self.rowHeight + 10
            let bottom = y0 + barHeight
            text(DisplayWidth.truncate(TerminalText.sanitize(row.label), toWidth: 24), x: 20, y: y0 + barHeight / 2 + 4, size: 13, bold: r == rows.count - 1)
            for (w, week) in row.weeks.enumerated() {
                let x = Self.labelWidth + Double(w) * (Self.barWidth + Self.barGap)
                text(String(week.start.description.dropFirst(5)), x: x + Self.barWidth / 2, y: bottom + 16, size: 10, anchor: "middle", fill: "#555555")
                guard let shares = Self.shares(week) else {
                    svg.append("<rect x=\"\(n(x))\" y=\"\(n(y0))\" width=\"\(n(Self.barWidth))\" height=\"\(n(barHeight))\" fill=\"none\" stroke=\"#cccccc\" stroke-dasharray=\"3 3\"/>")
                    continue
                }
                var y = bottom
                // C at the bottom: its band crosses the dashed line exactly when it is over the limit.
                for segment in [Segment.c, .d, .b, .a] {
                    let h = (shares[segment] ?? 0) * barHeight
                    guard h > 0 else { continue }
                    y -= h
                    svg.append("<rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(Self.barWidth))\" height=\"\(n(h))\" fill=\"\(MatrixSVG.color(segment))\"><title>\(segment.rawValue) \(Int(((shares[segment] ?? 0) * 100).rounded()))%</title></rect>")
                }
                let c = shares[.c] ?? 0
                text("C \(Int((c * 100).rounded()))%", x: x + Self.barWidth / 2, y: y0 - 3, size: 10, anchor: "middle", fill: c * 100 > cLimit ? "#b00020" : "#555555", bold: c * 100 > cLimit)
            }
            let lineY = bottom - cLimit / 100 * barHeight
            let right = Self.labelWidth + Double(row.weeks.count) * (Self.barWidth + Self.barGap) - Self.barGap
            if !row.weeks.isEmpty {
                svg.append("<line x1=\"\(n(Self.labelWidth - 6))\" y1=\"\(n(lineY))\" x2=\"\(n(right + 6))\" y2=\"\(n(lineY))\" stroke=\"#b00020\" stroke-dasharray=\"5 3\"/>")
            }
        }
        if idle > 0 {
            text(
                en ? "\(idle) rep\(idle == 1 ? "" : "s") with no visits planned or logged in these weeks not shown." : "この期間に訪問の予定も記録もない \(idle) 人は表示していません。",
                x: 20, y: height - 20, size: 12, fill: "#555555")
        }
        svg.append("</svg>")
        return svg.joined(separator: "\n") + "\n"
    }
}
