/// Reads stored fields (the model's, the names' forms), never past the end.
struct StoredReader {
    let bytes: [UInt8]
    var offset = 0

    var remaining: Int { bytes.count - offset }

    mutating func take(_ count: Int) -> ArraySlice<UInt8>? {
        guard count >= 0, count <= remaining else { return nil }
        defer { offset += count }
        return bytes[offset..<offset + count]
    }

    mutating func word() -> UInt64? {
        guard let slice = take(8) else { return nil }
        return slice.reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
    }

    mutating func number() -> Int? { word().flatMap { $0 <= UInt64(Int.max) ? Int($0) : nil } }

    mutating func text() -> String? {
        guard let count = number(), let slice = take(count) else { return nil }
        return String(validating: slice, as: UTF8.self)
    }

    mutating func doubles(_ count: Int) -> [Double]? {
        guard count <= remaining / 8 else { return nil }
        var values = [Double]()
        values.reserveCapacity(count)
        for _ in 0..<count {
            guard let bits = word() else { return nil }
            values.append(Double(bitPattern: bits))
        }
        return values
    }
}
