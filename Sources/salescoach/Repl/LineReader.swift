/// Where the REPL gets its lines: readline on a terminal, plain reads otherwise.
protocol LineReader {
    /// The next line without its newline, or nil at end of input (Ctrl-D).
    mutating func readLine(prompt: String) -> String?
    /// Whether lines come from a person at a terminal (prompts and colours make sense).
    var isInteractive: Bool { get }
    /// Called once at the end so history can be saved.
    mutating func close()
}

/// Reads standard input line by line without echo or prompt, for scripts and pipes.
struct PlainLineReader: LineReader {
    var isInteractive: Bool { false }

    mutating func readLine(prompt: String) -> String? {
        Swift.readLine(strippingNewline: true)
    }

    mutating func close() {}
}
