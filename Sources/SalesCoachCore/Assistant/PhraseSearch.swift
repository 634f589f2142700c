/// Whether a phrase occurs in a question's text: the recognisers ask this
/// hundreds of times a question, once for each phrase of their lists.
///
/// `String.contains` went through Foundation's search, which folds every
/// character cluster of both texts, and was a quarter of the time of an
/// English question on a large book. When the text is ASCII (most English
/// questions, and the compact form of any English question) the answer
/// comes from the bytes: an ASCII phrase occurs exactly when its bytes do,
/// and a phrase with any other character cannot occur at all, since the
/// only characters equivalent to ASCII ones (the Kelvin sign, the Greek
/// question mark and varia) are sent to the full search. Anything else
/// goes to `String.contains` as before, so every answer stays what it was.
enum PhraseSearch {
    static func contains(_ text: String, _ phrase: String) -> Bool {
        var text = text
        var phrase = phrase
        // nil: not both ASCII. A carriage return stays with the full search,
        // which keeps it and a following line feed together as one character.
        let answer: Bool? = text.withUTF8 { haystack in
            guard haystack.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return nil }
            return phrase.withUTF8 { needle in needle.allSatisfy { $0 < 0x80 } ? occurs(needle, in: haystack) : nil }
        }
        if let answer { return answer }
        if text.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }), !phrase.unicodeScalars.contains(where: { asciiEquivalents.contains($0.value) }) {
            return false
        }
        return text.contains(phrase)
    }

    /// Characters canonically equivalent to an ASCII one.
    private static let asciiEquivalents: Set<UInt32> = [0x212A, 0x037E, 0x1FEF]

    private static func occurs(_ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        // Foundation finds no empty text, and neither does this.
        guard let first = needle.first else { return false }
        guard needle.count <= haystack.count else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start] == first {
            var i = 1
            while i < needle.count, haystack[start + i] == needle[i] { i += 1 }
            if i == needle.count { return true }
        }
        return false
    }
}
