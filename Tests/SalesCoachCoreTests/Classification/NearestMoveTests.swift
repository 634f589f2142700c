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
}
