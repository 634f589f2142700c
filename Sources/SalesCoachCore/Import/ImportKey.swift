/// `Book.key(name)` computed fast for the names a million-row import meets
/// most: ASCII, and Japanese text of kana and kanji (with full-width ASCII
/// and the ideographic space) that compatibility normalisation leaves
/// alone or maps one-to-one. Anything else takes `Book.key` itself, so the
/// result is always the book's key and `Book(result.customers)` agrees with
/// the importer on what a duplicate is.
enum ImportKey {
    /// `Book.key(name)` as a String.
    static func key(_ name: String) -> String {
        var bytes: [UInt8] = []
        append(name, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the UTF-8 bytes of `Book.key(name)` to `buffer`.
    static func append(_ name: String, to buffer: inout [UInt8]) {
        let start = buffer.count
        var name = name
        if name.withUTF8({ appendPlain($0, to: &buffer) }) { return }
        buffer.removeSubrange(start...)
        appendUnicode(name, to: &buffer)
    }

    /// `append(name, to:)` for a name given as its UTF-8 bytes.
    static func append(utf8 name: UnsafeBufferPointer<UInt8>, to buffer: inout [UInt8]) {
        let start = buffer.count
        if appendPlain(name, to: &buffer) { return }
        buffer.removeSubrange(start...)
        appendUnicode(String(decoding: name, as: UTF8.self), to: &buffer)
    }

    /// The key of a name that is not all ASCII.
    private static func appendUnicode(_ name: String, to buffer: inout [UInt8]) {
        let start = buffer.count
        var pendingSpace = false
        for scalar in name.unicodeScalars {
            var value = scalar.value
            if (0xFF01...0xFF5E).contains(value) { value -= 0xFEE0 }  // full-width ASCII
            if value == 0x3000 || value == 0x20 || (0x09...0x0D).contains(value) {
                pendingSpace = buffer.count > start
                continue
            }
            if pendingSpace { buffer.append(0x20) }
            pendingSpace = false
            if value < 0x80 {
                buffer.append(UInt8((0x41...0x5A).contains(value) ? value | 0x20 : value))
            } else if isStableJapanese(value) {
                buffer.append(UInt8(0xE0 | value >> 12))
                buffer.append(UInt8(0x80 | (value >> 6) & 0x3F))
                buffer.append(UInt8(0x80 | value & 0x3F))
            } else {
                buffer.removeSubrange(start...)
                buffer.append(contentsOf: Book.key(name).utf8)
                return
            }
        }
    }

    /// The key of a name of ASCII, kana and kanji, straight from its bytes
    /// (most names a CRM holds); false (with bytes appended that the caller
    /// removes) when the name has other characters.
    private static func appendPlain(_ name: UnsafeBufferPointer<UInt8>, to buffer: inout [UInt8]) -> Bool {
        let start = buffer.count
        buffer.append(contentsOf: name)
        // Lower-case and fold white space in place: the key is never longer than the name.
        var plain = true
        let end = buffer.withUnsafeMutableBufferPointer { bytes -> Int in
            var write = start
            var pendingSpace = false
            var read = start
            while read < bytes.count {
                let byte = bytes[read]
                if byte >= 0x80 {
                    // Kana and kanji are three bytes from E3 to E9, kept as they are.
                    guard byte >= 0xE3, byte <= 0xE9, read + 2 < bytes.count,
                        isStableJapanese(UInt32(byte & 0x0F) << 12 | UInt32(bytes[read + 1] & 0x3F) << 6 | UInt32(bytes[read + 2] & 0x3F))
                    else {
                        plain = false
                        return bytes.count
                    }
                    if pendingSpace {
                        bytes[write] = 0x20
                        write += 1
                    }
                    pendingSpace = false
                    for k in 0..<3 { bytes[write + k] = bytes[read + k] }
                    write += 3
                    read += 3
                    continue
                }
                read += 1
                if byte == 0x20 || (0x09...0x0D).contains(byte) {
                    pendingSpace = write > start
                    continue
                }
                if pendingSpace {
                    bytes[write] = 0x20
                    write += 1
                }
                pendingSpace = false
                bytes[write] = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
                write += 1
            }
            return write
        }
        buffer.removeLast(buffer.count - end)
        return plain
    }

    /// Kana and kanji that compatibility normalisation and lower-casing
    /// leave unchanged and that never combine with a neighbour (all below
    /// U+A000, so three bytes in UTF-8).
    private static func isStableJapanese(_ value: UInt32) -> Bool {
        switch value {
        case 0x3005...0x3007,  // 々 〆 〇
            0x3041...0x3096,  // hiragana (not the combining sound marks 3099–309C)
            0x30A1...0x30FA,  // katakana
            0x30FB...0x30FE,  // ・ ー ヽ ヾ
            0x4E00...0x9FFF:  // CJK unified ideographs
            true
        default:
            false
        }
    }
}
