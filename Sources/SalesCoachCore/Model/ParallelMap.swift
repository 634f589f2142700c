import Dispatch

extension Array {
    /// `(0..<count).map(transform)` on both cores once the work is large
    /// enough to pay for a second thread: a change to a 10,000-customer book
    /// classifies every customer again, and that was most of the wait after
    /// a `set`. Small inputs stay on the caller's thread.
    static func parallelMap(count: Int, minimumPerThread: Int = 1_000, _ transform: (Int) -> Element) -> [Element] {
        let threads = Swift.min(2, count / Swift.max(1, minimumPerThread))
        guard threads > 1 else { return (0..<count).map(transform) }
        return withoutActuallyEscaping(transform) { transform in
            [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
                nonisolated(unsafe) let output = buffer
                nonisolated(unsafe) let transform = transform
                DispatchQueue.concurrentPerform(iterations: threads) { part in
                    let range = (count * part / threads)..<(count * (part + 1) / threads)
                    for i in range { (output.baseAddress! + i).initialize(to: transform(i)) }
                }
                initialized = count
            }
        }
    }
}
