import Foundation
import Testing

/// Long output goes through $PAGER in a real terminal (a 100×40 tmux pane),
/// and nowhere else. `wc -l` stands in for a pager where what it received is
/// what matters: it prints the count of lines it was given.
@Suite(.enabled(if: TerminalSession.isAvailable)) struct PagerTerminalTests {
    static func environment(_ extra: [String: String]) throws -> [String: String] {
        TerminalSession.capableEnvironment(home: try BinaryRunner.temporaryDirectory()).merging(extra) { _, new in new }
    }

    /// The screen once the program in the pane has ended.
    static func finished(_ session: TerminalSession) throws -> String {
        let deadline = Date().addingTimeInterval(20)
        while try !session.hasExited(), Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        return try session.screen(scrollback: true)
    }

    @Test("classify's table, taller than the terminal, goes to $PAGER whole")
    func classifyThroughPager() throws {
        let session = try TerminalSession(
            arguments: ["classify", "examples/demo-customers.csv"], environment: try Self.environment(["PAGER": "wc -l"]))
        let screen = try Self.finished(session)
        let counts = screen.split(separator: "\n").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        #expect(counts.count == 1 && (counts.first ?? 0) > 46, "\(screen)")
        #expect(!screen.contains("富士精機株式会社"))
    }

    @Test("--no-pager, an empty PAGER and PAGER=cat print the table on the terminal", arguments: [
        (["--no-pager"], ["PAGER": "wc -l"]), ([], ["PAGER": ""]), ([], ["PAGER": "cat"]),
    ] as [([String], [String: String])])
    func noPager(flags: [String], environment: [String: String]) throws {
        let session = try TerminalSession(
            arguments: ["classify", "examples/demo-customers.csv"] + flags, environment: try Self.environment(environment))
        let screen = try Self.finished(session)
        #expect(screen.contains("富士精機株式会社"))
        #expect(screen.contains("total"))
    }

    @Test("in a session, a list longer than the window goes to the pager, a short one does not, and the session goes on")
    func sessionList() throws {
        let session = try TerminalSession(arguments: ["--demo"], environment: try Self.environment(["PAGER": "wc -l"]))
        try session.waitFor("salescoach (46)>")
        try session.type("list")
        try session.send("Enter")
        let paged = try session.waitFor("\nsalescoach (46)>")
        #expect(!paged.contains("Vertex Automotive"), "\(paged)")
        try session.type("list D")
        try session.send("Enter")
        let direct = try session.waitFor("12 of 46 customers")
        #expect(direct.contains("Pinewood Crafts"))
        try session.type("quit")
        try session.send("Enter")
        _ = try Self.finished(session)
    }

    @Test("without PAGER, less shows the table and leaves it on the screen after q",
          .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/less")))
    func lessByDefault() throws {
        // PAGER unset: less, with LESS=FRX so the text stays on the screen after q.
        var environment = try Self.environment([:])
        environment.removeValue(forKey: "PAGER")
        environment.removeValue(forKey: "LESS")
        let session = try TerminalSession(arguments: ["classify", "examples/demo-customers.csv"], environment: environment)
        let screen = try session.waitFor("\n:")
        #expect(screen.contains("Segment"), "\(screen)")
        #expect(try !session.hasExited())
        try session.type("q")
        let after = try Self.finished(session)
        #expect(after.contains("Segment"))
    }
}
