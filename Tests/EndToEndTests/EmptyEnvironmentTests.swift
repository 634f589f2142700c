import Foundation
import Testing

/// A fresh install runs with nothing in its environment (`env -i`, cron, a
/// service): no HOME, no PATH, no LANG. The binary carries its knowledge and
/// needs no toolchain; `Scripts/install-check.sh` does the same with a
/// release build installed by `make install`.
@Suite struct EmptyEnvironmentTests {
    static func run(_ arguments: [String], input: String = "") throws -> BinaryRunner.Result {
        try BinaryRunner.run(arguments, input: input, launcher: ["/usr/bin/env", "-i"])
    }

    @Test("the demo session answers commands and questions in both languages under env -i")
    func demo() throws {
        let result = try Self.run(["--demo"], input: "help\nwhy 田中商事\nAランクは何社？\nquit\n")
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("Import a customer CSV"))
        #expect(result.stdout.contains("田中商事 is in C"))
        #expect(result.stdout.contains("A：全46社中11社"))
    }

    @Test("classify prints the table and Japanese CSV under env -i")
    func classify() throws {
        let table = try Self.run(["classify", "examples/demo-customers.csv"])
        #expect(table.status == 0, "stderr: \(table.stderr)")
        #expect(table.stdout.contains("total                46   100%"))
        let csv = try Self.run(["classify", "examples/demo-customers.csv", "--lang", "ja", "--format", "csv"])
        #expect(csv.stdout.hasPrefix("顧客名,領域,"))
    }

    @Test("a session with no HOME asks for --workspace instead of guessing a place for customer data")
    func noHome() throws {
        let result = try Self.run([], input: "quit\n")
        #expect(result.status == 2)
        #expect(result.stderr.contains("--workspace"))
    }
}
