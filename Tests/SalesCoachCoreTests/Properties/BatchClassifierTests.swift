import Testing

@testable import SalesCoachCore

/// `BatchClassifier` does the work in integers; `Classifier.classifyWithFractions`
/// is the rule as written, in exact fractions. These hold the two to the same answers on random books
/// (ties, -0 beside 0, missing cells, NaN, weights, every cut and margin,
/// absolute thresholds), field by field and through the exported text.
@Suite("Batch classifier agrees with the classifier")
struct BatchClassifierTests {
    static let seeds = Array(UInt64(0)..<120)

    @Test("every verdict equals the classifier's: segment, exact score, borderline and nearest move", arguments: seeds)
    func verdictsMatch(seed: UInt64) throws {
        var random = RandomBook(seed: seed)
        let config = random.config(mode: seed % 3 == 0 ? .absolute : .relative)
        let customers = random.customers()
        let batch = try #require(BatchClassifier(customers: customers, config: config))
        let expected = Classifier(config: config).classifyWithFractions(customers)
        #expect(batch.count == customers.count)
        for (row, c) in expected.enumerated() {
            let verdict = batch.verdict(row: row)
            #expect(verdict.segment == c.segment, "row \(row)")
            #expect(verdict.isBorderline == c.isBorderline, "row \(row)")
            #expect(verdict.nearestMove == c.nearestMove, "row \(row)")
            for axis in Axis.allCases {
                let level = verdict.level(on: axis)
                let score = c.score(on: axis)
                #expect((level == nil) == (score == nil), "row \(row) \(axis)")
                if let level, let score {
                    #expect(Rational(level.numerator, level.denominator) == score.score, "row \(row) \(axis)")
                    #expect(level.isHigh == score.isHigh)
                }
            }
        }
    }

    @Test("the classifier in integers gives the very classifications the rule in fractions gives", arguments: seeds)
    func integersEqualFractions(seed: UInt64) {
        var random = RandomBook(seed: seed &+ 1_000)
        let config = random.config(mode: seed % 3 == 0 ? .absolute : .relative)
        let customers = random.customers()
        let classifier = Classifier(config: config)
        #expect(classifier.classify(customers) == classifier.classifyWithFractions(customers))
    }

    @Test("the streamed CSV and JSON equal the exports of the classifier's results, whole book and per rep", arguments: Array(seeds.prefix(40)))
    func streamedTextMatches(seed: UInt64) {
        var random = RandomBook(seed: seed)
        let config = random.config(mode: seed % 4 == 0 ? .absolute : .relative)
        let reps = ["Sato", "SATO", "Ann Lee", nil, "佐藤"]
        let customers = random.customers().enumerated().map { index, customer in
            var customer = customer
            customer.rep = reps[index % reps.count]
            return customer
        }
        let classifier = Classifier(config: config)
        for perRep in [false, true] {
            let rows = BatchClassifierTests.rowsInFractions(customers, classifier: classifier, perRep: perRep)
            for format in [ClassificationStream.Format.csv, .json] {
                var streamed: [UInt8] = []
                ClassificationStream.write(customers, config: config, perRep: perRep, format: format) {
                    streamed += $0
                    return true
                }
                let expected =
                    format == .csv
                    ? ClassificationExport.csv(rows, perRep: perRep) : ClassificationExport.json(rows, perRep: perRep)
                #expect(String(decoding: streamed, as: UTF8.self) == expected, "perRep \(perRep) \(format)")
            }
        }
    }

    /// The export's rows as the rule in exact fractions gives them, one book or one per rep.
    static func rowsInFractions(_ customers: [Customer], classifier: Classifier, perRep: Bool) -> [ClassificationExport.Row] {
        guard perRep else {
            return classifier.classifyWithFractions(customers).map { ClassificationExport.Row(rep: nil, classification: $0) }
        }
        return Classifier.repGroups(customers).flatMap { group in
            classifier.classifyWithFractions(group.rows.map { customers[$0] }).map {
                ClassificationExport.Row(rep: group.rep, classification: $0)
            }
        }
    }

    @Test("a book large enough to be classified on both cores gives each customer the classification it gets alone, in order")
    func bothCoresKeepTheOrder() throws {
        var random = RandomBook(seed: 7)
        let customers = random.customers(count: 3_001)
        let batch = try #require(BatchClassifier(customers: customers, config: .standard))
        let classified = Classifier(config: .standard).classify(customers)
        #expect(classified.map(\.name) == customers.map(\.name))
        #expect(classified == customers.indices.map { batch.classification(of: customers[$0], row: $0) })
        #expect([Int].parallelMap(count: 2_501, minimumPerThread: 10) { $0 * 3 } == (0..<2_501).map { $0 * 3 })
    }

    @Test("a book's keys are its names' keys, in the customers' order")
    func bookKeysInOrder() throws {
        let book = try Book(["Acme", "ＡＣＭＥ Two", "田中商事", "  Beta  "].map { Customer(name: $0) })
        #expect(book.keys == book.customers.map { Book.key($0.name) })
    }

    @Test("a book larger than one block streams in order and stops when the writer refuses")
    func blocksInOrder() {
        var random = RandomBook(seed: 99)
        let customers = random.customers(count: ClassificationStream.blockRows * 2 + 7)
        var chunks = 0
        var text: [UInt8] = []
        ClassificationStream.write(customers, config: .standard, perRep: false, format: .csv) {
            chunks += 1
            text += $0
            return true
        }
        let lines = String(decoding: text, as: UTF8.self).split(separator: "\n")
        #expect(lines.count == customers.count + 1)
        #expect(lines.dropFirst().map { String($0.prefix { $0 != "," }) } == customers.map(\.name))
        var calls = 0
        ClassificationStream.write(customers, config: .standard, perRep: false, format: .csv) { _ in
            calls += 1
            return calls < 2
        }
        #expect(calls == 2)
        #expect(chunks > 2)
    }

    @Test("scores are printed to six decimals and never rounded across the cut")
    func scoresNeverCrossTheCut() {
        // 49.9999996 rounds to 50.000000 but is low; 33.3333335 has a half beyond the sixth decimal.
        let cut = Rational(50)
        #expect(Formatting.score(Rational(499_999_996, 10_000_000), cut: cut, decimals: 6) == "49.999999")
        #expect(Formatting.score(Rational(499_999_996, 10_000_000), cut: cut) == "49.9")
        #expect(Formatting.score(Rational(50), cut: cut, decimals: 6) == "50.000000")
        #expect(Formatting.score(Rational(333_333_335, 10_000_000), cut: cut, decimals: 6) == "33.333334")
        #expect(Formatting.score(Rational(100, 3), cut: Rational(100, 3), decimals: 1) == "33.4")
        #expect(Formatting.score(Rational(333, 10), cut: Rational(100, 3), decimals: 1) == "33.3")
        #expect(Formatting.score(Rational(0), cut: cut, decimals: 6) == "0.000000")
    }
}
