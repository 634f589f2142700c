import SalesCoachCore

/// The manager's table: one row per rep, worst first, the team total last,
/// then each rep's warnings.
public struct TeamReportView: Sendable {
    public let language: Language
    public let width: Int
    public let color: ColorMode

    public init(language: Language, width: Int, color: ColorMode) {
        self.language = language
        self.width = width
        self.color = color
    }

    public func render(_ report: TeamReport) -> String {
        let en = language == .en
        var columns = [TableColumn(en ? "Rep" : "担当", maxWidth: 24, minWidth: 6)]
        for segment in Segment.allCases { columns.append(TableColumn(segment.rawValue, alignment: .right)) }
        columns += [
            TableColumn(en ? (report.unit == .hours ? "Hours" : "Visits") : (report.unit == .hours ? "時間" : "訪問数"), alignment: .right),
            TableColumn(en ? "Warnings" : "注意", alignment: .right),
            TableColumn(en ? "C overweight" : "C過多", alignment: .center),
        ]
        var rows: [[TableCell]] = report.rows.map { row in
            var cells = [TableCell(row.label(in: language))]
            for segment in Segment.allCases {
                cells.append(TableCell(Formatting.percent(row.check.row(segment).share), style: Palette.segment(segment)))
            }
            cells += [
                TableCell(report.unit.amount(row.check.total, in: language)),
                TableCell(String(row.warningCount), style: row.warningCount > 0 ? Palette.warning : .plain),
                TableCell(row.isCOverweight ? (en ? "yes" : "あり") : "–", style: row.isCOverweight ? Palette.warning : .plain),
            ]
            return cells
        }
        var total = [TableCell(en ? "team" : "チーム計", style: Palette.heading)]
        for segment in Segment.allCases { total.append(TableCell(Formatting.percent(report.total.share(segment)))) }
        total += [
            TableCell(report.unit.amount(report.total.total, in: language)), TableCell(String(report.total.warningCount)),
            TableCell(report.total.isCOverweight ? (en ? "yes" : "あり") : "–"),
        ]
        rows.append(total)
        var out = TableRenderer(columns: columns).render(rows, width: width, color: color)
        for row in report.rows where !row.check.warnings.isEmpty {
            out += "\n\n" + Palette.heading.apply(to: TerminalText.sanitize(row.label(in: language)), mode: color)
            for warning in row.check.warnings {
                let text = warning.text(in: language).split(separator: "\n").map { TerminalText.sanitize(String($0)) }
                    .joined(separator: "\n    ")
                out += "\n  " + Palette.warning.apply(to: "•", mode: color) + " " + text
            }
        }
        return out
    }
}
