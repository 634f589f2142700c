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

    public static func parse(_ text: String) throws(ConfigError) -> [Entry] {
        var entries: [Entry] = []
        var section = ""
        var lineNumber = 0
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            lineNumber += 1
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
            entries.append(Entry(key: section.isEmpty ? key : "\(section).\(key)", value: value, line: lineNumber))
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
