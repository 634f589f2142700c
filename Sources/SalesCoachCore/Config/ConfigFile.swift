/// Reads a config file: TOML 1.0, one table per section.
///
/// ```toml
/// version = 1              # optional; a newer version is refused
/// [classification]
/// mode = 'absolute'
/// cut = 5_0
/// [columns]
/// "取引先コード" = "name"
/// ```
///
/// `TOMLReader` decides what is TOML; this turns its tables into flat
/// settings (`classification.cut`) with the line each is written on, so that
/// a value out of range is reported at its line, and a line in the format
/// before TOML (`mode = relative`, `share_b = 55%`) with the line as TOML writes it.
public enum ConfigFile {
    /// The config format this program writes and reads; a file may say so with `version = 1`.
    public static let version = 1

    public struct Entry: Sendable, Hashable {
        /// `section.key`, or just `key` before any section.
        public let key: String
        public let value: Value
        public let line: Int
    }

    /// A setting's value as TOML typed it.
    public enum Value: Sendable, Hashable {
        case text(String)
        /// An integer or a float, as plain decimal text (`50`, `62.5`, `0.00001`).
        case number(String)
        case boolean(Bool)
        case table
        case array
        case date

        /// How a message names the value: `the text "300"`, `an array`.
        public func text(in language: Language) -> String {
            let en = language == .en
            switch self {
            case .text(let text): return en ? "the text \"\(text)\"" : "文字列 \"\(text)\""
            case .number(let number): return en ? "the number \(number)" : "数値 \(number)"
            case .boolean(let value): return en ? "\(value)" : "真偽値 \(value)"
            case .table: return en ? "a table" : "テーブル"
            case .array: return en ? "an array" : "配列"
            case .date: return en ? "a date" : "日付"
            }
        }
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

    /// The values of a config file's text, `version` among them, in the order of their lines.
    ///
    /// - Throws: `ConfigError` with its line: text that is not TOML (with the
    ///   fix when it is a line of the format before TOML), a key set twice.
    public static func parse(_ text: String) throws(ConfigError) -> [Entry] {
        let text = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if let (row, line) = lines.enumerated().first(where: { $0.element.contains("\u{0}") }),
            let nul = Array(line).firstIndex(of: "\u{0}") {
            throw .notText(line: row + 1, column: nul + 1, byte: 0, nul: true)
        }
        do {
            return try TOMLReader.read(text).map { Entry(key: $0.path.joined(separator: "."), value: $0.value, line: $0.line) }
        } catch {
            guard case .syntax(let line, _, let found, _) = error, let fix = oldSyntaxFix(found) else { throw error }
            throw .oldSyntax(line: line, found: found.trimmingWhitespace, fix: fix)
        }
    }

    /// A float as plain decimal text (`1e-05` is `0.00001`), which every setting reads.
    static func decimal(_ value: Double) -> String {
        let text = String(value)
        guard value.isFinite, let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }), let exponent = Int(text[text.index(after: e)...])
        else { return text.hasSuffix(".0") ? String(text.dropLast(2)) : text }
        let mantissa = text[..<e]
        let negative = mantissa.hasPrefix("-")
        let unsigned = negative ? mantissa.dropFirst() : mantissa[...]
        let parts = unsigned.split(separator: ".", omittingEmptySubsequences: false)
        let digits = String(parts[0]) + (parts.count > 1 ? String(parts[1]) : "")
        let point = parts[0].count + exponent
        let whole: String
        var fraction: String
        if point <= 0 {
            whole = "0"
            fraction = String(repeating: "0", count: -point) + digits
        } else if point >= digits.count {
            whole = digits + String(repeating: "0", count: point - digits.count)
            fraction = ""
        } else {
            whole = String(digits.prefix(point))
            fraction = String(digits.dropFirst(point))
        }
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return (negative ? "-" : "") + whole + (fraction.isEmpty ? "" : "." + fraction)
    }

    /// A `key = value` line of the format before TOML written as TOML: a bare
    /// word quoted, a `%` dropped, a key with other characters than TOML's
    /// bare keys quoted. Nil when the line is no such line or the fix would not
    /// be TOML either.
    static func oldSyntaxFix(_ line: String) -> String? {
        let trimmed = line.trimmingWhitespace
        if trimmed.hasPrefix("["), trimmed.hasSuffix("]"), !trimmed.contains("\""), !trimmed.hasPrefix("[[") {
            let fix = "[" + quoted(String(trimmed.dropFirst().dropLast()).trimmingWhitespace) + "]"
            return (try? TOMLReader.read(fix)) != nil ? fix : nil
        }
        var characters = Array(line)
        if let comment = characters.firstIndex(of: "#"), !characters[..<comment].contains("\"") {
            characters = Array(characters[..<comment])
        }
        guard let equals = characters.firstIndex(of: "=") else { return nil }
        let key = String(characters[..<equals]).trimmingWhitespace
        var value = String(characters[(equals + 1)...]).trimmingWhitespace
        guard !key.isEmpty, !value.isEmpty else { return nil }
        let bareKey = key.unicodeScalars.allSatisfy { TOMLReader.isBareKey($0) } || key.hasPrefix("\"") || key.hasPrefix("'")
        let fixedKey = bareKey ? key : quoted(key)
        if value.hasSuffix("%"), Double(value.dropLast().replacingOccurrences(of: "_", with: "")) != nil {
            value.removeLast()
        } else if let first = value.first, first.isLetter, !value.contains(where: \.isWhitespace) {
            value = quoted(value)
        }
        let fix = "\(fixedKey) = \(value)"
        guard fix != line.trimmingWhitespace, (try? TOMLReader.read(fix)) != nil else { return nil }
        return fix
    }

    private static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
