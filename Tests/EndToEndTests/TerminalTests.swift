import Foundation
import Testing

/// The session in a real terminal: readline editing, completion, history,
/// Ctrl-C and Ctrl-D, as a person at the keyboard meets them.
@Suite(.enabled(if: TerminalSession.isAvailable, "needs tmux"), .serialized)
struct TerminalTests {
    func start(home: URL) throws -> TerminalSession {
        let session = try TerminalSession(arguments: ["--demo"], environment: TerminalSession.capableEnvironment(home: home))
        try session.waitFor("salescoach (46)>")
        return session
    }

    @Test("tab completes a Japanese customer name, and the command runs on it")
    func completesJapaneseName() throws {
        let session = try start(home: try BinaryRunner.temporaryDirectory())
        try session.type("why 田中")
        try session.send("Tab")
        let completed = try session.waitFor("why 田中商事")
        #expect(completed.contains("why 田中商事"))
        try session.send("Enter")
        let answer = try session.waitFor("is in C")
        #expect(answer.contains("田中商事 is in C"))
    }

    @Test("Ctrl-C throws away the half-typed line and the session goes on")
    func controlCClearsTheLine() throws {
        let session = try start(home: try BinaryRunner.temporaryDirectory())
        try session.type("why Vert")
        try session.waitFor("why Vert")
        try session.send("C-c")
        // The cleared line ends with a fresh prompt below it; typing before
        // it is drawn would race the signal on a loaded machine.
        try session.waitFor("why Vert\nsalescoach")
        try session.type("summary")
        try session.send("Enter")
        let screen = try session.waitFor("main target")
        #expect(screen.contains("main target: most of your time"))
        #expect(!screen.contains("Vertsummary"))
        #expect(try !session.hasExited())
    }

    @Test("Ctrl-C inside learn and quiz leaves them, back at the session's prompt", arguments: ["learn", "quiz 3"])
    func controlCLeavesLesson(command: String) throws {
        let session = try start(home: try BinaryRunner.temporaryDirectory())
        try session.type(command)
        try session.send("Enter")
        try session.waitFor("  > ")
        try session.type("B")
        try session.send("C-c")
        let stopped = try session.waitFor("Stopped (Ctrl-C).")
        #expect(stopped.contains("Stopped (Ctrl-C)."))
        try session.type("summary")
        try session.send("Enter")
        let screen = try session.waitFor("main target")
        #expect(screen.contains("main target: most of your time"), "the session reads commands again, not answers")
        #expect(try !session.hasExited())
    }

    @Test("history is kept across runs and recalled with the up arrow")
    func historyAcrossRuns() throws {
        let home = try BinaryRunner.temporaryDirectory()
        do {
            let first = try start(home: home)
            try first.type("list D")
            try first.send("Enter")
            try first.waitFor("of 46 customers")
            try first.type("quit")
            try first.send("Enter")
            let deadline = Date().addingTimeInterval(10)
            while try !first.hasExited(), Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        }
        let history = home.appendingPathComponent("state/salescoach/history")
        #expect(FileManager.default.fileExists(atPath: history.path))
        let second = try start(home: home)
        try second.send("Up")
        try second.send("Up")
        let screen = try second.waitFor("> list D")
        #expect(screen.contains("salescoach (46)> list D"))
    }

    @Test("Ctrl-D on an empty line ends the session cleanly")
    func controlDExits() throws {
        let session = try start(home: try BinaryRunner.temporaryDirectory())
        try session.send("C-d")
        let deadline = Date().addingTimeInterval(10)
        while try !session.hasExited(), Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        #expect(try session.hasExited())
        #expect(try !session.screen().contains("error"))
    }
}

@Suite(.enabled(if: TerminalSession.isAvailable, "needs tmux"), .serialized)
struct TerminalResizeTests {
    @Test("after the terminal is resized, the matrix is drawn to the new width")
    func matrixFollowsResize() throws {
        var environment = BinaryRunner.environment(home: try BinaryRunner.temporaryDirectory())
        environment["TERM"] = "xterm-256color"
        environment["NO_COLOR"] = "1"
        environment.removeValue(forKey: "COLUMNS")
        let session = try TerminalSession(arguments: ["--demo"], environment: environment)
        try session.waitFor("salescoach (46)>")
        try session.resize(width: 120)
        try session.type("matrix")
        try session.send("Enter")
        let wide = try session.waitFor("record (取り引き実績)")
        let wideAxis = wide.split(separator: "\n").first { $0.contains("└") }.map(String.init) ?? ""
        try session.send("C-l")
        try session.resize(width: 80)
        try session.type("matrix")
        try session.send("Enter")
        Thread.sleep(forTimeInterval: 1)
        let narrow = try session.waitFor("record (取り引き実績)")
        let narrowAxis = narrow.split(separator: "\n").last { $0.contains("└") }.map(String.init) ?? ""
        #expect(wideAxis.count > 100 && wideAxis.count <= 120)
        #expect(narrowAxis.count > 60 && narrowAxis.count <= 80)
    }

