/// The words of a question the learnt scorer looks at: English word stems
/// and word pairs, Japanese character pairs and triples, with names, segment
/// letters and numbers standing in as placeholders so that "why is Acme in C?"
/// and "why is Globex in B?" teach the same thing.
enum IntentFeatures {
    /// Words and Japanese character pairs: what "a word never seen" is counted in.
    /// Word pairs and character triples are too often new to say anything.
    static func canBeNew(_ feature: String) -> Bool {
        feature.hasPrefix("w:") || (feature.hasPrefix("j:") && feature.count == 4)
    }

    static func extract(_ prepared: PreparedQuestion, segments: [Segment]) -> [String] {
        var features: [String] = []
        let letters = Set(segments.map { $0.rawValue.lowercased() })
        let words = prepared.words.map { word -> String in
            if letters.contains(word) || (word.count == 2 && word.hasSuffix("s") && letters.contains(String(word.prefix(1)))) {
                return "‹seg›"
            }
            return word.allSatisfy(\.isNumber) ? "‹n›" : word
        }
        features += words.map { "w:" + $0 }
        if words.count > 1 {
            for i in 0..<words.count - 1 { features.append("b:" + words[i] + "_" + words[i + 1]) }
        }
        // Japanese: names (masked), Latin runs and digits as one placeholder each.
        var japanese: [Character] = []
        var previous: Character? = nil
        for c in prepared.compact {
            let mapped: Character
            if c == QuestionText.nameMarker {
                mapped = "◆"
            } else if c.isJapanese || "？！、。".contains(c) {
                mapped = c
            } else if c.isASCII && c.isNumber {
                mapped = "#"
            } else if c.isASCII && c.isLetter {
                mapped = letters.contains(String(c)) ? "§" : "a"
            } else {
                continue
            }
            // A run of the same placeholder is one: names and words have any length.
            if mapped == previous && "◆#a".contains(mapped) { continue }
            japanese.append(mapped)
            previous = mapped
        }
        guard japanese.contains(where: \.isJapanese) else {
            if prepared.compact.contains(QuestionText.nameMarker) { features.append("w:‹name›") }
            return features
        }
        for i in japanese.indices {
            if i + 1 < japanese.count { features.append("j:" + String(japanese[i...i + 1])) }
            if i + 2 < japanese.count { features.append("j:" + String(japanese[i...i + 2])) }
        }
        return features
    }
}
