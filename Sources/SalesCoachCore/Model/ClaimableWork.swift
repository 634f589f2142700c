import Dispatch
import Synchronization

/// Work done once, by whichever thread comes to it first: a background
/// thread that reaches it in its queue, or the thread that needs the result
/// and finds it not started. The other waits for the result.
///
/// Why: the session's warm-up thread works through a queue (the knowledge
/// base, the stored name forms, the assistant's model, the name indexes).
/// A question asked as the session starts needs the indexes while that
/// thread may still be on the model, with the main thread idle; claiming the
/// indexes there lets both cores work instead of one waiting for the other.
public final class ClaimableWork<Result: Sendable>: Sendable {
    private enum State {
        case waiting(@Sendable () -> Result)
        case running
        case done(Result)
    }

    private let state: Mutex<State>
    /// Signalled once the result is there; each waiter passes the signal on
    /// to the next. (A semaphore, not a group: a group entered and never
    /// left may not be freed, and work nobody needed is never run.)
    private let done = DispatchSemaphore(value: 0)

    public init(_ work: @escaping @Sendable () -> Result) {
        state = Mutex(.waiting(work))
    }

    /// Does the work here unless another thread has claimed it; returns
    /// without waiting when one has.
    public func runUnlessClaimed() {
        guard let work = claim() else { return }
        finish(work())
    }

    /// The result: made here when no thread has claimed the work yet,
    /// else waited for.
    public func result() -> Result {
        if let work = claim() {
            let made = work()
            finish(made)
            return made
        }
        done.wait()
        done.signal()
        return state.withLock { state in
            guard case .done(let made) = state else { preconditionFailure("the work finished") }
            return made
        }
    }

    private func claim() -> (@Sendable () -> Result)? {
        state.withLock { state in
            guard case .waiting(let work) = state else { return nil }
            state = .running
            return work
        }
    }

    private func finish(_ made: Result) {
        state.withLock { $0 = .done(made) }
        done.signal()
    }
}
