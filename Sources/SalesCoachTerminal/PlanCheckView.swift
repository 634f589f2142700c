import Foundation
import SalesCoachCore

/// What `check` prints: shares per segment against the policy as a table and
/// bars, then the warnings (or the statement that the plan is sound).
public struct PlanCheckView: Sendable {
    public let language: Language
    public let width: Int
    public let color: ColorMode

    public init(language: Language, width: Int, color: ColorMode) {
        self.language = language
        self.width = width
        self.color = color
    }

    public func render(_ report: PlanCheckReport) -> String {
        let en = language == .en
        let columns = [
            TableColumn(en ? "Segment" : "領域"),
            TableColumn(en ? (report.unit == .hours ? "Hours" : "Visits") : (report.unit == .hours ? "時間" : "訪問数"), alignment: .right),
            TableColumn(en ? "Share" : "比率", alignment: .right),
            TableColumn(en ? "Policy" : "方針", alignment: .right),
            TableColumn(en ? "Customers" : "社数", alignment: .right),
        ]
        let rows: [[TableCell]] = report.rows.map { row in
            [
                TableCell(row.segment.rawValue, style: Palette.segment(row.segment)),
                TableCell(report.unit.amount(row.amount, in: language)),
                TableCell(Formatting.percent(row.share)),
                TableCell(Formatting.score(row.targetPercent).replacingOccurrences(of: ".0", with: "") + "%"),
                TableCell(String(row.customers)),
            ]
        }
        var out = TableRenderer(columns: columns).render(rows, width: width, color: color)
        let bars = report.rows.map { row in
            BarChart.Bar(
                label: row.segment.rawValue, value: row.share * 100, target: row.targetPercent.doubleValue,
                valueText: Formatting.percent(row.share), style: Palette.segment(row.segment))
        }
        out += "\n\n" + BarChart(bars: bars, maximum: 100, targetWord: en ? "policy target" : "方針の目標").render(width: width, color: color)
        out += "\n\n"
        if report.isSound {
            out += Palette.success.apply(to: TerminalText.sanitize(report.statement(in: language)), mode: color)
        } else {
            // Wrapped to the window, so a warning never breaks mid-word at its edge.
            let label = en ? "warning:" : "注意："
            let lines = report.warnings.map { warning in
                let paragraphs = warning.text(in: language).split(separator: "\n", omittingEmptySubsequences: false)
                    .map { TerminalText.sanitize(String($0)) }
                var wrapped: [String] = []
                for (i, paragraph) in paragraphs.enumerated() {
                    let first = i == 0 ? label + (en ? " " : "") + paragraph : "  " + paragraph
                    wrapped += MessageLayout.prose(first, width: width)
                }
                guard let head = wrapped.first else { return "" }
                let colored = Palette.warning.apply(to: label, mode: color) + head.dropFirst(label.count)
                return ([colored] + wrapped.dropFirst()).joined(separator: "\n")
            }
            out += lines.joined(separator: "\n")
        }
        return out
    }
}
