/// A spelling compared and hashed by its UTF-8 bytes, not as a `String`
/// (which normalises non-ASCII text to hash it): two spellings that differ
/// only in normalisation are two entries, each folded to the same key.
struct SpellingBytes: Hashable {
    let text: String

    init(_ text: String) { self.text = text }

    static func == (a: SpellingBytes, b: SpellingBytes) -> Bool { UTF8Order.compare(a.text, b.text) == 0 }

    func hash(into hasher: inout Hasher) {
        // `withUTF8` makes a copy contiguous first, so equal bytes always hash alike.
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
