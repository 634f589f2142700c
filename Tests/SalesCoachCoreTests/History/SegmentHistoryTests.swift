import Testing

@testable import SalesCoachCore

/// Reading the segment history: who moved over a period, in the method's
/// order, how the months add up, and whether the visits in B paid off.
@Suite struct SegmentHistoryTests {
    static func day(_ text: String) -> LocalDate { LocalDate(parsing: text)! }

    static func row(_ name: String, _ date: String, _ segment: Segment?, present: Bool = true, rep: String? = nil) -> SegmentHistoryEntry {
        SegmentHistoryEntry(
            date: day(date),
            snapshot: SegmentSnapshot(key: Book.key(name), name: name, rep: rep, segment: segment, objective: 60, record: 40),
            isPresent: present)
    }

    /// April: the first snapshot. Over the year: two B→A (one via C), a
    /// key account lost, a C that became B, one customer new in June and one
    /// that left; Flat never moves and Back went B→A→B.
    static let history = SegmentHistory([
        row("Acme", "2026-04-01", .b), row("Beta", "2026-04-01", .b), row("Key", "2026-04-01", .a),
        row("Cozy", "2026-04-01", .c), row("Flat", "2026-04-01", .d), row("Gone", "2026-04-01", .a),
        row("Back", "2026-04-01", .b),
        row("Acme", "2026-05-15", .a), row("Back", "2026-05-15", .a),
        row("Beta", "2026-06-10", .c), row("Newco", "2026-06-10", .b), row("Key", "2026-06-10", .b),
        row("Gone", "2026-06-10", .a, present: false),
        row("Cozy", "2026-07-02", .b), row("Beta", "2026-07-20", .a), row("Back", "2026-07-20", .b),
    ])

    @Test("moves list B→A first, then other gains to A, then losses from A, then the rest; new, gone and round trips are not moves")
    func movesInOrder() {
        let moves = Self.history.moves(since: Self.day("2026-01-01"), until: Self.day("2026-09-30"))
        #expect(moves.map(\.name) == ["Beta", "Acme", "Key", "Cozy"])
        #expect(moves.map(\.label) == ["B→A", "B→A", "A→B", "C→B"])
        #expect(moves.map(\.kind) == [.conversion, .conversion, .lossFromA, .other])
        // The day of a move is when the customer reached where it ended.
        #expect(moves[0].date == Self.day("2026-07-20"))
        #expect(moves[1].date == Self.day("2026-05-15"))
    }

    @Test("a period that starts after the history does reads each customer from its segment just before the period")
    func periodInsideHistory() {
        let moves = Self.history.moves(since: Self.day("2026-07-01"), until: Self.day("2026-09-30"))
        // Beta was C on 30 June and A at the end; Back was A and is B again.
        #expect(moves.map(\.label).sorted() == ["A→B", "C→A", "C→B"])
        #expect(Set(moves.map(\.name)) == ["Beta", "Back", "Cozy"])
        #expect(Self.history.moves(since: Self.day("2026-07-01"), until: Self.day("2026-07-01")).isEmpty)
    }

    @Test("B→A moves are counted in the month they happened, for the months asked, oldest first")
    func monthly() {
        let months = Self.history.monthlyMoves(from: .b, to: .a, months: 4, until: Self.day("2026-07-31"))
        #expect(months.map(\.month.description) == ["2026-04-01", "2026-05-01", "2026-06-01", "2026-07-01"])
        #expect(months.map(\.count) == [0, 2, 0, 0])
        // Beta went C→A in July: not a B→A move.
        #expect(Self.history.monthlyMoves(from: .c, to: .a, months: 1, until: Self.day("2026-07-31")).map(\.count) == [1])
    }

    @Test("visits count as time in B by the segment on the day of the visit, and B→A moves are split by whether they were visited")
    func timeInB() throws {
        let log = [
            VisitRecord(customerName: "Acme", date: Self.day("2026-04-20")),
            VisitRecord(customerName: "acme", date: Self.day("2026-05-02")),
            // After its move Acme is an A customer: not time in B.
            VisitRecord(customerName: "Acme", date: Self.day("2026-06-01")),
            VisitRecord(customerName: "Cozy", date: Self.day("2026-05-01")),
            VisitRecord(customerName: "Newco", date: Self.day("2026-06-20")),
            // Before the history starts: cannot be placed.
            VisitRecord(customerName: "Back", date: Self.day("2026-03-01")),
        ]
        let period = HistoryPeriod(kind: .year, since: Self.day("2026-01-01"), until: Self.day("2026-07-31"))
        let time = try #require(TimeInB(history: Self.history, visitLog: log, period: period))
        #expect(time.countedFrom == Self.day("2026-04-01"))
        #expect(time.visits == 3)
        #expect(time.visited == [.init(name: "Acme", visits: 2), .init(name: "Newco", visits: 1)])
        #expect(time.convertedAfterVisits.map(\.name) == ["Acme"])
        // Beta ended the period in A after starting it in B (by way of C), with no visit.
        #expect(time.convertedWithoutVisits.map(\.name) == ["Beta"])
        #expect(time.visitsPerConversion == 3)
        // Key, Cozy, Newco and Back are in B at the end of July.
        #expect(time.stillInB == 4)
        #expect(TimeInB(history: SegmentHistory([]), visitLog: log, period: period) == nil)
    }

