/// A question prepared once for the small recognisers' phrase lists
/// (customer lists, visit and move reports): English phrases are matched as
/// whole words of the folded question, Japanese ones inside its compact
/// characters, so polite endings and missing spaces do not matter.
struct PhraseLookup {
    /// The compact characters, white space left out (「C に偏って」 reads as
    /// 「Cに偏って」): Japanese phrases are looked for in here.
    let compact: String
    /// The words, with a space on each side: " why is acme in c ".
    let spaced: String
    /// `spaced`'s bytes when it is all ASCII (most English questions), for `hasWords`.
    private let asciiSpaced: [UInt8]?

    init(_ text: QuestionText) {
        compact = String(text.chars.filter { !$0.isWhitespace })
        spaced = " " + text.words(joiningApostrophes: true).map(\.text).joined(separator: " ") + " "
        asciiSpaced = spaced.utf8.allSatisfy { $0 < 0x80 } ? Array(spaced.utf8) : nil
    }

    /// Whether `phrase`, written with a space on each side, occurs in
    /// `spaced`. Between ASCII texts this is a plain search of bytes, which
    /// gives what `String.contains` gives (no ASCII text has another form)
    /// without going through Foundation's search, a quarter of a question's
    /// time; anything else is left to `contains`.
    private func containsWord(_ phrase: String) -> Bool {
        guard let haystack = asciiSpaced, phrase.utf8.allSatisfy({ $0 < 0x80 }) else {
            return spaced.contains(" \(phrase) ")
        }
        let needle = [UInt8](" \(phrase) ".utf8)
        guard needle.count <= haystack.count else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            var i = 1
            while i < needle.count, haystack[start + i] == needle[i] { i += 1 }
            if i == needle.count { return true }
        }
        return false
    }

    /// Whether one of `english` is a run of whole words of the question.
    /// A phrase's apostrophes are dropped as the question's are ("haven't" is
    /// read as "havent"), so a list need not spell each contraction twice.
    func hasWords(_ english: [String]) -> Bool {
        english.contains { phrase in
            let folded = phrase.contains(where: PhraseLookup.isApostrophe) ? phrase.filter { !PhraseLookup.isApostrophe($0) } : phrase
            return containsWord(folded)
        }
    }

    private static func isApostrophe(_ c: Character) -> Bool { c == "'" || c == "\u{2019}" }

    /// Whether one of `japanese` is inside the question.
    func hasText(_ japanese: [String]) -> Bool { japanese.contains { compact.contains($0) } }

    /// Either: the usual test of a pair of phrase lists.
    func has(english: [String], japanese: [String]) -> Bool { hasWords(english) || hasText(japanese) }
}
