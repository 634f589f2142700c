import Foundation

/// The one learnt scorer: a multinomial logistic regression over everything
/// the interpreter sees in a question — the cue tables' score per intent and
/// the best topic phrase, what the question names (customers, segments, an
/// unknown company), a one-word request, whether it is mostly unfamiliar
/// words, and its words, word pairs and Japanese character pairs and triples.
///
/// It is fitted from the labelled tune questions (knowledge/understanding/tune/)
/// when first needed, with stochastic gradient descent in the files' order, so
/// the same data always gives the same model. Adding labelled questions is how
/// it improves; the hand-written cues stay as features, and as the
/// explanation of a reading.
struct IntentClassifier: Sendable {
    let kinds: [Intent.Kind] = Intent.Kind.allCases
    /// Feature name → row in `weights`.
    let index: [String: Int]
    /// Row-major: one row of `kinds.count` weights per feature.
    let weights: [Double]
    let bias: [Double]

    /// A question's features with their values.
    typealias Features = [(name: String, value: Double)]

    /// How the fit runs; fixed, so the model is deterministic.
    struct Fitting: Sendable {
        var epochs = 24
        var rate = 0.2
        var l2 = 0.0005
    }

    /// A model fitted before (read back by `init?(stored:fingerprint:)`).
    init(index: [String: Int], weights: [Double], bias: [Double]) {
        self.index = index
        self.weights = weights
        self.bias = bias
    }

    init(examples: [(kind: Intent.Kind, features: Features)], fitting: Fitting = Fitting()) {
        let classes = Intent.Kind.allCases
        var index: [String: Int] = [:]
        for example in examples {
            for feature in example.features where index[feature.name] == nil { index[feature.name] = index.count }
        }
        let width = classes.count
        var weights = [Double](repeating: 0, count: index.count * width)
        var bias = [Double](repeating: 0, count: width)
        let encoded: [(label: Int, rows: [(Int, Double)])] = examples.map { example in
            (classes.firstIndex(of: example.kind)!, example.features.compactMap { f in index[f.name].map { ($0, f.value) } })
        }
        var scores = [Double](repeating: 0, count: width)
        for epoch in 0..<fitting.epochs {
            let rate = fitting.rate / (1 + Double(epoch) * 0.25)
            for example in encoded {
                for k in 0..<width { scores[k] = bias[k] }
                for (row, value) in example.rows {
                    let base = row * width
                    for k in 0..<width { scores[k] += weights[base + k] * value }
                }
                IntentClassifier.softmax(&scores)
                for k in 0..<width {
                    let gradient = scores[k] - (k == example.label ? 1 : 0)
                    bias[k] -= rate * gradient
                    for (row, value) in example.rows {
                        let at = row * width + k
                        weights[at] -= rate * (gradient * value + fitting.l2 * weights[at])
                    }
                }
            }
        }
        self.index = index
        self.weights = weights
        self.bias = bias
    }

    /// The probability of each intent, in `kinds` order.
    func probabilities(_ features: Features) -> [Double] {
        var scores = bias
        let width = kinds.count
        for feature in features {
            guard let row = index[feature.name] else { continue }
            for k in 0..<width { scores[k] += weights[row * width + k] * feature.value }
        }
        IntentClassifier.softmax(&scores)
        return scores
    }

    /// Whether a feature was ever seen in the examples.
    func knows(_ name: String) -> Bool { index[name] != nil }

    private static func softmax(_ scores: inout [Double]) {
        let top = scores.max() ?? 0
        var sum = 0.0
        for k in scores.indices {
            scores[k] = exp(scores[k] - top)
            sum += scores[k]
        }
        for k in scores.indices { scores[k] /= sum }
    }
}
