import Testing

@testable import SalesCoachCore

/// Input a rep's CRM or a careless script may produce: each gives a value or
/// a clear message, never a crash.
@Suite struct HostileImportTests {
    @Test("a 10 MB field is imported whole")
    func hugeField() throws {
        let big = "\"\"" + String(repeating: String(repeating: "あ", count: 33) + "\n", count: 100_000) + "end"
        let result = try ImportFixture.run("name,notes,sales\nA,\"\(big)\",1\nB,,2\n")
        #expect(result.customers.count == 2)
        #expect(result.customers[0].notes?.utf8.count == 10_000_004)
        #expect(result.customers[0].notes?.hasPrefix("\"あ") == true)
        #expect(result.lines == [2, 100_003])
    }

    @Test("a 1 MB name is imported as a name")
    func hugeName() throws {
        let big = String(repeating: "ｱ", count: 350_000)
        let result = try ImportFixture.run("name,sales\n\"\(big)\",1\n")
        #expect(result.customers[0].name.utf8.count == 1_050_000)
    }

    @Test("100,000 columns: the name found among them, the rest ignored")
    func manyColumns() throws {
        let count = 100_000
        let header = (0..<count).map { $0 == 70_000 ? "name" : $0 == 99_999 ? "sales" : "x\($0)" }
        let row = (0..<count).map { $0 == 70_000 ? "Acme" : $0 == 99_999 ? "42" : "" }
        let result = try ImportFixture.run(header.joined(separator: ",") + "\n" + row.joined(separator: ",") + "\n")
        #expect(result.customers.map(\.name) == ["Acme"])
        #expect(result.customers[0][.sales] == 42)
        #expect(result.ignoredColumns.count == count - 2)
    }

    @Test("a ragged row in a very wide file is located")
    func wideRagged() {
        let header = ["name"] + (1..<50_000).map { "c\($0)" }
        #expect(ImportFixture.error(header.joined(separator: ",") + "\nAcme,1\n")
            == .raggedRow(source: "customers.csv", line: 2, found: 2, expected: 50_000))
    }

    @Test("control characters other than NUL stay in values")
    func controlCharacters() throws {
        let result = try ImportFixture.run("name,notes\n\"A\u{07}\u{08}B\",\"\u{1B}]8;;http://x\u{1B}\\\\link\"\n")
        #expect(result.customers[0].name == "A\u{07}\u{08}B")
        #expect(result.customers[0].notes == "\u{1B}]8;;http://x\u{1B}\\\\link")
    }

    @Test("invalid UTF-8 that is no Shift_JIS either is refused with its line, nothing imported")
    func invalidUTF8() {
        let bytes = Array("name\nA\nB\n".utf8) + [0xFF, 0xFE - 1, 0x0A]
        #expect(ImportFixture.error(bytes) == .unrecognisedEncoding(source: "customers.csv", line: 4))
    }

    @Test("deterministic random bytes never crash the importer")
    func randomBytes() {
        var random = SplitMix(seed: 2026)
        let alphabet = Array("ab1,\"\n\r 9-万¥".utf8)
        for round in 0..<300 {
            let length = Int(random.next() % 200)
            var bytes = Array("name,sales,last_visit\n".utf8)
            for _ in 0..<length {
                let pick = random.next() % 10
                // Mostly CSV-ish bytes, so the parser gets past the header.
                let byte = pick < 6 ? alphabet[Int(random.next() % UInt64(alphabet.count))] : UInt8(truncatingIfNeeded: random.next())
                bytes.append(byte)
            }
            do {
                let result = try CustomerImporter.importCustomers(from: bytes, source: "r\(round).csv")
                #expect(!result.customers.isEmpty)
            } catch {
                #expect(!error.description.isEmpty)
            }
        }
    }

    /// A small seeded generator, so the random test is the same on every run.
    struct SplitMix {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }
}
