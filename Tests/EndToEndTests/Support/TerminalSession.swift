import Foundation

/// The binary running in a real terminal (a tmux pane), driven by keys the
/// way a person types, read back from the screen.
final class TerminalSession {
    let socket = "salescoach-test-\(UUID().uuidString.prefix(8))"
    let name = "s"

    static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") }

    /// A capable terminal without colour, its width the pane's.
    static func capableEnvironment(home: URL) -> [String: String] {
        var environment = BinaryRunner.environment(home: home)
        environment["TERM"] = "xterm-256color"
        environment["NO_COLOR"] = "1"
        environment.removeValue(forKey: "COLUMNS")
        return environment
    }

    /// Starts `salescoach ARGUMENTS` in a 100×40 pane with `environment`.
    init(arguments: [String], environment: [String: String]) throws {
        let assignments = environment.map { "\($0.key)='\($0.value)'" }.sorted().joined(separator: " ")
        let command = "env -i \(assignments) '\(BinaryRunner.binary.path)' " + arguments.map { "'\($0)'" }.joined(separator: " ")
        try tmux(["-u", "new-session", "-d", "-s", name, "-x", "100", "-y", "40", command])
        try tmux(["set-option", "-t", name, "remain-on-exit", "on"])
    }

    deinit { _ = try? tmux(["kill-server"]) }

    /// Sends keys: literal text, or tmux key names such as "Enter", "Tab", "C-c", "C-d", "Up".
    func send(_ keys: String..., literal: Bool = false) throws {
        try tmux(["send-keys", "-t", name] + (literal ? ["-l"] : []) + keys)
    }

    func type(_ text: String) throws { try tmux(["send-keys", "-t", name, "-l", text]) }

    /// Resizes the terminal, as a person dragging the window does.
    func resize(width: Int, height: Int = 40) throws {
        try tmux(["resize-window", "-t", name, "-x", String(width), "-y", String(height)])
    }

    /// The pane's title, which an OSC 0 sequence reaching the terminal would change.
    func title() throws -> String {
        try tmux(["display-message", "-p", "-t", name, "#{pane_title}"]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The visible screen, or with `scrollback` also what scrolled off it.
    func screen(scrollback: Bool = false) throws -> String {
        try tmux(["capture-pane", "-p", "-t", name] + (scrollback ? ["-S", "-2000"] : []))
    }

    /// Waits until the screen contains `text` (or the time runs out) and returns it.
    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 15) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if last.contains(text) { return last }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return last
    }

    /// Whether the program in the pane has ended.
    func hasExited() throws -> Bool {
        try tmux(["list-panes", "-t", name, "-F", "#{pane_dead}"]).trimmingCharacters(in: .whitespacesAndNewlines) == "1"
    }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        // posix_spawn and waitpid rather than Process: the tmux server that
        // `new-session` leaves behind confuses Process's wait on this platform.
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("tmux-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: file) }
        let quoted = (["/usr/bin/tmux", "-L", socket] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        let command = quoted.joined(separator: " ") + " >'\(file.path)' 2>/dev/null </dev/null"
        let words: [String] = ["/bin/sh", "-c", command]
        let argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let settings: [String] = ["LANG=C.UTF-8", "PATH=/usr/bin:/bin", "TERM=xterm-256color"]
        let environment: [UnsafeMutablePointer<CChar>?] = settings.map { strdup($0) } + [nil]
        defer { environment.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, "/bin/sh", nil, nil, argv, environment) == 0 else {
            throw CocoaError(.executableLoad)
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return (try? String(contentsOf: file, encoding: .utf8)) ?? ""
    }
}
