import Foundation
import SalesCoachCore
import Testing

@testable import SalesCoachSpreadsheet

/// Reading workbooks as spreadsheet programs write them. The fixture
/// `customers-libreoffice.xlsx` was saved by LibreOffice Calc from
/// `customers.fods` (beside it); `customers-1904-libreoffice.xlsx` is the
/// same sheet saved with the 1904 date system.
@Suite struct XLSXReaderTests {
    static func day(_ y: Int, _ m: Int, _ d: Int) -> SheetCell { .date(LocalDate(year: y, month: m, day: d)!) }

    @Test("the first sheet of a LibreOffice workbook: Japanese shared strings, numbers, percentages, dates, empty cells and a skipped row")
    func libreOfficeWorkbook() throws {
        let workbook = try XLSXReader.read(try WorkbookParts.fixture("customers-libreoffice.xlsx"), sheet: nil, source: "c.xlsx")
        #expect(workbook.sheetNames == ["Customers", "Bad rows"])
        #expect(workbook.date1904 == false)
        let sheet = workbook.sheet
        #expect(sheet.name == "Customers")
        #expect(sheet.rows.map(\.number) == [1, 2, 3, 4, 6])
        #expect(sheet.rows[0].cells.first == .text("顧客名"))
        #expect(Array(sheet.rows[1].cells.prefix(10)) == [
            .text("田中商事"), .number(3779), .number(224), .percent(-0.033), .number(64), .number(9_800_000),
            .number(1_300_000), Self.day(2026, 10, 5), .text("佐々木 健"), .text("長い付き合い"),
        ])
        let sakura = sheet.rows[3].cells
        #expect(sakura[1] == .number(12000.5))
        #expect(sakura[4] == nil, "an empty cell stays empty, never zero")
        #expect(sakura[7] == nil)
        #expect(sakura[9] == .text("展示会で紹介\n次回は見積り"))
        #expect(Array(sheet.rows[4].cells.prefix(9)) == [
            .text("Helios Energy"), nil, nil, nil, .number(7), .number(250_000), .number(31000.25), Self.day(2026, 8, 31),
            .text("Emily Carter"),
        ])
    }

    @Test("a workbook in the 1904 date system gives the same days as the same sheet in the 1900 system")
    func dateSystems() throws {
        let old = try XLSXReader.read(try WorkbookParts.fixture("customers-1904-libreoffice.xlsx"), sheet: nil, source: "c.xlsx")
        let new = try XLSXReader.read(try WorkbookParts.fixture("customers-libreoffice.xlsx"), sheet: nil, source: "c.xlsx")
        #expect(old.date1904 == true)
        #expect(old.sheet == new.sheet)
        #expect(old.sheet.rows[1].cells[7] == Self.day(2026, 10, 5))
    }

    @Test("--sheet picks a sheet by its name, in any case")
    func namedSheet() throws {
        let data = try WorkbookParts.fixture("customers-libreoffice.xlsx")
        #expect(try XLSXReader.read(data, sheet: "Bad rows", source: "c.xlsx").sheet.rows.count == 7)
        #expect(try XLSXReader.read(data, sheet: "BAD ROWS", source: "c.xlsx").sheet.name == "Bad rows")
    }

    @Test("without --sheet the first sheet shown is read: a hidden sheet before it is passed over, and can still be named")
    func hiddenSheet() throws {
        let row = { (text: String) in #"<row><c t="inlineStr"><is><t>\#(text)</t></is></c></row>"# }
        let data = try WorkbookParts.workbook(sheets: [("Lookup", row("codes")), ("Customers", row("name"))], hidden: [0])
        let workbook = try XLSXReader.read(data, sheet: nil, source: "h.xlsx")
        #expect(workbook.sheet.name == "Customers")
        #expect(workbook.sheetNames == ["Lookup", "Customers"])
        #expect(try XLSXReader.read(data, sheet: "Lookup", source: "h.xlsx").sheet.rows[0].cells == [.text("codes")])
    }

    @Test("inline strings, booleans, error values, rich text without its phonetic guide, and cells without references")
    func cellKinds() throws {
        let strings = [
            "<si><t>name</t></si>",
            "<si><r><t>山田</t></r><r><rPr><b/></rPr><t>工業</t></r><rPh sb=\"0\" eb=\"2\"><t>ヤマダ</t></rPh></si>",
        ]
        let rows = """
            <x:row xmlns:x="\(WorkbookParts.main)" r="1"><c t="s"><v>0</v></c><c t="inlineStr"><is><t>active</t></is></c><c><v>1</v></c></x:row>\
            <row><c t="s"><v>1</v></c><c t="b"><v>1</v></c><c t="e"><v>#N/A</v></c><c r="F2" t="str"><v>x_x001B_[31my</v></c></row>\
            <row r="9"><c r="B9" t="inlineStr"><is><t>a_x005F_x0041_b</t></is></c></row>
            """
        let data = try WorkbookParts.workbook(sheets: [("Sheet1", rows)], strings: strings)
        let sheet = try XLSXReader.read(data, sheet: nil, source: "k.xlsx").sheet
        #expect(sheet.rows.map(\.number) == [1, 2, 9])
        #expect(sheet.rows[0].cells == [.text("name"), .text("active"), .number(1)])
        #expect(sheet.rows[1].cells == [.text("山田工業"), .bool(true), .text("#N/A"), nil, nil, .text("x\u{1B}[31my")])
        #expect(sheet.rows[2].cells == [nil, .text("a_x0041_b")])
    }

    @Test("number formats: built-in and custom date formats are dates, times and scientific numbers are not, % is a percentage",
        arguments: [
            (14, nil, "date"), (22, nil, "date"), (31, nil, "date"), (57, nil, "date"), (9, nil, "percent"), (10, nil, "percent"),
            (2, nil, "plain"), (20 + 0, nil, "date"), (164, "yyyy/mm/dd", "date"), (164, "[$-411]ggge\"年\"m\"月\"d\"日\"", "date"),
            (164, "h:mm", "plain"), (164, "0.00E+00", "plain"), (164, "0.0%", "percent"), (164, "General", "plain"),
            (164, "\"day\"0", "plain"), (164, "[Red]0.00", "plain"),
        ] as [(Int, String?, String)])
    func formats(id: Int, code: String?, kind: String) {
        let found = code.map(CellFormats.kind(ofCode:)) ?? CellFormats.kind(ofBuiltIn: id)
        #expect("\(found)" == kind)
    }

    @Test("a date-formatted cell becomes a day; a custom style from styles.xml is honoured")
    func styledDates() throws {
        let styles = """
            <numFmts count="1"><numFmt numFmtId="170" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>\
            <cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs>\
            <cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="170"/><xf numFmtId="14"/></cellXfs>
            """
        let rows = #"<row r="1"><c r="A1" s="1"><v>46300</v></c><c r="B1" s="2"><v>46300.75</v></c><c r="C1" s="0"><v>46300</v></c></row>"#
        let data = try WorkbookParts.workbook(sheets: [("S", rows)], workbookProperties: #"date1904="1""#, styles: styles)
        let workbook = try XLSXReader.read(data, sheet: nil, source: "d.xlsx")
        #expect(workbook.date1904)
        #expect(workbook.sheet.rows[0].cells == [Self.day(2030, 10, 6), Self.day(2030, 10, 6), .number(46300)])
    }
}
