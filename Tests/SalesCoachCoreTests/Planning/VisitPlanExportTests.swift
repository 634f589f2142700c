import Foundation
import Testing

@testable import SalesCoachCore

@Suite struct VisitPlanExportTests {
    typealias F = PlanFixture
    /// 2026-03-01 08:30:05 UTC.
    let stamp = Date(timeIntervalSince1970: 1_772_353_805)

    func samplePlan() -> VisitPlan {
        let book = [
            F.entry("Smith, Jones; Partners \\ Co.", .a, sales: 12e6, lastVisit: F.daysAgo(21)),
            F.entry("株式会社みなとみらい総合エンジニアリングサービス東日本支社営業本部", .b, objective: 90, record: 10),
            F.entry("=HYPERLINK(\"x\")", .b, objective: 80, record: 10),
        ]
        return Planner.plan(
            classifications: book, visitLog: [], policy: .standard, capacity: .visits(3),
            today: F.monday)
    }

    @Test("the CSV has one row per visit with visits, segment, reason, day, week and rep, formulas neutralised")
    func csv() {
        let week = WeekPlan(plan: samplePlan(), carried: [], capacity: 3)
        #expect(
            week.csv(rep: { $0.hasPrefix("Smith") ? "Sato" : nil })
                == """
                customer,visits,segment,reason,day,week,rep
                "Smith, Jones; Partners \\ Co.",1,A,"A: 3 weeks since the last visit, 12M of sales at stake; past its 2-week follow-up",2026-03-02,2026-03-02,Sato
                株式会社みなとみらい総合エンジニアリングサービス東日本支社営業本部,1,B,"B: larger than most in your book, buys little from us: the biggest upside in your book",2026-03-03,2026-03-02,
                "'=HYPERLINK(""x"")",1,B,"B: larger than most in your book, buys little from us: upside #2 of 2 in your book",2026-03-05,2026-03-02,

                """)
    }

    /// A week of 3 visits in which Acme's 2 unlogged visits from the week before are carried over.
    func carriedPlan() -> WeekPlan {
        let book = [F.entry("Acme", .b, objective: 95, record: 10), F.entry("Beta", .b, objective: 90, record: 10)]
        return WeekPlan.make(
            week: PlanWeek(start: F.monday), classifications: book, visitLog: [],
            planned: [PlannedVisit(customerName: "Acme", visits: 2, week: F.date("2026-02-23"))], policy: .standard,
            capacity: .visits(3), today: F.monday)
    }

    @Test("the CSV reads back as the planned visits plan accept would save, carried visits included")
    func csvRoundTrip() throws {
        let plan = carriedPlan()
        let rep: (String) -> String? = { $0 == "Acme" ? "Sato" : "佐藤" }
        let bytes = Array(plan.csv(in: .ja, rep: rep).utf8)
        #expect(try PlannedVisitsCSV.parse(bytes: bytes, source: "plan.csv") == plan.plannedVisits(rep: rep))
        #expect(plan.plannedVisits(rep: rep).map(\.visits) == [2, 1])
    }

    @Test("the calendar lists carried visits first, on the first working day, with how many")
    func iCalendarCarried() {
        let text = carriedPlan().iCalendar(stamp: stamp)
        let summaries = text.split(separator: "\r\n").filter { $0.hasPrefix("SUMMARY:") || $0.hasPrefix("DTSTART") }
        #expect(summaries == [
            "DTSTART;VALUE=DATE:20260302", "SUMMARY:Visit Acme (B) ×2",
            "DTSTART;VALUE=DATE:20260302", "SUMMARY:Visit Beta (B)",
        ])
    }

    @Test("text values escape backslash, semicolon, comma and line breaks, and drop other controls")
    func escaping() {
        #expect(
            ICalendarText.escape("a\\b;c,d\ne\r\nf\rg\u{1B}[31mh\ti")
                == "a\\\\b\\;c\\,d\\ne\\nf\\ng[31mh\ti")
    }

    @Test("UTC timestamps, including before 1970")
    func timestamps() {
        #expect(ICalendarText.timestamp(stamp) == "20260301T083005Z")
        #expect(ICalendarText.timestamp(Date(timeIntervalSince1970: -1)) == "19691231T235959Z")
    }

    @Test("the .ics file parses back as valid iCalendar")
    func iCalendarIsValid() throws {
        let plan = samplePlan()
        let text = plan.iCalendar(stamp: stamp, in: .ja)
        let bytes = Array(text.utf8)

        // Every line ends in CRLF: no bare LF, no bare CR, and the file ends with CRLF.
        for (i, byte) in bytes.enumerated() {
            if byte == 0x0A { #expect(i > 0 && bytes[i - 1] == 0x0D) }
            if byte == 0x0D { #expect(i + 1 < bytes.count && bytes[i + 1] == 0x0A) }
        }
        #expect(bytes.suffix(2) == [0x0D, 0x0A])

        // Physical lines: at most 75 octets, each valid UTF-8 (folding never splits a character).
        let physical = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast().map
        { Array($0.dropLast()) }
        var folded = 0
        for line in physical {
            #expect(line.count <= 75)
            #expect(String(validating: line, as: UTF8.self) != nil)
            if line.first == 0x20 { folded += 1 }
        }
        #expect(folded > 0, "the long Japanese name must have been folded")

        // Unfold (RFC 5545 §3.1): a CRLF followed by a space or tab joins the lines.
        let unfolded = text.replacingOccurrences(of: "\r\n ", with: "").replacingOccurrences(
            of: "\r\n\t", with: "")
        let lines = unfolded.components(separatedBy: "\r\n").dropLast()
        var stack: [String] = []
        var events: [[String: String]] = []
        var calendarProps: Set<String> = []
        for line in lines {
            let colon = try #require(
                line.firstIndex(of: ":"), "every content line has a name and a value: \(line)")
            let name = String(line[..<colon]).split(separator: ";")[0].uppercased()
            let value = String(line[line.index(after: colon)...])
            switch name {
            case "BEGIN":
                stack.append(value)
                if value == "VEVENT" { events.append([:]) }
            case "END":
                #expect(stack.popLast() == value)
            default:
                if stack.last == "VEVENT" {
                    events[events.count - 1][String(line[..<colon])] = value
                } else {
                    calendarProps.insert(name)
                }
            }
        }
        #expect(stack.isEmpty)
        #expect(calendarProps.isSuperset(of: ["VERSION", "PRODID"]))
        #expect(events.count == plan.picks.count)
        for event in events {
            for required in ["UID", "DTSTAMP", "DTSTART;VALUE=DATE", "SUMMARY", "DESCRIPTION"] {
                #expect(event[required] != nil, "missing \(required)")
            }
            #expect(event["DTSTAMP"] == "20260301T083005Z")
        }
        #expect(Set(events.compactMap { $0["UID"] }).count == events.count)
        #expect(events.map { $0["DTSTART;VALUE=DATE"] } == ["20260302", "20260303", "20260305"])
        #expect(events[0]["SUMMARY"] == "訪問：Smith\\, Jones\\; Partners \\\\ Co.（A）")
        #expect(events[1]["SUMMARY"] == "訪問：株式会社みなとみらい総合エンジニアリングサービス東日本支社営業本部（B）")
        #expect(events[0]["DESCRIPTION"] == "A：前回の訪問から3週間。当社売上1\\,200万がかかっています（2週間ごとのフォローを過ぎています）")
    }

    @Test("the same plan exported twice gives the same file")
    func stable() {
        #expect(samplePlan().iCalendar(stamp: stamp) == samplePlan().iCalendar(stamp: stamp))
    }
}
