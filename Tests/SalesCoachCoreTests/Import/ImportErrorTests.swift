import Testing

@testable import SalesCoachCore

/// Every way an import fails: the exact message with its location, and no
/// customers (an import that throws returns nothing to apply).
@Suite struct ImportErrorTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let label: String
        let input: [UInt8]
        var options = ImportOptions()
        let message: String

        init(_ label: String, _ text: String, options: ImportOptions = ImportOptions(), _ message: String) {
            self.label = label
            self.input = Array(text.utf8)
            self.options = options
            self.message = message
        }

        init(_ label: String, bytes: [UInt8], options: ImportOptions = ImportOptions(), _ message: String) {
            self.label = label
            self.input = bytes
            self.options = options
            self.message = message
        }

        var testDescription: String { label }
    }

    static let numberRows = (1...10).map { "C\($0),x,\($0)" }.joined(separator: "\n")

    static let cases: [Case] = [
        Case("an empty file", "",
             "customers.csv: the file is empty; expected a header line such as "
             + "name,company_revenue,employees,growth,orders,sales,profit,last_visit,rep,notes"),
        Case("a file of blank lines", " \r\n\n\t\n",
             "customers.csv: the file is empty; expected a header line such as "
             + "name,company_revenue,employees,growth,orders,sales,profit,last_visit,rep,notes"),
        Case("a header only", "name,sales\r\n\r\n",
             "customers.csv: no customer rows below the header; expected at least one customer"),
        Case("a bad number on line 12, column 3", "name,industry,employees\n" + numberRows + "\nAcme,x,abc\n",
             "customers.csv, line 12, column 3 (employees): expected a number, found 'abc'"),
        Case("a number out of range", "name,売上高\nAcme,1e309\n",
             "customers.csv, line 2, column 2 (売上高): expected a number, found '1e309' (too large to be a value)"),
        Case("NaN", "name,growth\nAcme,NaN\n",
             "customers.csv, line 2, column 2 (growth): expected a number, found 'NaN' "
             + "(NaN and infinity are not values; leave the cell empty when the value is unknown)"),
        Case("a decimal comma", "name,growth\nAcme,\"12,5\"\n",
             "customers.csv, line 2, column 2 (growth): expected a number, found '12,5' "
             + "(a comma must separate groups of three digits; write decimals with a point (1.5))"),
        Case("a bad number after a multi-line note is located on its own line", "name,notes,sales\nAcme,\"a\nb\",zz\n",
             "customers.csv, line 3, column 3 (sales): expected a number, found 'zz'"),
        Case("an impossible date", "name,last_visit\nAcme,2026/13/40\n",
             "customers.csv, line 2, column 2 (last_visit): expected a date YYYY-MM-DD, found '2026/13/40' "
             + "(there is no month 13)"),
        Case("a day the month lacks", "name,最終訪問日\nAcme,2026-02-30\n",
             "customers.csv, line 2, column 2 (最終訪問日): expected a date YYYY-MM-DD, found '2026-02-30' "
             + "(February 2026 has 28 days, not 30)"),
        Case("a last visit after today", "name,sales,last_visit\nAcme,1,2026-11-01\nBeta,2,9999-12-31\n",
             options: ImportOptions(today: LocalDate(year: 2026, month: 11, day: 30)),
             "customers.csv, line 3, column 3 (last_visit): expected a date YYYY-MM-DD, found '9999-12-31' "
             + "(9999-12-31 is after today, 2026-11-30; a visit date cannot be in the future)"),
        Case("a signed date", "name,last_visit\nAcme,-2026-11-01\n",
             "customers.csv, line 2, column 2 (last_visit): expected a date YYYY-MM-DD, found '-2026-11-01' "
             + "(not a date; write it year first, as in 2026-03-05 (or 令和8年3月5日))"),
        Case("no name column", "id,sales,rep\n1,2,3\n",
             "customers.csv, line 1: no customer name column; found 'id', 'sales', 'rep'; expected one of: "
             + HeaderAliases.acceptedNames(for: .name).joined(separator: ", ")
             + " (or map a column to name in the config file's [columns] section)"),
        Case("two name columns", "name,company\nA,B\n",
             "customers.csv, line 1: column 1 (name) and column 2 (company) both mean name; keep one of them, "
             + "or map the other to another field in the config file's [columns] section"),
        Case("a short row", "name,sales,rep\nAcme,1,bob\nBeta,2\n",
             "customers.csv, line 3: found 2 fields, expected 3 as in the header "
             + "(a value that contains a comma must be in quotes)"),
        Case("an unquoted thousands separator", "name,sales,rep\nAcme,1,234,bob\n",
             "customers.csv, line 2: found 4 fields, expected 3 as in the header "
             + "(a value that contains a comma must be in quotes)"),
        Case("an empty name", "name,sales\nAcme,1\n  ,5\n",
             "customers.csv, line 3, column 1 (name): the customer name is empty; expected a name"),
        Case("a duplicate name", "name,sales\nAcme,1\nBeta,2\nACME,3\n",
             "customers.csv, line 4: duplicate customer 'ACME' (already on line 2 as 'Acme'); "
             + "rename one, or merge the rows"),
        Case("a duplicate in full-width letters", "name\nAcme\n山田 商事\nＡＣＭＥ\n",
             "customers.csv, line 4: duplicate customer 'ＡＣＭＥ' (already on line 2 as 'Acme'); "
             + "rename one, or merge the rows"),
        Case("a duplicate with an ideographic space", "name\n山田 商事\nＡｃｍｅ\n山田　商事\n",
             "customers.csv, line 4: duplicate customer '山田　商事' (already on line 2 as '山田 商事'); "
             + "rename one, or merge the rows"),
        Case("a duplicate for the same rep", "name,rep\nAcme,Ann\nAcme,Bob\nacme,Ann\n",
             options: ImportOptions(duplicateScope: .repAndName),
             "customers.csv, line 4: duplicate customer 'acme' for rep 'Ann' (already on line 2 as 'Acme'); "
             + "rename one, or merge the rows"),
        Case("a duplicate before a bad number is the first problem", "name,sales\nA,1\na,2\nB,x\n",
             "customers.csv, line 3: duplicate customer 'a' (already on line 2 as 'A'); "
             + "rename one, or merge the rows"),
        Case("a bad number before a duplicate is the first problem", "name,sales\nA,1\nB,x\na,2\n",
             "customers.csv, line 3, column 2 (sales): expected a number, found 'x'"),
        Case("a duplicate before an unclosed quote is the first problem", "name,notes\nA,1\nA,2\nB,\"open\n",
             "customers.csv, line 3: duplicate customer 'A' (already on line 2); "
             + "rename one, or merge the rows"),
        Case("an unclosed quote", "name,notes\nAcme,\"never closed\nBeta,x\n",
             "customers.csv, line 2, column 2: a quoted field opens here and is never closed; "
             + "expected a closing quote (\")"),
        Case("a stray quote", "name,notes\nAcme,5\" screen\n",
             "customers.csv, line 2, column 2: a quote (\") inside an unquoted field; "
             + "expected the whole field in quotes, with each inner quote doubled (\"\")"),
        Case("text after a closing quote", "name,notes\n\"Acme\" Ltd,x\n",
             "customers.csv, line 2, column 1: expected a comma or the end of the line after the closing quote, "
             + "found 'Ltd'"),
        Case("Shift_JIS bytes read as UTF-8 on request", bytes: Array("name\nA\n".utf8) + [0x8a, 0x94, 0x0a],
             options: ImportOptions(encoding: .utf8),
             "customers.csv, line 3: bytes that are not valid UTF-8; "
             + "check the file's encoding (--encoding auto, utf-8, shift_jis or utf-16)"),
        Case("neither UTF-8 nor Shift_JIS", bytes: Array("name\nA\n".utf8) + [0x85, 0x40, 0x0a],
             "customers.csv, line 3: the text is neither UTF-8 nor Shift_JIS (CP932); "
             + "save it as UTF-8 CSV, or name its encoding with --encoding"),
        Case("a binary file", bytes: [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00],
             "customers.csv, line 1, column 8 (byte 7): a NUL byte, which CSV text never holds; the file looks "
             + "binary (or UTF-16 without its byte-order mark): save it as CSV, or use --encoding utf-16"),
        Case("an Excel workbook", bytes: [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00],
             "customers.csv: looks like a binary file, not CSV "
             + "(it looks like an Excel workbook (.xlsx) or another zip archive; save it as CSV first)"),
        Case("a NUL byte in text", bytes: Array("name,sales\n田中商事,1".utf8) + [0] + Array("\n".utf8),
             "customers.csv, line 2, column 7 (byte 25): a NUL byte, which CSV text never holds; the file looks "
             + "binary (or UTF-16 without its byte-order mark): save it as CSV, or use --encoding utf-16"),
    ]

    @Test("each failure names where it is and what was expected", arguments: cases)
    func message(_ example: Case) throws {
        let error = try #require(ImportFixture.error(example.input, options: example.options))
        #expect(error.description == example.message)
        #expect(error.source == "customers.csv")
    }

    @Test("a failed import returns no customers at all, even when the error is on the last row")
    func allOrNothing() {
        let rows = (1...1000).map { "C\($0),\($0)" }.joined(separator: "\n")
        var imported: [Customer]?
        do {
            imported = try ImportFixture.run("name,sales\n" + rows + "\nLast,oops\n").customers
        } catch {
            #expect(error.line == 1002)
        }
        #expect(imported == nil)
    }

    @Test("the error carries its line for the presenter")
    func lineAccessor() {
        #expect(ImportFixture.error("name,sales\nA,x\n")?.line == 2)
        #expect(ImportFixture.error("")?.line == nil)
    }

    @Test("an unknown --encoding name lists the accepted ones")
    func unknownEncoding() {
        #expect(throws: ImportError.unknownEncodingName("latin-1")) { try SourceEncoding.named("latin-1") }
        #expect(ImportError.unknownEncodingName("latin-1").description
            == "unknown encoding 'latin-1'; expected one of auto, utf-8, shift_jis, cp932, utf-16")
    }

    @Test("file content in a message cannot drive the terminal and is cut when long")
    func escapedFound() throws {
        let error = try #require(ImportFixture.error("name,sales\nA,\"\u{1B}[2J\(String(repeating: "9x", count: 100))\"\n"))
        #expect(error.description.contains("\u{1B}") == false)
        #expect(error.description.hasSuffix("found '\\u{1B}[2J" + String(repeating: "9x", count: 28) + "…'"))
    }
}
