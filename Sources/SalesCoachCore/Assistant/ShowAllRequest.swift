/// "show all", 「全部見せて」, "and the rest?": a request for every customer
/// of a list rather than its first few.
///
/// Lists in answers print their first few and say how many more there are;
/// a rep who then types "show all" wants that same list whole, not a new
/// question. Standing alone, with no list before it, "show me everything"
/// is the whole book, segment by segment.
enum ShowAllRequest {
    /// Whether the question asks for all of something ("all my B customers", 「全部」).
    static func asksForAll(_ text: QuestionText) -> Bool {
        PhraseLookup(text).has(english: lists.allEnglish, japanese: lists.allJapanese)
    }

    /// Whether the line asks only to see more of what was just listed:
    /// "show all", "the rest?", 「残りは？」, 「全部見せて」 — short, and
    /// naming nothing of its own.
    static func continuesList(_ text: QuestionText) -> Bool {
        let lookup = PhraseLookup(text)
        let asks = lookup.has(english: lists.allEnglish + lists.restEnglish, japanese: lists.allJapanese + lists.restJapanese)
        return asks && isShort(text)
    }

    /// "the rest?", 「残りは？」 alone: the customers a list did not hold.
    static func asksForRest(_ text: QuestionText) -> Bool {
        PhraseLookup(text).has(english: lists.restEnglish, japanese: lists.restJapanese) && isShort(text)
    }

    /// Short enough to be only the request: a few words, or a short Japanese line.
    static func isShort(_ text: QuestionText) -> Bool {
        let words = text.words(joiningApostrophes: true)
        let japanese = text.chars.contains { $0.unicodeScalars.first.map { $0.value >= 0x3040 } ?? false }
        return japanese ? text.chars.filter { !$0.isWhitespace }.count <= 12 : words.count <= 6
    }

    // The phrases are data: `[phrases show-all-…]`, `[phrases show-rest-…]` under knowledge/understanding/.
    private static let lists = (
        allEnglish: Understanding.standard.phrases("show-all-en"),
        allJapanese: Understanding.standard.phrases("show-all-ja"),
        restEnglish: Understanding.standard.phrases("show-rest-en"),
        restJapanese: Understanding.standard.phrases("show-rest-ja"))
}
