/// Reads the small TOML-like configuration format:
///
/// ```
/// # comments
/// [classification]
/// cut = 50
/// [columns]
/// "取引先コード" = "name"
/// ```
///
/// Only sections, `key = value` pairs, quoted or bare strings and numbers:
/// enough for settings a rep edits by hand, small enough to fuzz.
public enum ConfigFile {
    public struct Entry: Sendable, Hashable {
        /// `section.key`, or just `key` before any section.
        public let key: String
        public let value: String
        public let line: Int
    }

    /// The text of a config file's bytes: UTF-8, a leading byte-order mark dropped.
    ///
    /// - Throws: `ConfigError.notText` at the first NUL or invalid UTF-8 byte.
    public static func text(from bytes: [UInt8]) throws(ConfigError) -> String {
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        let invalid = body.withUnsafeBufferPointer { UTF8Validation($0, stopAtFirstError: true).firstInvalidOffset }
        if let offset = [invalid, body.firstIndex(of: 0)].compactMap({ $0 }).min() {
            let lineStart = body[..<offset].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
            let line = body[..<offset].count { $0 == 0x0A } + 1
            let column = String(decoding: body[lineStart..<offset], as: UTF8.self).count + 1
            throw .notText(line: line, column: column, byte: body[offset], nul: body[offset] == 0)
        }
        return String(decoding: body, as: UTF8.self)
    }

    public static func parse(_ text: String) throws(ConfigError) -> [Entry] {
        var entries: [Entry] = []
        var firstLines: [String: Int] = [:]
        var section = ""
        var lineNumber = 0
        let text = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            lineNumber += 1
            if let nul = rawLine.firstIndex(of: "\u{0}") {
                throw .notText(line: lineNumber, column: rawLine.distance(from: rawLine.startIndex, to: nul) + 1, byte: 0, nul: true)
            }
            let line = stripComment(String(rawLine)).trimmingWhitespace
            if line.isEmpty { continue }
            if line.hasPrefix("[") {
                guard line.hasSuffix("]"), line.count > 2 else {
                    throw .syntax(line: lineNumber, found: line, expected: "a section like [classification]")
                }
                section = String(line.dropFirst().dropLast()).trimmingWhitespace
                continue
            }
            guard let equals = indexOfEquals(line) else {
                throw .syntax(line: lineNumber, found: line, expected: "key = value")
            }
            let rawKey = String(line[..<equals]).trimmingWhitespace
            let rawValue = String(line[line.index(after: equals)...]).trimmingWhitespace
            guard let key = unquote(rawKey), !key.isEmpty else {
                throw .syntax(line: lineNumber, found: line, expected: "a key before '='")
            }
            guard let value = unquote(rawValue) else {
                throw .syntax(line: lineNumber, found: rawValue, expected: "a value, quoted strings closed with \"")
            }
            let fullKey = section.isEmpty ? key : "\(section).\(key)"
            if let firstLine = firstLines[fullKey] {
                throw .duplicateKey(key: fullKey, line: lineNumber, firstLine: firstLine)
            }
            firstLines[fullKey] = lineNumber
            entries.append(Entry(key: fullKey, value: value, line: lineNumber))
        }
        return entries
    }

    /// Drops a `#` comment that is not inside quotes.
    private static func stripComment(_ line: String) -> String {
        firstUnquoted("#", in: line).map { String(line[..<$0]) } ?? line
    }

    private static func indexOfEquals(_ line: String) -> String.Index? {
        firstUnquoted("=", in: line)
    }

    /// The first `target` outside "quoted strings". Inside quotes a backslash
    /// escapes the next character, as `unquote` reads it, so `\"` does not
    /// end the string.
    private static func firstUnquoted(_ target: Character, in line: String) -> String.Index? {
        var inQuotes = false
        var escaped = false
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            if escaped {
                escaped = false
            } else if inQuotes && character == "\\" {
                escaped = true
            } else if character == "\"" {
                inQuotes.toggle()
            } else if character == target && !inQuotes {
                return index
            }
            index = line.index(after: index)
        }
        return nil
    }

    /// A bare word, or a "quoted string" with \" and \\ escapes; nil when a quote is left open.
    private static func unquote(_ text: String) -> String? {
        guard text.hasPrefix("\"") else { return text }
        var result = ""
        var escaped = false
        var closed = false
        for character in text.dropFirst() {
            if closed { return character.isWhitespace ? result : nil }
            if escaped {
                result.append(character == "n" ? "\n" : character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "\"" {
                closed = true
            } else {
                result.append(character)
            }
        }
        return closed ? result : nil
    }
}
