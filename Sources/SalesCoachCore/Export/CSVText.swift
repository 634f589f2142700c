import Foundation

/// Writing CSV that spreadsheets open safely.
public enum CSVText {
    /// One field, quoted when needed (RFC 4180), and neutralised when a
    /// spreadsheet would run it as a formula: a cell that starts with
    /// `=`, `+`, `-`, `@`, tab or CR gets a leading apostrophe, except a
    /// plain number such as `-5` or `+3.5`, which stays a number. Text that
    /// already starts with apostrophes before such a character gets one more
    /// (see `startsLikeFormula`).
    public static func field(_ text: String) -> String {
        // Checked on UTF-8 bytes: walking Characters dominated large exports.
        let bytes = text.utf8
        var text = text
        if bytes.first == 0x09 || bytes.first == 0x0D || startsLikeFormula(text) {
            text = "'" + text
        }
        let needsQuotes = bytes.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
            || bytes.first == UInt8(ascii: " ") || bytes.last == UInt8(ascii: " ")
        guard needsQuotes else { return text }
        // Doubled by scalar: a quote joined with a combining mark is still a quote to a CSV reader.
        var quoted = "\""
        for scalar in text.unicodeScalars {
            if scalar == "\"" { quoted.unicodeScalars.append("\"") }
            quoted.unicodeScalars.append(scalar)
        }
        return quoted + "\""
    }

    /// A record: fields joined by commas, ended with CRLF-free `\n`.
    public static func row(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\n"
    }

    /// Whether `text` would be run as a formula once one leading apostrophe
    /// is taken off: it starts with `=`, `+`, `-` or `@` (and is not a plain
    /// number), after any number of apostrophes. The apostrophes count so
    /// that a name a user typed as `'=x` is written `''=x` and comes back
    /// as `'=x`: the importer takes one apostrophe off exactly when this
    /// holds for the rest, which makes export and import exact inverses.
    public static func startsLikeFormula(_ text: some StringProtocol) -> Bool {
        let bytes = text.utf8
        guard let index = bytes.firstIndex(where: { $0 != UInt8(ascii: "'") }) else { return false }
        guard [UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@")].contains(bytes[index]) else {
            return false
        }
        return index != bytes.startIndex || !isPlainNumber(String(text))
    }

    static func isPlainNumber(_ text: String) -> Bool {
        var body = Substring(text)
        if body.first == "-" || body.first == "+" { body = body.dropFirst() }
        guard !body.isEmpty else { return false }
        // Digits with one optional point, then an optional exponent (1e-05, -1e+17).
        var seenDot = false
        var seenDigit = false
        var characters = Array(body)
        if let e = characters.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            var exponent = characters[(e + 1)...]
            if exponent.first == "-" || exponent.first == "+" { exponent = exponent.dropFirst() }
            guard !exponent.isEmpty, exponent.allSatisfy({ ("0"..."9").contains($0) }) else { return false }
            characters = Array(characters[..<e])
        }
        for character in characters {
            if character == "." {
                if seenDot { return false }
                seenDot = true
            } else if ("0"..."9").contains(character) {
                seenDigit = true
            } else {
                return false
            }
        }
        return seenDigit
    }
}
