import SalesCoachCore

/// The manager's table: one row per rep, worst first, the team total last,
/// then each rep's warnings.
///
/// Columns: the rep's book (customers per segment), the plan's shares for
/// the week checked (when a plan was given), the C share week by week (of
/// visits logged, else of visits planned), since when the rep has been
/// drifting into C, and the number of warnings.
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
        var columns = [
            TableColumn(en ? "Rep" : "担当", maxWidth: 24, minWidth: 6),
            TableColumn(en ? "Book A·B·C·D" : "担当先 A·B·C·D", alignment: .right),
        ]
        if report.hasPlan {
            for segment in Segment.allCases { columns.append(TableColumn(segment.rawValue, alignment: .right)) }
            columns.append(
                TableColumn(
                    en ? (report.unit == .hours ? "Hours" : "Visits") : (report.unit == .hours ? "時間" : "訪問数"),
                    alignment: .right))
            columns.append(TableColumn(en ? "Made" : "実績", alignment: .right))
        }
        columns += [
            TableColumn(en ? "C by week" : "週ごとのC", alignment: .right),
            TableColumn(en ? "C since" : "C偏重の開始", alignment: .right),
            TableColumn(en ? "Warnings" : "注意", alignment: .right),
        ]
        var rows: [[TableCell]] = report.rows.map { row in
            var cells = [TableCell(row.label(in: language)), TableCell(book(row.customers(_:)))]
            if report.hasPlan {
                for segment in Segment.allCases {
                    let share = Formatting.percent(row.check.row(segment).share)
                    cells.append(TableCell(row.basis == .unknownRep ? "–" : share, style: Palette.segment(segment)))
                }
                cells.append(TableCell(report.unit.amount(row.check.total + row.check.uncounted, in: language)))
                cells.append(TableCell(made(row.weeks, week: report.week.start, planned: row.check.total + row.check.uncounted)))
            }
            cells += [
                TableCell(trend(row.weeks)),
                TableCell(row.driftingSince.map(date) ?? "–", style: row.driftingSince == nil ? .plain : Palette.warning),
                TableCell(String(row.warningCount), style: row.warningCount > 0 ? Palette.warning : .plain),
            ]
            return cells
        }
        var total = [TableCell(en ? "team" : "チーム計", style: Palette.heading), TableCell(book(report.total.customers(_:)))]
        if report.hasPlan {
            for segment in Segment.allCases { total.append(TableCell(Formatting.percent(report.total.share(segment)))) }
            total.append(TableCell(report.unit.amount(report.total.total, in: language)))
            total.append(TableCell(made(report.total.weeks, week: report.week.start, planned: report.total.total)))
        }
        total += [TableCell(trend(report.total.weeks)), TableCell(""), TableCell(String(report.total.warningCount))]
        rows.append(total)
        var out = TableRenderer(columns: columns).render(rows, width: width, color: color)
        out += "\n" + Palette.muted.apply(to: legend(report), mode: color)
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

    /// "3·5·2·1", then "+1" for unclassified customers.
    func book(_ count: (Segment?) -> Int) -> String {
        let counts = Segment.allCases.map { String(count($0)) }.joined(separator: "·")
        return count(nil) > 0 ? counts + " +\(count(nil))" : counts
    }

    /// C's share per week, oldest first, as a sparkline to see the drift at a
    /// glance, then the latest week's share to read it: "▁▂▄▅ 60%"; "·" for
    /// a week without data. (CSV and JSON carry every week's number.)
    func trend(_ weeks: [TeamReport.Week]) -> String {
        let levels = Array("▁▂▃▄▅▆▇█")
        let spark = String(weeks.map { week in
            week.cShare.map { levels[min(levels.count - 1, Int($0 * Double(levels.count)))] } ?? "·"
        })
        return spark + " " + (weeks.last?.cShare.map { Formatting.percent($0) } ?? "–")
    }

    /// Plan against actual for the checked week: visits logged of visits planned, "4/10".
    func made(_ weeks: [TeamReport.Week], week: LocalDate, planned: Double) -> String {
        let visited = weeks.first(where: { $0.start == week })?.visitedTotal ?? 0
        return "\(visited)/\(Formatting.grouped(planned))"
    }

    /// A week's Monday as "11-16".
    func date(_ day: LocalDate) -> String { String(day.description.dropFirst(5)) }

    /// What the columns mean, a line each.
    func legend(_ report: TeamReport) -> String {
        let first = report.total.weeks.first?.start ?? report.week.start
        let weeks = report.total.weeks.count
        let lines: [String]
        switch language {
        case .en:
            lines = (report.hasPlan ? [
                "Plan: shares of the visits planned for the week of \(report.week.start).",
                "Made: visits logged that week of those planned (plan against actual).",
            ] : []) + [
                "C by week: C's share of the visits logged (else planned) in each of \(weeks) weeks from \(first), from ▁ (none) to █ (all); then the latest week's share.",
                "C since: the first week of the current run with C above its maximum or above B.",
            ]
        case .ja:
            lines = (report.hasPlan ? [
                "計画：\(report.week.start)の週の訪問予定の構成比。",
                "実績：その週に記録した訪問数／予定した訪問数（計画と実績）。",
            ] : []) + [
                "週ごとのC：\(first)からの\(weeks)週それぞれで、記録した訪問（なければ予定）に占めるCの割合（▁＝なし〜█＝すべて）と、直近の週の割合。",
                "C偏重の開始：Cが上限またはBを超える状態が続いている最初の週。",
            ]
        }
        return lines.joined(separator: "\n")
    }
}
