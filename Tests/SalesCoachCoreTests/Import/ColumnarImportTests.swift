import Testing

@testable import SalesCoachCore

/// `importColumns`, the fast path of `classify`'s CSV and JSON, holds to
/// `importCustomers`: a file it takes gives the same names, reps, values,
/// warnings and notes, read on one core or two; a file with anything to say about its
/// rows it leaves to `importCustomers`, which says it.
@Suite("Reading a customer file as columns")
struct ColumnarImportTests {
    /// Both imports of `bytes`; checks that a file taken as columns is the
    /// customers `importCustomers` gives, and returns the columns.
    @discardableResult
    static func columns(
        _ bytes: [UInt8], options: ImportOptions = ImportOptions(), parallelFrom: Int? = nil
    ) -> CustomerColumns? {
        let read = CustomerImporter.importColumns(from: bytes, source: "c.csv", options: options, parallelFrom: parallelFrom)
        guard let read else { return nil }
        do throws(ImportError) {
            let full = try CustomerImporter.importCustomers(from: bytes, source: "c.csv", options: options)
            #expect(full.merges.isEmpty && full.rejected.isEmpty)
            #expect(read.warnings == full.warnings)
            #expect(read.notes == ImportNote.notes(for: full), "the summary's notes are the same either way")
            let book = read.columns
            #expect(book.count == full.customers.count)
            #expect((0..<book.count).map(book.name) == full.customers.map(\.name))
            #expect((0..<book.count).map(book.rep) == full.customers.map(\.rep))
            #expect((0..<book.count).map { book.customer($0).metrics } == full.customers.map(\.metrics))
            #expect(book.repGroups().map(\.rep) == Classifier.repGroups(full.customers).map(\.rep))
            #expect(book.repGroups().map(\.rows) == Classifier.repGroups(full.customers).map(\.rows))
        } catch {
            Issue.record("taken as columns, refused as customers: \(error)")
        }
        return read.columns
    }

    static func columns(_ text: String, options: ImportOptions = ImportOptions(), parallelFrom: Int? = nil) -> CustomerColumns? {
        columns(Array(text.utf8), options: options, parallelFrom: parallelFrom)
    }

    @Test(
        "a file with nothing to say about its rows is read as columns",
        arguments: [
            "name,company_revenue,employees,orders,sales\nAcme,\"1,234,567\",12,3,\"9,800\"\nBeta,,7,,100\n",
            "name,employees,orders\r\nAcme,12,3\r\nBeta,7,4\r\n",
            "\u{FEFF}name,employees,orders\nAcme,12,3\nBeta,7,4",
            "name,employees,orders,rep\n\"Acme, Inc.\",12,3,Sato\n株式会社アイ,7,4,佐藤\n  Gamma  ,1,1,  sato \nDelta,2,2,\n",
            "name,employees,orders,notes\nAcme,1,2,\"two\nlines\"\nBeta,3,4,\n",
            "name,employees,orders\n'=SUM(A1),1,2\n\u{3000}全角\u{3000},3,4\n'plain,5,6\n",
            "name,employees,orders,colour\nAcme,1,2,red\nBeta,3,4,\n",
            "name,employees,orders,\nAcme,1,2,\nBeta,3,4,x\n",
            "name,growth,profit,sales\nAcme,-5.5,\"-1,200\",-3\n,,,\nBeta,2,3,4\n",
            "name,employees,orders,last_visit\nAcme,1,2,2025-03-04\nBeta,3,4,\n",
        ])
    func readAsColumns(text: String) {
        #expect(Self.columns(text) != nil)
    }

    @Test(
        "a file with something to say about a row is left to the full import",
        arguments: [
            "name,employees,orders\nAcme,1,2\nBeta,abc,4\n",  // a bad number
            "name,employees,orders\nAcme,1,2\nBeta,3\n",  // a ragged row
            "name,employees,orders\nAcme,-1,2\n",  // a negative count: a warning
            "name,employees,orders\n\"Two\nLines\",1,2\n",  // a line break in a name: a warning
            "name,employees,orders,rep\nAcme,1,2,\"Sa\nto\"\n",  // and in a rep
            "name,employees,orders\nAcme,1,2\nACME,3,4\n",  // a duplicate
            "name,employees,orders\nAcme,1,2\n  ,3,4\n",  // no name
            "name,employees,orders,last_visit\nAcme,1,2,2999-01-01\n",  // a visit after today
            "name,employees,orders,last_visit\nAcme,1,2,03/04/2025\n",  // a year-last date to settle
            "name,employees,orders\nAcme,1,2\nBeta,3,4\nCopyright (c) 2025 Salesforce, Inc.\n",  // a report footer
            "name,employees,orders\n",  // no rows
            "name,employees,orders\nAcme,\"1,2\n",  // a quote that never closes
        ])
    func leftToTheFullImport(text: String) {
        var options = ImportOptions()
        options.today = LocalDate(year: 2026, month: 1, day: 1)
        #expect(Self.columns(text, options: options) == nil)
    }

