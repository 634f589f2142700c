/// Makes untrusted text (names and notes from a CSV, anything typed) safe to print.
///
/// A customer name like `"\u{1B}]0;pwned\u{07}Acme"` would retitle the window, and
/// `"\u{202E}evil"` would reverse the rest of the line. Every piece of data the
/// presentation prints goes through ``sanitize(_:mode:)`` first, which shows such
/// characters as visible escapes instead of sending them to the terminal:
///
/// | character | shown as |
/// |---|---|
/// | newline, tab, carriage return | `\n`, `\t`, `\r` |
/// | other C0 controls, DEL, C1 controls (ESC, CSI `U+009B`, BEL…) | `\x1B`, `\x7F`, `\x9B` |
/// | bidi controls, zero-width and other invisible format characters | `\u{202E}`, `\u{200B}` |
/// | line and paragraph separators | `\u{2028}`, `\u{2029}` |
/// | combining marks beyond the third on one letter ("Zalgo" text) | `\u{301}` |
///
/// Once the introducing ESC is shown as `\x1B`, the rest of an escape sequence is plain
/// printable text, so `"\u{1B}[31mred"` prints as `\x1B[31mred`.
/// Backslashes in the data are left alone: the escapes are for reading, not for parsing.
public enum TerminalText {
    /// Whether line breaks in the text are kept.
    public enum Mode: Sendable, Hashable {
        /// One line, as in a table cell or a plot label: line breaks are escaped too.
        case singleLine
        /// Several lines, as in a note: `\n` and `\r\n` stay line breaks.
        case multiLine
    }

    /// `text` with every control, invisible or reordering character shown as an escape.
    public static func sanitize(_ text: String, mode: Mode = .singleLine) -> String {
        guard needsWork(text) else { return text }
        var result = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var index = 0
        var markRun = 0
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            markRun = isCombiningMark(scalar) ? markRun + 1 : 0
            if mode == .multiLine {
                if scalar == "\n" {
                    result.append(scalar)
                    continue
                }
                if scalar == "\r", index < scalars.count, scalars[index] == "\n" {
                    result.append("\n")
                    index += 1
                    continue
                }
            }
            if needsEscape(scalar) || markRun > maximumMarksPerLetter {
                result.append(contentsOf: escape(scalar).unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Real scripts stack at most two or three marks on a letter; long stacks draw over
    /// neighbouring lines.
    private static let maximumMarksPerLetter = 3

    private static func needsWork(_ text: String) -> Bool {
        var markRun = 0
        for scalar in text.unicodeScalars {
            if needsEscape(scalar) { return true }
            markRun = isCombiningMark(scalar) ? markRun + 1 : 0
            if markRun > maximumMarksPerLetter { return true }
        }
        return false
    }

    private static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.value >= 0x300, !isKanaOrKanji(scalar.value) else { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// Katakana (U+30A0–30FF), hiragana without the combining sound marks
    /// (U+3041–3098) and the unified kanji (U+4E00–9FFF): letters and
    /// punctuation, never a control, format character or mark, so their
    /// category need not be looked up (twice for each character of a
    /// Japanese name, most of sanitizing a long list).
    private static func isKanaOrKanji(_ value: UInt32) -> Bool {
        (0x4E00...0x9FFF).contains(value) || (0x30A0...0x30FF).contains(value) || (0x3041...0x3098).contains(value)
    }

    /// Whether `scalar` must not reach the terminal as it is.
    public static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x20 || (value >= 0x7F && value < 0xA0) { return true }
        if value < 0xA0 || isKanaOrKanji(value) { return false }
        switch scalar.properties.generalCategory {
        case .format, .lineSeparator, .paragraphSeparator:
            return true
        default:
            return false
        }
    }

    /// The visible escape for one scalar, as listed in the type's documentation.
    public static func escape(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\n": return "\\n"
        case "\t": return "\\t"
        case "\r": return "\\r"
        default: break
        }
        let hex = String(scalar.value, radix: 16, uppercase: true)
        if scalar.value < 0xA0 {
            return "\\x" + (hex.count < 2 ? "0" + hex : hex)
        }
        return "\\u{" + hex + "}"
    }
}
