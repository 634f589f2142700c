/// The English words the cue tables use, for forgiving typos: a typed word
/// the interpreter does not know is replaced by the closest cue word within
/// one edit (two for words of seven letters or more), so "shoud", "vist"
/// and "objectve" still count.
struct Vocabulary: Sendable {
    /// Words left as typed: cue words, everyday English, segment words.
    let known: Set<String>
    /// Cue words by their length, the only words a typo is corrected to.
    private let targets: [Int: [[Character]]]

    init() {
        var cueWords = Set<String>()
        for phrase in IntentCues.allPhrases + TopicCues.allPhrases where phrase.allSatisfy(\.isASCII) {
            for word in QuestionText(phrase).asciiWords { cueWords.insert(Stemmer.stem(word.text)) }
        }
        var known = cueWords
        for word in AssistantLexicon.commonWords { known.insert(Stemmer.stem(word)) }
        self.known = known
        var targets: [Int: [[Character]]] = [:]
        for word in cueWords.sorted() where word.count >= 3 { targets[word.count, default: []].append(Array(word)) }
        self.targets = targets
    }

    /// `word` (already stemmed), or the cue word it was most likely meant to be.
    func corrected(_ word: String) -> String {
        guard word.count >= 3, !known.contains(word), !word.contains(where: \.isNumber) else { return word }
        let typed = Array(word)
        var best: (distance: Int, word: [Character])? = nil
        for length in (typed.count - 2)...(typed.count + 2) {
            for candidate in targets[length] ?? [] {
                let limit = EditDistance.allowedEdits(length: max(typed.count, candidate.count))
                guard limit > 0, let d = EditDistance.within(typed, candidate, limit: limit),
                    best.map({ d < $0.distance }) ?? true
                else { continue }
                best = (d, candidate)
            }
        }
        return best.map { String($0.word) } ?? word
    }
}
