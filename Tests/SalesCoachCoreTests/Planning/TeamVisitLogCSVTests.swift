import Testing

@testable import SalesCoachCore

@Suite struct TeamVisitLogCSVTests {
    let today = PlanFixture.date("2026-11-30")

    func parse(_ text: String) throws(PlanFileError) -> [TeamVisit] {
        try TeamVisitLogCSV.parse(bytes: Array(text.utf8), source: "log.csv", today: today)
    }

    @Test("a CRM activity export with Japanese headers, blank rows and trailing commas reads as visits")
    func reads() throws {
        let visits = try parse("顧客名,訪問日,担当者,メモ\n田中商事,2026/11/27,佐藤,見積り,\n\nAcme,令和8年11月2日,,\n")
        #expect(
            visits == [
                TeamVisit(rep: "佐藤", record: VisitRecord(customerName: "田中商事", date: today.adding(days: -3), note: "見積り")),
                TeamVisit(rep: nil, record: VisitRecord(customerName: "Acme", date: today.adding(days: -28))),
            ])
    }

    @Test(
        "errors name the file, line and column, and what was expected",
        arguments: [
            ("customer,visits\nAcme,2\n", "log.csv, line 1: expected a customer column and a date column (customer,date; 顧客名,訪問日), found 'customer,visits'"),
            ("customer,date\nAcme,2026-12-01\n", "log.csv, line 2, column 2 (date): expected a date on or before 2026-11-30, such as 2026-11-27"),
            ("customer,date\nAcme,\n", "log.csv, line 2, column 2 (date): expected the date of the visit to Acme, found ''"),
            ("customer,date\nAcme,2026-11-02,extra\n", "log.csv, line 2: expected 2 cells as in the header, found 3"),
            ("", "log.csv, line 1: expected a header such as 'customer,date,rep', found an empty header"),
        ])
    func errors(text: String, message: String) {
        #expect {
            try parse(text)
        } throws: { error in
            (error as? PlanFileError)?.description.hasPrefix(message) == true
        }
    }
}
