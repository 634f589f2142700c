/// Reads planned visits from a CSV: `customer,visits` or `customer,hours`,
/// with optional `rep` and `week` columns, as a rep or a manager exports them.
///
/// Headers are matched ignoring case and surrounding space; Japanese headers
/// work too: 顧客名/取引先名/会社名 (customer), 訪問回数/訪問数 (visits),
/// 時間 (hours), 担当者 (rep), 週 (week). Other columns are ignored.
/// Visits are whole numbers from 0 to 1,000 (`3`, `３`, `3回`, `3件`); hours
/// are decimals from 0 to 10,000 (`1.5`, `1.5h`, `1.5時間`). A row may leave
/// visits or hours empty when the other is there; a row with hours and no
/// visits counts as one visit. A week is any date in it or an ISO week
/// (`2026-W10`), kept as its Monday.
/// Blank rows are skipped. Errors name the file, line and column.
public enum PlannedVisitsCSV {
    enum Column: CaseIterable {
        case customer, visits, hours, rep, week

        var aliases: [String] {
            switch self {
            case .customer: ["customer", "name", "customer_name", "顧客名", "取引先名", "会社名", "顧客"]
            case .visits: ["visits", "visit", "訪問回数", "訪問数", "回数"]
            case .hours: ["hours", "hour", "時間", "訪問時間"]
            case .rep: ["rep", "担当者", "担当", "営業担当"]
            case .week: ["week", "週", "対象週"]
            }
        }

        var label: String {
            switch self {
            case .customer: "customer"
            case .visits: "visits"
            case .hours: "hours"
            case .rep: "rep"
            case .week: "week"
            }
        }
    }

    /// Reads a plan file's bytes: UTF-8 (with or without a byte-order mark),
    /// UTF-16 or Shift_JIS (CP932), detected unless `encoding` names it.
    ///
    /// ```swift
    /// let visits = try PlannedVisitsCSV.parse(bytes: Array("customer,visits\nAcme,2\n".utf8), source: "plan.csv")
    /// visits[0].visits  // 2
    /// ```
    /// - Throws: `PlanFileError`, naming the file, line and column, what was found and what was expected.
    public static func parse(
        bytes: [UInt8], source: String, encoding: SourceEncoding = .automatic
    ) throws(PlanFileError) -> [PlannedVisit] {
        try parse(records: records(bytes: bytes, source: source, encoding: encoding), source: source)
    }

    /// Reads a plan from a workbook's sheet (`plan --export FILE.xlsx` writes
    /// one): the same columns as the CSV, each row's number standing for its line.
    public static func parse(sheet: SheetTable, source: String) throws(PlanFileError) -> [PlannedVisit] {
        // A sheet leaves out empty cells at the end of a row (no rep): they are empty cells, not missing ones.
        let width = sheet.rows.first?.cells.count ?? 0
        let records = sheet.rows.map { row in
            let cells = row.cells.map { $0?.csvText ?? "" }
            let padded = cells.count < width ? cells + Array(repeating: "", count: width - cells.count) : cells
            return Record(line: row.number, cells: padded, cellLines: padded.map { _ in row.number })
        }
        guard !records.isEmpty else { throw .empty(source: source) }
        return try parse(records: records, source: source)
    }

    /// Decodes a CSV file's bytes and splits it into records, for the plan
    /// and for the team's visit log (`TeamVisitLogCSV`).
    static func records(
        bytes: [UInt8], source: String, encoding: SourceEncoding
    ) throws(PlanFileError) -> [Record] {
        var records: [Record] = []
        do {
            let decoded = try TextDecoding.decode(bytes, encoding: encoding, source: source)
            var reader = CSVReader(utf8: decoded.utf8, source: source)
            while try reader.nextRecord() {
                let fields = 0..<reader.fieldCount
                records.append(
                    Record(
                        line: reader.recordLine, cells: fields.map(reader.field),
                        cellLines: fields.map(reader.fieldLine)))
            }
        } catch {
            if case .emptyFile = error { throw .empty(source: source) }
            throw .unreadable(error)
        }
        return records
    }

    static let maxVisits = 1000
    static let maxHours = 10_000.0

    /// One CSV record: the line it starts on, its cells, and the line each cell starts on
    /// (later than `line` when an earlier cell holds a line break).
    struct Record {
        var line: Int
        var cells: [String]
        var cellLines: [Int]

        func line(ofCell index: Int) -> Int { index < cellLines.count ? cellLines[index] : line }
    }

