import Foundation

/// Writing CSV that spreadsheets open safely.
public enum CSVText {
    /// One field, quoted when needed (RFC 4180), and neutralised when a
    /// spreadsheet would run it as a formula: a cell that starts with
    /// `=`, `+`, `-`, `@`, tab or CR gets a leading apostrophe, except a
    /// plain number such as `-5` or `+3.5`, which stays a number.
    public static func field(_ text: String) -> String {
        var text = text
        if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), !isPlainNumber(text) {
            text = "'" + text
        }
        let needsQuotes = text.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || text.hasPrefix(" ") || text.hasSuffix(" ")
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
