/// A message laid out for the terminal: its prefix (`error:`, `エラー:`) on the
/// first line, the text wrapped to the window with the following lines indented
/// under it, and a hint line (`hint:`, `ヒント:`) wrapped the same way.
///
/// English breaks only at spaces (a word longer than the line is the one thing
/// cut); Japanese, which has no spaces, breaks between any two characters,
/// except before closing punctuation (、。）」) and after opening (（「), so no
/// line starts with a comma or ends with an open bracket.
///
/// ```swift
/// MessageLayout.lines(prefix: "エラー:", text: "a.csv 2行目、2列目（sales）：数値のはずですが「12x」です", width: 30)
/// // ["エラー: a.csv 2行目、2列目", "        （sales）：数値のはず", "        ですが「12x」です"]
/// ```
public enum MessageLayout {
    /// The lines of the message; `width` nil leaves every line whole (into a
    /// pipe or a log, where lines are read by programs, not by eye).
    public static func lines(
        prefix: String, text: String, hint: (prefix: String, text: String)? = nil, width: Int?
    ) -> [String] {
        var lines = block(prefix: prefix, text: text, width: width)
        if let hint { lines += block(prefix: hint.prefix, text: hint.text, width: width) }
        return lines
    }

    private static func block(prefix: String, text: String, width: Int?) -> [String] {
        let indent = String(repeating: " ", count: DisplayWidth.width(of: prefix) + 1)
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let room = width.map { max(20, $0 - indent.count) }
            let wrapped = room.map { wrap(String(paragraph), width: $0) } ?? [String(paragraph)]
            for line in wrapped {
                lines.append((lines.isEmpty ? prefix + " " : indent) + line)
            }
        }
        return lines
    }

    /// One line of running text (an answer, a note) for a window `width`
    /// columns wide: wrapped at word breaks, each following line indented two
    /// more than the first, so a long sentence never breaks mid-word at the
    /// window's edge. A row of a table (columns set apart by runs of spaces,
    /// or drawn with box characters) is left whole: wrapping would scatter its columns.
    ///
    /// ```swift
    /// MessageLayout.prose("  Note: C and D wait this week: their visit went to A", width: 30)
    /// // ["  Note: C and D wait this week:", "    their visit went to A"]
    /// ```
    public static func prose(_ line: String, width: Int) -> [String] {
        guard DisplayWidth.width(of: line) > width else { return [line] }
        let indent = line.prefix { $0 == " " }
        let body = line.dropFirst(indent.count)
        let tableLike = body.contains("  ") || body.contains { "│┃─━┼╋".contains($0) }
        guard !tableLike else { return [line] }
        // Every line as wide as the indented ones, so the text is wrapped once.
        let wrapped = wrap(String(body), width: max(20, width - indent.count - 2))
        guard wrapped.count > 1 else { return [line] }
        return [String(indent) + wrapped[0]] + wrapped.dropFirst().map { String(indent) + "  " + $0 }
    }

    /// `text` in lines of at most `width` columns (a longer unbreakable run is cut).
    public static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for unit in units(of: text) {
            let unitWidth = DisplayWidth.width(of: unit.text)
            let gap = line.isEmpty || !unit.spaceBefore ? 0 : 1
            if lineWidth + gap + unitWidth <= width {
                line += (gap == 1 ? " " : "") + unit.text
                lineWidth += gap + unitWidth
                continue
            }
            if !line.isEmpty { lines.append(line) }
            (line, lineWidth) = ("", 0)
            // A run wider than a whole line (a long path, a URL) is cut where it must be.
            var rest = unit.text[...]
            while DisplayWidth.width(of: rest) > width {
                var piece = ""
                var pieceWidth = 0
                for character in rest {
                    let characterWidth = DisplayWidth.width(of: character)
                    if pieceWidth + characterWidth > width { break }
                    piece.append(character)
                    pieceWidth += characterWidth
                }
                if piece.isEmpty { break }
                lines.append(piece)
                rest = rest.dropFirst(piece.count)
            }
            line = String(rest)
            lineWidth = DisplayWidth.width(of: line)
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// The pieces a line may break between: a run of narrow characters
    /// without spaces, or one wide character with the punctuation that must
    /// stay beside it.
    private static func units(of text: String) -> [(text: String, spaceBefore: Bool)] {
        var units: [(text: String, spaceBefore: Bool)] = []
        var current = ""
        var spaceBefore = false
        var pendingSpace = false
        func flush() {
            guard !current.isEmpty else { return }
            units.append((current, spaceBefore))
            current = ""
        }
        for character in text {
            if character == " " {
                flush()
                pendingSpace = true
                continue
            }
            let wide = DisplayWidth.width(of: character) == 2
            if closing.contains(character), pendingSpace == false {
                // Stays on the line of what it closes.
                if current.isEmpty, let last = units.popLast() {
                    current = last.text
                    spaceBefore = last.spaceBefore
                }
                current.append(character)
                continue
            }
            let afterOpening = current.last.map { opening.contains($0) } ?? false
            let currentWide = current.last.map { DisplayWidth.width(of: $0) == 2 } ?? false
            // A number keeps its counter (3社, 12行目).
            let counter = wide && (current.last.map { $0.isASCII && $0.isNumber } ?? false)
            if !current.isEmpty && !afterOpening && (pendingSpace || (wide && !counter) || currentWide) {
                flush()
            }
            if current.isEmpty {
                spaceBefore = pendingSpace
            }
            pendingSpace = false
            current.append(character)
        }
        flush()
        return units
    }

    /// What never starts a line.
    private static let closing: Set<Character> = ["、", "。", "，", "．", "）", "」", "』", "】", "〕", "！", "？", "：", "・", "ー", "ぁ", "ぃ", "ぅ", "ぇ", "ぉ", "っ", "ゃ", "ゅ", "ょ", "ッ", "ャ", "ュ", "ョ", "々", ")", ",", ".", ";", ":", "!", "?", "'"]
    /// What never ends a line.
    private static let opening: Set<Character> = ["（", "「", "『", "【", "〔", "("]
}