    @Test("classify --format csv on a terminal escapes a name's control sequences; the pane title is untouched")
    func csvToTerminalIsEscaped() throws {
        let directory = try BinaryRunner.temporaryDirectory()
        let file = directory.appendingPathComponent("hostile.csv")
        try "name,employees,sales\n\"Evil\u{1B}]0;pwned\u{07}Corp\",5,5\nPlain,3,9\n".write(to: file, atomically: true, encoding: .utf8)
        var environment = BinaryRunner.environment(home: directory)
        environment["TERM"] = "xterm-256color"
        // CSV shows the bytes escaped; JSON escapes them itself (\u001b), as the format requires.
        for (format, shown) in [("csv", "Evil\\x1B]0;pwned\\x07Corp"), ("json", "Evil\\u001b]0;pwned\\u0007Corp")] {
            let session = try TerminalSession(arguments: ["classify", file.path, "--format", format], environment: environment)
            try session.waitFor("Plain")
            let screen = try session.screen(scrollback: true)
            #expect(screen.contains(shown), "\(format): \(screen)")
            #expect(try session.title() != "pwned", "\(format)")
        }
    }

    @Test("with TERM=dumb (an Emacs shell buffer) the session still shows its banner and prompt")
    func dumbTerminalPrompts() throws {
        var environment = BinaryRunner.environment(home: try BinaryRunner.temporaryDirectory())
        environment["TERM"] = "dumb"
        let session = try TerminalSession(arguments: ["--demo"], environment: environment)
        let start = try session.waitFor("salescoach (46)>")
        #expect(start.contains("SalesCoach — 46 customers. Type 'help' for commands"))
        #expect(start.contains("salescoach (46)>"))
        try session.type("why 田中商事")
        try session.send("Enter")
        var answer = try session.waitFor("is in C")
        // The next prompt follows the answer: wait for it too.
        for _ in 0..<100 where answer.components(separatedBy: "salescoach (46)>").count < 3 {
            Thread.sleep(forTimeInterval: 0.1)
            answer = try session.screen()
        }
        #expect(answer.contains("田中商事 is in C"))
        #expect(answer.components(separatedBy: "salescoach (46)>").count == 3)
    }

    @Test("the prompt shows the rep scope and its count, and loses it after 'rep all'")
    func promptShowsRepScope() throws {
        let environment = TerminalSession.capableEnvironment(home: try BinaryRunner.temporaryDirectory())
        let session = try TerminalSession(arguments: ["--demo", "--rep", "岡田さん"], environment: environment)
        let start = try session.waitFor("salescoach 岡田 美咲 (11)>")
        #expect(start.contains("Working on 岡田 美咲's customers (11); 'rep all' for everyone."))
        try session.type("rep all")
        try session.send("Enter")
        let after = try session.waitFor("salescoach (46)>")
        #expect(after.contains("Working on the whole list: 46 customers."))
    }

    @Test("a kept scope whose rep is no longer in the list is pointed out at start-up")
    func scopeOfAGoneRep() throws {
        let home = try BinaryRunner.temporaryDirectory()
        let workspace = home.appendingPathComponent("w.sqlite").path
        let setUp = try BinaryRunner.run(
            ["--workspace", workspace, "--file", "examples/team/crm-accounts.csv", "--rep", "Darcel"],
            input: "load examples/demo-customers.csv --replace\n")
        #expect(setUp.status == 0, "stderr: \(setUp.stderr)")
        let session = try TerminalSession(arguments: ["--workspace", workspace], environment: TerminalSession.capableEnvironment(home: home))
        let start = try session.waitFor("salescoach Darcel Schlecht (0)>")
        #expect(start.contains("no customer in the list has the rep 'Darcel Schlecht' any more; 'rep' lists the reps"))
    }
}
