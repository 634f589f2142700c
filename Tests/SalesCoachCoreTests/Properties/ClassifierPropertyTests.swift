import Testing

@testable import SalesCoachCore

/// Laws of the classification rule, checked on random books (ties, missing
/// values, NaN and infinities, -0, random weights and cuts), many seeds each.
@Suite struct ClassifierPropertyTests {
    static let seeds: [UInt64] = Array(1...60)

    @Test("metric and axis scores equal a slow reference computation, exactly", arguments: seeds)
    func scoresMatchTheReference(seed: UInt64) {
        var random = RandomBook(seed: seed)
        let customers = random.customers()
        let config = random.config(mode: seed % 5 == 0 ? .absolute : .relative)
        let results = Classifier(config: config).classify(customers)
        #expect(results.map(\.name) == customers.map(\.name))
        for (customer, result) in zip(customers, results) {
            for axis in Axis.allCases {
                let expected = ReferenceScores.axisScore(axis, of: customer, in: customers, config: config)
                let actual = result.score(on: axis)
                #expect(actual?.score == expected, "\(customer.name) \(axis)")
                guard let actual, let expected else { continue }
                #expect(actual.isHigh == (expected >= config.cut))
                let distance = expected < config.cut ? config.cut - expected : expected - config.cut
                #expect(actual.isBorderline == (distance <= config.borderlineMargin))
                let scored = axis.metrics.filter {
                    ReferenceScores.metricScore($0, of: customer, in: customers, config: config) != nil
                }
                #expect(actual.metrics.map(\.metric) == scored)
                #expect(actual.missing == axis.metrics.filter { config.uses($0) && !scored.contains($0) })
                for part in actual.metrics {
                    #expect(part.score == ReferenceScores.metricScore(part.metric, of: customer, in: customers, config: config))
                    #expect(part.pull == (part.score >= config.cut ? .up : .down))
                    if config.mode == .relative {
                        #expect(part.population == ReferenceScores.column(part.metric, in: customers, config: config).count)
                    }
                }
            }
        }
    }

