/// Text that must stay on one line when printed: a customer's name and rep.
///
/// A line break inside a name would print as a real line break, so a name
/// could forge lines of output (`Evil\nwarning: C overweight`). Names and reps
/// are single-line by nature: every line break (LF, CR, CRLF, VT, FF, NEL,
/// U+2028, U+2029) becomes one space. Multi-line text that may keep its breaks
/// (notes) is shown with them made visible instead.
public enum SingleLine {
    /// Whether `text` holds any line break.
    public static func hasBreak(_ text: some StringProtocol) -> Bool {
        // On contiguous bytes first: the generic view showed in profiles of million-row imports.
        let candidate = text.utf8.withContiguousStorageIfAvailable { $0.contains(where: mayBreak) }
        guard candidate ?? text.utf8.contains(where: mayBreak) else { return false }
        return text.unicodeScalars.contains(where: isBreak)
    }

    /// Whether UTF-8 `bytes` hold any line break.
    static func hasBreak(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.contains(where: mayBreak) else { return false }
        return String(decoding: bytes, as: UTF8.self).unicodeScalars.contains(where: isBreak)
    }

    /// Whether a UTF-8 byte may belong to a break: every break is 0x0A–0x0D
    /// or starts with 0xC2 (NEL) or 0xE2 (U+2028, U+2029).
    private static func mayBreak(_ byte: UInt8) -> Bool { (0x0A...0x0D).contains(byte) || byte == 0xC2 || byte == 0xE2 }

    /// `text` with each line break, and the spaces around it, replaced by one space.
    ///
    /// ```swift
    /// SingleLine.joined("Evil\nwarning: C overweight")  // "Evil warning: C overweight"
    /// ```
    public static func joined(_ text: String) -> String {
        replacingBreaks(in: text, with: " ")
    }

    /// `text` with each line break shown as ` ⏎ `, for notes printed on one line.
    public static func visible(_ text: String) -> String {
        replacingBreaks(in: text, with: " ⏎ ")
    }

    static func isBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }

    private static func replacingBreaks(in text: String, with separator: String) -> String {
        guard hasBreak(text) else { return text }
        var result = String.UnicodeScalarView()
        var pending = false
        for scalar in text.unicodeScalars {
            if isBreak(scalar) {
                while let last = result.last, last == " " || last == "\t" { result.removeLast() }
                pending = true
            } else if pending && (scalar == " " || scalar == "\t") {
                continue
            } else {
                if pending && !result.isEmpty { result.append(contentsOf: separator.unicodeScalars) }
                pending = false
                result.append(scalar)
            }
        }
        return String(result)
    }
}
