/// The header of a CSV file, for writing SQL that reads the file itself.
public enum CSVHeader {
    /// The first record's fields, or nil when the text is empty or not UTF-8
    /// (the engines would read it as UTF-8 and garble it).
    public static func fields(of bytes: [UInt8]) -> [String]? {
        var text = bytes
        if text.starts(with: [0xEF, 0xBB, 0xBF]) { text.removeFirst(3) }
        // Only the first lines matter; a quoted header may hold line breaks, so allow plenty.
        if text.count > 1 << 20 { text = Array(text[..<(1 << 20)]) }
        var reader = CSVReader(utf8: text, source: "")
        guard (try? reader.nextRecord()) == true else { return nil }
        let fields = (0..<reader.fieldCount).map(reader.field)
        guard fields.allSatisfy({ !$0.contains("\u{FFFD}") }) else { return nil }
        return fields.map(\.trimmingWhitespace)
    }
}
