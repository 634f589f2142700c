/// The duplicate key of every row of an import, in row order, and the
/// search for rows whose key an earlier row already has.
///
/// Keys are collected while rows are read and compared in one pass at the
/// end. Collecting costs no allocation per key (the bytes go back to back
/// into one array, with their hash beside them); the pass afterwards runs a
/// tight loop over an open-addressing table, where the processor overlaps
/// the cache misses of consecutive rows. Looking each key up while reading
/// its row instead left every miss waiting behind the row's parsing and
/// made the table the largest cost of a million-row import.
///
/// Keys are compared by bytes, which is String equality here because keys
/// are in NFC (see `ImportKey`). The hash is Swift's seeded `Hasher`, so a
/// file crafted to collide cannot make the import quadratic.
struct RowKeys {
    private var arena: [UInt8] = []
    /// Start of row i's key in `arena`; row i's key ends where row i + 1's starts.
    private var starts: [Int] = [0]
    private var hashes: [UInt64] = []

    init(expectedCount: Int) {
        starts.reserveCapacity(expectedCount + 1)
        hashes.reserveCapacity(expectedCount)
        arena.reserveCapacity(expectedCount * 24)
    }

    var count: Int { hashes.count }

    /// Another list's keys after these.
    ///
    /// Room for exactly both lists is made first, and the other list's starts
    /// are shifted as they are appended: growing by doubling, and a shifted
    /// copy of a million starts, came at the import's peak of memory.
    mutating func append(_ other: RowKeys) {
        let base = arena.count
        arena.reserveCapacity(arena.count + other.arena.count)
        arena += other.arena
        starts.reserveCapacity(starts.count + other.count)
        for start in other.starts.dropFirst() { starts.append(start + base) }
        hashes += other.hashes
    }

    mutating func append(_ key: UnsafeBufferPointer<UInt8>) {
        var hasher = Hasher()
        hasher.combine(bytes: UnsafeRawBufferPointer(key))
        hashes.append(UInt64(UInt(bitPattern: hasher.finalize())))
        arena.append(contentsOf: key)
        starts.append(arena.count)
    }

    /// Every row among the first `limit` whose key an earlier row has, in
    /// row order, with the first row that has it.
    func duplicates(below limit: Int? = nil) -> [(row: Int, first: Int)] {
        let limit = min(limit ?? count, count)
        var capacity = 16
        while capacity < limit * 2 { capacity <<= 1 }
        // Per slot: the top 32 bits of the hash, then row + 1 in the low 32
        // bits (0 for an empty slot), so a probe passes other keys without
        // touching their bytes.
        var slots = [UInt64](repeating: 0, count: capacity)
        let mask = capacity - 1
        let tagMask: UInt64 = 0xFFFF_FFFF_0000_0000
        var found: [(row: Int, first: Int)] = []
        arena.withUnsafeBufferPointer { arena in
            hashes.withUnsafeBufferPointer { hashes in
                starts.withUnsafeBufferPointer { starts in
                    slots.withUnsafeMutableBufferPointer { slots in
                        for row in 0..<limit {
                            let hash = hashes[row]
                            let tag = hash & tagMask
                            var slot = Int(truncatingIfNeeded: hash) & mask
                            var first: Int?
                            while slots[slot] != 0 {
                                let stored = slots[slot]
                                if stored & tagMask == tag {
                                    let other = Int(stored & 0xFFFF_FFFF) - 1
                                    if RowKeys.equal(arena, starts, other, row) {
                                        first = other
                                        break
                                    }
                                }
                                slot = (slot + 1) & mask
                            }
                            if let first {
                                found.append((row, first))
                            } else {
                                slots[slot] = tag | UInt64(row + 1)
                            }
                        }
                    }
                }
            }
        }
        return found
    }

    private static func equal(
        _ arena: UnsafeBufferPointer<UInt8>, _ starts: UnsafeBufferPointer<Int>, _ a: Int, _ b: Int
    ) -> Bool {
        let length = starts[a + 1] - starts[a]
        guard starts[b + 1] - starts[b] == length else { return false }
        return UnsafeBufferPointer(rebasing: arena[starts[a]..<starts[a + 1]])
            .elementsEqual(UnsafeBufferPointer(rebasing: arena[starts[b]..<starts[b + 1]]))
    }
}
