import Foundation

/// A week's plan as files a rep keeps: CSV for a spreadsheet (that `planned
/// load` and `salescoach check` read back), iCalendar for a calendar app.
/// Both list the visits carried over from the week before, then the picks.
extension WeekPlan {
    /// One visit of the plan as a file row: carried visits on the first working day left.
    struct ExportRow {
        let customer: String
        let visits: Int
        let segment: Segment?
        let reason: String
        let day: LocalDate
    }

    func exportRows(in language: Language) -> [ExportRow] {
        let firstDay = week.workingDays(from: max(plan.today, week.start)).first ?? week.start
        return carried.map {
            ExportRow(
                customer: $0.customerName, visits: $0.visits, segment: $0.segment, reason: $0.reason(in: language),
                day: firstDay)
        }
            + picks.map {
                ExportRow(customer: $0.customer, visits: 1, segment: $0.segment, reason: $0.reason.text(in: language), day: $0.day)
            }
    }

    /// CSV with the columns `customer,visits,segment,reason,day,week,rep`, one
    /// row per carried customer and per pick; `week` is the week's Monday,
    /// reasons are in `language`, and so are the headers (顧客名, 訪問回数, …,
    /// which `planned load` reads back as it reads the English ones).
    ///
    /// - Parameter rep: the rep of a customer, by name, when the book says.
    public func csv(in language: Language = .en, rep: (String) -> String? = { _ in nil }) -> String {
        var out = CSVText.row(WeekPlan.headers(in: language))
        for row in exportRows(in: language) {
            out += CSVText.row([
                row.customer, String(row.visits), row.segment?.rawValue ?? "", row.reason, row.day.description,
                week.start.description, rep(row.customer) ?? "",
            ])
        }
        return out
    }

    /// The export's column names in `language`.
    static func headers(in language: Language) -> [String] {
        language == .en
            ? ["customer", "visits", "segment", "reason", "day", "week", "rep"]
            : [CustomerField.name.japaneseName, "訪問回数", "領域", "理由", "訪問日", "週", CustomerField.rep.japaneseName]
    }

    /// The CSV's columns as a table for a workbook, headed in `language`
    /// (顧客名, 訪問回数, … in Japanese): `visits` a number, `day` and `week` dates.
    public func table(in language: Language = .en, rep: (String) -> String? = { _ in nil }) -> ExportTable {
        let headers = WeekPlan.headers(in: language)
        let formats: [ExportTable.Format] = [.text, .integer, .text, .text, .date, .date, .text]
        var table = ExportTable(name: language == .en ? "Plan" : "訪問計画", columns: zip(headers, formats).map(ExportTable.Column.init))
        table.rows = exportRows(in: language).map { row in
            [
                .text(row.customer), .number(Double(row.visits)), ExportTable.text(row.segment?.rawValue), ExportTable.text(row.reason),
                .date(row.day), .date(week.start), ExportTable.text(rep(row.customer)),
            ]
        }
        return table
    }

    /// An iCalendar file (RFC 5545) with one all-day event per row on its
    /// day: UID, DTSTAMP, DTSTART;VALUE=DATE, DTEND, SUMMARY and the reason as
    /// DESCRIPTION; CRLF line ends, lines folded at 75 octets.
    ///
    /// - Parameters:
    ///   - stamp: when the file is made (DTSTAMP); passed in so the core reads no clock.
    ///   - language: the language of the summaries and reasons.
    /// - Returns: the file's text; the caller writes it.
    public func iCalendar(stamp: Date, in language: Language = .en) -> String {
        var lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//SalesCoach//Weekly visit plan//EN",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
        ]
        let dtstamp = ICalendarText.timestamp(stamp)
        for (i, row) in exportRows(in: language).enumerated() {
            let segment = row.segment?.rawValue ?? "–"
            let times = row.visits > 1 ? " ×\(row.visits)" : ""
            let summary =
                language == .en ? "Visit \(row.customer) (\(segment))\(times)" : "訪問：\(row.customer)（\(segment)）\(times)"
            let uid =
                "\(ICalendarText.date(week.start))-\(i + 1)-\(ICalendarText.hash(Book.key(row.customer)))@salescoach"
            lines += [
                "BEGIN:VEVENT",
                "UID:\(uid)",
                "DTSTAMP:\(dtstamp)",
                "DTSTART;VALUE=DATE:\(ICalendarText.date(row.day))",
                "DTEND;VALUE=DATE:\(ICalendarText.date(row.day.adding(days: 1)))",
                "SUMMARY:\(ICalendarText.escape(summary))",
                "DESCRIPTION:\(ICalendarText.escape(row.reason))",
            ]
            if let segment = row.segment { lines.append("CATEGORIES:\(segment.rawValue)") }
            lines += ["TRANSP:TRANSPARENT", "END:VEVENT"]
        }
        lines.append("END:VCALENDAR")
        return lines.map(ICalendarText.fold).joined()
    }
}

extension VisitPlan {
    /// The plan alone (nothing carried over) as an iCalendar file; see `WeekPlan.iCalendar`.
    public func iCalendar(stamp: Date, in language: Language = .en) -> String {
        WeekPlan(plan: self, carried: [], capacity: capacity).iCalendar(stamp: stamp, in: language)
    }
}
