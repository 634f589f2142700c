import Foundation
import SalesCoachCore
import Testing

@testable import SalesCoachSpreadsheet

/// Files that are not workbooks, or are built to hurt, are refused with
/// what they are and what to do, and never unpacked beyond the limits.
@Suite struct WorkbookRefusalTests {
    static func refusal(_ data: Data, sheet: String? = nil, limits: WorkbookArchive.Limits = .standard) -> SpreadsheetError? {
        do {
            _ = try XLSXReader.read(data, sheet: sheet, source: "c.xlsx", limits: limits)
            return nil
        } catch {
            return error
        }
    }

    @Test("a sheet that is not there: the message lists the sheets there are, in both languages")
    func missingSheet() throws {
        let error = Self.refusal(try WorkbookParts.fixture("customers-libreoffice.xlsx"), sheet: "Sheet9")
        #expect(error == .noSuchSheet(source: "c.xlsx", sheet: "Sheet9", available: ["Customers", "Bad rows"]))
        #expect(error?.text(in: .en) == "c.xlsx has no sheet 'Sheet9'; its sheets are 'Customers', 'Bad rows' (name one with --sheet)")
        #expect(error?.text(in: .ja) == "c.xlsx にシート「Sheet9」はありません。あるシートは 「Customers」、「Bad rows」 です（--sheet で指定してください）")
    }

    @Test("a CSV renamed .xlsx, an Excel 97-2003 .xls and random bytes are named for what they are")
    func notWorkbooks() throws {
        #expect(Self.refusal(Data("name,sales\nAcme,1\n".utf8)) == .notAWorkbook(source: "c.xlsx", kind: .text))
        #expect(Self.refusal(Data("顧客名,売上\n".utf8)) == .notAWorkbook(source: "c.xlsx", kind: .text))
        #expect(Self.refusal(try WorkbookParts.fixture("customers-excel97.xls")) == .notAWorkbook(source: "c.xlsx", kind: .legacyExcel))
        #expect(Self.refusal(Data([0x00, 0x01, 0x02, 0xFF])) == .notAWorkbook(source: "c.xlsx", kind: .unknown))
        let text = SpreadsheetError.notAWorkbook(source: "c.xlsx", kind: .text)
        #expect(text.text(in: .en) == "c.xlsx is not an Excel workbook (.xlsx): it is a text file (a CSV renamed .xlsx?); name it .csv and read it as CSV")
        #expect(text.text(in: .ja).hasPrefix("c.xlsx はExcelブック（.xlsx）ではありません。テキストファイルです"))
    }

    @Test("a ZIP archive without a workbook: an OpenDocument spreadsheet, a binary workbook, anything else")
    func otherArchives() throws {
        let ods = try WorkbookParts.archive([("mimetype", "application/vnd.oasis.opendocument.spreadsheet"), ("content.xml", "<x/>")])
        #expect(Self.refusal(ods) == .notAWorkbook(source: "c.xlsx", kind: .openDocument))
        let binary = try WorkbookParts.archive([("xl/workbook.bin", "x")])
        #expect(Self.refusal(binary) == .notAWorkbook(source: "c.xlsx", kind: .binaryWorkbook))
        let word = try WorkbookParts.archive([("word/document.xml", "<w/>")])
        #expect(Self.refusal(word) == .notAWorkbook(source: "c.xlsx", kind: .otherArchive))
    }

    @Test("a workbook cut short or with a damaged part is called damaged, with what to do")
    func damaged() throws {
        let whole = try WorkbookParts.fixture("customers-libreoffice.xlsx")
        #expect(Self.refusal(whole.prefix(whole.count / 2)) == .damaged(source: "c.xlsx", detail: .zipDirectory))
        var flipped = whole
        // A byte inside the first part's compressed data: its checksum no longer matches.
        let start = 30 + Int(whole[26]) + Int(whole[28])
        flipped[start + 5] ^= 0xFF
        #expect(Self.refusal(flipped).map { if case .damaged = $0 { true } else { false } } == true)
        let broken = try WorkbookParts.workbook(sheets: [("S", "<row><c><v>1</v></row>")])
        #expect(Self.refusal(broken) == .damaged(source: "c.xlsx", detail: .notWellFormed(part: "xl/worksheets/sheet1.xml", line: 1)))
        #expect(Self.refusal(broken)?.text(in: .en).hasSuffix(
            "open it in Excel or LibreOffice and save it again as .xlsx, or save the sheet as CSV") == true)
    }

    @Test("a part that unpacks beyond the limit is refused, also when the archive declares a small size")
    func zipBomb() throws {
        let rows = String(repeating: #"<row><c t="inlineStr"><is><t>aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa</t></is></c></row>"#, count: 40_000)
        let data = try WorkbookParts.workbook(sheets: [("S", rows)])
        let limits = WorkbookArchive.Limits(part: 1 << 20, total: 4 << 20)
        #expect(Self.refusal(data, limits: limits) == .tooLarge(source: "c.xlsx", part: "xl/worksheets/sheet1.xml", limit: 1 << 20))
        // The central directory says the sheet unpacks to 100 bytes; the reader counts what really comes out.
        var lying = data
        let name = Data("xl/worksheets/sheet1.xml".utf8)
        var search = lying.startIndex
        while let found = lying.range(of: name, in: search..<lying.endIndex) {
            let header = found.lowerBound - 46
            if lying[header..<header + 4] == Data([0x50, 0x4B, 0x01, 0x02]) {
                lying.replaceSubrange(header + 24..<header + 28, with: [100, 0, 0, 0])
            }
            search = found.upperBound
        }
        #expect(Self.refusal(lying, limits: limits) == .tooLarge(source: "c.xlsx", part: "xl/worksheets/sheet1.xml", limit: 1 << 20))
        #expect(Self.refusal(data) == nil, "the same sheet reads within the standard limits")
    }

    @Test("a document type declaration (the way entity bombs are built) is refused before parsing")
    func documentType() throws {
        let data = try WorkbookParts.archive([
            ("_rels/.rels", "<Relationships/>"),
            ("xl/workbook.xml", #"<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><workbook/>"#),
        ])
        #expect(Self.refusal(data) == .damaged(source: "c.xlsx", detail: .doctype(part: "xl/workbook.xml")))
    }

    @Test("relationship targets resolve inside the archive, never above its root")
    func targets() {
        #expect(XLSXReader.resolve("worksheets/sheet1.xml", from: "xl") == "xl/worksheets/sheet1.xml")
        #expect(XLSXReader.resolve("/xl/styles.xml", from: "xl") == "xl/styles.xml")
        #expect(XLSXReader.resolve("../../../etc/passwd", from: "xl") == "etc/passwd")
    }
}
