/// A text cell (a name, a rep, notes) as the importer keeps it: trimmed,
/// nil when blank. A leading apostrophe that our own export put before `=`,
/// `+`, `-`, `@` (so spreadsheets do not run the cell as a formula) is taken
/// off again. Not before a tab or CR: trimmed text never starts with one,
/// and taking the apostrophe off there would leave a name that starts with
/// blank.
///
/// Most cells are kept as they are after spaces and tabs are cut off, and
/// are then only a range of the file's bytes (`asIs`), which the columnar
/// import copies without making a String: a company name that starts with
/// 株式会社 or a rep named 佐藤 has no white space at its ends, which the
/// first and last characters' code points show. A cell with white space
/// left at an end, or a leading apostrophe, goes through `String` (the
/// apostrophe may carry a combining mark).
enum CellText {
    case blank
    /// The cell's bytes in this range, as they are.
    case asIs(Range<Int>)
    /// Text that differs from any range of the cell's bytes.
    case changed(String)

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        var start = 0
        var end = bytes.count
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        guard start < end else {
            self = .blank
            return
        }
        var last = end - 1
        while last > start, bytes[last] & 0xC0 == 0x80 { last -= 1 }
        if bytes[start] != UInt8(ascii: "'"), let first = CellText.scalar(bytes, at: start, end: end),
            !ImportText.isWhitespace(first), let final = CellText.scalar(bytes, at: last, end: end),
            !ImportText.isWhitespace(final)
        {
            self = .asIs(start..<end)
            return
        }
        var value = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        if bytes[start] >= 0x80 || bytes[end - 1] >= 0x80 || bytes[start] < 0x20 || bytes[end - 1] < 0x20 {
            value = ImportText.trimmed(value)
        }
        // A byte check first: String's generic prefix test showed up in profiles of million-row files.
        if value.utf8.first == UInt8(ascii: "'"), CSVText.startsLikeFormula(value.dropFirst()) {
            value.removeFirst()
        }
        self = value.isEmpty ? .blank : .changed(value)
    }

    /// The code point whose UTF-8 starts at `i`; nil for a sequence cut short.
    private static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Unicode.Scalar? {
        let lead = UInt32(bytes[i])
        if lead < 0x80 { return Unicode.Scalar(lead) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        guard i + length <= end else { return nil }
        var value = lead & (0x7F >> UInt32(length))
        for k in 1..<length { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
        return Unicode.Scalar(value)
    }
}
