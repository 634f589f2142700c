import Testing

@testable import SalesCoachCore

@Suite struct NearestMoveTests {
    @Test("a C customer's nearest move names the objective value it would need")
    func raiseToTheCut() {
        // employees ranks: 10 → 25, 20 → 50+... n = 4: 10 → 25, 20 → 50, 30 → 75, 40 → 100.
        let book = [
            customer("small", [.employees: 10, .sales: 100]),
            customer("s2", [.employees: 20, .sales: 1]),
            customer("s3", [.employees: 30, .sales: 2]),
            customer("s4", [.employees: 40, .sales: 3]),
        ]
        let results = Classifier().classify(book)
        #expect(results[0].segment == .c)
        let move = results[0].moves(toward: .a).first
        // Tying with 20 gives ranks 1.5 of 4 → 37.5; passing 20 gives rank 2 → 50.
        #expect(move?.metric == .employees)
        #expect(move?.target == .exceed(20))
        #expect(move?.to == .a)
    }

    @Test("an A customer's nearest move says how far a metric may fall before it drops")
    func fallFromTheCut() {
        let book = [
            customer("top", [.employees: 40, .sales: 100]),
            customer("s2", [.employees: 10, .sales: 1]),
            customer("s3", [.employees: 20, .sales: 2]),
            customer("s4", [.employees: 30, .sales: 3]),
        ]
        let results = Classifier().classify(book)
        #expect(results[0].segment == .a)
        let recordMove = results[0].moves.first { $0.axis == .record }
        // Between 1 and 2 it would still rank 2 of 4 (50, high); tying with 1
        // gives rank 1.5 of 4 (37.5), low.
        #expect(recordMove?.target == .fallTo(1))
        #expect(recordMove?.to == .b)
    }

    @Test("applying any move flips exactly the axis it names", arguments: [3, 7, 19, 40])
    func movesAreExact(seed: Int) {
        var generator = SeededRandom(seed: UInt64(seed))
        let book = (0..<30).map { i in
            customer("c\(i)", [
                .companyRevenue: Double(Int.random(in: 1...50, using: &generator)),
                .employees: Double(Int.random(in: 1...20, using: &generator)),
                .sales: Double(Int.random(in: 0...40, using: &generator)),
                .orders: Double(Int.random(in: 0...5, using: &generator)),
            ])
        }
        let classifier = Classifier()
        let results = classifier.classify(book)
        for (index, result) in results.enumerated() {
            for move in result.moves {
                var changed = book
                let value: Double
                switch move.target {
                case .reach(let v), .fallTo(let v): value = v
                case .exceed(let v): value = v + 0.5
                case .fallBelow(let v): value = v - 0.5
                }
                changed[index][move.metric] = value
                #expect(classifier.classify(changed)[index].segment == move.to, "\(result.name): \(move)")
                // One step short of the move leaves the segment as it was.
                if case .exceed(let v) = move.target {
                    changed[index][move.metric] = v
                    #expect(classifier.classify(changed)[index].segment == move.from, "\(result.name): \(move)")
                }
            }
        }
    }

    /// Every place a value could move to, nearest first: past or onto each
    /// other value above it (or under each below it), as the search sees them.
    static func candidates(current: Double, column: [Double], raising: Bool) -> [(target: Move.Target, value: Double)] {
        let distinct = Array(Set(column + [current])).sorted()
        guard let i = distinct.firstIndex(of: current) else { return [] }
        var result: [(Move.Target, Double)] = []
        if raising {
            for k in (i + 1)..<distinct.count {
                result.append((.exceed(distinct[k - 1]), (distinct[k - 1] + distinct[k]) / 2))
                result.append((.reach(distinct[k]), distinct[k]))
            }
            result.append((.exceed(distinct[distinct.count - 1]), distinct[distinct.count - 1] + 1))
        } else {
            for k in stride(from: i, to: 0, by: -1) {
                result.append((.fallBelow(distinct[k]), (distinct[k - 1] + distinct[k]) / 2))
                result.append((.fallTo(distinct[k - 1]), distinct[k - 1]))
            }
            result.append((.fallBelow(distinct[0]), distinct[0] - 1))
        }
        return result
    }

    @Test("each move is the nearest one: a brute-force search over every other value finds the same", arguments: [1, 2, 5, 11, 23, 42])
    func movesAreNearest(seed: Int) {
        var generator = SeededRandom(seed: UInt64(seed))
        let metrics: [Metric] = [.companyRevenue, .employees, .growth, .orders, .sales, .profit]
        let book = (0..<14).map { i in
            var values: [Metric: Double] = [:]
            for metric in metrics where Int.random(in: 0..<6, using: &generator) > 0 {
                // Small ranges make ties; growth and profit may go negative.
                let low = metric.isNonNegative ? 0 : -5
                values[metric] = Double(Int.random(in: low...9, using: &generator))
            }
            return customer("c\(i)", values)
        }
        let config = ClassifierConfig(weights: [.sales: Rational(2)])
        let classifier = Classifier(config: config)
        let results = classifier.classify(book)
        for (index, result) in results.enumerated() {
            guard let segment = result.segment else { continue }
            for axisScore in [result.objective, result.record].compactMap({ $0 }) {
                for part in axisScore.metrics {
                    let column = book.compactMap { $0[part.metric] }.filter(\.isFinite)
                    var expected: Move.Target? = nil
                    for candidate in Self.candidates(current: part.value, column: column, raising: !axisScore.isHigh) {
                        var changed = book
                        changed[index][part.metric] = candidate.value
                        let again = classifier.classify(changed)[index]
                        let axisAgain = axisScore.axis == .objective ? again.objective : again.record
                        if axisAgain?.isHigh != axisScore.isHigh {
                            expected = candidate.target
                            break
                        }
                    }
                    if case .fallBelow(let floor)? = expected, floor <= 0, part.metric.isNonNegative { expected = nil }
                    let found = result.moves.first { $0.metric == part.metric }?.target
                    #expect(found == expected, "\(result.name) \(segment) \(part.metric) = \(part.value)")
                }
            }
        }
    }
}

@Suite struct RepFirstMoveTests {
    @Test("the nearest move leads with the rep's own lever: a record raise before any objective raise, even a smaller one", arguments: 0..<20)
    func recordRaiseLeads(seed: Int) {
        var random = SeededRandom(seed: UInt64(seed) &+ 4242)
        let book = (0..<40).map { i in
            customer("c\(i)", [
                .employees: Double(random.next() % 500), .companyRevenue: Double(random.next() % 9000),
                .orders: Double(random.next() % 30), .sales: Double(random.next() % 90_000),
            ])
        }
        var both = 0
        for c in Classifier().classify(book) {
            let raises = c.moves.filter(\.target.isRaise)
            guard let first = c.nearestMove else { continue }
            if raises.contains(where: { $0.axis == .record }) {
                #expect(first.axis == .record && first.target.isRaise, "\(c.name): \(first.metric)")
                if raises.contains(where: { $0.axis == .objective }) { both += 1 }
            } else if !raises.isEmpty {
                #expect(first.target.isRaise)
            }
        }
        #expect(both > 0, "the book has D customers with a raise on each axis")
    }
}
