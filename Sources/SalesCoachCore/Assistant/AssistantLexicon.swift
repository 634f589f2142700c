/// Words the interpreter knows besides its cue phrases: everyday English that
/// must never be "corrected" into a cue word or taken for a customer's name,
/// and the words that mark a letter as a segment ("A customers", "segment A").
/// The lists are data (`[words …]` and `[segment …]` sections under
/// knowledge/understanding/); these are the names the code reads them by.
enum AssistantLexicon {
    private static var standard: Understanding { Understanding.standard }
    /// Words that make a letter before them a segment: "A customers", "C accounts".
    static let segmentNounsPlural = standard.words("segment-nouns-plural")
    /// Singular nouns that make an upper-case "A" before them a segment after
    /// a determiner ("an A customer", "which A account").
    static let segmentNounsSingular = standard.words("segment-nouns-singular")
    /// Words that make the letter after them a segment: "segment A", "rank B".
    static let segmentWordsBefore = standard.words("segment-words-before")
    /// Words after which a lone "A" at the end of a question is a segment: "in A?", "to A".
    static let segmentLeadIns = standard.words("segment-lead-ins")
    /// Determiners that make "A customer" mean a segment-A customer.
    static let determiners = standard.words("determiners")
    /// Other names for the segments, as reps say them.
    static var segmentSynonyms: [(segment: Segment, phrases: [String])] { standard.segmentSynonyms }

    /// Words never corrected and never taken for a customer's first name:
    /// everyday words and every word of a cue phrase.
    static let commonWords: Set<String> = commonWords(standard)

    static func commonWords(_ understanding: Understanding) -> Set<String> {
        var words = understanding.words("everyday")
        for name in ["segment-nouns-plural", "segment-nouns-singular", "segment-words-before"] {
            words.formUnion(understanding.words(name))
        }
        for phrase in understanding.allCuePhrases where phrase.allSatisfy(\.isASCII) {
            for word in phrase.split(separator: " ") { words.insert(String(word)) }
        }
        return words
    }
}
