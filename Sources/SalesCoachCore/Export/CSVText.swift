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
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 2)
        appendField(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `field(text)`'s bytes appended to `out`, without a `String` in
    /// between: exports of a million rows write every field this way. Works
    /// on UTF-8 bytes, where a quote or comma is always that one character.
    public static func appendField(_ text: String, to out: inout some ByteSink) {
        var text = text
        text.withUTF8 { appendField(utf8: $0, to: &out) }
    }

    /// `appendField` for text given as its UTF-8 bytes.
    static func appendField(utf8 bytes: UnsafeBufferPointer<UInt8>, to out: inout some ByteSink) {
        let apostrophe = bytes.first == 0x09 || bytes.first == 0x0D || startsLikeFormula(bytes)
        let needsQuotes = bytes.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
            || bytes.first == UInt8(ascii: " ") || bytes.last == UInt8(ascii: " ")
        guard needsQuotes else {
            if apostrophe { out.append(UInt8(ascii: "'")) }
            out.append(contentsOf: bytes)
            return
        }
        out.append(UInt8(ascii: "\""))
        if apostrophe { out.append(UInt8(ascii: "'")) }
        for byte in bytes {
            if byte == UInt8(ascii: "\"") { out.append(byte) }
            out.append(byte)
        }
        out.append(UInt8(ascii: "\""))
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
        var text = String(text)
        return text.withUTF8 { startsLikeFormula($0) }
    }

    /// The same test on UTF-8 bytes.
    static func startsLikeFormula(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let index = bytes.firstIndex(where: { $0 != UInt8(ascii: "'") }) else { return false }
        guard [UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@")].contains(bytes[index]) else {
            return false
        }
        return index != 0 || !isPlainNumber(bytes)
    }

    static func isPlainNumber(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { isPlainNumber($0) }
    }

    /// Digits with one optional point, an optional sign before and an
    /// optional exponent after (`-5`, `+3.5`, `1e-05`, `-1e+17`).
    static func isPlainNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        var i = 0
        if i < bytes.count, bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") { i += 1 }
        var seenDot = false
        var seenDigit = false
        while i < bytes.count, bytes[i] != UInt8(ascii: "e"), bytes[i] != UInt8(ascii: "E") {
            if bytes[i] == UInt8(ascii: ".") {
                if seenDot { return false }
                seenDot = true
            } else if isDigit(bytes[i]) {
                seenDigit = true
            } else {
                return false
            }
            i += 1
        }
        guard seenDigit else { return false }
        guard i < bytes.count else { return true }
        i += 1  // the exponent's letter
        if i < bytes.count, bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") { i += 1 }
        guard i < bytes.count else { return false }
        while i < bytes.count {
            guard isDigit(bytes[i]) else { return false }
            i += 1
        }
        return true
    }
}
