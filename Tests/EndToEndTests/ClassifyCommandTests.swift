import Foundation
import TestSupport
import Testing

@Suite struct ClassifyCommandTests {
    @Test("classify prints the demo book as a table with a summary, as CSV and as JSON", arguments: ["table", "csv", "json"])
    func demoBookInEveryFormat(format: String) throws {
        let result = try BinaryRunner.run(["classify", "examples/demo-customers.csv", "--format", format])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(!result.stdout.contains("\u{1B}"))
        assertSnapshot(result.stdout, named: "demo-\(format)")
    }

    @Test("per-rep ranking starts each row with the rep")
    func perRep() throws {
        let result = try BinaryRunner.run(["classify", "examples/demo-customers.csv", "--per-rep", "--format", "csv"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("rep,name,segment,objective_score,record_score") == true)
        #expect(lines.count == 47)
    }

    @Test("a bad cell fails with the file, line and column on stderr and a non-zero status")
    func badCellIsLocated() throws {
        let directory = try BinaryRunner.temporaryDirectory()
        let file = directory.appendingPathComponent("bad.csv")
        try "name,employees,sales\nAcme,12,5\nBeta,many,3\n".write(to: file, atomically: true, encoding: .utf8)
        let result = try BinaryRunner.run(["classify", file.path])
        #expect(result.status != 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("bad.csv, line 3, column 2 (employees)"))
        #expect(result.stderr.contains("'many'"))
    }

    @Test("names with escape sequences are printed escaped, never as raw control bytes")
    func hostileNamesAreEscaped() throws {
        let directory = try BinaryRunner.temporaryDirectory()
        let file = directory.appendingPathComponent("hostile.csv")
        let evil = "Evil\u{1B}[31mRed\u{1B}]0;pwned\u{07}"
        try "name,employees,sales\n\"\(evil)\",5,5\nPlain,3,9\n".write(to: file, atomically: true, encoding: .utf8)
        for format in ["table"] {
            let result = try BinaryRunner.run(["classify", file.path, "--format", format])
            #expect(result.status == 0)
            #expect(!result.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
            #expect(result.stdout.contains("Evil\\x1B[31mRed"))
        }
    }

    @Test("output cut short by a closed pipe ends quietly")
    func closedPipeEndsQuietly() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        let data = "/work/shared/data/fortune-global-500-2017/canonical_synthetic_tx.csv"
        let source = FileManager.default.fileExists(atPath: data) ? data : "examples/demo-customers.csv"
        process.arguments = ["-c", "'\(BinaryRunner.binary.path)' classify '\(source)' --format csv | head -n 2"]
        process.currentDirectoryURL = BinaryRunner.packageRoot
        let err = Pipe()
        let out = Pipe()
        process.standardError = err
        process.standardOutput = out
        try process.run()
        process.waitUntilExit()
        let printed = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(printed.split(separator: "\n").count == 2)
        #expect(String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).isEmpty)
    }
}
