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
        .damaged(source: "c.xlsx", detail: .zipDirectory), .damaged(source: "c.xlsx", detail: .checksum(path: "xl/workbook.xml")),
        .damaged(source: "c.xlsx", detail: .cannotUnpack(path: "xl/workbook.xml")), .damaged(source: "c.xlsx", detail: .doctype(part: "xl/workbook.xml")),
        .damaged(source: "c.xlsx", detail: .notWellFormed(part: "xl/workbook.xml", line: 3)),
        .damaged(source: "c.xlsx", detail: .sheetWithoutPart(sheet: "Sheet1")), .damaged(source: "c.xlsx", detail: .missingPart("xl/styles.xml")),
        .damaged(source: "c.xlsx", detail: .missingSharedString(part: "xl/worksheets/sheet1.xml", index: "99")),
        .damaged(source: "c.xlsx", detail: .rowOutOfRange(part: "xl/worksheets/sheet1.xml", row: "0")),
        .damaged(source: "c.xlsx", detail: .cellOutsideRow(part: "xl/worksheets/sheet1.xml")),
        .damaged(source: "c.xlsx", detail: .notACell(part: "xl/worksheets/sheet1.xml", reference: "ZZZZ1")),
        .damaged(source: "c.xlsx", detail: .beyondXFD(part: "xl/worksheets/sheet1.xml")), .tooLarge(source: "c.xlsx", part: "xl/sharedStrings.xml", limit: 256 << 20),
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
