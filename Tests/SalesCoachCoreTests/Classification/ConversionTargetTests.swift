import Testing

@testable import SalesCoachCore

/// "What would it take to move X to A?" for a B customer, in business the rep
/// can win: matching an A customer of about its standing, checked by ranking
/// the book again.
@Suite struct ConversionTargetTests {
    static let book = DemoBook.classifications

    @Test("for every B customer of the demo book with a target, raising its record to the neighbour's really makes it A")
    func targetsAreReal() throws {
        let bs = Self.book.filter { $0.segment == .b }
        var found = 0
        for b in bs {
            guard let target = ConversionTarget.find(for: b, in: Self.book, config: .standard) else { continue }
            found += 1
            #expect(target.neighbour.segment == .a)
            #expect(target.others.allSatisfy { $0.segment == .a && $0.name != target.neighbour.name })
            #expect(!target.gaps.isEmpty)
            #expect(target.gaps.allSatisfy { $0.metric.axis == .record && $0.more > 0 })
            // Independently: the book with the customer's record raised.
            let customers = Self.book.map { classification -> Customer in
                guard classification.name == b.name else { return classification.customer }
                var raised = classification.customer
                for gap in target.gaps { raised[gap.metric] = gap.needed }
                return raised
            }
            let after = Classifier().classify(customers).first { $0.name == b.name }
            #expect(after?.segment == .a, "\(b.name)")
        }
        #expect(found >= bs.count / 2, "targets found for \(found) of \(bs.count) B customers")
    }

    @Test("customers already high on the record axis, or low on the objective one, get no target")
    func onlyForB() {
        for c in Self.book where c.segment != .b {
            #expect(ConversionTarget.find(for: c, in: Self.book, config: .standard) == nil, "\(c.name)")
        }
    }

    @Test("the answer to 'what would it take to move X to A?' gives the business to win and the A neighbours, in both languages")
    func answer() throws {
        let b = try #require(Self.book.first { $0.segment == .b && ConversionTarget.find(for: $0, in: Self.book, config: .standard) != nil })
        let target = try #require(ConversionTarget.find(for: b, in: Self.book, config: .standard))
        let en = AssistantAnswerTests.ask("what would it take to move \(b.name) to A?")
        #expect(en.lines.contains { $0.hasPrefix("  In business you can win: ") && $0.contains(target.neighbour.name) && $0.contains("more") })
        #expect(en.lines.contains { $0.hasPrefix("  It would then sit beside \(target.neighbour.name)") })
        let ja = AssistantAnswerTests.ask("\(b.name)をAにするには？")
        #expect(ja.lines.contains { $0.hasPrefix("  取り引きで言えば：") && $0.contains("あと") && $0.contains(target.neighbour.name) })
    }
}
