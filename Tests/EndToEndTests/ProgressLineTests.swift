import Foundation
import Testing

/// Long work shows it is working, on a terminal only. The wording is
/// checked in `ProgressTextTests`; here the real binary in a real terminal
/// (tmux) and in a pipe.
@Suite(.serialized) struct ProgressLineTests {
    /// A book of `rows` plain customers, written once per run.
    static func bigBook(rows: Int) throws -> URL {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("salescoach-progress-\(rows).csv")
        if FileManager.default.fileExists(atPath: file.path) { return file }
        var text = "name,company_revenue,employees,orders,sales,rep\n"
        text.reserveCapacity(rows * 48)
        for i in 0..<rows {
            text += "Company \(i),\(i * 7919 % 100_000),\(i * 104_729 % 5000),\(i % 50),\(i * 31 % 99_999),R\(i % 50)\n"
        }
        let partial = file.appendingPathExtension("partial")
        try text.write(to: partial, atomically: false, encoding: .utf8)
        try? FileManager.default.removeItem(at: file)
        try FileManager.default.moveItem(at: partial, to: file)
        return file
    }

    @Test("a million-row load in a real terminal shows what it reads, how far, and that Ctrl-C stops safely",
          .enabled(if: TerminalSession.isAvailable, "tmux is not installed"))
    func loadShowsProgress() throws {
        let book = try Self.bigBook(rows: 1_000_000)
        let home = try BinaryRunner.temporaryDirectory()
        let session = try TerminalSession(arguments: ["--ephemeral"], environment: TerminalSession.capableEnvironment(home: home))
        _ = try session.waitFor("> ")
        try session.type("load \(book.path)")
        try session.send("Enter")
        let screen = try session.waitFor("Ctrl-C stops safely", timeout: 30)
        #expect(screen.contains("reading \(book.lastPathComponent): "), "\(screen)")
        #expect(screen.contains(" MB ("), "\(screen)")
    }

    @Test("exporting a large book from a session shows the ranking and the writing, then says it wrote the file",
          .enabled(if: TerminalSession.isAvailable, "tmux is not installed"))
    func exportShowsProgress() throws {
        let book = try Self.bigBook(rows: 300_000)
        let home = try BinaryRunner.temporaryDirectory()
        let session = try TerminalSession(arguments: ["--ephemeral"], environment: TerminalSession.capableEnvironment(home: home))
        _ = try session.waitFor("> ")
        try session.type("load \(book.path)")
        try session.send("Enter")
        _ = try session.waitFor("Loaded 300000 customers", timeout: 120)
        let out = home.appendingPathComponent("out.csv").path
        try session.type("export \(out)")
        try session.send("Enter")
        let screen = try session.waitFor("classifying and writing: ", timeout: 60)
        #expect(screen.contains(" of 300,000 rows"), "\(screen)")
        _ = try session.waitFor("Wrote 300000 customers", timeout: 120)
    }

    @Test("classify of a large file into a pipe writes no progress: standard error holds only the summary's notes")
    func pipeShowsNone() throws {
        let book = try Self.bigBook(rows: 1_000_000)
        let result = try BinaryRunner.run(["classify", book.path, "--format", "csv"])
        #expect(result.status == 0)
        #expect(!result.stderr.contains("reading") && !result.stderr.contains("\r"), "\(result.stderr.prefix(300))")
        #expect(result.stderr.split(separator: "\n").allSatisfy { $0.hasPrefix("note: ") }, "\(result.stderr.prefix(300))")
        #expect(!result.stdout.contains("reading"))
    }
}
