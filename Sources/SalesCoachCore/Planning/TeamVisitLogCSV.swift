/// A visit made by someone on the team, as a CRM's activity export lists it.
public struct TeamVisit: Sendable, Hashable {
    /// Who made the visit; nil when the log does not say (the customer's rep is assumed).
    public var rep: String?
    public var record: VisitRecord

    public init(rep: String?, record: VisitRecord) {
        self.rep = rep
        self.record = record
    }
}

/// Reads a team's visit log: `customer,date` with optional `rep` and `note`
/// columns, one row per visit, for `salescoach team --visits LOG.csv`.
///
/// Headers are matched like the plan's: customer/顧客名/取引先名/会社名,
/// date/visit_date/訪問日/日付, rep/担当者, note/notes/メモ/備考. Dates are read
/// as everywhere else (`2026-11-30`, `2026/11/30`, 令和8年11月30日); a date
/// after `today` is refused. Blank rows are skipped; errors name the file,
/// line and column.
public enum TeamVisitLogCSV {
    enum Column: CaseIterable {
        case customer, date, rep, note

        var aliases: [String] {
            switch self {
            case .customer: PlannedVisitsCSV.Column.customer.aliases
            case .date: ["date", "visit_date", "visited", "訪問日", "日付", "実施日"]
            case .rep: PlannedVisitsCSV.Column.rep.aliases
            case .note: ["note", "notes", "メモ", "備考", "内容"]
            }
        }
    }

    /// - Throws: `PlanFileError`, naming the file, line and column.
    public static func parse(
        bytes: [UInt8], source: String, today: LocalDate, encoding: SourceEncoding = .automatic
    ) throws(PlanFileError) -> [TeamVisit] {
        let records: [PlannedVisitsCSV.Record]
        do {
            records = try PlannedVisitsCSV.records(bytes: bytes, source: source, encoding: encoding)
        } catch {
            if case .empty = error {
                throw .missingColumn(source: source, expected: .visitLogHeader, found: [])
            }
            throw error
        }
        guard let header = records.first else {
            throw .missingColumn(source: source, expected: .visitLogHeader, found: [])
        }
        let (names, positions) = PlannedVisitsCSV.columns(of: header, aliases: \Column.aliases)
        guard let customerAt = positions[.customer], let dateAt = positions[.date] else {
            throw .missingColumn(
                source: source, expected: .customerAndDateColumns,
                found: names)
        }
        var visits: [TeamVisit] = []
        for record in try PlannedVisitsCSV.rows(records, width: names.count, source: source) {
            let cells = record.cells
            func cell(_ position: Int?) -> String? {
                guard let position else { return nil }
                let text = cells[position].trimmingWhitespace
                return text.isEmpty ? nil : text
            }
            func bad(_ position: Int, _ found: String, _ expected: PlanFileError.Expected) -> PlanFileError {
                .badValue(
                    source: source, line: record.line(ofCell: position), column: position + 1,
                    header: names[position], found: found, expected: expected)
            }
            guard let customer = cell(customerAt) else { throw bad(customerAt, "", .customerName) }
            guard let dateText = cell(dateAt) else { throw bad(dateAt, "", .visitDate(customer: customer)) }
            let parsed: LocalDate?
            do {
                parsed = try DateParser.parse(dateText, notAfter: today)
            } catch {
                throw bad(dateAt, dateText, .dateNotAfter(today, reason: error))
            }
            guard let date = parsed else { throw bad(dateAt, dateText, .visitDate(customer: customer)) }
            visits.append(
                TeamVisit(
                    rep: cell(positions[.rep]),
                    record: VisitRecord(customerName: customer, date: date, note: cell(positions[.note]))))
        }
        return visits
    }
}
