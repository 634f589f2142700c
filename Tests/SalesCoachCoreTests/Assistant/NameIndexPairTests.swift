import Testing

@testable import SalesCoachCore

/// The index of Japanese names by their character pairs, for typos: each
/// name is listed once under each distinct pair it has, however often the
/// pair comes in the name.
@Suite struct NameIndexPairTests {
    static let names = [
        "東京東京商事", "ははは工業", "株式会社田中商事", "田中田中", "Acme Holdings", "東海ベアリング㈱ 浜松工場", "ホテルポールスター",
        "東京東京商事", "ア", "アアアア",
    ]

    @Test("every name is under each distinct pair of its characters once, in the order of the names")
    func pairsListEachNameOnce() {
        let index = NameIndex(names: NameIndexPairTests.names)
        var expected: [String: [Int]] = [:]
        for (position, entry) in index.entries.enumerated() where !entry.isShortForm {
            guard let characters = entry.characters, characters.count >= 2 else { continue }
            let pairs = Set((0..<characters.count - 1).map { String(characters[$0...$0 + 1]) })
            for pair in pairs { expected[pair, default: []].append(position) }
        }
        #expect(index.byPair == expected)
        #expect(index.byPair["東京"]?.count == 2)
        #expect(index.byPair["アア"]?.count == 1)
    }

    @Test("a pair put together from two characters is the string of their slice")
    func pairIsTheSlice() {
        let characters: [Character] = ["東", "京", "a", "é", "👍🏽", "ｶ", "ﾞ"]
        for i in 0..<characters.count - 1 {
            #expect(NameIndex.pair(characters[i], characters[i + 1]) == String(characters[i...i + 1]))
        }
    }
}
