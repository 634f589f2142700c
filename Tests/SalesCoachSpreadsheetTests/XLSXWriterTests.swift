import Foundation
import SalesCoachCore
import Testing
import ZIPFoundation

@testable import SalesCoachSpreadsheet

/// Workbooks we write: typed cells, a header a manager can read, and a book
/// that loads back as the same customers as the CSV export of it.
@Suite struct XLSXWriterTests {
    static let demo: [Customer] = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        let bytes = try! Data(contentsOf: url.appendingPathComponent("examples/demo-customers.csv"))
        return try! CustomerImporter.importCustomers(from: bytes, source: "demo-customers.csv").customers
    }()

    /// The text of part `path` of a workbook.
    static func part(_ path: String, of data: Data) throws -> String {
        let archive = try Archive(data: data, accessMode: .read)
        var out = Data()
        _ = try archive.extract(try #require(archive[path])) { out.append($0) }
        return String(decoding: out, as: UTF8.self)
    }

    @Test("the book written as a workbook loads back as the same customers as its CSV export")
    func bookRoundTrip() throws {
        let classifications = Classifier().classify(Self.demo)
        for language in [Language.en, .ja] {
            let data = try XLSXWriter.workbook([ClassificationExport.bookTable(classifications, language: language)])
            let workbook = try XLSXReader.read(data, sheet: nil, source: "book.xlsx")
            let fromSheet = try CustomerImporter.importCustomers(sheet: workbook.sheet, source: "book.xlsx")
            let csv = ClassificationExport.bookCSV(classifications, language: language)
            let fromCSV = try CustomerImporter.importCustomers(from: Array(csv.utf8), source: "book.csv")
            #expect(fromSheet.customers == fromCSV.customers)
            #expect(fromSheet.customers == Self.demo)
            #expect(workbook.sheet.name == (language == .en ? "Customers" : "顧客"))
        }
    }

    @Test("classify's workbook: Japanese headers, scores as numbers at full precision, text as text, a bold frozen header")
    func classification() throws {
        let rows = Classifier().classify(Self.demo).map { ClassificationExport.Row(rep: nil, classification: $0) }
        let table = ClassificationExport.table(rows, perRep: false, language: .ja)
        let data = try XLSXWriter.workbook([table])
        let sheet = try XLSXReader.read(data, sheet: nil, source: "c.xlsx").sheet
        #expect(sheet.rows[0].cells.prefix(4) == [.text("顧客名"), .text("領域"), .text("客観的評価スコア"), .text("取り引き実績スコア")])
        let first = rows[0].classification
        #expect(sheet.rows[1].cells[0] == .text(first.name))
        #expect(sheet.rows[1].cells[2] == .number(Verdict(first).objective!.score))
        #expect(sheet.rows.count == rows.count + 1)
        let xml = try Self.part("xl/worksheets/sheet1.xml", of: data)
        #expect(xml.contains(#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#))
        #expect(xml.contains(#"<c r="A1" s="1" t="s">"#), "the header row has the bold style")
        #expect(xml.contains(#"<col min="1" max="1" width=""#))
        let styles = try Self.part("xl/styles.xml", of: data)
        #expect(styles.contains(#"<font><b/>"#))
    }

    @Test("a low score is never written as the cut itself")
    func lowScoreBelowCut() {
        let level = Verdict.AxisLevel(numerator: 50_000_000_000_000_000 - 1, denominator: 1_000_000_000_000_000, isHigh: false, isBorderline: true)
        guard case .number(let value) = ExportTable.score(level, cut: Rational(50)) else {
            Issue.record("no number")
            return
        }
        #expect(value < 50)
        let high = Verdict.AxisLevel(numerator: 50, denominator: 1, isHigh: true, isBorderline: true)
        #expect(ExportTable.score(high, cut: Rational(50)) == .number(50))
    }

    @Test("text with markup, control characters, line breaks and escape look-alikes reads back as written; dates and booleans too")
    func textRoundTrip() throws {
        let texts = ["A & B <x> \"q\"", "red \u{1B}[31mtext", "two\nlines\r\nthree", "_x0041_ stays", "=SUM(A1)", "山田工業㈱"]
        let table = ExportTable(
            name: "T", columns: [.init("text", .text), .init("day", .date), .init("ok", .text), .init("share", .percent)],
            rows: texts.map { [.text($0), .date(LocalDate(year: 2026, month: 11, day: 30)!), .bool(true), .percent(0.125)] })
        let sheet = try XLSXReader.read(try XLSXWriter.workbook([table]), sheet: nil, source: "t.xlsx").sheet
        #expect(sheet.rows.dropFirst().map { $0.cells[0] } == texts.map { .text($0) })
        #expect(sheet.rows[1].cells[1...] == [.date(LocalDate(year: 2026, month: 11, day: 30)!), .bool(true), .percent(0.125)])
    }

    @Test("sheet names are made acceptable to Excel: no []:*?/\\, at most 31 characters, unique")
    func sheetNames() {
        var used = Set<String>()
        #expect(XLSXWriter.sheetName("Q3: plan/actual [draft]", index: 0, used: &used) == "Q3 planactual draft")
        #expect(XLSXWriter.sheetName(String(repeating: "長", count: 40), index: 1, used: &used).count == 31)
        #expect(XLSXWriter.sheetName("q3 PLANACTUAL DRAFT", index: 2, used: &used) == "q3 PLANACTUAL DRAFT (2)")
        #expect(XLSXWriter.sheetName("///", index: 3, used: &used) == "Sheet4")
    }

    @Test("the team report's workbook holds the CSV's values: shares as fractions shown as percentages")
    func teamTable() throws {
        let plan = [PlannedVisit(customerName: Self.demo[0].name, visits: 2)]
        let report = TeamReport(
            planned: plan, customers: Self.demo, classifier: Classifier(), policy: Config.standard.plan, visitLog: [], weeks: 4,
            today: LocalDate(year: 2026, month: 11, day: 30)!)
        let table = report.table(in: .ja)
        #expect(table.columns.first?.header == "担当者")
        let csvLines = report.csv().split(separator: "\n")
        #expect(csvLines.count == table.rows.count + 1)
        #expect(String(csvLines[0]) == report.table(in: .en).columns.map(\.header).joined(separator: ","))
        #expect(csvLines[0].hasPrefix("rep,basis,unit,total,a,b,c,d,a_pct"))
        let sheet = try XLSXReader.read(try XLSXWriter.workbook([table]), sheet: nil, source: "t.xlsx").sheet
        #expect(sheet.rows.last?.cells.first == .text("チーム計"), "the Japanese workbook's team row is named in Japanese")
        #expect(table.columns.filter { $0.format == .percent }.count == 5)
    }
}
