import Testing

@testable import SalesCoachCore

/// A column updated from the one before a change (`MetricColumn.init(values:updating:from:)`)
/// must be the column the changed values sort into, entry by entry: every
/// score and move of a `set` is read from it.
@Suite struct MetricColumnUpdateTests {
    /// The column's contents, compared to the bit (a value's sign included).
    private static func contents(_ column: MetricColumn) -> [String] {
        column.groupAtRank.map { "g \($0.value.bitPattern) \($0.below) \($0.equal)" }
            + column.placeOfRow.map { "p \($0.below) \($0.rankSum)" } + ["n \(column.count)"]
    }

    /// A value from a small pool, so that ties are made and broken; now and then none.
    private static func value(_ random: inout SeededRandom) -> Double {
        let roll = Int.random(in: 0..<20, using: &random)
        if roll == 0 { return .nan }
        return [1, 2, 2.5, 3, 10, 10, 40, -7, 0, 1e9][roll % 10]
    }

    @Test("a run of changes to a few rows gives the column a full sort gives", arguments: Array(UInt64(0)..<60))
    func updatesMatchSort(seed: UInt64) throws {
        var random = SeededRandom(seed: seed &+ 31)
        let count = Int.random(in: 1...300, using: &random)
        var values = (0..<count).map { _ in MetricColumnUpdateTests.value(&random) }
        var column = MetricColumn(values: values)
        for step in 0..<10 {
            let before = values
            for _ in 0..<Int.random(in: 0...4, using: &random) {
                values[Int.random(in: 0..<count, using: &random)] = MetricColumnUpdateTests.value(&random)
            }
            let updated = try #require(MetricColumn(values: values, updating: column, from: before), "seed \(seed) step \(step)")
            #expect(MetricColumnUpdateTests.contents(updated) == MetricColumnUpdateTests.contents(MetricColumn(values: values)))
            column = updated
        }
    }

    @Test("a -0, many changes or other rows are left to the sort")
    func refusesWhatItCannotUpdate() {
        let values = (0..<200).map { Double($0 % 17) }
        let column = MetricColumn(values: values)
        var negativeZero = values
        negativeZero[3] = -0.0
        #expect(MetricColumn(values: negativeZero, updating: column, from: values) == nil)
        #expect(MetricColumn(values: values.map { $0 + 1 }, updating: column, from: values) == nil)
        #expect(MetricColumn(values: Array(values.dropLast()), updating: column, from: values) == nil)
    }
}
