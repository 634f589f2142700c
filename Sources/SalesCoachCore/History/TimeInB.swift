/// Whether the visits spent in B are paying off over a period: how many
/// visits went to customers while they were in B, and how many B customers
/// became A — the visited ones and the others.
///
/// A visit counts as "in B" by the customer's segment on the day of the
/// visit, read from the history, so a customer that became A after three
/// visits counts those three as time in B. Visits before the history starts
/// cannot be placed and are left out (and the answer says from when it counts).
public struct TimeInB: Sendable, Hashable {
    public var period: HistoryPeriod
    /// The first day counted: the later of the period's start and the history's.
    public var countedFrom: LocalDate
    /// Visits logged to customers while they were in B.
    public var visits: Int
    /// The B customers those visits went to, by name, most visits first.
    public var visited: [VisitedCustomer]
    /// B→A moves in the period by customers visited while in B.
    public var convertedAfterVisits: [SegmentMove]
    /// B→A moves in the period by customers not visited while in B.
    public var convertedWithoutVisits: [SegmentMove]
    /// How many customers are in B at the end of the period.
    public var stillInB: Int

    /// Nil when the history has nothing to say about the period (no snapshot yet).
    /// - Parameter scope: the customers counted (by `Book.key`); nil for all.
    public init?(history: SegmentHistory, visitLog: [VisitRecord], period: HistoryPeriod, scope: Set<String>? = nil) {
        let inScope = { (key: String) in scope?.contains(key) ?? true }
        guard let first = history.firstDate, first <= period.until else { return nil }
        self.period = period
        countedFrom = max(period.since, first)
        var perCustomer: [String: (name: String, visits: Int)] = [:]
        var total = 0
        for visit in visitLog where visit.date >= countedFrom && visit.date <= period.until {
            guard inScope(Book.key(visit.customerName)), history.segment(of: visit.customerName, on: visit.date) == .b else { continue }
            total += 1
            let key = Book.key(visit.customerName)
            perCustomer[key, default: (history.entry(of: visit.customerName, on: visit.date)?.snapshot.name ?? visit.customerName, 0)].visits += 1
        }
        visits = total
        visited = perCustomer.values.map { VisitedCustomer(name: $0.name, visits: $0.visits) }
            .sorted { ($1.visits, $0.name) < ($0.visits, $1.name) }
        let conversions = history.moves(since: period.since, until: period.until).filter { $0.kind == .conversion && inScope($0.key) }
        // Visited while in B: in the period, or during the stay in B that ended in the move.
        let visitedBefore = { (move: SegmentMove) in
            perCustomer[move.key] != nil || history.visitsInB(before: move, visitLog: visitLog) > 0
        }
        convertedAfterVisits = conversions.filter(visitedBefore)
        convertedWithoutVisits = conversions.filter { !visitedBefore($0) }
        stillInB = history.keys.filter { key in
            guard inScope(key) else { return false }
            return history.timeline(ofKey: key).last { $0.date <= period.until }?.segment == .b
        }.count
    }

    /// A B customer and the visits it had while in B.
    public struct VisitedCustomer: Sendable, Hashable {
        public var name: String
        public var visits: Int
    }

    /// Visits spent in B per B→A move among the visited, when there was one.
    public var visitsPerConversion: Double? {
        convertedAfterVisits.isEmpty ? nil : Double(visits) / Double(convertedAfterVisits.count)
    }
}