    @Test("each customer is in exactly one segment, or unclassified exactly when an axis has no value", arguments: seeds)
    func oneSegmentEach(seed: UInt64) {
        var random = RandomBook(seed: seed)
        let customers = random.customers()
        let config = random.config()
        let results = Classifier(config: config).classify(customers)
        for result in results {
            let missing = Axis.allCases.filter { axis in
                !axis.metrics.contains { config.uses($0) && (result.customer[$0]?.isFinite ?? false) }
            }
            #expect(result.missingAxes == missing, "\(result.name)")
            #expect((result.segment == nil) == !missing.isEmpty)
            if let segment = result.segment, let objective = result.objective, let record = result.record {
                #expect(segment.objectiveHigh == (objective.score >= config.cut))
                #expect(segment.recordHigh == (record.score >= config.cut))
            }
        }
        // What the summary and the assistant show partitions the book.
        let summary = SegmentSummary(results)
        #expect(summary.rows.map(\.count).reduce(0, +) + summary.unclassified == customers.count)
        for row in summary.rows { #expect(row.count == results.filter { $0.segment == row.segment }.count) }
        let data = AssistantData(classifications: results, today: LocalDate(year: 2026, month: 11, day: 30)!)
        let listed = Segment.allCases.flatMap { segment in data.members(of: segment).map(\.name) }
        #expect(listed.sorted() == results.filter { $0.segment != nil }.map(\.name).sorted())
        for segment in Segment.allCases {
            #expect(data.members(of: segment).allSatisfy { $0.segment == segment })
        }
    }

    @Test("the result does not depend on the order of the rows", arguments: seeds)
    func rowOrderDoesNotMatter(seed: UInt64) {
        var random = RandomBook(seed: seed)
        let customers = random.customers()
        let config = random.config(mode: seed % 4 == 0 ? .absolute : .relative)
        let classifier = Classifier(config: config)
        let original = Dictionary(uniqueKeysWithValues: classifier.classify(customers).map { ($0.name, $0) })
        for _ in 0..<3 {
            let shuffled = customers.shuffled(using: &random.generator)
            let results = classifier.classify(shuffled)
            #expect(results.map(\.name) == shuffled.map(\.name))
            for result in results {
                #expect(result == original[result.name], "\(result.name)")
            }
        }
    }

    @Test("raising a metric never lowers its axis score, nor raises anyone else's score on it", arguments: seeds)
    func raisingNeverLowers(seed: UInt64) throws {
        var random = RandomBook(seed: seed)
        let customers = random.customers(count: random.int(2...40))
        let config = random.config()
        let classifier = Classifier(config: config)
        let before = classifier.classify(customers)
        for _ in 0..<8 {
            let index = random.int(0...(customers.count - 1))
            let metric = Metric.allCases[random.int(0...5)]
            guard config.uses(metric), let value = customers[index][metric], value.isFinite else { continue }
            let others = customers.compactMap { $0[metric] }.filter { $0.isFinite && $0 > value }
            let candidates: [Double] = [
                value.nextUp, value + 1, abs(value) * 2 + 1,
                others.randomElement(using: &random.generator) ?? value + 0.25, (others.max() ?? value) + 1,
            ]
            let raised = candidates.randomElement(using: &random.generator) ?? value + 1
            var changed = customers
            changed[index][metric] = raised
            let after = classifier.classify(changed)
            let axis = metric.axis
            let old = try #require(before[index].score(on: axis)?.score)
            let new = try #require(after[index].score(on: axis)?.score)
            #expect(new >= old, "\(customers[index].name) \(metric) \(value) → \(raised)")
            if before[index].score(on: axis)?.isHigh == true { #expect(after[index].score(on: axis)?.isHigh == true) }
            let otherAxis: Axis = axis == .objective ? .record : .objective
            #expect(after[index].score(on: otherAxis) == before[index].score(on: otherAxis))
            for other in customers.indices where other != index {
                let oldScore = before[other].score(on: axis)?.metrics.first { $0.metric == metric }?.score
                let newScore = after[other].score(on: axis)?.metrics.first { $0.metric == metric }?.score
                if let oldScore, let newScore { #expect(newScore <= oldScore, "\(customers[other].name)") }
            }
        }
    }

    @Test("scaling a metric by a positive factor changes nothing in relative mode", arguments: seeds)
    func scalingChangesNothing(seed: UInt64) {
        var random = RandomBook(seed: seed)
        let customers = random.customers()
        let config = random.config()
        let classifier = Classifier(config: config)
        let before = classifier.classify(customers)
        let metric = Metric.allCases[random.int(0...5)]
        let factors: [Double] = [0.001, 0.25, 3, 7.3, 1_000, 1e6]
        let factor = factors.randomElement(using: &random.generator) ?? 3
        let scaled = customers.map { customer in
            var customer = customer
            customer[metric] = customer[metric].map { $0 * factor }
            return customer
        }
        let after = classifier.classify(scaled)
        for (old, new) in zip(before, after) {
            #expect(new.segment == old.segment, "\(old.name) \(metric) × \(factor)")
            #expect(new.objective?.score == old.objective?.score)
            #expect(new.record?.score == old.record?.score)
            #expect(new.isBorderline == old.isBorderline)
            for axis in Axis.allCases {
                #expect(new.score(on: axis)?.metrics.map(\.score) == old.score(on: axis)?.metrics.map(\.score))
            }
            // The same moves exist, to the same segments, with targets scaled
            // (their order may differ: nearness is measured relative to max(|value|, 1)).
            let key: (Move) -> String = { move in "\(move.metric) \(move.target.isRaise) \(move.from) \(move.to)" }
            #expect(new.moves.map(key).sorted() == old.moves.map(key).sorted())
            for move in old.moves {
                guard let twin = new.moves.first(where: { key($0) == key(move) }) else { continue }
                let expected = move.metric == metric ? move.target.value * factor : move.target.value
                #expect(twin.target.value == expected || abs(twin.target.value - expected) <= abs(expected) * 1e-12)
            }
        }
    }

    static let handMade: [(values: [Double], percent: [Double])] = [
        // All equal: each takes the mean position 2 of 3.
        ([1, 1, 1], [200.0 / 3, 200.0 / 3, 200.0 / 3]),
        ([3, 1, 2], [100, 100.0 / 3, 200.0 / 3]),
        // -0 ties with 0; the pairs take positions 1-2 and 3-4 of 5.
        ([2, 2, 5, -0.0, 0], [70, 70, 100, 30, 30]),
    ]

    @Test("a metric score is the reference percentile on hand-made ties and gaps", arguments: handMade)
    func handMadeColumns(values: [Double], percent: [Double]) {
        let customers: [Customer] = values.enumerated().map { index, value in
            Customer(name: "C\(index)", metrics: MetricValues([.sales: value]))
        }
        let scores: [Rational?] = Classifier().classify(customers).map { $0.record?.score }
        #expect(scores.map { $0?.doubleValue } == percent.map { Optional($0) })
        for (customer, score) in zip(customers, scores) {
            #expect(score == ReferenceScores.percentile(of: customer[.sales] ?? .nan, among: values))
        }
    }
}
