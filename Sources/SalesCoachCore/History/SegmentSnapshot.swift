/// One customer's place on the matrix as the workspace's history keeps it:
/// the segment and both axis scores on the day they were recorded.
///
/// The history exists to answer the method's real question — do the visits
/// spent in B turn B customers into A? — so it keeps what a later reader
/// needs to see a move (the segment) and how close it was (the scores).
public struct SegmentSnapshot: Sendable, Hashable {
    /// `Book.key` of the name: the same customer across renames of case or width.
    public var key: String
    public var name: String
    public var rep: String?
    /// Nil when the customer could not be classified (an axis had no data).
    public var segment: Segment?
    public var objective: Double?
    public var record: Double?

    public init(key: String, name: String, rep: String?, segment: Segment?, objective: Double?, record: Double?) {
        self.key = key
        self.name = name
        self.rep = rep
        self.segment = segment
        self.objective = objective
        self.record = record
    }

    public init(_ classification: Classification, key: String? = nil) {
        self.init(
            key: key ?? Book.key(classification.name), name: classification.name, rep: classification.customer.rep,
            segment: classification.segment, objective: classification.objective?.value,
            record: classification.record?.value)
    }

    /// How far a score must move before the history keeps a new row for a
    /// customer whose segment did not change. Scores are ranks within the
    /// book, so adding one customer nudges every score a little; keeping each
    /// nudge would store the whole book on every edit.
    public static let scoreStep = 2.0

    /// Whether this is worth a new row after `previous`: another segment, or
    /// a score that moved by `scoreStep` or more (or appeared, or went).
    public func differs(from previous: SegmentSnapshot) -> Bool {
        if segment != previous.segment || name != previous.name || rep != previous.rep { return true }
        return Self.moved(objective, previous.objective) || Self.moved(record, previous.record)
    }

    private static func moved(_ now: Double?, _ before: Double?) -> Bool {
        switch (now, before) {
        case (nil, nil): false
        case let (now?, before?): abs(now - before) >= scoreStep
        default: true
        }
    }

    /// The book's snapshot, ranked whole, as `list` and `summary` show it
    /// without a rep scope, so the history and the session never disagree
    /// about where a customer stood.
    /// - Parameter wholeBook: the book already classified whole, reused when
    ///   the caller has it at hand.
    public static func of(
        _ customers: [Customer], config: ClassifierConfig, wholeBook: [Classification]? = nil
    ) -> [SegmentSnapshot] {
        (wholeBook ?? Classifier(config: config).classify(customers)).map { SegmentSnapshot($0) }
    }

    /// The snapshot of `book`, with the keys the book already holds.
    public static func of(_ book: Book, config: ClassifierConfig, wholeBook: [Classification]? = nil) -> [SegmentSnapshot] {
        let classifications = wholeBook ?? Classifier(config: config).classify(book)
        let keys = book.keys
        // Each classification read in place: handing one over copied it
        // whole (customer, axes, moves), a retain of each of its parts.
        return classifications.withUnsafeBufferPointer { items in
            items.indices.map { i in
                SegmentSnapshot(
                    key: keys[i], name: items[i].customer.name, rep: items[i].customer.rep, segment: items[i].segment,
                    objective: items[i].objective?.value, record: items[i].record?.value)
            }
        }
    }
}
