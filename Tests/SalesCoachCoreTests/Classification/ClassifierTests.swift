import Testing

@testable import SalesCoachCore

/// A customer with only the metrics given, for hand-computed examples.
func customer(_ name: String, _ values: [Metric: Double], rep: String? = nil) -> Customer {
    Customer(name: name, metrics: MetricValues(values), rep: rep)
}

@Suite struct ClassifierTests {
    let classifier = Classifier()

    func result(_ name: String, in results: [Classification]) -> Classification {
        results.first { $0.name == name } ?? results[0]
    }

    @Test("percentile ranks follow the average-rank rule, ties sharing their mean rank")
    func tiesShareTheirMeanRank() {
        let book = [
            customer("a", [.sales: 10, .companyRevenue: 1]),
            customer("b", [.sales: 10, .companyRevenue: 1]),
            customer("c", [.sales: 20, .companyRevenue: 1]),
            customer("d", [.sales: 30, .companyRevenue: 1]),
        ]
        let results = classifier.classify(book)
        // 10 and 10 hold ranks 1 and 2: mean 1.5 of 4 = 37.5.
        #expect(results[0].record?.score == Rational(75, 2))
        #expect(results[1].record?.score == Rational(75, 2))
        #expect(results[2].record?.score == Rational(75))
        #expect(results[3].record?.score == Rational(100))
        // All revenues equal: mean rank 2.5 of 4 = 62.5 for everyone, so all high.
        #expect(results.allSatisfy { $0.objective?.score == Rational(125, 2) && $0.objective?.isHigh == true })
    }

    @Test("an axis mean that is exactly 50 counts as high, where doubles would say 49.999…")
    func exactFiftyIsHigh() {
        let book = [
            customer("low-rev-mid-staff", [.companyRevenue: 1, .employees: 20, .sales: 5]),
            customer("mid-rev-low-staff", [.companyRevenue: 2, .employees: 10, .sales: 6]),
            customer("high", [.companyRevenue: 3, .employees: 30, .sales: 7]),
        ]
        let results = classifier.classify(book)
        let first = results[0]
        // Revenue rank 1 of 3 → 100/3, employees rank 2 of 3 → 200/3: the mean is 50.
        #expect(first.objective?.metrics.map(\.score) == [Rational(100, 3), Rational(200, 3)])
        #expect(first.objective?.score == Rational(50))
        #expect(first.objective?.isHigh == true)
        #expect(first.segment == .b)
        #expect(results[1].objective?.score == Rational(50))
        #expect(results[1].segment == .a)
    }

    @Test("a missing value is skipped: the rank counts only customers that have it")
    func missingValuesAreSkipped() {
        let book = [
            customer("no-profit", [.employees: 5, .sales: 100]),
            customer("b", [.employees: 6, .sales: 50, .profit: 5]),
            customer("c", [.employees: 7, .sales: 10, .profit: 1]),
        ]
        let results = classifier.classify(book)
        let first = results[0]
        #expect(first.record?.metrics.map(\.metric) == [.sales])
        #expect(first.record?.missing == [.orders, .profit])
        #expect(first.record?.score == Rational(100))
        // profit ranks among two customers only: 5 → 2 of 2 = 100, 1 → 1 of 2 = 50.
        #expect(results[1].record?.metrics.last?.score == Rational(100))
        #expect(results[1].record?.metrics.last?.population == 2)
        #expect(results[2].record?.metrics.last?.score == Rational(50))
    }

    @Test("a customer with no value on an axis is unclassified and says which axis")
    func noValueOnAnAxisLeavesItUnclassified() {
        let results = classifier.classify([
            customer("objective only", [.employees: 10]),
            customer("full", [.employees: 20, .orders: 3]),
        ])
        #expect(results[0].segment == nil)
        #expect(results[0].missingAxes == [.record])
        #expect(results[0].moves.isEmpty)
        #expect(results[1].segment == .a)
    }

    @Test("a single customer ranks 100 on everything it has and lands in A")
    func singleCustomerIsA() {
        let results = classifier.classify([customer("only", [.employees: 3, .growth: -2, .sales: 1])])
        #expect(results[0].objective?.score == Rational(100))
        #expect(results[0].record?.score == Rational(100))
        #expect(results[0].segment == .a)
    }

    @Test("negative growth ranks below positive growth like any number")
    func negativeGrowthRanksLow() {
        let results = classifier.classify([
            customer("shrinking", [.growth: -12.5, .orders: 1]),
            customer("flat", [.growth: 0, .orders: 2]),
            customer("growing", [.growth: 8, .orders: 3]),
        ])
        #expect(results.map { $0.objective?.score } == [Rational(100, 3), Rational(200, 3), Rational(100)])
        #expect(results.map(\.segment) == [.d, .a, .a])
    }

