import Testing

@testable import SalesCoachCore

/// Year-last dates (`12/27/2017`, `27/12/2017`), Excel serial days and the
/// order a file's date column is read in.
@Suite struct DateOrderTests {
    @Test(
        "a year-last date is read in the order named",
        arguments: [
            ("12/27/2017", DateOrder.mdy, "2017-12-27"),
            ("3/4/2026", .mdy, "2026-03-04"),
            ("3/4/2026", .dmy, "2026-04-03"),
            ("27.12.2017", .dmy, "2017-12-27"),
            ("27-12-2017", .dmy, "2017-12-27"),
            ("11/20/2026 2:03 PM", .mdy, "2026-11-20"),
            ("20/11/2026 14:03", .dmy, "2026-11-20"),
            ("2026-11-20", .dmy, "2026-11-20"),
        ])
    func readsInOrder(_ text: String, _ order: DateOrder, _ expected: String) throws {
        #expect(try DateParser.parse(text, order: order)?.description == expected)
    }

    @Test("a date that is no date in the order named says which order and how to name the other")
    func wrongOrder() {
        #expect(throws: DateFormatError.notInOrder(.mdy, first: 27, second: 12, year: 2017, evidence: nil)) {
            try DateParser.parse("27/12/2017", order: .mdy)
        }
        #expect(DateFormatError.notInOrder(.mdy, first: 27, second: 12, year: 2017, evidence: nil).description
            == "read as month/day/year (--date-format mdy), 27/12/2017 has no month 27; "
            + "if this column is written the other way, name it with --date-format dmy")
        #expect(throws: DateFormatError.yearLastRefused(.ymd)) { try DateParser.parse("12/27/2017", order: .ymd) }
        #expect(throws: DateFormatError.noSuchDay(year: 2026, month: 2, day: 30)) {
            try DateParser.parse("2/30/2026", order: .mdy)
        }
    }

    @Test("without an order a year-last date is not read on its own")
    func noOrder() {
        #expect(throws: DateFormatError.notADate) { try DateParser.parse("12/27/2017") }
    }

    @Test("--date-format names", arguments: [
        ("mdy", DateOrder.mdy), ("MDY", .mdy), ("M/D/YYYY", .mdy), ("us", .mdy), ("dmy", .dmy), ("DD/MM/YYYY", .dmy),
        ("ymd", .ymd), ("iso", .ymd),
    ])
    func names(_ name: String, _ order: DateOrder) {
        #expect(DateOrder(name: name) == order)
    }

    @Test("Excel serial days in a date column, 1900 date system", arguments: [
        ("46000", "2025-12-09"), ("46346", "2026-11-20"), ("45000", "2023-03-15"), ("46346.5847", "2026-11-20"),
        (" 46346 ", "2026-11-20"),
    ])
    func excelSerials(_ text: String, _ expected: String) throws {
        let result = try ImportFixture.run("name,sales,last_visit\nAcme,1,\(text)\n")
        #expect(result.customers[0].lastVisit?.description == expected)
    }

    @Test("a number that is no serial day is still refused", arguments: ["2026", "460001", "4600.5", "46000.", "46000.5x"])
    func notSerials(_ text: String) {
        guard case .badDate? = ImportFixture.error("name,sales,last_visit\nAcme,1,\(text)\n") else {
            Issue.record("'\(text)' was read as a date")
            return
        }
    }

    @Test("和暦, year-first slashes and times of day in a date column", arguments: [
        ("令和8年11月20日", "2026-11-20"), ("R8.11.20", "2026-11-20"), ("平成31年4月30日", "2019-04-30"),
        ("2026-11-20 14:03", "2026-11-20"), ("2026-11-20 14:03:11", "2026-11-20"), ("2026/11/20", "2026-11-20"),
        ("2026-11-20T14:03:00Z", "2026-11-20"),
    ])
    func otherForms(_ text: String, _ expected: String) throws {
        let result = try ImportFixture.run("name,sales,last_visit\nAcme,1,\(text)\n")
        #expect(result.customers[0].lastVisit?.description == expected)
    }

    @Test("the file decides the order when one cell can be read one way only, and the summary says so")
    func fileDecides() throws {
        let text = "name,sales,Last Activity\nAcme,1,3/4/2026\nBeta,2,\nGamma,3,11/13/2026\nDelta,4,10/2/2026\n"
        let result = try ImportFixture.run(text)
        #expect(result.customers.map { $0.lastVisit?.description ?? "-" } == ["2026-03-04", "-", "2026-11-13", "2026-10-02"])
        let evidence = try #require(result.dateOrder)
        #expect(evidence == DateOrderEvidence(
            order: .mdy, line: 4, column: ImportColumn(number: 3, header: "Last Activity"), found: "11/13/2026"))
        #expect(ImportNote.notes(for: result).first?.text(in: .en)
            == "dates in column 3 (Last Activity) read as month/day/year, as line 4 shows ('11/13/2026'); "
            + "--date-format names the order instead")
        #expect(ImportNote.notes(for: result).first?.text(in: .ja)
            == "3列目（Last Activity）の日付は、4行目の「11/13/2026」から 月/日/年 として読みました（--date-format で指定することもできます）")
        let dayFirst = try ImportFixture.run("name,sales,last_visit\nAcme,1,3/4/2026\nBeta,2,27/10/2026\n")
        #expect(dayFirst.customers[0].lastVisit?.description == "2026-04-03")
        #expect(dayFirst.dateOrder?.order == .dmy)
    }

    @Test("an ambiguous column is refused, naming the column, the row and the option")
    func ambiguousRefused() {
        let text = "name,sales,last_visit\nAcme,1,2026-01-05\nBeta,2,3/4/2026\nGamma,3,5/5/2026\n"
        let error = ImportFixture.error(text)
        #expect(error == .ambiguousDateOrder(
            source: "customers.csv", line: 3, column: ImportColumn(number: 3, header: "last_visit"), found: "3/4/2026"))
        #expect(error?.description == "customers.csv, line 3, column 3 (last_visit): '3/4/2026' could be month/day/year "
            + "or day/month/year, and no date in this column has a number above 12 to tell; expected the order named: "
            + "--date-format mdy (month first, as in the US) or --date-format dmy (day first); nothing was imported")
        #expect(error?.text(in: .ja).hasPrefix("customers.csv 3行目、3列目（last_visit）：「3/4/2026」は 月/日/年 とも") == true)
        // Named, the same file reads.
        let named = try? ImportFixture.run(text, options: ImportOptions(dateOrder: .dmy))
        #expect(named?.customers[1].lastVisit?.description == "2026-04-03")
        #expect(named?.dateOrder == nil)
    }

    @Test("dates that read the same both ways need no order")
    func sameBothWays() throws {
        let result = try ImportFixture.run("name,sales,last_visit\nAcme,1,5/5/2026\nBeta,2,11/11/2025\n")
        #expect(result.customers.map { $0.lastVisit?.description } == ["2026-05-05", "2025-11-11"])
        #expect(result.dateOrder == nil)
    }

    @Test("a column that mixes the two orders is refused at the cell that contradicts the first")
    func mixed() {
        let error = ImportFixture.error("name,sales,last_visit\nAcme,1,12/27/2025\nBeta,2,27/10/2026\n")
        guard case .badDate(_, let line, _, let found, let reason)? = error else {
            Issue.record("expected a bad date, got \(String(describing: error))")
            return
        }
        #expect(line == 3)
        #expect(found == "27/10/2026")
        #expect(reason.description.hasPrefix("read as month/day/year (as line 2 shows with '12/27/2025'), 27/10/2026 has no month 27"))
    }

    @Test("the order is settled on a file read on two cores too")
    func parallel() throws {
        var text = "name,sales,last_visit\n"
        for index in 0..<400 { text += "Customer \(index),\(index),\(index % 12 + 1)/\(index % 28 + 1)/2025\n" }
        let decoded = try TextDecoding.decode(Array(text.utf8), encoding: .automatic, source: "big.csv")
        let result = try CustomerImporter.importCustomers(
            decoded: decoded, source: "big.csv", options: ImportOptions(), parallelFrom: 1024)
        #expect(result.customers.count == 400)
        #expect(result.dateOrder?.order == .mdy)
        #expect(result.customers[399].lastVisit?.description == "2025-04-08")
    }
}
