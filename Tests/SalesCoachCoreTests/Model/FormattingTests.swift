import Testing

@testable import SalesCoachCore

/// Numbers as a rep reads them, and the byte writers the exports use, which
/// the `String` forms wrap.
@Suite struct FormattingTests {
    @Test("amounts in English and in 万/億, never far from the figure", arguments: [
        (980.0, "980", "980"),
        (12_500, "12,500", "1.3万"),
        (11_698, "11,698", "1.2万"),
        (89_792, "89,792", "9万"),
        (100_000, "100,000", "10万"),
        (113_720, "113,720", "11.4万"),
        (1_300_000, "1.3M", "130万"),
        (2_400_000_000, "2.4B", "24億"),
        (104_800_000, "105M", "1.05億"),
        (154_900_000, "155M", "1.55億"),
        (1_234_000_000, "1.2B", "12.3億"),
        (-45_000, "-45,000", "-4.5万"),
    ])
    func amounts(value: Double, english: String, japanese: String) {
        #expect(Formatting.amount(value, in: .en) == english)
        #expect(Formatting.amount(value, in: .ja) == japanese)
    }

    @Test("grouped whole numbers, one decimal otherwise, and growth as a percent")
    func values() {
        #expect(Formatting.grouped(1_234_567) == "1,234,567")
        #expect(Formatting.grouped(6_395.14) == "6,395.1")
        #expect(Formatting.grouped(-0.04) == "-0")
        #expect(Formatting.value(7.25, of: .growth) == "7.3%")
        #expect(Formatting.value(-2.5, of: .growth) == "-2.5%")
        #expect(Formatting.value(4_103, of: .employees) == "4,103")
        #expect(Formatting.fixed(-0.0004, decimals: 3) == "0.000")
        #expect(Formatting.fixed(12.5, decimals: 0) == "13")
    }
}
