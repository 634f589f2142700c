import Testing

@testable import SalesCoachCore

/// `--skip-bad-rows`: the rows that read are imported, the others set aside
/// with their reasons; all or nothing stays the default.
@Suite struct SkipBadRowsTests {
    static let text = "name,employees,sales,last_visit\nAcme,10,5,2026-03-04\nBeta,abc,6,\nGamma,30,7,2026-13-01\n,40,1,\nDelta,40\nEpsilon,50,9,\n"

    @Test("without the flag the first bad row stops the import")
    func allOrNothing() {
        guard case .badNumber(_, 3, _, "abc", _)? = ImportFixture.error(Self.text) else {
            Issue.record("expected the bad number on line 3")
            return
        }
    }

    @Test("with it the good rows are imported and each bad one is set aside with where and why")
    func skips() throws {
        let result = try ImportFixture.run(Self.text, options: ImportOptions(skipBadRows: true))
        #expect(result.customers.map(\.name) == ["Acme", "Epsilon"])
        #expect(result.lines == [2, 7])
        #expect(result.rejected.map(\.line) == [3, 4, 5, 6])
        #expect(result.rejected.map { $0.problem.reason(in: .en) } == [
            "line 3, column 2 (employees): expected a number, found 'abc'",
            "line 4, column 4 (last_visit): expected a date YYYY-MM-DD, found '2026-13-01' (there is no month 13)",
            "line 5, column 1 (name): the customer name is empty; expected a name",
            "line 6: found 2 fields, expected 4 as in the header (a value that contains a comma must be in quotes)",
        ])
        #expect(ImportNote.notes(for: result).last?.text(in: .en) == "imported 2 rows; set aside 4 that do not read")
        #expect(ImportNote.notes(for: result).last?.text(in: .ja) == "2行を読み込み、読めない4行を除外しました")
    }

    @Test("the rejected file has the header, a reason column, and reloads once fixed")
    func rejectedFile() throws {
        let result = try ImportFixture.run(Self.text, options: ImportOptions(skipBadRows: true))
        let csv = RejectedRowsCSV.render(header: result.header.columns, rows: result.rejected, language: .en)
        let lines = csv.split(separator: "\r\n").map(String.init)
        #expect(lines[0] == "name,employees,sales,last_visit,reason")
        #expect(lines[1] == "Beta,abc,6,,\"line 3, column 2 (employees): expected a number, found 'abc'\"")
        #expect(lines[4].hasPrefix("Delta,40,,,\"line 6: found 2 fields"))
        let fixed = csv.replacingOccurrences(of: "Beta,abc", with: "Beta,20")
        let reloaded = try ImportFixture.run(fixed, options: ImportOptions(skipBadRows: true))
        #expect(reloaded.customers.map(\.name) == ["Beta", "Delta"])
        #expect(reloaded.warnings.isEmpty, "the reason column goes without a warning: \(reloaded.warnings)")
        #expect(RejectedRowsCSV.render(header: result.header.columns, rows: result.rejected, language: .ja)
            .contains("Beta,abc,6,,3行目、2列目（employees）：数値のはずですが「abc」です\r\n"))
    }

    @Test("a reason column anywhere but last, or named otherwise, is a column like any other and warns")
    func reasonOnlyLast() throws {
        let middle = try ImportFixture.run("name,reason,sales\nAcme,x,5\n")
        #expect(middle.warnings == [.ignoredColumns(source: "customers.csv", [ImportColumn(number: 2, header: "reason")])])
        let other = try ImportFixture.run("name,sales,why\nAcme,5,x\n")
        #expect(other.warnings == [.ignoredColumns(source: "customers.csv", [ImportColumn(number: 3, header: "why")])])
    }

    @Test("a file broken in its structure still stops the import")
    func brokenQuote() {
        let error = ImportFixture.error("name,sales\nAcme,1\n\"Beta,2\n", options: ImportOptions(skipBadRows: true))
        #expect(error == .unterminatedQuote(source: "customers.csv", line: 3, column: 1))
    }

    @Test("every row bad: the first row's problem is the file's")
    func everyRowBad() {
        let error = ImportFixture.error("name,sales\nAcme,x\nBeta,y\n", options: ImportOptions(skipBadRows: true))
        guard case .badNumber(_, 2, _, "x", _)? = error else {
            Issue.record("expected line 2's bad number, got \(String(describing: error))")
            return
        }
    }

    @Test("where the rejected rows go", arguments: [
        ("customers.csv", 1, "customers.rejected.csv"), ("data/q3 export.csv", 2, "data/q3 export.rejected-2.csv"),
        ("book", 1, "book.rejected.csv"), ("./.hidden", 1, "./.hidden.rejected.csv"),
    ])
    func path(_ input: String, _ number: Int, _ expected: String) {
        #expect(RejectedRowsCSV.path(for: input, number: number) == expected)
    }
}
