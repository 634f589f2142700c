import Testing

@testable import SalesCoachCore

/// The names' forms kept as bytes between runs: read back they are the same
/// forms, and bytes from another build or damaged are refused.
@Suite struct StoredNameFormsTests {
    /// Latin and Japanese names, a branch, a blank one once its legal form is off, one repeated.
    static let names = [
        "Acme Holdings", "株式会社田中商事", "東海ベアリング㈱ 浜松工場", "ホテルポールスター", "株式会社", "博多ラーメン一番亭",
        "Acme Holdings", "ひろしまばいおらぼ", "三菱造船協力会社 明石ドック",
    ]

    @Test("stored forms read back as the same forms: written out again, they are the same bytes")
    func readsBackTheSame() throws {
        let bytes = NameIndex.storedForms(of: StoredNameFormsTests.names, fingerprint: "build 1")
        let back = try #require(NameIndex.forms(stored: bytes, fingerprint: "build 1"))
        let unique = Array(Set(StoredNameFormsTests.names))
        #expect(back.count == unique.count)
        var seen: Set<String> = []
        let order = StoredNameFormsTests.names.filter { seen.insert($0).inserted }
        let again = NameIndex.stored(try order.map { (name: $0, form: try #require(back[$0])) }, fingerprint: "build 1")
        #expect(again == bytes)
        #expect(NameIndex.rememberForms(stored: bytes, fingerprint: "build 1"))
        #expect(NameIndex.knowsForms(of: StoredNameFormsTests.names))
    }

    @Test("bytes stored under another fingerprint, cut short, lengthened or garbled are refused, never a crash")
    func refusesOtherOrDamagedBytes() {
        let bytes = NameIndex.storedForms(of: StoredNameFormsTests.names, fingerprint: "build 1")
        #expect(NameIndex.forms(stored: bytes, fingerprint: "build 2") == nil)
        #expect(!NameIndex.rememberForms(stored: bytes, fingerprint: "build 2"))
        #expect(NameIndex.forms(stored: bytes + [0], fingerprint: "build 1") == nil)
        #expect(NameIndex.forms(stored: [], fingerprint: "build 1") == nil)
        for length in 0..<bytes.count {
            #expect(NameIndex.forms(stored: Array(bytes.prefix(length)), fingerprint: "build 1") == nil)
        }
        var random = SeededRandom(seed: 5)
        for _ in 0..<300 {
            var garbled = bytes
            for _ in 0..<3 { garbled[Int(random.next() % UInt64(garbled.count))] = UInt8(truncatingIfNeeded: random.next()) }
            _ = NameIndex.forms(stored: garbled, fingerprint: "build 1")
        }
    }
}
