/// Where text is written as UTF-8 bytes: a `[UInt8]`, or the raw
/// `ByteBuffer` a large export writes its rows into. The formatting of
/// numbers, sentences and CSV fields is written once, for either.
public protocol ByteSink {
    var count: Int { get }
    subscript(position: Int) -> UInt8 { get }
    mutating func append(_ byte: UInt8)
    mutating func append<Bytes: Sequence>(contentsOf bytes: Bytes) where Bytes.Element == UInt8
    mutating func removeLast(_ k: Int)
    mutating func insert(_ byte: UInt8, at position: Int)
}

extension Array: ByteSink where Element == UInt8 {}

/// A growing run of bytes in memory of its own, for the rows of a large
/// export: appending is a bounds check and a copy.
///
/// Why not a `[UInt8]`: each append to an array checks that its buffer is not
/// shared and goes through the generic path of `append(contentsOf:)`, a
/// hundred or more instructions for a few bytes; a million rows append some
/// ten million pieces. The memory is the caller's to free (`deallocate`),
/// since a buffer is kept from block to block: fresh memory for each block
/// had the kernel zeroing new pages for the whole of the output.
struct ByteBuffer: ByteSink, @unchecked Sendable {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int = 1 << 16) {
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
    }

    func deallocate() { base.deallocate() }

    /// The bytes written so far, valid until the next write.
    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    mutating func removeAll() { count = 0 }

    subscript(position: Int) -> UInt8 {
        precondition(position >= 0 && position < count, "index out of range")
        return base[position]
    }

    /// Room for `extra` more bytes: a comparison inline, the move out of line.
    @inline(__always)
    private mutating func reserve(_ extra: Int) {
        if count + extra > capacity { grow(extra) }
    }

    @inline(never)
    private mutating func grow(_ extra: Int) {
        let grown = max(2 * capacity, count + extra)
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
        moved.moveInitialize(from: base, count: count)
        base.deallocate()
        base = moved
        capacity = grown
    }

    mutating func append(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    mutating func append(bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count)
        (base + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    mutating func append<Bytes: Sequence>(contentsOf bytes: Bytes) where Bytes.Element == UInt8 {
        if let done: Void = bytes.withContiguousStorageIfAvailable({ append(bytes: $0) }) { return done }
        for byte in bytes { append(byte) }
    }

    mutating func removeLast(_ k: Int) {
        precondition(k >= 0 && k <= count, "removing more than there is")
        count -= k
    }

    mutating func insert(_ byte: UInt8, at position: Int) {
        precondition(position >= 0 && position <= count, "index out of range")
        reserve(1)
        UnsafeMutableRawPointer(base + position + 1).copyMemory(from: base + position, byteCount: count - position)
        base[position] = byte
        count += 1
    }
}
