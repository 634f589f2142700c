import Testing

@testable import SalesCoachCore

@Suite struct PlannedVisitsCSVTests {
    /// Splits simple test text into records (no quoting needed here), numbering lines from 1.
    func records(_ text: String) -> [PlannedVisitsCSV.Record] {
        text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap {
            i, line in
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(
                String.init)
            return cells == [""]
                ? nil
                : PlannedVisitsCSV.Record(
                    line: i + 1, cells: cells, cellLines: cells.map { _ in i + 1 })
        }
    }

    func parse(_ text: String) throws(PlanFileError) -> [PlannedVisit] {
        try PlannedVisitsCSV.parse(records: records(text), source: "plan.csv")
    }

    @Test("customer,visits with rep and week (a date or an ISO week); the week is kept as its Monday")
    func visits() throws {
        let visits = try parse(
            "Customer,Visits,Rep,Week\nAcme,3,Sato,2026-03-04\nZeta,1,,2026-W10\n ,,, \nBeta Corp,0,,,,\n")
        #expect(
            visits == [
                PlannedVisit(
                    customerName: "Acme", visits: 3, rep: "Sato",
                    week: LocalDate(year: 2026, month: 3, day: 2)),
                PlannedVisit(customerName: "Zeta", visits: 1, week: LocalDate(year: 2026, month: 3, day: 2)),
                PlannedVisit(customerName: "Beta Corp", visits: 0),
            ])
    }

    @Test("Japanese headers, full-width digits and units")
    func japanese() throws {
        let visits = try parse("取引先名,訪問回数,時間,担当者,週\n株式会社みなと,３回,1.5時間,佐藤,2026年3月2日\n東和,2件,,,")
        #expect(
            visits == [
                PlannedVisit(
                    customerName: "株式会社みなと", visits: 3, hours: 1.5, rep: "佐藤",
                    week: LocalDate(year: 2026, month: 3, day: 2)),
                PlannedVisit(customerName: "東和", visits: 2),
            ])
    }

    @Test("customer,hours: a row with hours and no visits counts as one visit")
    func hours() throws {
        #expect(
            try parse("顧客名,時間\nAcme,4.5h\n") == [
                PlannedVisit(customerName: "Acme", visits: 1, hours: 4.5)
            ])
    }

    @Test(
        "bad input names the file, line and column, what was found and what was expected",
        arguments: [
            ("", "plan.csv: the file is empty; expected a header such as 'customer,visits'"),
            (
                "name,count\nAcme,3",
                "plan.csv, line 1: expected a visits or hours column (visits, 訪問回数, hours or 時間), found 'name,count'"
            ),
            (
                "visits,rep\n3,Sato",
                "plan.csv, line 1: expected a customer column (customer, 顧客名 or 取引先名), found 'visits,rep'"
            ),
            (
                "customer,visits\nAcme,three",
                "plan.csv, line 2, column 2 (visits): expected a whole number of visits from 0 to 1,000, found 'three'"
            ),
            (
                "customer,visits\nAcme,-2",
                "plan.csv, line 2, column 2 (visits): expected a whole number of visits from 0 to 1,000, found '-2'"
            ),
            (
                "customer,visits\nAcme,1001",
                "plan.csv, line 2, column 2 (visits): expected a whole number of visits from 0 to 1,000, found '1001'"
            ),
            (
                "customer,hours\nAcme,1.5.2",
                "plan.csv, line 2, column 2 (hours): expected a number of hours from 0 to 10,000, such as 1.5, found '1.5.2'"
            ),
            (
                "customer,visits,week\nAcme,1,next week",
                "plan.csv, line 2, column 3 (week): expected a date in the week, such as 2026-03-02, or an ISO week such as 2026-W10, found 'next week'"
            ),
            (
                "customer,visits\nAcme,1\n,2",
                "plan.csv, line 3, column 1 (customer): expected a customer name, found ''"
            ),
            (
                "customer,visits\nAcme,1,extra",
                "plan.csv, line 2: expected 2 cells as in the header, found 3"
            ),
            (
                "customer,visits,rep\nAcme,1",
                "plan.csv, line 2: expected 3 cells as in the header, found 2"
            ),
            (
                "customer,visits,hours\nAcme,,",
                "plan.csv, line 2, column 2 (visits): expected visits or hours for Acme, found ''"
            ),
        ])
    func errors(text: String, message: String) {
        #expect(throws: (any Error).self) { try parse(text) }
        do {
            _ = try parse(text)
        } catch {
            #expect(error.description == message)
        }
    }

    @Test("file bytes: UTF-8 with a byte-order mark, CRLF, quoted names with commas and quotes")
    func utf8Bytes() throws {
        let text =
            "\u{FEFF}customer,visits,rep\r\n\"Smith, Jones \"\"& Co\"\"\",2,Sato\r\nAcme,1,\r\n"
        let visits = try PlannedVisitsCSV.parse(bytes: Array(text.utf8), source: "plan.csv")
        #expect(
            visits == [
                PlannedVisit(customerName: "Smith, Jones \"& Co\"", visits: 2, rep: "Sato"),
                PlannedVisit(customerName: "Acme", visits: 1),
            ])
    }

    @Test("file bytes: Shift_JIS from Japanese Excel is read without mojibake")
    func shiftJISBytes() throws {
        // "取引先名,訪問回数,担当者\r\n株式会社みなと,３,佐藤\r\n\"東和, 本社\",2,\r\n" in CP932.
        let bytes: [UInt8] = [
            142, 230, 136, 248, 144, 230, 150, 188, 44, 150, 75, 150, 226, 137, 241, 144, 148, 44,
            146, 83, 147, 150,
            142, 210, 13, 10, 138, 148, 142, 174, 137, 239, 142, 208, 130, 221, 130, 200, 130, 198,
            44, 130, 82, 44,
            141, 178, 147, 161, 13, 10, 34, 147, 140, 152, 97, 44, 32, 150, 123, 142, 208, 34, 44,
            50, 44, 13, 10,
        ]
        let visits = try PlannedVisitsCSV.parse(bytes: bytes, source: "計画.csv")
        #expect(
            visits == [
                PlannedVisit(customerName: "株式会社みなと", visits: 3, rep: "佐藤"),
                PlannedVisit(customerName: "東和, 本社", visits: 2),
            ])
    }

    @Test(
        "file bytes: CSV errors keep their line and column; an empty file says what a header looks like"
    )
    func byteErrors() {
        #expect(throws: PlanFileError.empty(source: "plan.csv")) {
            try PlannedVisitsCSV.parse(bytes: [], source: "plan.csv")
        }
        do {
            _ = try PlannedVisitsCSV.parse(
                bytes: Array("customer,visits\nAcme,2\n\"Beta,3\n".utf8), source: "plan.csv")
            Issue.record("expected an error")
        } catch {
            #expect(
                error == .unreadable(.unterminatedQuote(source: "plan.csv", line: 3, column: 1)))
            #expect(
                error.description.hasPrefix(
                    "plan.csv, line 3, column 1: a quoted field opens here and is never closed"))
        }
        do {
            _ = try PlannedVisitsCSV.parse(
                bytes: Array("customer,visits\r\nAcme,2\r\n\"Beta\nCorp\",x\r\n".utf8),
                source: "plan.csv")
            Issue.record("expected an error")
        } catch {
            // The bad cell starts on line 4: the name before it holds a line break.
            #expect(
                error.description
                    == "plan.csv, line 4, column 2 (visits): expected a whole number of visits from 0 to 1,000, found 'x'"
            )
        }
    }
}
