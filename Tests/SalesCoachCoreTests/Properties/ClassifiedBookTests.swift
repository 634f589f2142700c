import Testing

@testable import SalesCoachCore

/// `Classifier.classifyKeeping(_:reusing:)` takes the axis scores a change
/// did not move from the classification before it. These hold it to a full
/// classification of the changed book, field by field and move by move, over
/// runs of random edits on random books.
@Suite("Classifying a changed book again")
struct ClassifiedBookTests {
    static let seeds = Array(UInt64(0)..<80)

    /// One random change to a book, as a session makes them.
    static func edit(_ customers: inout [Customer], random: inout RandomBook) {
        guard !customers.isEmpty else { return }
        let row = random.int(0...(customers.count - 1))
        let metric = Metric.allCases[random.int(0...(Metric.allCases.count - 1))]
        switch random.int(0...9) {
        case 0: customers[row].metrics[metric] = nil
        case 1: customers[row].metrics[metric] = .nan
        case 2: customers.remove(at: row)
        case 3: customers.append(Customer(name: "New\(customers.count)", metrics: customers[row].metrics))
        case 4:
            // Another customer's value: a tie made or broken.
            let other = random.int(0...(customers.count - 1))
            customers[row].metrics[metric] = customers[other].metrics[metric] ?? random.value(for: metric)
        case 5: customers[row].rep = ["Sato", "Ann Lee", nil].randomElement(using: &random.generator) ?? nil
        default: customers[row].metrics[metric] = random.value(for: metric)
        }
    }

    @Test("after each of a run of edits, the classifications equal the changed book's classified whole", arguments: seeds)
    func editsMatchFullClassification(seed: UInt64) {
        var random = RandomBook(seed: seed &+ 7_000)
        let config = random.config(mode: seed % 4 == 0 ? .absolute : .relative)
        var customers = random.customers()
        let classifier = Classifier(config: config)
        var kept = classifier.classifyKeeping(customers, reusing: nil)
        #expect(kept.classifications == classifier.classify(customers))
        for step in 0..<12 {
            ClassifiedBookTests.edit(&customers, random: &random)
            kept = classifier.classifyKeeping(customers, reusing: kept)
            #expect(kept.classifications == classifier.classify(customers), "seed \(seed) step \(step)")
        }
    }

    @Test("a book large enough to be classified on both cores matches too, and a changed value is classified by reuse")
    func largeBookMatches() throws {
        var random = RandomBook(seed: 99)
        let classifier = Classifier(config: .standard)
        var customers = random.customers(count: 2_500)
        var kept = classifier.classifyKeeping(customers, reusing: nil)
        for step in 0..<6 {
            let before = try #require(kept.classifier)
            let row = random.int(0...(customers.count - 1))
            customers[row].metrics[.orders] = customers[(row + 1) % customers.count].metrics[.orders] ?? 5
            kept = classifier.classifyKeeping(customers, reusing: kept)
            #expect(kept.classifications == classifier.classify(customers), "step \(step)")
            // As many values in each column as before: the earlier scores were reusable.
            let after = try #require(kept.classifier)
            let samePopulations = Metric.allCases.allSatisfy { before.columns[$0.index]?.count == after.columns[$0.index]?.count }
            #expect(after.ranksAlike(before) == samePopulations)
        }
    }

    @Test("a book classified under other settings is classified afresh", arguments: Array(seeds.prefix(20)))
    func otherSettingsStartAfresh(seed: UInt64) {
        var random = RandomBook(seed: seed &+ 9_000)
        let customers = random.customers()
        let first = Classifier(config: random.config())
        let second = Classifier(config: random.config())
        let kept = first.classifyKeeping(customers, reusing: nil)
        #expect(second.classifyKeeping(customers, reusing: kept).classifications == second.classify(customers))
    }
}
