import Foundation
import SalesCoachCore
import Testing

@testable import SalesCoachSpreadsheet

/// A worksheet goes through the same importer as a CSV: the same customers,
/// the same checks, with places named by sheet and cell.
@Suite struct SheetImportTests {
    static func workbook(_ name: String = "customers-libreoffice.xlsx", sheet: String? = nil) throws -> XLSXReader.Workbook {
        try XLSXReader.read(try WorkbookParts.fixture(name), sheet: sheet, source: "c.xlsx")
    }

    static func importing(_ workbook: XLSXReader.Workbook, options: ImportOptions = ImportOptions()) throws(ImportError) -> ImportResult {
        try CustomerImporter.importCustomers(sheet: workbook.sheet, date1904: workbook.date1904, source: "c.xlsx", options: options)
    }

    @Test("a LibreOffice workbook imports to the same customers as the same sheet saved as CSV, with the sheet's row numbers")
    func sameAsCSV() throws {
        let fromSheet = try Self.importing(try Self.workbook())
        // The same sheet as a CSV would hold it.
        let fromCSV = try CustomerImporter.importCustomers(from: try WorkbookParts.fixture("customers-libreoffice.csv"), source: "c.csv")
        #expect(fromSheet.customers == fromCSV.customers)
        #expect(fromSheet.customers.map(\.name) == ["田中商事", "Vertex Automotive", "株式会社さくらテクノロジー", "Helios Energy"])
        #expect(fromSheet.customers[0].metrics[.growth] == -3.3)
        #expect(fromSheet.customers[0].lastVisit == LocalDate(year: 2026, month: 10, day: 5))
        #expect(fromSheet.lines == [2, 3, 4, 6])
        #expect(fromCSV.lines == [2, 3, 4, 7])
        #expect(fromSheet.warnings.map(\.description) == [
            "c.xlsx, sheet 'Customers': ignored a column that matches no field: column 11 (active)"
        ])
    }

    @Test("the 1904 workbook imports to the same customers")
    func dateSystem() throws {
        #expect(try Self.importing(try Self.workbook("customers-1904-libreoffice.xlsx")).customers
            == (try Self.importing(try Self.workbook())).customers)
    }

    @Test("a bad cell is named by sheet and cell, in English and Japanese")
    func badCell() throws {
        let workbook = try Self.workbook(sheet: "Bad rows")
        #expect(throws: ImportError.self) { try Self.importing(workbook) }
        do {
            _ = try Self.importing(workbook)
        } catch {
            #expect(error.isRowProblem)
            #expect(error.source == "c.xlsx")
            #expect(error.line == 7)
            #expect(error.text(in: .en) == "c.xlsx, sheet 'Bad rows', cell C7 (employees): expected a number, found 'abc'")
            #expect(error.text(in: .ja) == "c.xlsx シート「Bad rows」セルC7（employees）：数値のはずですが「abc」です")
            #expect(error.description == error.text(in: .en))
        }
    }

    @Test("--skip-bad-rows sets the row aside with its cell as the reason")
    func skipBadRows() throws {
        var options = ImportOptions()
        options.skipBadRows = true
        let result = try Self.importing(try Self.workbook(sheet: "Bad rows"), options: options)
        #expect(result.customers.count == 5)
        #expect(result.rejected.map(\.line) == [7])
        #expect(result.rejected.map(\.fields) == [["Bad Row Inc", "90", "abc", "1"]])
        #expect(result.rejected.first?.problem.reason(in: .en) == "cell C7 (employees): expected a number, found 'abc'")
        #expect(result.rejected.first?.problem.reason(in: .ja) == "セルC7（employees）：数値のはずですが「abc」です")
    }

    @Test("a sheet-level problem names the sheet and the row; an empty sheet says it is empty")
    func sheetProblems() throws {
        let rows = #"<row r="3"><c t="inlineStr"><is><t>name</t></is></c></row><row r="4"><c t="inlineStr"><is><t>Acme</t></is></c></row><row r="9"><c t="inlineStr"><is><t>ACME</t></is></c></row>"#
        let duplicate = try XLSXReader.read(try WorkbookParts.workbook(sheets: [("Book", rows)]), sheet: nil, source: "c.xlsx")
        #expect(throws: ImportError.inSheet(
            sheet: "Book",
            problem: .duplicateName(source: "c.xlsx", line: 9, name: "ACME", firstLine: 4, firstName: "Acme", rep: nil))
        ) { try Self.importing(duplicate) }
        #expect(ImportError.inSheet(sheet: "Book", problem: .duplicateName(
            source: "c.xlsx", line: 9, name: "ACME", firstLine: 4, firstName: "Acme", rep: nil)).text(in: .en)
            == "c.xlsx, sheet 'Book', row 9: duplicate customer 'ACME' (already on line 4 as 'Acme'); rename one, or merge the rows")
        let empty = try XLSXReader.read(try WorkbookParts.workbook(sheets: [("Empty", "")]), sheet: nil, source: "c.xlsx")
        #expect(throws: ImportError.inSheet(sheet: "Empty", problem: .emptyFile(source: "c.xlsx"))) { try Self.importing(empty) }
        #expect(ImportError.inSheet(sheet: "Empty", problem: .emptyFile(source: "c.xlsx")).text(in: .en).hasPrefix(
            "c.xlsx, sheet 'Empty' is empty; expected a header row such as name, company_revenue"))
    }

    @Test("a plain number in the date column is a serial day of the workbook's own date system", arguments: [
        ("", LocalDate(year: 2026, month: 10, day: 5)), (#"date1904="1""#, LocalDate(year: 2030, month: 10, day: 6)),
    ])
    func serialDays(properties: String, day: LocalDate?) throws {
        let rows = #"<row><c t="inlineStr"><is><t>name</t></is></c><c t="inlineStr"><is><t>last_visit</t></is></c><c t="inlineStr"><is><t>sales</t></is></c></row><row><c t="inlineStr"><is><t>Acme</t></is></c><c><v>46300</v></c><c><v>46300</v></c></row>"#
        let workbook = try XLSXReader.read(
            try WorkbookParts.workbook(sheets: [("S", rows)], workbookProperties: properties), sheet: nil, source: "c.xlsx")
        let customer = try Self.importing(workbook).customers[0]
        #expect(customer.lastVisit == day)
        #expect(customer.metrics[.sales] == 46300, "only the date column reads serial days")
    }
}
