import Foundation

/// `xl/sharedStrings.xml`: the text cells point to by index.
enum SharedStrings {
    /// The strings in order; rich text runs are joined, and the phonetic
    /// guide (`rPh`, the furigana over Japanese text) is left out.
    static func read(_ data: Data, part: String, source: String) throws(SpreadsheetError) -> [String] {
        var strings: [String] = []
        var current = ""
        var inText = false
        var inPhonetic = false
        try XMLScanner.scan(
            data, part: part, source: source,
            start: { element, _ in
                switch element {
                case "si": current = ""
                case "rPh": inPhonetic = true
                case "t": inText = !inPhonetic
                default: break
                }
            },
            end: { element in
                switch element {
                case "si": strings.append(CellText.unescaped(current))
                case "rPh": inPhonetic = false
                case "t": inText = false
                default: break
                }
            },
            text: { text in if inText { current += text } })
        return strings
    }
}
