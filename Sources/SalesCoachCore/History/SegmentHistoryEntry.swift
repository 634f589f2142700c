/// A row of the workspace's history: a customer's snapshot from `date` on,
/// until its next row.
public struct SegmentHistoryEntry: Sendable, Hashable {
    public var date: LocalDate
    public var snapshot: SegmentSnapshot
    /// False for the row that says the customer left the book on `date`.
    public var isPresent: Bool
    /// What made the change: a file's name, an edit, "undo", a setting.
    public var source: String?

    public init(date: LocalDate, snapshot: SegmentSnapshot, isPresent: Bool = true, source: String? = nil) {
        self.date = date
        self.snapshot = snapshot
        self.isPresent = isPresent
        self.source = source
    }

    /// The segment the customer held from `date` on; nil when it was out of
    /// the book or not classified.
    public var segment: Segment? { isPresent ? snapshot.segment : nil }
}
