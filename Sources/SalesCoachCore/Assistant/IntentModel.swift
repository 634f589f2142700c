import Foundation

/// A naive Bayes reading of a question's intent, learnt from the labelled
/// tune questions (knowledge/understanding/tune/), that backs up the cue tables.
///
/// The cue tables are precise but only know the phrasings someone wrote
/// down; reps phrase the same ask in endless ways ("only 3 slots left, which
/// customers?", 「この計画の根拠は？」). The model scores every intent from
/// the words and Japanese character pairs of many labelled examples, so a
/// question that shares its wording with them leans the right way even when
/// no cue phrase matches. Its vote is added to the cue scores
/// (the `model-weight` setting); it never decides alone. Deterministic: built
/// once from constant data.
struct IntentModel: Sendable {
    let kinds: [Intent.Kind]
    /// Per feature, log P(feature | intent) for each intent in `kinds` order.
    private let logLikelihood: [String: [Double]]
    /// Log probability of a feature never seen with an intent.
    private let logUnseen: [Double]
    let temperature: Double

    /// Learns from `examples`, each already turned into features.
    init(examples: [(kind: Intent.Kind, features: [String])], temperature: Double = IntentModel.temperature) {
        self.temperature = temperature
        let kinds = Intent.Kind.allCases.filter { kind in examples.contains { $0.kind == kind } }
        var counts: [String: [Double]] = [:]
        var totals = [Double](repeating: 0, count: kinds.count)
        for example in examples {
            guard let k = kinds.firstIndex(of: example.kind) else { continue }
            // Each feature once per example: a repeated word is not more evidence.
            for feature in Set(example.features) {
                counts[feature, default: [Double](repeating: 0, count: kinds.count)][k] += 1
                totals[k] += 1
            }
        }
        let vocabulary = Double(counts.count)
        let smoothing = IntentModel.smoothing
        self.kinds = kinds
        logUnseen = totals.map { log(smoothing / ($0 + smoothing * vocabulary)) }
        logLikelihood = counts.mapValues { row in
            row.enumerated().map { k, count in log((count + smoothing) / (totals[k] + smoothing * vocabulary)) }
        }
    }

    /// Words and Japanese character pairs: what "a word never seen" is counted in.
    /// Word pairs and character triples are too often new to say anything.
    static func canBeNew(_ feature: String) -> Bool {
        feature.hasPrefix("w:") || (feature.hasPrefix("j:") && feature.count == 4)
    }

    /// Additive smoothing: small, since most features are seen with few intents.
    static var smoothing: Double { Understanding.standard.setting(.modelSmoothing) }
    /// Naive Bayes multiplies evidence as if features were independent, which
    /// makes it far too sure; its log scores are divided by this before the
    /// softmax so that one model vote stays the size of one cue.
    static var temperature: Double { Understanding.standard.setting(.modelTemperature) }

    /// How many English words and Japanese character pairs of a question no
    /// example question has.
    func unseenWords(_ features: [String]) -> (english: Int, japanese: Int) {
        var english = 0
        var japanese = 0
        for feature in Set(features) where IntentModel.canBeNew(feature) && logLikelihood[feature] == nil {
            if feature.hasPrefix("w:") { english += 1 } else { japanese += 1 }
        }
        return (english, japanese)
    }

    /// The probability of each intent, uniform prior; empty without known features.
    func probabilities(_ features: [String]) -> [Intent.Kind: Double] {
        // Summed in sorted order: a Set's order differs from one instance to the
        // next, and a different order of additions can change the last bit of a
        // score, which is enough to read the same question two ways.
        let known = Set(features).sorted().compactMap { logLikelihood[$0] }
        guard !known.isEmpty else { return [:] }
        var scores = [Double](repeating: 0, count: kinds.count)
        for row in known {
            for k in scores.indices { scores[k] += row[k] - logUnseen[k] }
        }
        let top = scores.max() ?? 0
        let weights = scores.map { exp(($0 - top) / temperature) }
        let sum = weights.reduce(0, +)
        var result: [Intent.Kind: Double] = [:]
        for (k, kind) in kinds.enumerated() { result[kind] = weights[k] / sum }
        return result
    }
}

/// What the model looks at in a question: English word stems and word pairs,
/// Japanese character pairs and triples, with names, segment letters and
/// numbers standing in as placeholders so that "why is Acme in C?" and "why
/// is Globex in B?" teach the same thing.
enum IntentFeatures {
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
