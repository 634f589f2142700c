/// Scores every intent for a prepared question from the cue tables of an
/// `Understanding`: the weights of the phrases found plus the weights of what
/// the question names.
struct IntentScorer: Sendable {
    struct Scores: Sendable {
        /// Phrase weights only, per intent.
        var cues: [Intent.Kind: Double]
        /// Phrase and entity weights, per intent.
        var total: [Intent.Kind: Double]
        /// The topic phrases found, heaviest first (ties in table order).
        var topics: [(topic: String, weight: Double)]

        /// Intents by total score, best first; ties in declaration order.
        var ranked: [(kind: Intent.Kind, score: Double)] {
            var list: [(kind: Intent.Kind, score: Double, offset: Int)] = []
            for (offset, kind) in Intent.Kind.allCases.enumerated() {
                list.append((kind, total[kind] ?? 0, offset))
            }
            list.sort { a, b in a.score != b.score ? a.score > b.score : a.offset < b.offset }
            return list.map { (kind: $0.kind, score: $0.score) }
        }
    }

    private let cues: PhraseMatcher<(kind: Intent.Kind, weight: Double)>
    private let topicCues: PhraseMatcher<(order: Int, topic: String, weight: Double, length: Int)>
    /// How much the best topic phrase adds to the method intent.
    private let topicShare: Double
    /// How much each phrase beyond an intent's strongest adds.
    private let furtherShare: Double
    private let entityWeights: [(kind: Intent.Kind, feature: Understanding.Feature, weight: Double)]

    init(understanding: Understanding) {
        topicShare = understanding.setting(.topicShare)
        furtherShare = understanding.setting(.furtherShare)
        entityWeights = understanding.entityWeights
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

    func score(_ question: PreparedQuestion, customers: Int, segments: Int, unknownName: Bool = false) -> Scores {
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

        var features: Set<Understanding.Feature> = []
        switch customers {
        case 0: features.insert(.noCustomer)
        case 1: features.insert(.oneCustomer)
        default: features.insert(.twoCustomers)
        }
        features.insert(segments > 0 ? .segment : .noSegment)
        if unknownName && customers == 0 { features.insert(.unknownName) }
        var total = cueScores
        for entry in entityWeights where features.contains(entry.feature) {
            total[entry.kind, default: 0] += entry.weight
        }
        return Scores(cues: cueScores, total: total, topics: topics)
    }
}
