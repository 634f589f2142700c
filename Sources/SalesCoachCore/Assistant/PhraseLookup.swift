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

    init(_ text: QuestionText) {
        compact = String(text.chars.filter { !$0.isWhitespace })
        spaced = " " + text.words(joiningApostrophes: true).map(\.text).joined(separator: " ") + " "
    }

    /// Whether one of `english` is a run of whole words of the question.
    /// A phrase's apostrophes are dropped as the question's are ("haven't" is
    /// read as "havent"), so a list need not spell each contraction twice.
    func hasWords(_ english: [String]) -> Bool {
        english.contains { phrase in
            let folded = phrase.contains(where: PhraseLookup.isApostrophe) ? phrase.filter { !PhraseLookup.isApostrophe($0) } : phrase
            return PhraseSearch.contains(spaced, " \(folded) ")
        }
    }

    private static func isApostrophe(_ c: Character) -> Bool { c == "'" || c == "\u{2019}" }

    /// Whether one of `japanese` is inside the question.
    func hasText(_ japanese: [String]) -> Bool { japanese.contains { PhraseSearch.contains(compact, $0) } }

    /// Either: the usual test of a pair of phrase lists.
    func has(english: [String], japanese: [String]) -> Bool { hasWords(english) || hasText(japanese) }
}
