/// The team view as a table of typed cells: what the CSV prints and what a
/// workbook for the manager holds, from one list of columns.
extension TeamReport {
    /// The CSV's columns (`rep`, `basis`, `unit`, `total`, `a`…`d`,
    /// `a_pct`…`d_pct`, `customers_a`…, `c_overweight`), headed in `language`:
    /// one row per rep, worst first, then the `team` row. Shares are the
    /// exact fractions (0–1), amounts and counts numbers, `drifting_since` a day.
    /// In Japanese the words a person reads are Japanese too (自分の顧客,
    /// 訪問, チーム計, （担当者なし）); the warning codes stay codes.
    public func table(in language: Language = .en) -> ExportTable {
        let names = language == .en ? Self.columnNames : Self.japaneseColumnNames
        var formats: [ExportTable.Format] = [.text, .text, .text, .number] + Array(repeating: .number, count: 4)
        formats += Array(repeating: .percent, count: 4) + Array(repeating: .integer, count: 5)
        formats += [.integer, .percent, .date, .integer, .text, .text]
        var table = ExportTable(name: language == .en ? "Team" : "チーム", columns: zip(names, formats).map(ExportTable.Column.init))
        let segmentsAndNone = Segment.allCases.map { $0 as Segment? } + [nil]
        for row in rows {
            let rep = language == .en ? ExportTable.text(row.rep) : .text(row.label(in: language))
            var cells: [SheetCell?] = [rep, .text(row.basis.text(in: language)), .text(unit.text(in: language)), .number(row.check.total)]
            cells += Segment.allCases.map { .number(row.check.row($0).amount) }
            cells += Segment.allCases.map { .percent(row.check.row($0).share) }
            cells += segmentsAndNone.map { .number(Double(row.customers($0))) }
            cells += [
                .number(Double(row.visitedTotal)), row.visitedCShare.map(SheetCell.percent), row.driftingSince.map(SheetCell.date),
                .number(Double(row.warningCount)), ExportTable.text(row.check.warnings.map(\.code.rawValue).joined(separator: " ")),
                .bool(row.isCOverweight),
            ]
            table.rows.append(cells)
        }
        var team: [SheetCell?] = [.text(language == .en ? "team" : "チーム計"), nil, .text(unit.text(in: language)), .number(total.total)]
        team += Segment.allCases.map { .number(total.amount($0)) }
        team += Segment.allCases.map { .percent(total.share($0)) }
        team += segmentsAndNone.map { .number(Double(total.customers($0))) }
        team += [
            .number(Double(total.visitedTotal)), total.visitedCShare.map(SheetCell.percent), nil,
            .number(Double(total.warningCount)), nil, .bool(total.isCOverweight),
        ]
        table.rows.append(team)
        return table
    }

    static let columnNames = [
        "rep", "basis", "unit", "total", "a", "b", "c", "d", "a_pct", "b_pct", "c_pct", "d_pct",
        "customers_a", "customers_b", "customers_c", "customers_d", "unclassified",
        "visited", "visited_c_pct", "drifting_since", "warnings", "codes", "c_overweight",
    ]

    static let japaneseColumnNames = [
        "担当者", "判定の基準", "単位", "計画合計", "A", "B", "C", "D", "A比率", "B比率", "C比率", "D比率",
        "A顧客数", "B顧客数", "C顧客数", "D顧客数", "未分類", "訪問実績", "訪問のC比率", "C偏重の開始週", "警告数",
        "警告コード", "C過多",
    ]

    /// A cell as the CSV writes it: shares as percentages to one decimal, whole numbers without a point.
    static func csvText(_ cell: SheetCell?) -> String {
        switch cell {
        case nil: ""
        case .text(let text): text
        case .number(let value): number(value)
        case .percent(let share): percent(share)
        case .bool(let value): String(value)
        case .date(let day): day.description
        }
    }
}

extension TeamReport.Basis {
    /// The basis as the CSV and workbook write it: the code in English, words in Japanese.
    public func text(in language: Language) -> String {
        guard language == .ja else { return rawValue }
        switch self {
        case .ownBook: return "自分の顧客"
        case .wholeBook: return "全顧客"
        case .unknownRep: return "不明な担当者"
        }
    }
}

extension PlanUnit {
    /// The unit as the CSV and workbook write it: the code in English, a word in Japanese.
    public func text(in language: Language) -> String {
        guard language == .ja else { return rawValue }
        switch self {
        case .visits: return "訪問"
        case .hours: return "時間"
        }
    }
}
