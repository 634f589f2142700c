/// A session's classifications, numbered as they are made, each whole
/// book's linked to the one it was made from with the rows that changed
/// (`ClassifiedBook.changes`): whatever was made from an earlier one (the
/// planner's candidates, the assistant's order) learns which rows to update.
///
/// ```swift
/// var revisions = ClassificationRevisions()
/// let first = revisions.record(base: nil, changes: nil)
/// let second = revisions.record(base: first, changes: changed)
/// revisions.changes(from: first, to: second)  // changed
/// ```
public struct ClassificationRevisions: Sendable {
    private var links: [(revision: Int, base: Int, changes: ClassificationChanges)] = []
    /// The number given last.
    public private(set) var latest = 0
    /// How many links are kept: older numbers are simply not known any more.
    static let kept = 16

    public init() {}

    /// Numbers a new classification: made from the one numbered `base` with
    /// `changes`, or (either nil) from nothing known.
    public mutating func record(base: Int?, changes: ClassificationChanges?) -> Int {
        latest += 1
        if let base, let changes {
            links.append((latest, base, changes))
            if links.count > ClassificationRevisions.kept { links.removeFirst() }
        }
        return latest
    }

    /// The rows where the classification numbered `to` differs from the one
    /// numbered `from`; nil when that is not known (no unbroken chain of links).
    public func changes(from: Int, to: Int) -> ClassificationChanges? {
        var steps: [ClassificationChanges] = []
        var current = to
        while current != from {
            guard current > from, let link = links.last(where: { $0.revision == current }) else { return nil }
            steps.append(link.changes)
            current = link.base
        }
        // One step is its own changes: each lists its rows once, in order.
        if steps.count == 1 { return steps[0] }
        return steps.reversed().reduce(ClassificationChanges(edited: [], rescored: [])) { $0.then($1) }
    }

    /// Forgets every link: nothing made before is updated any more, only made again.
    public mutating func forget() { links.removeAll() }
}
