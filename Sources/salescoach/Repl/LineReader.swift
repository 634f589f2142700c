import SalesCoachCore
#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// Where the REPL gets its lines: readline on a terminal, plain reads otherwise.
protocol LineReader {
    /// The next line without its newline, or nil at end of input (Ctrl-D).
    ///
    /// - Throws: `InvalidInputLine` when the line is not UTF-8; the next call reads the next line.
    mutating func readLine(prompt: String) throws(InvalidInputLine) -> String?
    /// Whether lines come from a person at a terminal (prompts and colours make sense).
    var isInteractive: Bool { get }
    /// Called once at the end so history can be saved.
    mutating func close()
}

/// A typed or piped line that is not valid UTF-8: refused rather than
/// silently repaired into U+FFFD and stored.
struct InvalidInputLine: UserMessage, BilingualMessage, CustomStringConvertible {
    /// The first byte that is not part of a UTF-8 character, and its 1-based position in the line.
    let byte: UInt8
    let position: Int

    var description: String { text(in: .en) }

    var wording: (en: String, ja: String) {
        let hex = "0x" + String(byte, radix: 16, uppercase: true)
        return (
            "the line is not valid UTF-8 text (byte \(hex) at position \(position)); "
                + "nothing was done: set the terminal or the file to UTF-8 and type it again",
            "この行は正しいUTF-8のテキストではありません（\(position)バイト目が \(hex)）。"
                + "何もしていません。端末かファイルをUTF-8にして、もう一度入力してください"
        )
    }

    /// The text of a line's bytes, checked.
    static func text(of bytes: some Collection<UInt8>) throws(InvalidInputLine) -> String {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .emptyInput: return String(decoding: bytes, as: UTF8.self)
            case .error:
                throw InvalidInputLine(byte: bytes[bytes.index(bytes.startIndex, offsetBy: offset)], position: offset + 1)
            }
        }
    }
}

/// Reads standard input line by line without echo or prompt, for scripts and pipes.
struct PlainLineReader: LineReader {
    /// Whether a person types the lines (stdin is a terminal with TERM=dumb,
    /// as in an Emacs shell buffer): then the session shows its banner and
    /// prompt, without colours or line editing.
    var isInteractive: Bool = false

    mutating func readLine(prompt: String) throws(InvalidInputLine) -> String? {
        if !prompt.isEmpty { Console.write(prompt, to: STDOUT_FILENO) }
        var buffer: UnsafeMutablePointer<CChar>?
        var capacity = 0
        defer { free(buffer) }
        let count = getline(&buffer, &capacity, stdin)
        guard count >= 0, let buffer else { return nil }
        var bytes = UnsafeRawBufferPointer(start: buffer, count: count).bindMemory(to: UInt8.self)[...]
        if bytes.last == 0x0A { bytes = bytes.dropLast() }
        if bytes.last == 0x0D { bytes = bytes.dropLast() }
        return try InvalidInputLine.text(of: bytes)
    }

    mutating func close() {}
}
