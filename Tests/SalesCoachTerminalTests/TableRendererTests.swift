import SalesCoachCore
import TestSupport
import Testing

@testable import SalesCoachTerminal

@Suite struct TableRendererTests {
    static let columns = [
        TableColumn("Customer", maxWidth: 24),
        TableColumn("Seg", minWidth: 3),
        TableColumn("Sales (¥k)", alignment: .right),
        TableColumn("Note", maxWidth: 30),
    ]

    static let rows: [[TableCell]] = [
        ["株式会社田中商事", "A", "12,400", "月次で訪問、追加提案あり"],
        ["Acme Trading", "B", "380", "New head of purchasing"],
        ["ｻｸﾗ精機", "C", "7,020", "半角カナの社名"],
        ["Northwind Logistics International Holdings", "D", "95", ""],
        ["𠮷野家フーズ", "B", "1,250", "Ｆｕｌｌ－ｗｉｄｔｈ note"],
        ["\u{1B}[31mEvil\u{1B}[0m Corp", "D", "0", "line one\nline two"],
    ]

    @Test("a table with Japanese names lines up at 80 columns")
    func golden80() {
        let table = TableRenderer(columns: Self.columns)
        assertSnapshot(table.render(Self.rows, width: 80, color: .off), named: "customers-80")
    }

    @Test("a narrow terminal shrinks the widest text column first")
    func golden48() {
        let table = TableRenderer(columns: Self.columns)
        assertSnapshot(table.render(Self.rows, width: 48, color: .off), named: "customers-48")
    }

    @Test(
        "every line fits the terminal and cells start at the same column",
        arguments: [40, 48, 60, 80, 120])
    func fits(width: Int) {
        let table = TableRenderer(columns: Self.columns)
        let widths = table.columnWidths(for: Self.rows, width: width)
        let lines = table.render(Self.rows, width: width, color: .off).split(separator: "\n")
        #expect(lines.count == Self.rows.count + 2)
        for line in lines {
            #expect(DisplayWidth.width(of: line) <= width)
        }
        // The right-aligned sales column ends at the same column on every row.
        let salesEnd = widths[0] + 2 + widths[1] + 2 + widths[2]
        for line in lines.dropFirst(2) {
            #expect(character(in: line, endingAtColumn: salesEnd)?.isNumber == true, "\(line)")
        }
    }

    /// The character that ends exactly at display column `column`, if one does.
    private func character(in line: Substring, endingAtColumn column: Int) -> Character? {
        var used = 0
        for character in line {
            used += DisplayWidth.width(of: character)
            if used == column { return character }
            if used > column { return nil }
        }
        return nil
    }

    @Test("the widest text column shrinks before the others, the rightmost on a tie")
    func shrinkOrder() {
        let table = TableRenderer(columns: Self.columns)
        #expect(table.columnWidths(for: Self.rows, width: 200) == [24, 3, 10, 25])
        #expect(table.columnWidths(for: Self.rows, width: 60) == [21, 3, 10, 20])
        // Numbers keep their width even when nothing else is left to shrink.
        #expect(table.columnWidths(for: Self.rows, width: 10) == [6, 3, 10, 6])
    }

    @Test("colored cells are padded before they are colored")
    func colored() {
        let table = TableRenderer(columns: [TableColumn("Name"), TableColumn("Seg")])
        let rows: [[TableCell]] = [["田中", TableCell("A", style: Palette.segment(.a))]]
        let expected = """
            \u{1B}[1mName\u{1B}[0m  \u{1B}[1mSeg\u{1B}[0m
            \u{1B}[2m────  ───\u{1B}[0m
            田中  \u{1B}[32mA\u{1B}[0m
            """
        #expect(table.render(rows, width: 80, color: .on) == expected)
    }

    @Test("with color off no escape code is printed, even from hostile data")
    func noEscapes() {
        let table = TableRenderer(columns: Self.columns)
        #expect(!table.render(Self.rows, width: 80, color: .off).contains("\u{1B}"))
    }

    @Test("ASCII glyphs draw the rule with hyphens")
    func asciiRule() {
        let table = TableRenderer(
            columns: [TableColumn("Name"), TableColumn("N", alignment: .right)], glyphs: .ascii)
        #expect(
            table.render([["Acme", "7"]], width: 80, color: .off) == "Name  N\n----  -\nAcme  7")
    }

    @Test("names that share a long start are cut from the front, so the rows stay apart; others from the end")
    func sharedStartCutFromFront() {
        let table = TableRenderer(
            columns: [TableColumn("Customer", minWidth: 8), TableColumn("N", alignment: .right)], glyphs: .ascii)
        let shared: [[TableCell]] = [["Company 00017 KK", "1"], ["Company 00018 KK", "2"]]
        #expect(table.render(shared, width: 11, color: .off) == "Customer  N\n--------  -\n…0017 KK  1\n…0018 KK  2")
        let different: [[TableCell]] = [["Tanaka Shoji Trading", "1"], ["Yamada Kogyo Works", "2"]]
        #expect(table.render(different, width: 11, color: .off) == "Customer  N\n--------  -\nTanaka…   1\nYamada…   2")
    }

    @Test("cutting from the front keeps whole characters and the end of the text", arguments: [
        ("Company 00017 KK", 8, "…0017 KK"), ("short", 8, "short"), ("株式会社みなと精機", 7, "…と精機"), ("a  tail", 5, "…tail"),
    ])
    func truncateFront(text: String, width: Int, expected: String) {
        #expect(DisplayWidth.truncateFront(text, toWidth: width) == expected)
    }
}
