/// Finds cue phrases in a question: English as words in order (a couple of
/// other words may come between), Japanese as substrings. Built once from a
/// table; each phrase counts at most once per question.
struct PhraseMatcher<Payload: Sendable>: Sendable {
    private struct WordPhrase: Sendable {
        let id: Int
        let words: [String]
        let payload: Payload
    }

    private struct CharacterPhrase: Sendable {
        let id: Int
        let characters: [Character]
        let payload: Payload
    }

    /// English phrases by their first word.
    private let wordPhrases: [String: [WordPhrase]]
    /// Japanese phrases by their first character.
    private let characterPhrases: [Character: [CharacterPhrase]]

    /// How many other words may stand between two words of a phrase.
    let maximumGap: Int

    init(_ entries: [(phrase: String, payload: Payload)], maximumGap: Int = 2) {
        self.maximumGap = maximumGap
        var words: [String: [WordPhrase]] = [:]
        var characters: [Character: [CharacterPhrase]] = [:]
        for (id, (phrase, payload)) in entries.enumerated() {
            let folded = QuestionText(phrase)
            if phrase.allSatisfy(\.isASCII) {
                let stems = folded.asciiWords.map { Stemmer.stem($0.text) }
                guard let first = stems.first else { continue }
                words[first, default: []].append(WordPhrase(id: id, words: stems, payload: payload))
            } else {
                let compact = folded.compact.chars
                guard let first = compact.first else { continue }
                characters[first, default: []].append(CharacterPhrase(id: id, characters: compact, payload: payload))
            }
        }
        wordPhrases = words
        characterPhrases = characters
    }

    /// The payloads of the phrases found, in table order of discovery, each phrase once.
    func matches(in question: PreparedQuestion) -> [Payload] {
        var found: [Payload] = []
        var seen = Set<Int>()
        for (i, word) in question.words.enumerated() {
            for phrase in wordPhrases[word] ?? [] where !seen.contains(phrase.id) {
                if Self.occurs(phrase.words, in: question.words, from: i, maximumGap: maximumGap) {
                    seen.insert(phrase.id)
                    found.append(phrase.payload)
                }
            }
        }
        let chars = question.compact
        for i in chars.indices {
            for phrase in characterPhrases[chars[i]] ?? [] where !seen.contains(phrase.id) {
                let end = i + phrase.characters.count
                if end <= chars.count, chars[i..<end].elementsEqual(phrase.characters) {
                    seen.insert(phrase.id)
                    found.append(phrase.payload)
                }
            }
        }
        return found
    }

    /// Whether `phrase` occurs starting at `start` (which holds its first word),
    /// each next word within the allowed gap of the previous one.
    private static func occurs(_ phrase: [String], in words: [String], from start: Int, maximumGap: Int) -> Bool {
        var position = start
        for next in phrase.dropFirst() {
            let window = (position + 1)..<min(words.count, position + 2 + maximumGap)
            guard let found = window.first(where: { words[$0] == next }) else { return false }
            position = found
        }
        return true
    }
}

/// A question as the phrase matcher reads it: stemmed, typo-corrected words
/// and the characters without spaces.
struct PreparedQuestion: Sendable {
    let words: [String]
    let compact: [Character]
}
