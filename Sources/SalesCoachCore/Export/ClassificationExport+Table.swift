/// `classify` and `export` as tables for a workbook: the same columns and
/// values as the CSV, with scores as numbers at full precision.
extension ClassificationExport {
    /// `classify`'s columns (`name`, `segment`, `objective_score`, …, `nearest_move`),
    /// headed in `language` as the CSV is; the values are the CSV's.
    public static func table(_ rows: [Row], perRep: Bool, language: Language = .en) -> ExportTable {
        let headers = (perRep ? [CustomerField.rep.columnName(in: language)] : []) + (language == .en ? fields : japaneseFields)
        let formats: [ExportTable.Format] = (perRep ? [.text] : []) + [.text, .text, .score, .score, .text, .text, .text, .text, .text]
        var table = ExportTable(name: language == .en ? "Classification" : "分類", columns: zip(headers, formats).map(ExportTable.Column.init))
        for row in rows {
            let c = row.classification
            let v = Verdict(c)
            var cells: [SheetCell?] = perRep ? [ExportTable.text(row.rep)] : []
            cells += [.text(c.name), ExportTable.text(v.segment?.rawValue)]
            cells += Axis.allCases.map { ExportTable.score(v.level(on: $0), cut: cut(of: c)) }
            cells += Axis.allCases.map { v.level(on: $0).map { .text(levelText($0.isHigh, in: language)) } }
            cells += [
                v.segment == nil ? nil : .text(borderlineText(v.isBorderline, in: language)), ExportTable.text(reason(v, in: language)),
                v.nearestMove.map { .text($0.sentenceWithReach(in: language)) },
            ]
            table.rows.append(cells)
        }
        return table
    }

    /// The book for `export FILE.xlsx`: the customer columns as the CSV
    /// export has them (so the sheet loads back as the same book), then
    /// segment, scores and borderline.
    public static func bookTable(_ classifications: [Classification], language: Language = .en) -> ExportTable {
        let customerFormats: [ExportTable.Format] = CustomerField.all.map {
            switch $0 {
            case .metric: .number
            case .lastVisit: .date
            case .name, .rep, .notes: .text
            }
        }
        let headers = CustomerCSVWriter.header(in: language) + bookFields(in: language)
        let formats = customerFormats + [.text, .score, .score, .text]
        var table = ExportTable(name: language == .en ? "Customers" : "顧客", columns: zip(headers, formats).map(ExportTable.Column.init))
        for c in classifications {
            let customer = c.customer
            let v = Verdict(c)
            var cells: [SheetCell?] = CustomerField.all.map {
                switch $0 {
                case .name: .text(customer.name)
                case .metric(let metric): ExportTable.number(customer.metrics[metric])
                case .lastVisit: customer.lastVisit.map(SheetCell.date)
                case .rep: ExportTable.text(customer.rep)
                case .notes: ExportTable.text(customer.notes)
                }
            }
            cells += [ExportTable.text(v.segment?.rawValue)]
            cells += Axis.allCases.map { ExportTable.score(v.level(on: $0), cut: cut(of: c)) }
            cells.append(v.segment == nil ? nil : .text(borderlineText(v.isBorderline, in: language)))
            table.rows.append(cells)
        }
        return table
    }
}
