import SalesCoachCore
import SalesCoachTerminal

/// The table `classify` prints: one row per customer, then the summary per segment.
struct ClassifyTable {
    let language: Language
    let width: Int
    let color: ColorMode

    func render(_ rows: [ClassificationExport.Row], perRep: Bool) -> String {
        var columns: [TableColumn] = []
        if perRep { columns.append(TableColumn(word(.rep), maxWidth: 18, minWidth: 4)) }
        columns += [
            TableColumn(word(.customer), maxWidth: 36, minWidth: 8),
            TableColumn(word(.segment), alignment: .center),
            TableColumn(word(.objective), alignment: .right),
            TableColumn(word(.record), alignment: .right),
            TableColumn(word(.note), minWidth: 6),
        ]
        let cells: [[TableCell]] = rows.map { row in
            let c = row.classification
            var note = ""
            if c.segment == nil {
                note = word(.noData(c.missingAxes))
            } else if c.isBorderline {
                note = word(.borderline)
            }
            var line: [TableCell] = perRep ? [TableCell(row.rep ?? word(.noRep))] : []
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
        var columns = [
            TableColumn(word(.segment)),
            TableColumn(word(.customers), alignment: .right),
            TableColumn(word(.share), alignment: .right),
            TableColumn(word(.shareOfSales), alignment: .right),
        ]
        if withMeaning { columns.append(TableColumn(word(.meaning), minWidth: 10)) }
        var rows: [[TableCell]] = summary.rows.map { row in
            [
                TableCell(row.segment.rawValue, style: Palette.segment(row.segment)), TableCell(String(row.count)),
                TableCell(Formatting.percent(row.shareOfCustomers)), TableCell(row.shareOfSales.map(Formatting.percent) ?? "–"),
                TableCell(withMeaning ? word(.meaningOf(row.segment)) : ""),
            ]
        }
        if summary.unclassified > 0 {
            rows.append([
                TableCell(word(.unclassified), style: Palette.muted), TableCell(String(summary.unclassified)),
                TableCell(Formatting.percent(Double(summary.unclassified) / Double(max(1, summary.total)))), TableCell("–"),
                TableCell(withMeaning ? word(.missingAxisData) : ""),
            ])
        }
        rows.append([TableCell(word(.total)), TableCell(String(summary.total)), TableCell("100%"), TableCell("")])
        return TableRenderer(columns: columns).render(rows, width: width, color: color)
    }

    private func word(_ word: ClassifyTableWords) -> String { word.text(in: language) }
}
