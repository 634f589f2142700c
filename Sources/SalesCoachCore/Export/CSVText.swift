import Foundation

/// Writing CSV that spreadsheets open safely.
public enum CSVText {
    /// One field, quoted when needed (RFC 4180), and neutralised when a
    /// spreadsheet would run it as a formula: a cell that starts with
    /// `=`, `+`, `-`, `@`, tab or CR gets a leading apostrophe, except a
    /// plain number such as `-5` or `+3.5`, which stays a number.
    public static func field(_ text: String) -> String {
        // Checked on UTF-8 bytes: walking Characters dominated large exports.
        let bytes = text.utf8
        var text = text
        if let first = bytes.first, [UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D].contains(first),
            !isPlainNumber(text)
        {
            text = "'" + text
        }
        let needsQuotes = bytes.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
            || bytes.first == UInt8(ascii: " ") || bytes.last == UInt8(ascii: " ")
        guard needsQuotes else { return text }
        var quoted = "\""
        for character in text {
            if character == "\"" { quoted.append("\"") }
            quoted.append(character)
        }
        return quoted + "\""
    }

    /// A record: fields joined by commas, ended with CRLF-free `\n`.
    public static func row(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\n"
    }

    static func isPlainNumber(_ text: String) -> Bool {
        var body = Substring(text)
        if body.first == "-" || body.first == "+" { body = body.dropFirst() }
        guard !body.isEmpty else { return false }
        var seenDot = false
        for character in body {
            if character == "." {
                if seenDot { return false }
                seenDot = true
            } else if !("0"..."9").contains(character) {
                return false
            }
        }
        return true
    }
}
