/// Writing text into XML: the pictures (SVG) and the workbooks (xlsx).
public enum XMLText {
    /// `text` with the five characters XML reserves as entities; fit for
    /// element content and for attribute values in either kind of quotes.
    /// Control characters are the caller's to handle first: each format has
    /// its own way (an SVG shows them as escapes, a workbook writes `_x001B_`).
    public static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default: out.append(character)
            }
        }
        return out
    }
}