    /// Builds the planned visits from records already split into cells.
    static func parse(records: [Record], source: String) throws(PlanFileError) -> [PlannedVisit] {
        guard let header = records.first else { throw .empty(source: source) }
        let (names, positions) = columns(of: header, aliases: \Column.aliases)
        guard let customerAt = positions[.customer] else {
            throw .missingColumn(
                source: source, expected: .customerColumn, found: names)
        }
        guard positions[.visits] != nil || positions[.hours] != nil else {
            throw .missingColumn(
                source: source, expected: .visitsOrHoursColumn,
                found: names)
        }

        var visits: [PlannedVisit] = []
        for record in try rows(records, width: names.count, source: source) {
            let cells = record.cells
            func cell(_ column: Column) -> (text: String, column: Int)? {
                guard let position = positions[column] else { return nil }
                let text = cells[position].trimmingWhitespace
                return text.isEmpty ? nil : (text, position + 1)
            }
            func bad(_ found: (text: String, column: Int), _ expected: PlanFileError.Expected) -> PlanFileError {
                .badValue(
                    source: source, line: record.line(ofCell: found.column - 1),
                    column: found.column, header: names[found.column - 1],
                    found: found.text, expected: expected)
            }
            guard let customer = cell(.customer) else {
                throw .badValue(
                    source: source, line: record.line(ofCell: customerAt), column: customerAt + 1,
                    header: names[customerAt], found: "",
                    expected: .customerName)
            }
            var count: Int? = nil
            if let found = cell(.visits) {
                guard let value = wholeNumber(found.text), value <= maxVisits else {
                    throw bad(found, .wholeVisits)
                }
                count = value
            }
            var hours: Double? = nil
            if let found = cell(.hours) {
                guard let value = decimal(found.text), value <= maxHours else {
                    throw bad(found, .hours)
                }
                hours = value
            }
            if count == nil && hours == nil {
                let position = positions[.visits] ?? positions[.hours] ?? 0
                throw .badValue(
                    source: source, line: record.line(ofCell: position), column: position + 1,
                    header: names[position], found: "",
                    expected: .valueFor(customer: customer.text, visitsOrHours: positions[.visits] != nil && positions[.hours] != nil))
            }
            var week: LocalDate? = nil
            if let found = cell(.week) {
                guard let parsed = WeekSpec.absolute(found.text) else {
                    throw bad(found, .dayInWeek)
                }
                week = parsed.start
            }
            visits.append(
                PlannedVisit(
                    customerName: customer.text, visits: count ?? 1, hours: hours,
                    rep: cell(.rep)?.text, week: week))
        }
        return visits
    }

    /// The header's names, trimmed, and where each column is: the first
    /// header that is one of its aliases (ignoring case, width and a BOM).
    static func columns<C: Hashable & CaseIterable>(
        of header: Record, aliases: (C) -> [String]
    ) -> (names: [String], positions: [C: Int]) {
        let names = header.cells.map { $0.trimmingWhitespace }
        var positions: [C: Int] = [:]
        for (position, name) in names.enumerated() {
            let lowered = NameKey.normalize(
                name.hasPrefix("\u{FEFF}") ? String(name.dropFirst()) : name)
            for column in C.allCases where positions[column] == nil && aliases(column).contains(lowered) {
                positions[column] = position
            }
        }
        return (names, positions)
    }

    /// The rows after the header that hold something; a row with fewer
    /// cells than the header, or more that are not empty, is an error.
    static func rows(_ records: [Record], width: Int, source: String) throws(PlanFileError) -> [Record] {
        var rows: [Record] = []
        for record in records.dropFirst() {
            let cells = record.cells
            if cells.allSatisfy({ $0.trimmingWhitespace.isEmpty }) { continue }
            // Spreadsheets often leave trailing commas; only cells with something in them count.
            guard cells.count >= width, cells[width...].allSatisfy({ $0.trimmingWhitespace.isEmpty }) else {
                throw .ragged(source: source, line: record.line, cells: cells.count, expected: width)
            }
            rows.append(record)
        }
        return rows
    }

    /// `3`, `３`, `3回`, `3件` → 3; nil for anything else or a negative number.
    static func wholeNumber(_ text: String) -> Int? {
        var body = halfWidth(text)
        for unit in ["回", "件"] where body.hasSuffix(unit) {
            body = String(body.dropLast()).trimmingWhitespace
        }
        guard !body.isEmpty, body.count <= 9, body.allSatisfy({ ("0"..."9").contains($0) }) else {
            return nil
        }
        return Int(body)
    }

    /// `1.5`, `１．５`, `1.5h`, `1.5時間`, `2` → hours; nil for anything else or a negative number.
    static func decimal(_ text: String) -> Double? {
        var body = halfWidth(text)
        for unit in ["時間", "hours", "hour", "hrs", "hr", "h"]
        where body.lowercased().hasSuffix(unit) {
            body = String(body.dropLast(unit.count)).trimmingWhitespace
            break
        }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard !body.isEmpty, body.count <= 12, parts.count <= 2, !parts[0].isEmpty,
            parts.allSatisfy({ $0.allSatisfy { ("0"..."9").contains($0) } }),
            parts.count == 1 || !parts[1].isEmpty,
            let value = Double(body), value.isFinite
        else { return nil }
        return value
    }

    /// Full-width digits and the full-width full stop as ASCII.
    static func halfWidth(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if (0xFF10...0xFF19).contains(scalar.value),
                let ascii = Unicode.Scalar(scalar.value - 0xFF10 + 0x30)
            {
                out.unicodeScalars.append(ascii)
            } else if scalar == "．" {
                out += "."
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out.trimmingWhitespace
    }
}
