import Foundation

/// A plan as a file for a calendar app (the CSV is `WeekPlan.csv`, with carried visits).
extension VisitPlan {
    /// An iCalendar file (RFC 5545) with one all-day event per visit on its
    /// planned day: UID, DTSTAMP, DTSTART;VALUE=DATE, DTEND, SUMMARY and the
    /// reason as DESCRIPTION; CRLF line ends, lines folded at 75 octets.
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
        for (i, pick) in picks.enumerated() {
            let summary =
                language == .en
                ? "Visit \(pick.customer) (\(pick.segment.rawValue))"
                : "訪問：\(pick.customer)（\(pick.segment.rawValue)）"
            let uid =
                "\(ICalendarText.date(week.start))-\(i + 1)-\(ICalendarText.hash(Book.key(pick.customer)))@salescoach"
            lines += [
                "BEGIN:VEVENT",
                "UID:\(uid)",
                "DTSTAMP:\(dtstamp)",
                "DTSTART;VALUE=DATE:\(ICalendarText.date(pick.day))",
                "DTEND;VALUE=DATE:\(ICalendarText.date(pick.day.adding(days: 1)))",
                "SUMMARY:\(ICalendarText.escape(summary))",
                "DESCRIPTION:\(ICalendarText.escape(pick.reason.text(in: language)))",
                "CATEGORIES:\(pick.segment.rawValue)",
                "TRANSP:TRANSPARENT",
                "END:VEVENT",
            ]
        }
        lines.append("END:VCALENDAR")
        return lines.map(ICalendarText.fold).joined()
    }
}
