import Foundation
import SalesCoachCore
import SalesCoachTerminal

#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// Everything the program writes goes through here: data is escaped so it
/// can never reach the terminal as control sequences, colour is added only
/// when stdout is a terminal and NO_COLOR is unset.
final class Console {
    let colorMode: ColorMode
    let isTerminal: Bool
    private let environment: [String: String]

    init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.environment = environment
        isTerminal = isatty(STDOUT_FILENO) == 1
        colorMode = ColorMode.detect(environment: environment, isTerminal: isTerminal)
    }

    /// The terminal's width now (it may have been resized), else $COLUMNS, else 80.
    var width: Int {
        var size = winsize()
        if isTerminal, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return Int(size.ws_col)
        }
        if let columns = environment["COLUMNS"].flatMap(Int.init), columns > 20 { return columns }
        return 80
    }

    /// Prints text that may contain data from a CSV: every line is escaped.
    func say(_ text: String, style: Style = .plain) {
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            write(style.apply(to: TerminalText.sanitize(String(line)), mode: colorMode) + "\n")
        }
    }

    func say(lines: [String], style: Style = .plain) {
        for line in lines { say(line, style: style) }
    }

    /// Prints data meant for a file or another program (CSV, JSON): into a
    /// pipe or a file byte for byte, but on a terminal every line escaped,
    /// since a customer name may hold control sequences.
    func data(_ text: String) {
        guard isTerminal else { return raw(text) }
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            write(TerminalText.sanitize(String(line)) + "\n")
        }
    }

    /// Prints text already made safe and styled by the presentation layer.
    func raw(_ text: String) {
        write(text.hasSuffix("\n") ? text : text + "\n")
    }

    /// An error for the user on stderr: `error: what, where, what was expected`.
    func error(_ message: String) {
        let safe = message.split(separator: "\n", omittingEmptySubsequences: false)
            .map { TerminalText.sanitize(String($0)) }.joined(separator: "\n")
        let prefix = isatty(STDERR_FILENO) == 1 && colorMode == .on ? Palette.warning.apply(to: "error:", mode: .on) : "error:"
        Console.write("\(prefix) \(safe)\n", to: STDERR_FILENO)
    }

    func warning(_ message: String) {
        Console.write("warning: \(TerminalText.sanitize(message))\n", to: STDERR_FILENO)
    }

    private func write(_ text: String) {
        Console.write(text, to: STDOUT_FILENO)
    }

    /// Output is unbuffered so that prompts, answers and errors interleave in order.
    func flush() {}

    /// Writes all bytes to a file descriptor, retrying short writes. A closed
    /// pipe (`classify big.csv | head`) ends the program quietly through SIGPIPE.
    static func write(_ text: String, to descriptor: Int32) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeMutableBufferPointer { buffer in
                Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if n < 0 {
                if errno == EINTR { continue }
                return
            }
            offset += n
        }
    }
}
