import Testing

@testable import SalesCoachCore

/// A large file is read on two cores, split near the middle; these hold that
/// to what one reader gives: the same customers and lines, the same
/// warnings, the same first error, and a split inside a quoted field that
/// holds a line break taken back safely.
@Suite("Reading a large file on two cores")
struct ParallelImportTests {
    /// `rows` rows, with a quoted name holding a line break at `breakAt`,
    /// negative employees (a warning) every 7th row, and `extra` appended.
    static func text(rows: Int, breakAt: Int? = nil, extra: [String] = []) -> String {
        var lines = ["name,employees,orders,sales"]
        for i in 0..<rows {
            let name = i == breakAt ? "\"Two\nLines \(i)\"" : (i % 3 == 0 ? "\"Acme, \(i)\"" : "株式会社\(i)")
            lines.append("\(name),\(i % 7 == 0 ? -i : i),\(i % 50),\"\(i * 1000)\"")
        }
        return (lines + extra).joined(separator: "\n") + "\n"
    }

    static func read(_ text: String, parallelFrom: Int, duplicates: DuplicatePolicy = .reject) -> Result<ImportResult, ImportError> {
        let decoded = TextDecoding.Decoded(utf8: Array(text.utf8), encoding: .utf8)
        var options = ImportOptions()
        options.duplicates = duplicates
        do throws(ImportError) {
            return .success(try CustomerImporter.importCustomers(decoded: decoded, source: "big.csv", options: options, parallelFrom: parallelFrom))
        } catch {
            return .failure(error)
        }
    }

    static func same(_ text: String, duplicates: DuplicatePolicy = .reject) {
        let one = read(text, parallelFrom: .max, duplicates: duplicates)
        let two = read(text, parallelFrom: 1, duplicates: duplicates)
        switch (one, two) {
        case (.success(let a), .success(let b)):
            #expect(a.customers == b.customers)
            #expect(a.lines == b.lines)
            #expect(a.warnings.map(\.description) == b.warnings.map(\.description))
            #expect(a.merges.map(\.lines) == b.merges.map(\.lines))
        case (.failure(let a), .failure(let b)):
            #expect(a.description == b.description)
        default:
            Issue.record("one reader: \(one), two: \(two)")
        }
    }

    @Test("the customers, their lines and the warnings are those one reader gives")
    func sameResult() throws {
        let text = Self.text(rows: 2_000)
        Self.same(text)
        let two = try Self.read(text, parallelFrom: 1).get()
        #expect(two.customers.count == 2_000)
        #expect(two.lines.last == 2_001)
    }

    @Test("a split inside a quoted field with a line break falls back to one reader", arguments: [995, 996, 997, 998, 999, 1_000, 1_001])
    func splitInsideQuotes(breakAt: Int) {
        Self.same(Self.text(rows: 2_000, breakAt: breakAt))
    }

    @Test("the first error is the one in the first half, or the second half's with its line")
    func firstError() {
        Self.same(Self.text(rows: 2_000, extra: ["Bad,abc,1,1"]))
        var rows = Self.text(rows: 2_000).split(separator: "\n").map(String.init)
        rows[10] = "Early,xyz,1,1"
        rows[1_900] = "Late,xyz,1,1"
        Self.same(rows.joined(separator: "\n") + "\n")
    }

    @Test("a name repeated across the halves is found, rejected or merged as one reader does")
    func duplicateAcrossHalves() {
        let text = Self.text(rows: 2_000, extra: ["株式会社1,5,5,5"])
        Self.same(text)
        Self.same(text, duplicates: .merge)
        if case .failure(let error) = Self.read(text, parallelFrom: 1) {
            #expect(error.description.contains("line 2002"))
        } else {
            Issue.record("the repeated name was not found")
        }
    }
}