    @Test("rows set aside and merged duplicates are the full import's work")
    func setAsideAndMerged() {
        var options = ImportOptions()
        options.skipBadRows = true
        #expect(Self.columns("name,employees,orders\nAcme,1,2\nBeta,x,4\n", options: options) == nil)
        options = ImportOptions()
        options.duplicates = .merge
        #expect(Self.columns("name,employees,orders\nAcme,1,2\nAcme,3,4\n", options: options) == nil)
        // Per rep, one name under two reps is two customers.
        options = ImportOptions()
        options.duplicateScope = .repAndName
        #expect(Self.columns("name,employees,orders,rep\nAcme,1,2,Sato\nAcme,3,4,Ito\n", options: options)?.count == 2)
    }

    @Test("a Shift_JIS file reads as columns, with the warning that says so")
    func shiftJIS() {
        #expect(Self.columns(ImportFixture.shiftJIS("name,employees,orders\n株式会社アイ,1,2\n")) != nil)
    }

    /// Rows with quoted commas, thousands separators, empty cells and CRLF;
    /// notes with a line break at `breakAt`, so that a split there is inside quotes.
    static func book(rows: Int, breakAt: Int, lineEnd: String = "\n") -> String {
        var lines = ["name,employees,orders,sales,rep,notes"]
        for i in 0..<rows {
            let name = i % 3 == 0 ? "\"Acme, \(i)\"" : (i % 3 == 1 ? "株式会社\(i)" : "Company \(i)")
            let notes = i == breakAt ? "\"first\(lineEnd)second\"" : (i % 4 == 0 ? "" : "n\(i)")
            let sales = i % 5 == 0 ? "" : "\"\(i % 999 + 1),234\""
            lines.append("\(name),\(i % 7),\(i % 11 == 0 ? "" : String(i)),\(sales),\(["Sato", "Ito", ""][i % 3]),\(notes)")
        }
        return lines.joined(separator: lineEnd) + lineEnd
    }

    @Test(
        "read on two cores, a split inside a quoted field falls back to one reader and gives the same book",
        arguments: [995, 996, 997, 998, 999, 1_000, 1_001, 1_002], ["\n", "\r\n"])
    func splitInsideQuotes(breakAt: Int, lineEnd: String) throws {
        let text = Self.book(rows: 2_000, breakAt: breakAt, lineEnd: lineEnd)
        let one = try #require(Self.columns(text, parallelFrom: .max))
        let two = try #require(Self.columns(text, parallelFrom: 1))
        #expect(two.count == 2_000)
        #expect((0..<2_000).map(two.name) == (0..<2_000).map(one.name))
        #expect((0..<2_000).map(two.rep) == (0..<2_000).map(one.rep))
        #expect(two.values.map { $0.map(\.bitPattern) } == one.values.map { $0.map(\.bitPattern) })
    }

    @Test("a problem in either half, or a duplicate across them, leaves the file to the full import")
    func problemInAHalf() {
        var rows = Self.book(rows: 2_000, breakAt: -1).split(separator: "\n").map(String.init)
        rows[1_900] = "Late,xyz,1,1,,"
        #expect(Self.columns(rows.joined(separator: "\n") + "\n", parallelFrom: 1) == nil)
        rows = Self.book(rows: 2_000, breakAt: -1).split(separator: "\n").map(String.init)
        rows[1_900] = "\"Acme, 0\",1,1,1,,"
        #expect(Self.columns(rows.joined(separator: "\n") + "\n", parallelFrom: 1) == nil)
    }

    @Test("the CSV streamed from the columns is the one streamed from the customers", arguments: [false, true])
    func sameExport(perRep: Bool) throws {
        let text = Self.book(rows: 3_000, breakAt: 1_500)
        let book = try #require(Self.columns(text, parallelFrom: 1))
        let customers = try ImportFixture.run(text).customers
        func export(_ write: (([UInt8]) -> Bool) -> Void) -> [UInt8] {
            var out: [UInt8] = []
            write { out += $0; return true }
            return out
        }
        let fromColumns = export { ClassificationStream.write(book, config: .standard, perRep: perRep, format: .csv, to: $0) }
        let fromCustomers = export {
            ClassificationStream.write(customers, config: .standard, perRep: perRep, format: .csv, to: $0)
        }
        #expect(fromColumns == fromCustomers)
    }
}
