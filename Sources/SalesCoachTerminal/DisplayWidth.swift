/// How many terminal columns text takes, and how to cut or pad it to a width.
///
/// Japanese characters take two columns in a terminal, combining marks none, so
/// counting `Character`s misaligns every table with a Japanese name in it. The widths
/// come from a table generated from Unicode's East Asian Width data
/// (`Scripts/generate-width-table.py`), never from the locale, so the result is the same
/// under `LANG=C`, in cron and in tests.
///
/// ```swift
/// DisplayWidth.width(of: "田中商事")                 // 8
/// DisplayWidth.truncate("株式会社田中商事", toWidth: 9) // "株式会社…"
/// DisplayWidth.pad("ｱｲｳ", toWidth: 5)              // "ｱｲｳ  "
/// ```
public enum DisplayWidth {
    /// The ellipsis that marks truncated text; one column wide.
    public static let ellipsis = "…"

    /// The number of columns `text` takes when printed.
    ///
    /// Control characters count as zero: they should never reach the terminal
    /// unescaped (see ``TerminalText/sanitize(_:mode:)``).
    public static func width(of text: some StringProtocol) -> Int {
        // Printable ASCII, most of a table's cells, takes a column a byte:
        // counted without decoding scalars.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
        var total = 0
        for scalar in text.unicodeScalars {
            total += width(of: scalar)
        }
        return total
    }

    /// The number of columns one character (grapheme cluster) takes.
    public static func width(of character: Character) -> Int {
        var total = 0
        for scalar in character.unicodeScalars {
            total += width(of: scalar)
        }
        return total
    }

    /// The number of columns one Unicode scalar takes: 0, 1 or 2.
    public static func width(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value >= 0x20 && value < 0x7F { return 1 }
        if value < 0x20 || (value >= 0x7F && value < 0xA0) { return 0 }
        if contains(DisplayWidthTable.zeroWidth, value) { return 0 }
        if contains(DisplayWidthTable.doubleWidth, value) { return 2 }
        // Emoji newer than the generated table still draw two columns wide.
        if value >= 0x1F000 && scalar.properties.isEmojiPresentation { return 2 }
        return 1
    }

    /// `text` cut to at most `limit` columns, ending in "…" when anything was cut.
    ///
    /// Never splits a character: a wide character that would straddle the limit is
    /// dropped, so the result may be one column narrower than `limit`. Trailing spaces
    /// before the ellipsis are dropped too ("Acme …" reads worse than "Acme…").
    /// A `limit` of 0 or less gives "".
    public static func truncate(_ text: String, toWidth limit: Int) -> String {
        guard limit > 0 else { return "" }
        if width(of: text) <= limit { return text }
        return String(leading(text, room: limit - width(of: ellipsis))) + ellipsis
    }

    /// The first characters of `characters` that fit in `room` columns, trailing spaces dropped.
    private static func leading(_ characters: some Sequence<Character>, room: Int) -> [Character] {
        var kept: [Character] = []
        var used = 0
        for character in characters {
            let characterWidth = width(of: character)
            if used + characterWidth > room { break }
            kept.append(character)
            used += characterWidth
        }
        while kept.last == " " { kept.removeLast() }
        return kept
    }

    /// `text` cut to at most `limit` columns from the front, starting with "…"
    /// when anything was cut: the end of `text` is kept (`…00017 KK`).
    ///
    /// For names that share a long start (`Company 00017 KK`, `Company 00018 KK`),
    /// where cutting the end would leave them all the same. Never splits a
    /// character; leading spaces after the ellipsis are dropped.
    public static func truncateFront(_ text: String, toWidth limit: Int) -> String {
        guard limit > 0 else { return "" }
        if width(of: text) <= limit { return text }
        return ellipsis + String(leading(text.reversed(), room: limit - width(of: ellipsis)).reversed())
    }

    /// `text` padded with spaces to `targetWidth` columns; text already that wide or wider
    /// comes back unchanged (use ``fit(_:toWidth:alignment:)`` to cut it as well).
    public static func pad(
        _ text: String, toWidth targetWidth: Int, alignment: Alignment = .left
    ) -> String {
        pad(text, measuring: width(of: text), toWidth: targetWidth, alignment: alignment)
    }

    /// `pad(_:toWidth:alignment:)` for a text already measured at `width` columns.
    public static func pad(
        _ text: String, measuring width: Int, toWidth targetWidth: Int, alignment: Alignment = .left
    ) -> String {
        let missing = targetWidth - width
        guard missing > 0 else { return text }
        switch alignment {
        case .left:
            return text + String(repeating: " ", count: missing)
        case .right:
            return String(repeating: " ", count: missing) + text
        case .center:
            let before = missing / 2
            return String(repeating: " ", count: before) + text
                + String(repeating: " ", count: missing - before)
        }
    }

    /// `text` truncated and then padded so it takes exactly `targetWidth` columns.
    public static func fit(
        _ text: String, toWidth targetWidth: Int, alignment: Alignment = .left
    ) -> String {
        pad(truncate(text, toWidth: targetWidth), toWidth: targetWidth, alignment: alignment)
    }

    /// Binary search over the flat (first, last) pairs of a generated range table.
    private static func contains(_ table: [UInt32], _ value: UInt32) -> Bool {
        var low = 0
        var high = table.count / 2 - 1
        while low <= high {
            let middle = (low + high) / 2
            if value < table[2 * middle] {
                high = middle - 1
            } else if value > table[2 * middle + 1] {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }
}
