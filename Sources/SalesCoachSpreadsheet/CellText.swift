/// Text as Office Open XML stores it in cells.
enum CellText {
    /// `text` with the `_xHHHH_` escapes decoded: Excel writes characters XML
    /// cannot hold (control characters such as ESC) that way, and `_x005F_`
    /// for a literal underscore before such a sequence. The decoded text is
    /// the cell as Excel shows it; the importer and the terminal layer keep
    /// control characters from ever driving the terminal.
    static func unescaped(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if scalars[index] == "_", index + 6 < scalars.count, scalars[index + 1] == "x", scalars[index + 6] == "_",
                let value = UInt32(String(String.UnicodeScalarView(scalars[(index + 2)..<(index + 6)])), radix: 16),
                let scalar = Unicode.Scalar(value)
            {
                result.append(scalar)
                index += 7
                continue
            }
            result.append(scalars[index])
            index += 1
        }
        return String(result)
    }

    /// `text` with the characters XML 1.0 cannot hold written as `_xHHHH_`
    /// (and a carriage return, which XML parsers turn into a line feed), and
    /// an underscore that would start such an escape written `_x005F_`: what
    /// `unescaped` reads back.
    static func escaped(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            let value = scalar.value
            let startsEscape = scalar == "_" && index + 6 < scalars.count && scalars[index + 1] == "x" && scalars[index + 6] == "_"
            if startsEscape || (value < 0x20 && value != 0x09 && value != 0x0A) || value == 0xFFFE || value == 0xFFFF {
                let hex = String(value, radix: 16, uppercase: true)
                result.append(contentsOf: ("_x" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "_").unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }
}
