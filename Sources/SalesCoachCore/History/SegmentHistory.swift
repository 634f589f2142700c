/// Every customer's segments over time, read from the workspace's history
/// rows, answering "who moved, when, and did the visits in B pay off?".
///
/// Rows are kept only when something changed, so a customer's segment on a
/// day is the one of its latest row on or before that day.
public struct SegmentHistory: Sendable {
    /// All rows, oldest first (by date, then in the order they were kept).
    public let entries: [SegmentHistoryEntry]
    private let byKey: [String: [SegmentHistoryEntry]]

    public init(_ entries: [SegmentHistoryEntry]) {
        // A stable sort: rows of one day keep the order they were written in.
        let sorted = entries.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
        self.entries = sorted
        byKey = Dictionary(grouping: sorted, by: \.snapshot.key)
    }

    public var isEmpty: Bool { entries.isEmpty }
    /// The day the history starts: its first snapshot.
    public var firstDate: LocalDate? { entries.first?.date }
    public var lastDate: LocalDate? { entries.last?.date }

    /// One customer's rows, oldest first.
    public func timeline(of name: String) -> [SegmentHistoryEntry] { byKey[Book.key(name)] ?? [] }

    /// One customer's rows by its `Book.key`.
    public func timeline(ofKey key: String) -> [SegmentHistoryEntry] { byKey[key] ?? [] }

    /// Every customer the history has seen, by key.
    public var keys: Dictionary<String, [SegmentHistoryEntry]>.Keys { byKey.keys }

    /// The row in force for a customer on `date`: its latest on or before it.
    public func entry(of name: String, on date: LocalDate) -> SegmentHistoryEntry? {
        timeline(of: name).last { $0.date <= date }
    }

    /// The segment a customer held on `date`; nil when unknown, out of the book or unclassified.
    public func segment(of name: String, on date: LocalDate) -> Segment? { entry(of: name, on: date)?.segment }

    /// The customers whose segment on `until` differs from the one they held
    /// just before `since`, in the method's order: B→A first, then other
    /// gains to A, losses from A, and the rest; newest first within each.
    ///
    /// A period that starts before the history does is read from the first
    /// snapshot: a customer's first row then is where it started. A customer
    /// that joined the book later, or left it, has not moved.
    public func moves(since: LocalDate, until: LocalDate) -> [SegmentMove] {
        guard let first = firstDate else { return [] }
        let start = max(since, first)
        var moves: [SegmentMove] = []
        for (key, rows) in byKey {
            let before = start == first
                ? rows.last { $0.date <= first }
                : rows.last { $0.date < start }
            guard let startRow = before, let from = startRow.segment,
                let endRow = rows.last(where: { $0.date <= until }), let to = endRow.segment, from != to
            else { continue }
            // The day it reached its final segment: the first row of the last
            // run of it, whose scores are the ones it moved with.
            var changedRow = endRow
            for row in rows.reversed() where row.date <= until {
                guard row.segment == to else { break }
                changedRow = row
            }
            let changed = changedRow.date
            let snapshot = changedRow.snapshot
            moves.append(SegmentMove(
                key: key, name: snapshot.name, rep: snapshot.rep, from: from, to: to, date: changed,
                objective: snapshot.objective, record: snapshot.record))
        }
        return moves.sorted { ($0.kind, $1.date, $0.name) < ($1.kind, $0.date, $1.name) }
    }

    /// How many customers held each segment on `date` (their latest row on or
    /// before it; customers out of the book or unclassified are not counted).
    public func counts(on date: LocalDate) -> [Segment: Int] {
        var counts: [Segment: Int] = [:]
        for rows in byKey.values {
            if let segment = rows.last(where: { $0.date <= date })?.segment { counts[segment, default: 0] += 1 }
        }
        return counts
    }

    /// The visits logged to a customer during its last stay in B before
    /// `move` (from the day it entered B, however long before the period
    /// asked about), up to the day of the move. Visits before the history
    /// starts cannot be placed and are not counted.
    public func visitsInB(before move: SegmentMove, visitLog: [VisitRecord]) -> Int {
        var runStart: LocalDate?
        var previous: Segment?
        for row in timeline(ofKey: move.key) where row.date < move.date {
            if row.segment == .b, previous != .b { runStart = row.date }
            if row.segment != .b { runStart = nil }
            previous = row.segment
        }
        guard let start = runStart else { return 0 }
        return visitLog.filter { $0.date >= start && $0.date < move.date && Book.key($0.customerName) == move.key }.count
    }

    /// How many customers made the move `from`→`to` in each month, oldest
    /// month first, ending with the month of `until`: a row of bars a manager
    /// reads at a glance. A customer counts once per change of segment.
    /// - Parameter scope: the customers counted (by `Book.key`); nil for all.
    public func monthlyMoves(
        from: Segment, to: Segment, months: Int, until: LocalDate, scope: Set<String>? = nil
    ) -> [(month: LocalDate, count: Int)] {
        let last = until.startOfMonth
        let firstMonth = last.addingMonths(-(max(1, months) - 1))
        var counts: [LocalDate: Int] = [:]
        for (key, rows) in byKey where scope?.contains(key) ?? true {
            for (previous, row) in zip(rows, rows.dropFirst())
            where previous.segment == from && row.segment == to && row.date >= firstMonth && row.date <= until {
                counts[row.date.startOfMonth, default: 0] += 1
            }
        }
        return (0..<max(1, months)).map { offset in
            let month = firstMonth.addingMonths(offset)
            return (month, counts[month] ?? 0)
        }
    }
}
