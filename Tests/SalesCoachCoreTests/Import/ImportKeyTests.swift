import Testing

@testable import SalesCoachCore

@Suite struct ImportKeyTests {
    @Test(
        "the fast key equals the book's key",
        arguments: [
            "Acme", "acme", "  Acme   Corp ", "ACME\tCORP", "a\r\nb", "", " ", "already lower", "x  ", "株式会社テスト",
            "Ａｃｍｅ　株式会社", "（株）山田", "ﾔﾏﾀﾞ", "㈱山田", "ｶﾞ", "Café", "STRASSE", "İstanbul", "ǅemal", "が", "か\u{3099}",
            "①②", "ヴ", "ゟ", "ヿ", "𠮷野家", "🍣", "Ω", "ﬁ", "\u{1B}[31m", "ABC\u{200B}D", "〆々〇",
        ])
    func sameAsBook(_ name: String) {
        #expect(ImportKey.key(name) == Book.key(name))
    }

    @Test("every character the fast path keeps gives the book's key")
    func everyStableCharacter() {
        let ranges: [ClosedRange<UInt32>] = [
            0x20...0x7E, 0xFF01...0xFF5E, 0x3000...0x3000, 0x3005...0x3007, 0x3041...0x3096, 0x30A1...0x30FE,
            0x4E00...0x9FFF,
        ]
        var mismatches: [UInt32] = []
        for range in ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let name = "Ab " + String(Character(scalar)) + "c"
                if ImportKey.key(name) != Book.key(name) { mismatches.append(value) }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10).map { String($0, radix: 16) })")
    }
}
