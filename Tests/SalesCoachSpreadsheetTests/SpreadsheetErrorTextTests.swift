import SalesCoachCore
import TestSupport
import Testing

@testable import SalesCoachSpreadsheet

/// Every workbook refusal reads in Japanese with the file and the sheet, and English is unchanged.
@Suite struct SpreadsheetErrorTextTests {
    static let errors: [SpreadsheetError] = [
        .notAWorkbook(source: "c.xlsx", kind: .text), .notAWorkbook(source: "c.xlsx", kind: .legacyExcel),
        .notAWorkbook(source: "c.xlsx", kind: .openDocument), .notAWorkbook(source: "c.xlsx", kind: .binaryWorkbook),
        .notAWorkbook(source: "c.xlsx", kind: .otherArchive), .notAWorkbook(source: "c.xlsx", kind: .unknown),
        .damaged(source: "c.xlsx", detail: "xl/workbook.xml"), .tooLarge(source: "c.xlsx", part: "xl/sharedStrings.xml", limit: 256 << 20),
        .noSuchSheet(source: "c.xlsx", sheet: "Sheet9", available: ["Customers"]), .notAWorksheet(source: "c.xlsx", sheet: "Chart1"),
        .noSheets(source: "c.xlsx"),
    ]

    @Test("the Japanese workbook refusal names the file and has no English sentence", arguments: errors)
    func japanese(_ error: SpreadsheetError) {
        let text = error.text(in: .ja)
        #expect(englishSentence(in: text) == nil, "\(text)")
        #expect(text.contains("c.xlsx"), "\(text)")
        #expect(error.text(in: .en) == error.description)
        #expect(englishSentence(in: error.text(in: .en)) != nil)
    }
}