    @Test("weights shift the axis mean toward the heavier metric")
    func weightsShiftTheMean() {
        let book = [
            customer("big sales, few orders", [.employees: 1, .sales: 100, .orders: 1]),
            customer("small sales, many orders", [.employees: 1, .sales: 1, .orders: 100]),
        ]
        let equal = classifier.classify(book)
        #expect(equal.map { $0.record?.score } == [Rational(75), Rational(75)])
        let weighted = Classifier(config: ClassifierConfig(weights: [.sales: Rational(3)])).classify(book)
        // (3 × 100 + 1 × 50) / 4 = 87.5 and (3 × 50 + 1 × 100) / 4 = 62.5.
        #expect(weighted.map { $0.record?.score } == [Rational(175, 2), Rational(125, 2)])
        let three = book + [customer("middling", [.employees: 1, .sales: 50, .orders: 0])]
        let salesOnly = Classifier(config: ClassifierConfig(weights: [.orders: .zero, .profit: .zero])).classify(three)
        // Sales alone: 100 ranks 3 of 3, 1 ranks 1 of 3 (33.3), 50 ranks 2 of 3.
        #expect(salesOnly.map { $0.record?.isHigh } == [true, false, true])
        #expect(salesOnly[0].record?.metrics.map(\.metric) == [.sales])
    }

    @Test("absolute mode grades each metric against its fixed threshold")
    func absoluteModeUsesThresholds() {
        let config = ClassifierConfig(mode: .absolute, thresholds: [.employees: 300, .sales: 1_000_000])
        let results = Classifier(config: config).classify([
            customer("big buyer", [.employees: 300, .sales: 2_000_000]),
            customer("big, new", [.employees: 5000, .sales: 10]),
            customer("small loyal", [.employees: 20, .sales: 1_000_000, .orders: 50]),
            customer("small new", [.employees: 20, .sales: 5]),
        ])
        #expect(results.map(\.segment) == [.a, .b, .c, .d])
        // orders has no threshold, so it takes no part.
        #expect(results[2].record?.metrics.map(\.metric) == [.sales])
        #expect(results[1].moves(toward: .a).first?.target == .reach(1_000_000))
        #expect(results[0].moves.contains { $0.target == .fallBelow(300) && $0.to == .c })
    }

    @Test("borderline flags axis scores within the margin of the cut")
    func borderlineWithinMargin() {
        // Sales ranks for 10 customers run 10, 20, …, 100.
        let book = (1...10).map { customer("c\($0)", [.employees: Double($0), .sales: Double($0)]) }
        let results = classifier.classify(book)
        // Only 50 lies within 5 points of the cut; a margin of 10 also takes 40 and 60.
        #expect(results.map { $0.record?.isBorderline } == [false, false, false, false, true, false, false, false, false, false])
        let wide = Classifier(config: ClassifierConfig(borderlineMargin: Rational(10))).classify(book)
        #expect(wide.filter { $0.record?.isBorderline == true }.map(\.name) == ["c4", "c5", "c6"])
    }

    @Test("classification does not depend on the order of the rows")
    func orderDoesNotMatter() {
        let book: [Customer] = (1...25).map { (i: Int) -> Customer in
            let values: [Metric: Double] = [
                .employees: Double(i * 7 % 11), .growth: Double(i % 5 - 2),
                .sales: Double(i * 13 % 17), .orders: Double(i % 4),
            ]
            return customer("c\(i)", values)
        }
        let forward = Dictionary(uniqueKeysWithValues: classifier.classify(book).map { ($0.name, $0.segment) })
        let backward = Dictionary(uniqueKeysWithValues: classifier.classify(book.reversed()).map { ($0.name, $0.segment) })
        #expect(forward == backward)
    }

    @Test("per-rep classification ranks each rep's customers as a book of their own")
    func perRepRanksSeparately() {
        let customers = [
            customer("x", [.employees: 10, .sales: 1], rep: "Aoki"),
            customer("y", [.employees: 20, .sales: 2], rep: "Aoki"),
            customer("w", [.employees: 30, .sales: 3], rep: "Aoki"),
            customer("z1", [.employees: 1000, .sales: 1000], rep: "Baba"),
            customer("z2", [.employees: 2000, .sales: 2000], rep: "Baba"),
            customer("z3", [.employees: 3000, .sales: 3000], rep: "Baba"),
        ]
        let groups = classifier.classifyPerRep(customers)
        #expect(groups.map(\.rep) == ["Aoki", "Baba"])
        // Among themselves Aoki's middle customer is A; ranked against Baba's
        // much larger accounts it would fall to D.
        #expect(groups[0].results.map(\.segment) == [.d, .a, .a])
        #expect(groups[1].results.map(\.segment) == [.d, .a, .a])
        #expect(classifier.classify(customers).map(\.segment) == [.d, .d, .a, .a, .a, .a])
    }
}
