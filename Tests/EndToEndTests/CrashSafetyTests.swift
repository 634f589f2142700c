import Foundation
import Testing

/// What survives when the program is killed mid-work or the disk fills:
/// confirmed data always, half-written data never.
@Suite(.serialized) struct CrashSafetyTests {
    /// A customer file of `rows` rows, large enough that loading it takes a while.
    static func bigBook(rows: Int, in directory: URL) throws -> URL {
        var text = "name,company_revenue,employees,growth,orders,sales,profit,last_visit,rep\n"
        text.reserveCapacity(rows * 70)
        for i in 0..<rows {
            text += "Customer \(i),\(1000 + i % 997),\(10 + i % 503),\(i % 21 - 10),\(i % 40),\(i * 37 % 100_000),\(i * 11 % 20_000),2026-10-\(10 + i % 18),Rep \(i % 9)\n"
        }
        let url = directory.appendingPathComponent("big.csv")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    /// Starts the session on `workspace`, feeds `lines`, and kills it with
    /// SIGKILL once `marker` has been printed and `delay` has passed.
    static func killDuring(
        workspace: String, home: URL, lines: String, marker: String?, delay: TimeInterval
    ) throws -> String {
        let process = Process()
        process.executableURL = BinaryRunner.binary
        process.arguments = ["--workspace", workspace]
        process.environment = BinaryRunner.environment(home: home)
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(Data(lines.utf8))
        var seen = ""
        let deadline = Date().addingTimeInterval(30)
        while let marker, !seen.contains(marker), Date() < deadline {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            seen += String(decoding: chunk, as: UTF8.self)
        }
        Thread.sleep(forTimeInterval: delay)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        return seen
    }

    @Test("SIGKILL in the middle of a large import keeps every confirmed change and no half of the import")
    func killDuringImport() throws {
        let home = try BinaryRunner.temporaryDirectory()
        let workspace = home.appendingPathComponent("w.sqlite").path
        let big = try Self.bigBook(rows: 60_000, in: home)
        let seen = try Self.killDuring(
            workspace: workspace, home: home,
            lines: "add Confirmed employees=10 sales=5\nload \(big.path)\n", marker: "Added Confirmed", delay: 0.8)
        #expect(seen.contains("Added Confirmed"))
        let after = try BinaryRunner.run(["--workspace", workspace], input: "show Confirmed\nsummary\n", home: home)
        #expect(after.status == 0, "stderr: \(after.stderr)")
        #expect(after.stdout.contains("Confirmed is in"))
        // Either the whole import landed or none of it did: 1 customer or 60,001.
        let total = after.stdout.split(separator: "\n").first { $0.hasPrefix("total") }?
            .split(separator: " ").dropFirst().first.map(String.init)
        #expect(total == "1" || total == "60001", "total: \(total ?? "none")")
    }

    @Test("SIGKILL in the middle of an export leaves the old file or the whole new one, never a part")
    func killDuringExport() throws {
        let home = try BinaryRunner.temporaryDirectory()
        let workspace = home.appendingPathComponent("w.sqlite").path
        let big = try Self.bigBook(rows: 30_000, in: home)
        let target = home.appendingPathComponent("export.csv")
        try "old export\n".write(to: target, atomically: true, encoding: .utf8)
        let loaded = try BinaryRunner.run(["--workspace", workspace], input: "load \(big.path)\n", home: home)
        #expect(loaded.status == 0, "stderr: \(loaded.stderr)")
        for delay in [0.05, 0.3, 0.8] {
            _ = try Self.killDuring(
                workspace: workspace, home: home, lines: "export \(target.path)\n", marker: nil, delay: delay)
            let text = try String(contentsOf: target, encoding: .utf8)
            let complete = text.hasPrefix("name,") && text.hasSuffix("\n") && text.split(separator: "\n").count == 30_001
            #expect(text == "old export\n" || complete)
        }
    }

    @Test("a file-size limit hit during an import is an error message, and the workspace keeps its data")
    func fileSizeLimit() throws {
        let home = try BinaryRunner.temporaryDirectory()
        let workspace = home.appendingPathComponent("w.sqlite").path
        let big = try Self.bigBook(rows: 20_000, in: home)
        let first = try BinaryRunner.run(["--workspace", workspace], input: "add Keeper employees=10 sales=5\n", home: home)
        #expect(first.status == 0)
        // `ulimit -f 200` caps every file the program writes at 100 KB.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "ulimit -f 200; exec '\(BinaryRunner.binary.path)' --workspace '\(workspace)'"]
        process.environment = BinaryRunner.environment(home: home)
        let input = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(Data("load \(big.path)\n".utf8))
        try input.fileHandleForWriting.close()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus != 0)
        #expect(message.hasPrefix("error:"))
        let after = try BinaryRunner.run(["--workspace", workspace], input: "list\n", home: home)
        #expect(after.stdout.contains("Keeper"))
        #expect(!after.stdout.contains("Customer 1 "))
    }
}
