#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Shift_JIS as Japanese Windows and Excel write it (CP932, with the NEC and
/// IBM extensions such as ㈱, ① and ～), converted to UTF-8 by the C
/// library's iconv.
enum ShiftJISDecoder {
    enum Failure: Error {
        /// The first byte that is not valid CP932 (or a sequence cut short at the end).
        case invalid(offset: Int)
        /// This system's iconv has no CP932 converter.
        case unavailable
    }

    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) throws(Failure) -> [UInt8] {
        if bytes.isEmpty { return [] }
        guard let converter = iconv_open("UTF-8", "CP932"), converter != iconv_t(bitPattern: -1) else {
            throw .unavailable
        }
        defer { iconv_close(converter) }

        var output: [UInt8] = []
        // A two-byte character becomes at most three bytes; half-width katakana go from one to three.
        output.reserveCapacity(bytes.count + bytes.count / 2)
        let chunkSize = 64 * 1024
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        guard let base = bytes.baseAddress else { return [] }
        var input = UnsafeMutablePointer(mutating: UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self))
        var inputLeft = bytes.count
        let start = input
        while inputLeft > 0 {
            let (result, produced, errorNumber) = chunk.withUnsafeMutableBytes { raw in
                var out = raw.baseAddress?.assumingMemoryBound(to: CChar.self)
                var outLeft = raw.count
                var inPointer: UnsafeMutablePointer<CChar>? = input
                let result = iconv(converter, &inPointer, &inputLeft, &out, &outLeft)
                let failure = errno
                if let inPointer { input = inPointer }
                return (result, raw.count - outLeft, failure)
            }
            output.append(contentsOf: chunk[0..<produced])
            if result == -1 {
                if errorNumber == E2BIG { continue }
                throw .invalid(offset: start.distance(to: input))
            }
        }
        return output
    }
}
