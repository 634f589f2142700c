import ArgumentParser
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
    /// The first error writing standard output; nothing more is written after it.
    private(set) var outputError: Int32?
    /// `--no-pager`: long output is written as it is, never through `$PAGER`.
    var pagerDisabled = false
    /// The language of the prefixes and of error values' messages: the session's.
    var language: Language = .en
    /// What `paged` holds back until it knows the output's height.
    private var held: String?

    init(environment: [String: String] = ProcessInfo.processInfo.environment, language: Language = .en) {
        self.environment = environment
        self.language = language
        isTerminal = isatty(STDOUT_FILENO) == 1
        colorMode = ColorMode.detect(environment: environment, isTerminal: isTerminal)
    }

    /// The terminal's width now (it may have been resized), else $COLUMNS, else 80 on a terminal and 160 into a file.
    var width: Int {
        var size = winsize()
        if isTerminal, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return Int(size.ws_col)
        }
        if let columns = environment["COLUMNS"].flatMap(Int.init), columns > 20 { return columns }
        // Into a file or a pipe nobody's window is the limit: wide enough that tables keep their names whole.
        return isTerminal ? 80 : 160
    }

    /// Prints text that may contain data from a CSV: every line is escaped.
    func say(_ text: String, style: Style = .plain) {
        // On a terminal running text is wrapped at word breaks to the window;
        // into a pipe or a file every line stays whole for the programs reading it.
        let width = isTerminal ? self.width : nil
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let safe = TerminalText.sanitize(String(line))
            for piece in width.map({ MessageLayout.prose(safe, width: $0) }) ?? [safe] {
                write(style.apply(to: piece, mode: colorMode) + "\n")
            }
        }
    }

    /// A message of the catalogue, in the session's language.
    func say(_ message: some BilingualMessage, style: Style = .plain) {
        say(message.text(in: language), style: style)
    }

    func say(lines: [String], style: Style = .plain) {
        for line in lines { say(line, style: style) }
    }

    /// Prints data meant for a file or another program (CSV, JSON): into a
    /// pipe or a file byte for byte, but on a terminal every line escaped,
    /// since a customer name may hold control sequences.
    func data(_ text: String) {
        guard isTerminal else { return raw(text) }
        write(escaped(text))
    }

    /// Data's lines escaped for the terminal.
    private func escaped(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: true).map { TerminalText.sanitize(String($0)) + "\n" }.joined()
    }

    /// `data` in the encoding `--output-encoding` asked for: escaped first on a
    /// terminal, then encoded. Plain UTF-8 takes `data(bytes:)`'s path untouched.
    /// Returns false once writing has failed.
    ///
    /// - Throws: `ExportError.unencodable` for a character the encoding cannot
    ///   hold; what came before it has been written.
    func data(bytes: [UInt8], encoder: inout OutputEncoder) throws(ExportError) -> Bool {
        guard encoder.encoding != .utf8 else { return data(bytes: bytes) }
        guard outputError == nil else { return false }
        let text = isTerminal ? Array(escaped(String(decoding: bytes, as: UTF8.self)).utf8) : bytes
        outputError = FileOutput.writeAll(STDOUT_FILENO, try encoder.encode(text))
        return outputError == nil
    }

    /// `data` for bytes produced in blocks (a large export): written as they
    /// are unless standard output is a terminal. Returns false once writing
    /// has failed, so the producer can stop.
    func data(bytes: [UInt8]) -> Bool {
        guard outputError == nil else { return false }
        if isTerminal {
            data(String(decoding: bytes, as: UTF8.self))
        } else {
            outputError = FileOutput.writeAll(STDOUT_FILENO, bytes)
        }
        return outputError == nil
    }

    /// Prints text already made safe and styled by the presentation layer.
    func raw(_ text: String) {
        write(text.hasSuffix("\n") ? text : text + "\n")
    }

    /// An error for the user on stderr, in the session's language:
    /// `error: what, where, what was expected`, then its hint.
    func error(_ message: String, hint: String? = nil) {
        present(.error, message, hint: hint)
    }

    /// An error value: its own words in the session's language when it has
    /// them (every error a user can cause does), else its description.
    func error(_ failure: any Error) {
        if let message = failure as? any UserMessage {
            return present(.error, message.text(in: language), hint: message.hint(in: language))
        }
        present(.error, String(describing: failure))
    }

    func warning(_ message: String, hint: String? = nil) {
        present(.warning, message, hint: hint)
    }

    /// A warning of an import, or a note when it only says how the file was read (`ImportWarning.isNote`).
    func importWarning(_ warning: ImportWarning) {
        warning.isNote ? note(warning.text(in: language)) : self.warning(warning.text(in: language))
    }

    /// What the summary of a one-shot command's import says (how dates were
    /// read, rows set aside), on stderr so that CSV and JSON output stay clean.
    func note(_ message: String) {
        present(.note, message)
    }

    /// One message on stderr: the prefix in the session's language (coloured
    /// for an error on a colour terminal), every line escaped, wrapped to the
    /// window when stderr is a terminal.
    private func present(_ kind: MessageKind, _ message: String, hint: String? = nil) {
        // Line by line, so a message's own line breaks stay breaks and nothing else does.
        func safe(_ text: String) -> String {
            text.split(separator: "\n", omittingEmptySubsequences: false).map { TerminalText.sanitize(String($0)) }.joined(separator: "\n")
        }
        let hint = hint.map { (prefix: MessageKind.hint.prefix(in: language), text: safe($0)) }
        var lines = MessageLayout.lines(prefix: kind.prefix(in: language), text: safe(message), hint: hint, width: errorWidth)
        if kind == .error, isatty(STDERR_FILENO) == 1, colorMode == .on, !lines.isEmpty {
            let prefix = kind.prefix(in: language)
            lines[0] = Palette.warning.apply(to: prefix, mode: .on) + lines[0].dropFirst(prefix.count)
        }
        Console.write(lines.map { $0 + "\n" }.joined(), to: STDERR_FILENO)
    }

    /// The width messages on stderr wrap to: its window's, nil into a file or a pipe.
    private var errorWidth: Int? {
        var size = winsize()
        guard isatty(STDERR_FILENO) == 1 else { return nil }
        if ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return environment["COLUMNS"].flatMap(Int.init).flatMap { $0 > 20 ? $0 : nil } ?? 80
    }

    private func write(_ text: String) {
        if held != nil {
            held? += text
            return
        }
        guard outputError == nil else { return }
        outputError = Console.write(text, to: STDOUT_FILENO)
    }

    /// The terminal's height in rows now, nil when standard output is no terminal.
    var height: Int? {
        var size = winsize()
        guard isTerminal, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0 else { return isTerminal ? 24 : nil }
        return Int(size.ws_row)
    }

    /// Runs `body`, holding back what it prints; then prints it through the
    /// pager when it is taller than the window (see `PagerChoice`), else as it
    /// is. Errors and warnings go to stderr at once, as always.
    func paged(_ body: () throws -> Void) rethrows {
        // Into a pipe or a file nothing is held back, so bytes and text keep their order.
        guard held == nil, isTerminal, !pagerDisabled else { return try body() }
        held = ""
        defer {
            let text = held ?? ""
            held = nil
            let choice = PagerChoice.decide(
                isTerminal: isTerminal, height: height, rows: PagerChoice.rows(of: text, width: width),
                environment: environment, disabled: pagerDisabled, isInstalled: { Console.isInstalled($0, environment: self.environment) })
            if case .pager(let command, let extra) = choice, Pager.run(command, environment: environment.merging(extra) { _, new in new }, text: text) {
                // Shown by the pager.
            } else {
                write(text)
            }
        }
        try body()
    }

    /// Whether `program` (a path, or a name looked up on `PATH`) can be run.
    static func isInstalled(_ program: String, environment: [String: String]) -> Bool {
        if program.contains("/") { return access(program, X_OK) == 0 }
        let path = environment["PATH"].flatMap { $0.isEmpty ? nil : $0 } ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").contains { access("\($0)/\(program)", X_OK) == 0 }
    }

    /// Ends the output (it is unbuffered, so prompts, answers and errors
    /// interleave in order): when standard output could not be written (a
    /// full disk, `> /dev/full`, a closed descriptor), says so on stderr and
    /// exits with status 1, since what was printed is cut short.
    func finish() throws {
        // A pipe closed by its reader (`| head`) is the reader's choice, not a failure.
        guard let code = outputError, code != EPIPE else { return }
        error(OutputError.standardOutput(reason: code))
        throw ExitCode(1)
    }

    /// Writes all bytes to a file descriptor, retrying short writes; returns
    /// the errno of a failure. A closed pipe (`classify big.csv | head`) ends
    /// the program quietly through SIGPIPE.
    @discardableResult
    static func write(_ text: String, to descriptor: Int32) -> Int32? {
        FileOutput.writeAll(descriptor, Array(text.utf8))
    }
}
