import Foundation
import Testing

/// Ctrl-C during `load` in a real terminal: what the session says always
/// matches what the workspace holds — stopped means nothing was saved,
/// loaded means all of it was.
@Suite(.enabled(if: TerminalSession.isAvailable, "needs tmux"), .serialized)
struct InterruptedLoadTests {
    /// How many customers the workspace holds, read by a fresh process.
    private func storedCount(_ workspace: String, home: URL) throws -> Int? {
        let result = try BinaryRunner.run(["--workspace", workspace], input: "summary\n", home: home)
        let total = result.stdout.split(separator: "\n").first { $0.hasPrefix("total") }
        return total?.split(separator: " ").dropFirst().first.flatMap { Int($0) }
    }

    /// Starts a session on a workspace holding one customer, types `load`,
    /// presses Ctrl-C after `delay` seconds (never, for nil) and returns what
    /// the screen reported and how long the load ran.
    private func load(
        _ big: URL, workspace: String, home: URL, interruptAfter delay: TimeInterval?
    ) throws -> (stopped: Bool, loaded: Bool, seconds: TimeInterval, promptCount: Int?) {
        try? FileManager.default.removeItem(atPath: workspace)
        let seeded = try BinaryRunner.run(["--workspace", workspace], input: "add Keep employees=1 sales=1\n", home: home)
        #expect(seeded.status == 0)
        var environment = BinaryRunner.environment(home: home)
        environment["TERM"] = "xterm-256color"
        environment["NO_COLOR"] = "1"
        let session = try TerminalSession(arguments: ["--workspace", workspace], environment: environment)
        try session.waitFor("salescoach (1)>")
        try session.type("load \(big.path)")
        let started = Date()
        try session.send("Enter")
        if let delay {
            Thread.sleep(forTimeInterval: delay)
            try session.send("C-c")
        }
        let deadline = Date().addingTimeInterval(180)
        var screen = ""
        while Date() < deadline {
            screen = try session.screen(scrollback: true)
            if screen.contains("nothing was changed") || screen.contains("Merged") { break }
            Thread.sleep(forTimeInterval: 0.05)
        }
        let seconds = Date().timeIntervalSince(started)
        let stopped = screen.contains("load stopped by Ctrl-C; nothing was changed")
        let loaded = screen.contains("Merged \(big.path)")
        // The next prompt shows the count the session now holds.
        var count: Int?
        let promptDeadline = Date().addingTimeInterval(30)
        while count == nil, Date() < promptDeadline {
            let lines = try session.screen().split(separator: "\n")
            // A press that lands on the empty prompt itself leaves "^C" after it: the count is still there.
            // A press in the instant between the last output and the prompt is
            // echoed by the terminal itself, so "^C" can also come before it.
            if let prompt = lines.last(where: { line in
                let line = line.hasPrefix("^C") ? line.dropFirst(2) : line[...]
                return line.hasPrefix("salescoach (") && [">", "> ^C", ">^C"].contains { line.hasSuffix($0) }
            }) {
                let start = prompt.hasPrefix("^C") ? prompt.dropFirst(2) : prompt[...]
                count = start.dropFirst("salescoach (".count).split(separator: ")").first.flatMap { Int($0) }
            } else {
                Thread.sleep(forTimeInterval: 0.05)
            }
        }
        if count == nil {
            // What the screen showed instead, so a failure can be read from the log.
            print("no prompt found after the load; the screen ends with:\n" + (try session.screen()).split(separator: "\n").suffix(6).joined(separator: "\n"))
        }
        try session.type("quit")
        try session.send("Enter")
        Thread.sleep(forTimeInterval: 0.5)
        return (stopped, loaded, seconds, count)
    }

    @Test("Ctrl-C at any moment of a large load, reading or writing: the message, the prompt and the file agree")
    func interruptAtSeveralPoints() throws {
        let home = try BinaryRunner.temporaryDirectory()
        let workspace = home.appendingPathComponent("w.sqlite").path
        let rows = 30_000
        let big = try CrashSafetyTests.bigBook(rows: rows, in: home)
        // How long an uninterrupted load takes here, so the presses below
        // land while the file is read, while it is written, and near the commit.
        let whole = try load(big, workspace: workspace, home: home, interruptAfter: nil)
        #expect(whole.loaded && whole.promptCount == rows + 1)
        var outcomes: [String] = []
        for fraction in [0.0, 0.5, 0.65, 0.75, 0.85, 1.0] {
            let delay = max(0.05, whole.seconds * fraction)
            let run = try load(big, workspace: workspace, home: home, interruptAfter: delay)
            let stored = try storedCount(workspace, home: home)
            outcomes.append("\(String(format: "%.2f", delay)) s: \(run.stopped ? "stopped" : run.loaded ? "loaded" : "?")")
            #expect(run.stopped != run.loaded, "exactly one outcome is reported after Ctrl-C at \(delay) s")
            let expected = run.stopped ? 1 : rows + 1
            #expect(run.promptCount == expected, "the prompt after Ctrl-C at \(delay) s")
            #expect(stored == expected, "the file after Ctrl-C at \(delay) s")
            if fraction == 0 { #expect(run.stopped, "Ctrl-C right away stops the load") }
        }
        print("Ctrl-C during load (a full load took \(String(format: "%.2f", whole.seconds)) s):", outcomes.joined(separator: "; "))
    }
}
