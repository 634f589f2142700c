import Foundation
import TestSupport
import Testing

/// The session driven through piped stdin, as `salescoach < script.txt` runs it.
@Suite struct SessionTranscriptTests {
    @Test("a rep's week on the demo book reads as recorded (golden transcript)")
    func demoTranscript() throws {
        let script = """
            summary
            list B
            why 田中商事
            who should I visit this week?
            田中商事はなぜC？
            Aランクは何社？
            what would move Vertex Automotive to A?
            planned add 田中商事 3
            planned add Kimura Print Works 2
            planned add Vertex Automotive
            check
            planned move Vertex Automotive --week next
            planned list
            what's the weather tomorrow?
            matrix
            """
        let result = try BinaryRunner.run(["--demo"], input: script, environment: ["COLUMNS": "80"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stderr.isEmpty)
        assertSnapshot(result.stdout, named: "demo-week")
    }

    @Test("the matrix of the demo book at 80 and 120 columns (golden)", arguments: [80, 120])
    func demoMatrix(width: Int) throws {
        let result = try BinaryRunner.run(["--demo"], input: "matrix\n", environment: ["COLUMNS": String(width)])
        #expect(result.status == 0)
        for line in result.stdout.split(separator: "\n") {
            #expect(line.count <= width)
        }
        assertSnapshot(result.stdout, named: "demo-matrix-\(width)")
    }

    @Test("a failed command reports on stderr, the rest still run, and the exit status is non-zero")
    func failuresSetTheExitStatus() throws {
        let result = try BinaryRunner.run(["--demo"], input: "why Nobody Inc\nlsit\nsummary\n")
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: no customer named 'Nobody Inc'"))
        #expect(result.stderr.contains("unknown command 'lsit' (did you mean 'list'?)"))
        #expect(result.stdout.contains("main target: most of your time"))
    }

    @Test("a bad value in set names the customer, the field, what was expected, and changes nothing")
    func badSetValueIsExplained() throws {
        let result = try BinaryRunner.run(["--demo"], input: "set 田中商事 sales=abc\nshow 田中商事\n")
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: 田中商事, sales: expected a number such as 12000000"))
        #expect(result.stderr.contains("found 'abc'; nothing was changed"))
        #expect(result.stdout.contains("9.8M"))
    }

    @Test("a change confirmed before SIGKILL is in the workspace when it is opened again")
    func confirmedChangeSurvivesKill() throws {
        let home = try BinaryRunner.temporaryDirectory()
        let workspace = home.appendingPathComponent("book.sqlite").path
        let process = Process()
        process.executableURL = BinaryRunner.binary
        process.arguments = ["--workspace", workspace]
        process.environment = BinaryRunner.environment(home: home)
        process.currentDirectoryURL = BinaryRunner.packageRoot
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(Data("add \"Kill Test KK\" employees=120 sales=5000000\n".utf8))
        // Wait for the confirmation, then kill without letting the program tidy up.
        var seen = ""
        let deadline = Date().addingTimeInterval(20)
        while !seen.contains("Added Kill Test KK"), Date() < deadline {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            seen += String(decoding: chunk, as: UTF8.self)
        }
        #expect(seen.contains("Added Kill Test KK"))
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)

        let reopened = try BinaryRunner.run(["--workspace", workspace], input: "show Kill Test KK\n", home: home)
        #expect(reopened.status == 0, "stderr: \(reopened.stderr)")
        #expect(reopened.stdout.contains("employees        120"))
    }

    @Test("loading a file merges it into the list and reports what was added, updated and unchanged")
    func loadMerges() throws {
        let home = try BinaryRunner.temporaryDirectory()
        let first = home.appendingPathComponent("first.csv")
        let second = home.appendingPathComponent("second.csv")
        try "name,employees,sales\nAlpha,10,5\nBeta,20,6\n".write(to: first, atomically: true, encoding: .utf8)
        try "name,employees,sales\nAlpha,10,5\nBeta,25,\nGamma,1,1\n".write(to: second, atomically: true, encoding: .utf8)
        let result = try BinaryRunner.run(
            ["--ephemeral"], input: "load \(first.path)\nload \(second.path)\nshow Beta\n", home: home)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("Merged \(second.path): 1 added, 1 updated, 1 unchanged (skipped)."))
        // An empty cell leaves the known value alone.
        #expect(result.stdout.contains("our sales        6"))
        #expect(result.stdout.contains("employees        25"))
    }

    @Test("a failed import changes nothing in the list")
    func failedImportChangesNothing() throws {
        let home = try BinaryRunner.temporaryDirectory()
        let bad = home.appendingPathComponent("bad.csv")
        try "name,employees,sales\nNew One,10,5\nBroken,ten,5\n".write(to: bad, atomically: true, encoding: .utf8)
        let result = try BinaryRunner.run(["--demo"], input: "load \(bad.path)\nsummary\n", home: home)
        #expect(result.status == 1)
        #expect(result.stderr.contains("bad.csv, line 3, column 2 (employees)"))
        #expect(result.stdout.contains("46   100%"))
        #expect(!result.stdout.contains("New One"))
    }

    @Test("export writes the list with segments, formulas neutralised, and it loads back")
    func exportRoundTrip() throws {
        let home = try BinaryRunner.temporaryDirectory()
        let source = home.appendingPathComponent("in.csv")
        try "name,employees,sales\n\"=HYPERLINK(\"\"http://x\"\")\",10,5\nPlain,3,9\n".write(to: source, atomically: true, encoding: .utf8)
        let out = home.appendingPathComponent("out.csv")
        let result = try BinaryRunner.run(
            ["--ephemeral"], input: "load \(source.path)\nexport \(out.path)\nload \(out.path) --replace\nlist\n", home: home)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let written = try String(contentsOf: out, encoding: .utf8)
        #expect(written.hasPrefix("name,company_revenue,employees,growth,orders,sales,profit,last_visit,rep,notes,segment,objective_score,record_score,borderline\n"))
        #expect(written.contains("\"'=HYPERLINK(\"\"http://x\"\")\""))
        #expect(result.stdout.contains("=HYPERLINK"))
    }
}
