import Testing

@testable import SalesCoachTerminal

@Suite struct DisplayWidthTests {
    struct WidthCase: Sendable, CustomTestStringConvertible {
        let text: String
        let width: Int
        let what: String
        var testDescription: String { "\(what) is \(width) columns" }
    }

    @Test(
        "text takes the columns a terminal gives it",
        arguments: [
            WidthCase(text: "Acme", width: 4, what: "ASCII"),
            WidthCase(text: "", width: 0, what: "the empty string"),
            WidthCase(text: "かな", width: 4, what: "hiragana"),
            WidthCase(text: "カタカナ", width: 8, what: "katakana"),
            WidthCase(text: "田中商事", width: 8, what: "kanji"),
            WidthCase(text: "𠮷野家", width: 6, what: "a CJK extension B ideograph"),
            WidthCase(text: "Ａ社", width: 4, what: "a full-width letter"),
            WidthCase(text: "\u{3000}", width: 2, what: "the ideographic space"),
            WidthCase(text: "ｱｲｳ", width: 3, what: "half-width katakana"),
            WidthCase(text: "e\u{301}", width: 1, what: "a letter with a combining accent"),
            WidthCase(
                text: "a\u{200B}b\u{200F}c\u{2060}d\u{FEFF}", width: 4,
                what: "zero-width characters"),
            WidthCase(text: "葛\u{E0100}", width: 2, what: "an ideograph with a variation selector"),
            WidthCase(text: "😀", width: 2, what: "an emoji"),
            WidthCase(text: "🫨", width: 2, what: "an emoji newer than the table"),
            WidthCase(text: "Café ㈱", width: 7, what: "mixed Latin and CJK symbols"),
            WidthCase(text: "…", width: 1, what: "the ellipsis"),
            WidthCase(text: "a\u{1B}b", width: 2, what: "a control character"),
        ])
    func width(_ example: WidthCase) {
        #expect(DisplayWidth.width(of: example.text) == example.width)
    }

    @Test("every generated range is ordered and disjoint")
    func tablesAreSorted() {
        for table in [DisplayWidthTable.zeroWidth, DisplayWidthTable.doubleWidth] {
            #expect(table.count % 2 == 0)
            var previousEnd: UInt32? = nil
            for pair in stride(from: 0, to: table.count, by: 2) {
                #expect(table[pair] <= table[pair + 1])
                if let previousEnd { #expect(table[pair] > previousEnd) }
                previousEnd = table[pair + 1]
            }
        }
    }

    struct TruncateCase: Sendable, CustomTestStringConvertible {
        let text: String
        let limit: Int
        let expected: String
        var testDescription: String { "\"\(text)\" in \(limit) columns is \"\(expected)\"" }
    }

    @Test(
        "truncation ends in an ellipsis and never splits a character",
        arguments: [
            TruncateCase(text: "Acme Trading", limit: 12, expected: "Acme Trading"),
            TruncateCase(text: "Acme Trading", limit: 8, expected: "Acme Tr…"),
            TruncateCase(text: "Acme Trading", limit: 6, expected: "Acme…"),
            TruncateCase(text: "株式会社田中商事", limit: 16, expected: "株式会社田中商事"),
            TruncateCase(text: "株式会社田中商事", limit: 9, expected: "株式会社…"),
            TruncateCase(text: "株式会社田中商事", limit: 10, expected: "株式会社…"),
            TruncateCase(text: "株式会社田中商事", limit: 2, expected: "…"),
            TruncateCase(text: "ｱｲｳｴｵｶｷ", limit: 5, expected: "ｱｲｳｴ…"),
            TruncateCase(text: "Cafe\u{301} Noir", limit: 5, expected: "Cafe\u{301}…"),
            TruncateCase(text: "Acme", limit: 1, expected: "…"),
            TruncateCase(text: "Acme", limit: 0, expected: ""),
            TruncateCase(text: "Acme", limit: -3, expected: ""),
        ])
    func truncate(_ example: TruncateCase) {
        let result = DisplayWidth.truncate(example.text, toWidth: example.limit)
        #expect(result == example.expected)
        #expect(DisplayWidth.width(of: result) <= max(example.limit, 0))
    }

    @Test("padding counts columns, not characters")
    func padding() {
        #expect(DisplayWidth.pad("田中", toWidth: 6) == "田中  ")
        #expect(DisplayWidth.pad("田中", toWidth: 6, alignment: .right) == "  田中")
        #expect(DisplayWidth.pad("田", toWidth: 5, alignment: .center) == " 田  ")
        #expect(DisplayWidth.pad("田中商事", toWidth: 4) == "田中商事")
    }

    @Test("fit cuts and pads to the exact width")
    func fit() {
        #expect(DisplayWidth.fit("株式会社田中商事", toWidth: 10) == "株式会社… ")
        #expect(DisplayWidth.fit("42", toWidth: 5, alignment: .right) == "   42")
    }
}