    @Test(
        "periods are read from English and Japanese words, 今期 as the April fiscal year, and always against today",
        arguments: [
            ("moves this quarter", "2026-10-01"), ("this year", "2026-01-01"), ("this month", "2026-11-01"),
            ("今期", "2026-04-01"), ("今四半期", "2026-10-01"), ("今年", "2026-01-01"), ("今年度", "2026-04-01"),
            ("since 2026-06-15", "2026-06-15"), ("2026-06-15以降に移った顧客", "2026-06-15"),
            ("moves last month", "2026-10-01"), ("last quarter", "2026-07-01"), ("前四半期", "2026-07-01"), ("last year", "2025-01-01"),
            ("since April", "2026-04-01"), ("compared with December", "2025-12-01"),
        ])
    func periods(text: String, since: String) throws {
        let today = Self.day("2026-11-20")
        let period = try #require(HistoryPeriod.named(in: text, today: today))
        #expect(period.since == Self.day(since))
        #expect(period.until == today)
        #expect(HistoryPeriod.named(in: "which customers moved?", today: today) == nil)
        #expect(HistoryPeriod.fiscalYear(Self.day("2027-02-10")).since == Self.day("2026-04-01"))
    }

    @Test("the report names the moves with counts in the heading, in English and Japanese, and says when there are none")
    func report() {
        let until = Self.day("2026-09-30")
        let period = HistoryPeriod(kind: .year, since: Self.day("2026-01-01"), until: until)
        let en = ProgressReport(history: Self.history, visitLog: [], language: .en).moves(in: period)
        #expect(en[0].text.contains("B→A 2 · A→B 1 · C→B 1"))
        #expect(en[1].text.contains("Beta") && en[1].text.contains("no visit logged while in B"))
        #expect(en.contains { $0.text.contains("Key") && $0.text.contains("a key account slipped") })
        let ja = ProgressReport(history: Self.history, visitLog: [], language: .ja).moves(in: period, from: .a, to: .c)
        #expect(ja[0].text.contains("A→Cに移った顧客はいません"))
        #expect(ja[0].text.contains("今年（2026-01-01以降）"))
        let none = ProgressReport(history: SegmentHistory([]), visitLog: [], language: .en).moves(in: period)
        #expect(none == [ProgressReport(history: SegmentHistory([]), visitLog: [], language: .en).noHistory])
    }

    @Test("a move carries the scores of the day it happened, and the visits of its whole stay in B however early the period starts")
    func moveDayAndStay() throws {
        func entry(_ date: String, _ segment: Segment, _ record: Double) -> SegmentHistoryEntry {
            SegmentHistoryEntry(
                date: Self.day(date),
                snapshot: SegmentSnapshot(key: "vertex", name: "Vertex", rep: nil, segment: segment, objective: 90, record: record))
        }
        let history = SegmentHistory([
            entry("2026-01-15", .b, 18.9), entry("2026-04-15", .a, 57.9), entry("2026-07-15", .a, 83.0),
        ])
        let move = try #require(history.moves(since: Self.day("2026-04-01"), until: Self.day("2026-11-20")).first)
        #expect(move.date == Self.day("2026-04-15"))
        #expect(move.record == 57.9)
        let log = ["2026-01-20", "2026-02-10", "2026-05-01"].map { VisitRecord(customerName: "Vertex", date: Self.day($0)) }
        // The visits of January and February were the time in B that led to April's move.
        #expect(history.visitsInB(before: move, visitLog: log) == 2)
        let report = ProgressReport(history: history, visitLog: log, language: .en).moves(in: .quarter(Self.day("2026-06-30")))
        #expect(report.contains { $0.text.hasSuffix("Vertex — after 2 visits in B") })
    }

    @Test("a visit counts in the segment the customer held that day, when the history knows it")
    func visitMixByDay() {
        let customers = [Customer(name: "Acme", metrics: MetricValues()), Customer(name: "Beta", metrics: MetricValues())]
        let now = Classifier().classify(customers)
        // Acme is B in the history until May, A after; Beta has no history.
        let history = SegmentHistory([Self.row("Acme", "2026-01-01", .b), Self.row("Acme", "2026-05-15", .a)])
        let log = [
            VisitRecord(customerName: "Acme", date: Self.day("2026-02-01")),
            VisitRecord(customerName: "Acme", date: Self.day("2026-06-01")),
        ]
        let classified = now.map { c -> Classification in c }
        let mix = VisitMix(visitLog: log, classifications: classified, from: Self.day("2026-01-01"), through: Self.day("2026-12-31"), history: history)
        let plain = VisitMix(visitLog: log, classifications: classified, from: Self.day("2026-01-01"), through: Self.day("2026-12-31"))
        // Without metrics Acme is unclassified today; the history still places both visits.
        #expect(plain.total == 0)
        #expect(mix.count(.b) == 1 && mix.count(.a) == 1)
    }

    @Test("asked on the day the history starts, whether B pays off says there is nothing to judge yet rather than counting zero visits")
    func payoffOnTheFirstDay() {
        let first = SegmentHistory([Self.row("Acme", "2026-12-02", .b)])
        let period = HistoryPeriod.all(first, today: Self.day("2026-12-02"))
        let en = ProgressReport(history: first, visitLog: [], language: .en).payoff(in: period)
        #expect(en.count == 1 && en[0].text.hasPrefix("The segment history starts today (2026-12-02)"))
        let ja = ProgressReport(history: first, visitLog: [], language: .ja).payoff(in: period)
        #expect(ja[0].text.hasPrefix("領域の履歴は今日（2026-12-02）から"))
        // A day later there is a period to judge.
        let later = ProgressReport(history: first, visitLog: [], language: .en).payoff(in: .all(first, today: Self.day("2026-12-03")))
        #expect(later.first?.text.hasPrefix("Time in B") == true)
    }
}
