/// The cue tables' view of a prepared question: per intent the weights of
/// the phrases found, and the knowledge topics its phrases point to. These are
/// features of the learnt scorer (`IntentClassifier`), which fills in each
/// intent's probability, and the explanation of a reading.
struct IntentScorer: Sendable {
    struct Scores: Sendable {
        /// Phrase weights, per intent.
        var cues: [Intent.Kind: Double]
        /// The learnt scorer's probability of each intent.
        var probability: [Intent.Kind: Double] = [:]
        /// The topic phrases found, heaviest first (ties in table order).
        var topics: [(topic: String, weight: Double)]

        /// Intents by probability, best first; ties in declaration order.
        var ranked: [(kind: Intent.Kind, probability: Double)] {
            var list: [(kind: Intent.Kind, probability: Double, offset: Int)] = []
            for (offset, kind) in Intent.Kind.allCases.enumerated() {
                list.append((kind, probability[kind] ?? 0, offset))
            }
            list.sort { a, b in a.probability != b.probability ? a.probability > b.probability : a.offset < b.offset }
            return list.map { (kind: $0.kind, probability: $0.probability) }
        }
    }

    private let cues: PhraseMatcher<(kind: Intent.Kind, weight: Double)>
    private let topicCues: PhraseMatcher<(order: Int, topic: String, weight: Double, length: Int)>
    /// How much the best topic phrase adds to the method intent.
    private let topicShare: Double
    /// How much each phrase beyond an intent's strongest adds.
    private let furtherShare: Double

    init(understanding: Understanding) {
        topicShare = understanding.setting(.topicShare)
        furtherShare = understanding.setting(.furtherShare)
        var intentEntries: [(phrase: String, payload: (kind: Intent.Kind, weight: Double))] = []
        for group in understanding.intentCues {
            for phrase in group.phrases { intentEntries.append((phrase, (group.kind, group.weight))) }
        }
        cues = PhraseMatcher(intentEntries)
        var topicEntries: [(phrase: String, payload: (order: Int, topic: String, weight: Double, length: Int))] = []
        for (order, group) in understanding.topicCues.enumerated() {
            for phrase in group.phrases { topicEntries.append((phrase, (order, group.topic, group.weight, phrase.count))) }
        }
        topicCues = PhraseMatcher(topicEntries)
    }

    func score(_ question: PreparedQuestion) -> Scores {
        // The strongest phrase counts fully, further ones a little: phrases
        // overlap ("plan my week", "week"), and a pile of weak cues should not
        // outvote one specific phrase. Negative weights always count fully.
        var positives: [Intent.Kind: [Double]] = [:]
        var cueScores: [Intent.Kind: Double] = [:]
        for found in cues.matches(in: question) {
            if found.weight > 0 {
                positives[found.kind, default: []].append(found.weight)
            } else {
                cueScores[found.kind, default: 0] += found.weight
            }
        }
        for (kind, weights) in positives {
            let strongest = weights.max() ?? 0
            cueScores[kind, default: 0] += strongest + furtherShare * (weights.reduce(0, +) - strongest)
        }
        // Per topic its heaviest phrase; between topics the heavier, then the
        // longer phrase (more specific: "read a plan check" over "how do I plan").
        var topicBest: [String: (order: Int, weight: Double, length: Int)] = [:]
        for found in topicCues.matches(in: question) {
            if let known = topicBest[found.topic], (known.weight, known.length) >= (found.weight, found.length) { continue }
            topicBest[found.topic] = (found.order, found.weight, found.length)
        }
        var topicList: [(topic: String, order: Int, weight: Double, length: Int)] = topicBest.map {
            ($0.key, $0.value.order, $0.value.weight, $0.value.length)
        }
        topicList.sort { a, b in
            if a.weight != b.weight { return a.weight > b.weight }
            if a.length != b.length { return a.length > b.length }
            return a.order < b.order
        }
        let topics = topicList.map { (topic: $0.topic, weight: $0.weight) }
        if let best = topics.first { cueScores[.method, default: 0] += best.weight * topicShare }

        return Scores(cues: cueScores, topics: topics)
    }
}
