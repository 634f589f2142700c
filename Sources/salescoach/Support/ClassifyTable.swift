import SalesCoachCore
import SalesCoachTerminal

/// The table `classify` prints: one row per customer, then the summary per segment.
struct ClassifyTable {
    let language: Language
    let width: Int
    let color: ColorMode

    func render(_ rows: [ClassificationExport.Row], perRep: Bool) -> String {
        let en = language == .en
        var columns: [TableColumn] = []
        if perRep { columns.append(TableColumn(en ? "Rep" : "担当", maxWidth: 18, minWidth: 4)) }
        columns += [
            TableColumn(en ? "Customer" : "顧客", maxWidth: 36, minWidth: 8),
            TableColumn(en ? "Segment" : "領域", alignment: .center),
            TableColumn(en ? "Objective" : "客観的評価", alignment: .right),
            TableColumn(en ? "Record" : "取引実績", alignment: .right),
            TableColumn(en ? "Note" : "備考", minWidth: 6),
        ]
        let cells: [[TableCell]] = rows.map { row in
            let c = row.classification
            var note = ""
            if c.segment == nil {
                note = en
                    ? "no \(c.missingAxes.map(\.label).joined(separator: " or ")) data"
                    : "\(c.missingAxes.map(\.labelJapanese).joined(separator: "・"))のデータなし"
            } else if c.isBorderline {
                note = en ? "borderline" : "境界線上"
            }
            var line: [TableCell] = perRep ? [TableCell(row.rep ?? (en ? "(no rep)" : "（担当なし）"))] : []
            line += [
                TableCell(c.name),
                TableCell(c.segment?.rawValue ?? "–", style: c.segment.map(Palette.segment) ?? Palette.muted),
                TableCell(c.objective.map { $0.scoreText } ?? "–"),
                TableCell(c.record.map { $0.scoreText } ?? "–"),
                TableCell(note, style: Palette.muted),
            ]
            return line
        }
        var out = TableRenderer(columns: columns).render(cells, width: width, color: color)
        out += "\n\n" + summary(SegmentSummary(rows.map(\.classification)))
        return out
    }

    /// Counts and shares per segment; `withMeaning` adds what each segment asks of the rep.
    func summary(_ summary: SegmentSummary, withMeaning: Bool = false) -> String {
        let en = language == .en
        var columns = [
            TableColumn(en ? "Segment" : "領域"),
            TableColumn(en ? "Customers" : "社数", alignment: .right),
            TableColumn(en ? "Share" : "構成比", alignment: .right),
            TableColumn(en ? "Share of our sales" : "当社売上の構成比", alignment: .right),
        ]
        if withMeaning { columns.append(TableColumn(en ? "What it means" : "意味", minWidth: 10)) }
        var rows: [[TableCell]] = summary.rows.map { row in
            [
                TableCell(row.segment.rawValue, style: Palette.segment(row.segment)), TableCell(String(row.count)),
                TableCell(Formatting.percent(row.shareOfCustomers)), TableCell(row.shareOfSales.map(Formatting.percent) ?? "–"),
                TableCell(withMeaning ? (en ? row.segment.summary : row.segment.summaryJapanese) : ""),
            ]
        }
        if summary.unclassified > 0 {
            rows.append([
                TableCell(en ? "unclassified" : "未分類", style: Palette.muted), TableCell(String(summary.unclassified)),
                TableCell(Formatting.percent(Double(summary.unclassified) / Double(max(1, summary.total)))), TableCell("–"),
                TableCell(withMeaning ? (en ? "missing data on an axis" : "どちらかの軸のデータがない") : ""),
            ])
        }
        rows.append([TableCell(en ? "total" : "合計"), TableCell(String(summary.total)), TableCell("100%"), TableCell("")])
        return TableRenderer(columns: columns).render(rows, width: width, color: color)
    }
}
