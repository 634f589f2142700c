/// Fixed texts as UTF-8 bytes in memory made once and kept for the life of
/// the process, read through plain pointers.
///
/// Why: an export writes its rows on both cores, and each read of a `[UInt8]`
/// kept in a shared table (a static array, or a class both cores hold)
/// retains and releases the array's buffer. With both cores counting on the
/// same buffers, their cache lines bounced between the cores on every row,
/// which cost more than writing the text. Bytes that are never freed need no
/// counting: a table is a pair of pointers, copied for free.
struct ByteTable: @unchecked Sendable {
    /// The texts back to back.
    private let bytes: UnsafePointer<UInt8>
    /// `ends[i]`: where text i ends in `bytes`; it starts where text i - 1 ends.
    private let ends: UnsafePointer<Int>
    let count: Int

    /// The table of `texts`, in their order. Never freed: make it once (a `static let`).
    init(_ texts: [String]) {
        let all = texts.flatMap { Array($0.utf8) }
        let bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: max(all.count, 1))
        bytes.initialize(from: all, count: all.count)
        let ends = UnsafeMutablePointer<Int>.allocate(capacity: max(texts.count, 1))
        var end = 0
        for (i, text) in texts.enumerated() {
            end += text.utf8.count
            ends[i] = end
        }
        self.bytes = UnsafePointer(bytes)
        self.ends = UnsafePointer(ends)
        count = texts.count
    }

    /// Text `i`'s bytes.
    subscript(i: Int) -> UnsafeBufferPointer<UInt8> {
        let start = i == 0 ? 0 : ends[i - 1]
        return UnsafeBufferPointer(start: bytes + start, count: ends[i] - start)
    }
}

/// Calls `body` with the buffers of two arrays, for code that reads them
/// through plain pointers (`ByteTable` says why).
func withUnsafeBuffers<A, B, Result>(
    _ a: [A], _ b: [B], _ body: (UnsafeBufferPointer<A>, UnsafeBufferPointer<B>) -> Result
) -> Result {
    a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { b in body(a, b) } }
}
