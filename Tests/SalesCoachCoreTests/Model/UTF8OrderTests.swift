import Testing

@testable import SalesCoachCore

/// `UTF8Order` and `SpellingBytes` stand in for comparing the `utf8` views:
/// the same order and the same sameness, byte for byte.
@Suite struct UTF8OrderTests {
    static let words = [
        "", "a", "A", "ab", "abc", "Acme", "Acme, Holdings 1", "Acme, Holdings 10", "佐藤", "佐藤さん", "高橋", "ｻﾄｳ",
        "サトウ", "e\u{301}", "\u{e9}", "Zeta", "zeta", "株式会社ツシオア0", "株式会社ツシオア01",
    ]

    @Test("the order of two strings is that of their UTF-8 bytes, and 0 exactly when the bytes are the same")
    func orderMatchesTheBytes() {
        for a in UTF8OrderTests.words {
            for b in UTF8OrderTests.words {
                let order = UTF8Order.compare(a, b)
                #expect((order < 0) == a.utf8.lexicographicallyPrecedes(b.utf8), "\(a) \(b)")
                #expect((order == 0) == a.utf8.elementsEqual(b.utf8), "\(a) \(b)")
            }
        }
    }

    @Test("spellings are the same when their bytes are, and then hash alike; other normalisations stay apart")
    func spellingsByBytes() {
        let spellings = Set(UTF8OrderTests.words.map(SpellingBytes.init) + UTF8OrderTests.words.map { SpellingBytes(String($0)) })
        #expect(spellings.count == UTF8OrderTests.words.count)
        #expect(SpellingBytes("e\u{301}") != SpellingBytes("\u{e9}"))
        #expect(SpellingBytes("佐藤") == SpellingBytes(String("佐藤さん".prefix(2))))
    }
}
