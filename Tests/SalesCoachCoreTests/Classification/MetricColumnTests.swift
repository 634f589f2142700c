import Testing

@testable import SalesCoachCore

/// `MetricColumn` keeps its groups by rank so that a lookup is one read; these
/// tests hold it to the plain definition over distinct values: the first
/// group whose count below reaches a bound, found by walking the groups.
@Suite struct MetricColumnTests {
    /// The distinct values ascending, each with how many values lie below it and equal it.
    private static func groups(_ values: [Double]) -> [(value: Double, below: Int, equal: Int)] {
        var groups: [(value: Double, below: Int, equal: Int)] = []
        for value in values.filter({ !$0.isNaN }).sorted() {
            if let last = groups.last, last.value == value {
                groups[groups.count - 1].equal += 1
            } else {
                groups.append((value, (groups.last.map { $0.below + $0.equal }) ?? 0, 1))
            }
        }
        return groups
    }

    /// The smallest raise from group `i` whose rank sum reaches `t`, walking the groups.
    private static func raise(_ groups: [(value: Double, below: Int, equal: Int)], count: Int, from i: Int, reaching t: Int) -> Move.Target? {
        func bound(_ k: Int) -> Int { k < groups.count ? groups[k].below : count }
        guard let k = (i + 1...groups.count).first(where: { 2 * bound($0) >= t }) else { return nil }
        if k - 1 >= i + 1, bound(k - 1) + bound(k) >= t { return .reach(groups[k - 1].value) }
        return .exceed(groups[k - 1].value)
    }

    /// The smallest fall from group `i` whose rank sum drops below `t`, walking the groups.
    private static func lower(_ groups: [(value: Double, below: Int, equal: Int)], count: Int, from i: Int, below t: Int) -> Move.Target? {
        func bound(_ k: Int) -> Int { k < groups.count ? groups[k].below : count }
        guard let found = (0..<groups.count).last(where: { 2 * bound($0) + 2 < t }) else { return nil }
        let k = min(found, i)
        if k < i, bound(k) + bound(k + 1) + 2 < t { return .fallTo(groups[k].value) }
        return .fallBelow(groups[k].value)
    }

    @Test("every raise and fall found by rank matches the walk over distinct values", arguments: [1, 2, 5, 11])
    func lookupsMatchTheWalk(seed: Int) {
        var generator = SeededRandom(seed: UInt64(seed))
        // Few distinct values, so that ties, -0 beside 0 and rows without a value all come up.
        let pool: [Double] = [-3, -0.0, 0, 1, 1.5, 2, 7, .nan]
        let rows = (0..<40).map { _ in pool[Int.random(in: 0..<pool.count, using: &generator)] }
        let column = MetricColumn(values: rows)
        let groups = MetricColumnTests.groups(rows)
        let count = groups.reduce(0) { $0 + $1.equal }
        #expect(column.count == count)
        for row in rows.indices {
            guard let position = column.position(ofRow: row) else {
                #expect(rows[row].isNaN)
                continue
            }
            let i = groups.firstIndex { $0.value == rows[row] } ?? -1
            #expect(column.rankSum(at: position) == 2 * groups[i].below + groups[i].equal + 1)
            let place = column.placeOfRow[row]
            for t in -2...(2 * count + 3) {
                let raise = MetricColumnTests.raise(groups, count: count, from: i, reaching: t)
                let lower = MetricColumnTests.lower(groups, count: count, from: i, below: t)
                #expect(column.raise(from: position, reachingRank: Int128(t)) == raise, "row \(row), t \(t)")
                #expect(column.raise(from: place, reachingRank: Int128(t)) == raise, "row \(row), t \(t)")
                #expect(column.lower(from: position, belowRank: Int128(t)) == lower, "row \(row), t \(t)")
                #expect(column.lower(from: place, belowRank: Int128(t)) == lower, "row \(row), t \(t)")
            }
        }
    }

    @Test("a column of one value raises past it and falls below it")
    func oneValue() {
        let column = MetricColumn(values: [5, 5, .nan])
        let place = column.placeOfRow[0]
        // Two tied values: rank sum 2·0 + 2 + 1 = 3 of 2n = 4.
        #expect(place.rankSum == 3)
        #expect(column.raise(from: place, reachingRank: 4) == .exceed(5))
        #expect(column.raise(from: place, reachingRank: 5) == nil)
        #expect(column.lower(from: place, belowRank: 3) == .fallBelow(5))
        #expect(column.lower(from: place, belowRank: 2) == nil)
    }
}
