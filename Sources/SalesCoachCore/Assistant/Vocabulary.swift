import Synchronization

/// The English words the cue tables use, for forgiving typos: a typed word
/// the interpreter does not know is replaced by the closest cue word within
/// one edit (two for words of seven letters or more), so "shoud", "vist"
/// and "objectve" still count.
struct Vocabulary: Sendable {
    /// Words left as typed: cue words, everyday English, segment words.
    let known: Set<String>
    /// Cue words by their length, the only words a typo is corrected to. Never
    /// an out-of-scope word: "looking" must not become "cooking".
    private let targets: [Int: [[Character]]]
    /// Shorthand that stands for more words: "whats" → "what is", "pls" → "please".
    let contractions: [String: [String]]

    init(understanding: Understanding) {
        var cueWords = Set<String>()
        var outOfScopeWords = Set<String>()
        for group in understanding.intentCues {
            for phrase in group.phrases {
                for word in QuestionText(phrase).asciiWords {
                    if group.kind == .outOfScope {
                        outOfScopeWords.insert(Stemmer.stem(word.text))
                    } else {
                        cueWords.insert(Stemmer.stem(word.text))
                    }
                }
            }
        }
        for phrase in understanding.topicCues.flatMap(\.phrases) where phrase.allSatisfy(\.isASCII) {
            for word in QuestionText(phrase).asciiWords { cueWords.insert(Stemmer.stem(word.text)) }
        }
        var known = cueWords.union(outOfScopeWords)
        for word in AssistantLexicon.commonWords(understanding) { known.insert(Stemmer.stem(word)) }
        self.known = known
        var targets: [Int: [[Character]]] = [:]
        for word in cueWords.sorted() where word.count >= 3 { targets[word.count, default: []].append(Array(word)) }
        self.targets = targets
        contractions = understanding.contractions
    }

    /// `word` (already stemmed), or the cue word it was most likely meant to be.
    func corrected(_ word: String) -> String {
        guard word.count >= 3, !known.contains(word), !word.contains(where: \.isNumber) else { return word }
        // The same unknown words come back question after question (and
        // across the thousands of tune questions the model learns from).
        if let found = corrections.lookUp(word) { return found }
        let result = closest(to: word)
        corrections.remember(word, result)
        return result
    }

    /// Corrections made so far, shared by copies of this vocabulary.
    private let corrections = Corrections()

    private final class Corrections: Sendable {
        private let table = Mutex<[String: String]>([:])
        func lookUp(_ word: String) -> String? { table.withLock { $0[word] } }
        func remember(_ word: String, _ correction: String) {
            table.withLock { table in
                // A bound, so a long session of odd words never grows it without end.
                if table.count >= 50_000 { table.removeAll(keepingCapacity: true) }
                table[word] = correction
            }
        }
    }

    private func closest(to word: String) -> String {
        let typed = Array(word)
        // Closest first; then one that starts with the same letter (first
        // letters are rarely mistyped), then the nearest length.
        var best: (rank: [Int], word: [Character])? = nil
        for length in (typed.count - 2)...(typed.count + 2) {
            for candidate in targets[length] ?? [] {
                let limit = EditDistance.allowedEdits(length: max(typed.count, candidate.count))
                guard limit > 0, let d = EditDistance.within(typed, candidate, limit: limit) else { continue }
                let rank = [d, candidate.first == typed.first ? 0 : 1, abs(candidate.count - typed.count)]
                if best.map({ rank.lexicographicallyPrecedes($0.rank) }) ?? true { best = (rank, candidate) }
            }
        }
        return best.map { String($0.word) } ?? word
    }
}
