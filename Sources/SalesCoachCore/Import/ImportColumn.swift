/// A column of an imported file as the user sees it in a spreadsheet: its
/// 1-based position and its header text.
public struct ImportColumn: Sendable, Hashable, CustomStringConvertible {
    /// 1-based, as spreadsheets count.
    public let number: Int
    /// The header as written in the file (trimmed).
    public let header: String

    public init(number: Int, header: String) {
        self.number = number
        self.header = header
    }

    /// `column 3 (employees)`, or `column 3` when the header is blank.
    public var description: String {
        header.isEmpty ? "column \(number)" : "column \(number) (\(ImportText.snippet(header)))"
    }
}

/// Helpers for putting file content into messages safely.
enum ImportText {
    /// Text from the file as it may appear inside a message: control
    /// characters shown as escapes (a cell must not drive the terminal) and
    /// long cells cut, since a single field can be megabytes long.
    static func snippet(_ text: some StringProtocol, limit: Int = 60) -> String {
        var result = ""
        var count = 0
        for scalar in text.unicodeScalars {
            if count == limit {
                result += "…"
                break
            }
            count += 1
            switch scalar.value {
            case 0x0A: result += "\\n"
            case 0x0D: result += "\\r"
            case 0x09: result += "\\t"
            case 0x00..<0x20, 0x7F..<0xA0, 0x200B...0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF:
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// `text` without white space (U+3000 and line breaks included) at
    /// either end; looks only at the ends, so a 10 MB cell costs nothing extra.
    static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, isWhitespace(scalars[start]) { start = scalars.index(after: start) }
        while end > start, isWhitespace(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        if start == scalars.startIndex && end == scalars.endIndex { return text }
        return String(scalars[start..<end])
    }

    /// Unicode's White_Space characters, listed: the property lookup is
    /// measurably slow when a million cells start with kanji.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// `'a', 'b', 'c'` for header lists, cut after `limit` items.
    static func list(_ items: [String], limit: Int = 12, language: Language = .en) -> String {
        if language == .ja {
            var parts = items.prefix(limit).map { "「\(snippet($0, limit: 40))」" }
            if items.count > limit { parts.append("…（ほか\(items.count - limit)個）") }
            return parts.joined(separator: "、")
        }
        var parts = items.prefix(limit).map { "'\(snippet($0, limit: 40))'" }
        if items.count > limit { parts.append("… (\(items.count - limit) more)") }
        return parts.joined(separator: ", ")
    }
}
