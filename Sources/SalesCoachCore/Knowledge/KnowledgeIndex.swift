import Foundation

/// How questions are compared with trigger phrases and topics: both are cut
/// into features (English words without filler, Japanese character pairs),
/// and an entry scores by how much of its best trigger the question covers.
/// Pairs of characters need no dictionary, which suits Japanese written
/// without spaces and with the particles a rep happens to use.
enum KnowledgeIndex {
    /// A trigger counts only when the question holds at least this share of its features.
    static let minimumCoverage = 0.5
    static let triggerWeight = 4.0
    static let topicWeight = 1.5
    static let topicCap = 3.0
    static let threshold = 1.5

    /// A trigger phrase or topic with its features.
    struct Phrase: Sendable, Hashable {
        let text: String
        let features: Set<String>
    }

    /// An entry with its triggers and topics already cut into features.
    struct Indexed: Sendable {
        let entry: KnowledgeEntry
        let triggers: Bilingual<[Phrase]>
        let topics: [Phrase]

        init(_ entry: KnowledgeEntry) {
            self.entry = entry
            let cut = { (phrases: [String]) in
                phrases.map { Phrase(text: $0, features: KnowledgeIndex.features(of: $0)) }.filter { !$0.features.isEmpty }
            }
            self.triggers = Bilingual(en: cut(entry.triggers.en), ja: cut(entry.triggers.ja))
            self.topics = cut(entry.topics)
        }
    }

    static func matches(for text: String, in index: [Indexed], language: Language) -> [KnowledgeMatch] {
        let question = features(of: text)
        guard !question.isEmpty else { return [] }
        var found: [KnowledgeMatch] = []
        for item in index {
            var matched: [String] = []
            var best = 0.0
            var bestPhrase: String?
            for trigger in item.triggers[language] {
                let coverage = Double(trigger.features.intersection(question).count) / Double(trigger.features.count)
                guard coverage >= minimumCoverage else { continue }
                let score = coverage * coverage * triggerWeight
                if score > best {
                    best = score
                    bestPhrase = trigger.text
                }
            }
            if let bestPhrase { matched.append(bestPhrase) }
            var fromTopics = 0.0
            for topic in item.topics where topic.features.isSubset(of: question) {
                fromTopics += topicWeight
                matched.append(topic.text)
            }
            let score = best + min(fromTopics, topicCap)
            if score >= threshold { found.append(KnowledgeMatch(entry: item.entry, score: score, matched: matched)) }
        }
        return found.sorted { ($1.score, $0.entry.id) < ($0.score, $1.entry.id) }
    }

    /// Words that carry no meaning for matching ("what is a C customer" keeps
    /// "c" and "customer"). Question words like "why" and "how" stay: they
    /// separate "why focus on B" from "what is B"; so do "can", "you" and "do",
    /// all that "what can you do?" is made of.
    static let fillers: Set<String> = [
        "a", "an", "the", "is", "are", "am", "be", "did", "i", "me", "my", "we", "our", "us", "your", "it", "its",
        "to", "of", "in", "on", "for", "and", "or", "what", "whats", "this", "that", "there", "at", "by", "with",
        "about", "could", "should", "would", "will", "so", "if", "then", "than", "please", "tell", "explain", "s",
    ]

    /// Spellings a rep may use for the same term, mapped to one before cutting.
    static let variants: [(String, String)] = [("取り引き", "取引"), ("お客様", "顧客"), ("お客さま", "顧客")]

    /// The features of a text: lower-case English words (a plural `s` dropped,
    /// fillers left out) and, for each run of other characters, its pairs of
    /// neighbouring characters (a run of one character is kept whole, so "情"
    /// can be matched). A segment letter stays even where it looks like the
    /// article "a": written as a capital ("an A customer") or touching
    /// Japanese ("A顧客").
    static func features(of text: String) -> Set<String> {
        // Plain ASCII needs neither folding nor the Japanese variants; both
        // are costly, and every guidance entry and question passes through here.
        var normal = text
        if !text.utf8.allSatisfy({ $0 < 0x80 }) {
            normal = text.compatibilityFolded
            for (from, to) in variants where normal.contains(from) { normal = normal.replacing(from, with: to) }
        }
        var result: Set<String> = []
        var word = ""
        var wordIsSegmentLetter = false
        var run: [Character] = []
        func flushWord(touchingJapanese: Bool) {
            let keep = word.count == 1 && ("a"..."d").contains(word) && (wordIsSegmentLetter || touchingJapanese)
            if !word.isEmpty, keep || !fillers.contains(word) { result.insert(stem(word)) }
            word = ""
            wordIsSegmentLetter = false
        }
        func flushRun() {
            if run.count == 1 { result.insert(String(run[0])) }
            if run.count > 1 { for i in 0..<(run.count - 1) { result.insert(String(run[i...(i + 1)])) } }
            run = []
        }
        for character in normal {
            if character.isASCII, character.isLetter || character.isNumber {
                if word.isEmpty { wordIsSegmentLetter = character.isUppercase || !run.isEmpty }
                flushRun()
                word += character.lowercased()
            } else if character == "'" || character == "’" {
                continue  // "what's" reads as "whats"
            } else if !character.isASCII, character.isLetter || character.isNumber {
                flushWord(touchingJapanese: true)
                run.append(character)
            } else {
                flushWord(touchingJapanese: false)
                flushRun()
            }
        }
        flushWord(touchingJapanese: false)
        flushRun()
        return result
    }

    /// A crude singular: "customers" → "customer", "companies" → "company".
    static func stem(_ word: String) -> String {
        if word.count > 4, word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
        if word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss") { return String(word.dropLast()) }
        return word
    }
}
