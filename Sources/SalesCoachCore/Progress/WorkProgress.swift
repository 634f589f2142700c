import Synchronization

/// How far a long job has got. The work only reports into it (a lock taken
/// once per megabyte read or block written, nothing per row); whoever
/// shows progress reads it from another thread, so the core never draws.
public final class WorkProgress: Sendable {
    public enum Phase: Sendable, Hashable {
        /// Parsing a file: `done` and `total` are bytes.
        case reading
        /// Ranking every metric: no count, it ends when writing starts.
        case ranking
        /// Writing results: `done` and `total` are rows.
        case writing
        /// Rows coming back from a database server: `done` counts them, the total is unknown (0).
        case receiving
    }

    public struct Snapshot: Sendable, Hashable {
        public let phase: Phase
        public let done: Int
        public let total: Int
    }

    private let state = Mutex(Snapshot(phase: .reading, done: 0, total: 0))

    public init() {}

    public func start(_ phase: Phase, total: Int) {
        state.withLock { $0 = Snapshot(phase: phase, done: 0, total: total) }
    }

    public func advance(by amount: Int) {
        // A phase without a known total (0) just counts.
        state.withLock { $0 = Snapshot(phase: $0.phase, done: $0.total > 0 ? min($0.total, $0.done + amount) : $0.done + amount, total: $0.total) }
    }

    public var snapshot: Snapshot { state.withLock { $0 } }
}
