import SalesCoachCore

/// Whether output goes through a pager, and which, as git and psql decide it:
/// only on a terminal, only when the output is taller than the window, with
/// `$PAGER` (`less` when it is unset and installed; `LESS=FRX` when `LESS` is
/// unset), never when `PAGER` is empty or `cat`, nor with `--no-pager`.
///
/// A pure decision, so every case is tested without a terminal; the caller
/// measures the window and runs what it says.
public enum PagerChoice: Equatable, Sendable {
    /// Write the output as it is.
    case none
    /// Pipe the output into `command` (run by `/bin/sh -c`), with `environment`
    /// added to the program's own.
    case pager(command: String, environment: [String: String])

    /// What the user's settings and the output's size call for.
    ///
    /// - Parameters:
    ///   - isTerminal: whether standard output is a terminal.
    ///   - height: the window's rows, nil when unknown.
    ///   - rows: the rows the output takes at the window's width (`rows(of:width:)`).
    ///   - environment: the program's environment (`PAGER`, `LESS`, `TERM`).
    ///   - disabled: `--no-pager`.
    ///   - isInstalled: whether a program of that name can be run (looked up on `PATH`).
    public static func decide(
        isTerminal: Bool, height: Int?, rows: Int, environment: [String: String], disabled: Bool,
        isInstalled: (String) -> Bool
    ) -> PagerChoice {
        guard !disabled, isTerminal, environment["TERM"] != "dumb", let height, rows >= height else { return .none }
        let command: String
        if let pager = environment["PAGER"] {
            command = pager.trimmingWhitespace
            // An empty PAGER or `cat` is the user saying "no pager".
            guard !command.isEmpty, command != "cat" else { return .none }
        } else {
            command = "less"
        }
        // A pager that is not installed would swallow the output: write it instead.
        guard let program = command.split(separator: " ").first, isInstalled(String(program)) else { return .none }
        let extra = environment["LESS"] == nil ? ["LESS": "FRX"] : [:]
        return .pager(command: command, environment: extra)
    }

    /// The rows `text` takes on a window `width` columns wide: each line at
    /// least one, a line wider than the window as many as it wraps to.
    public static func rows(of text: String, width: Int) -> Int {
        let width = max(width, 1)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let body = text.hasSuffix("\n") ? lines.dropLast() : lines[...]
        return body.reduce(0) { total, line in
            total + max(1, (DisplayWidth.width(of: withoutColour(line)) + width - 1) / width)
        }
    }

    /// A line without its colour sequences (`ESC [ … m`), which take no room on screen.
    private static func withoutColour(_ line: Substring) -> String {
        var result = String.UnicodeScalarView()
        var inSequence = false
        for scalar in line.unicodeScalars {
            if inSequence {
                if (0x40...0x7E).contains(scalar.value) && scalar != "[" { inSequence = false }
            } else if scalar == "\u{1B}" {
                inSequence = true
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }
}
