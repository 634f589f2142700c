import Synchronization

/// The segment history, read on first use and then kept: most questions and
/// commands never need it, and reading a large book's history costs time.
public final class HistorySource: Sendable {
    private let load: @Sendable () -> SegmentHistory
    private let cache = Mutex<SegmentHistory?>(nil)

    public init(_ load: @escaping @Sendable () -> SegmentHistory) {
        self.load = load
    }

    /// A source that already holds its history.
    public convenience init(_ history: SegmentHistory) {
        self.init { history }
    }

    public var history: SegmentHistory {
        if let cached = cache.withLock({ $0 }) { return cached }
        let loaded = load()
        cache.withLock { $0 = loaded }
        return loaded
    }
}
