/// Checks bytes for well-formed UTF-8 without building a String, and says
/// where the first bad byte is (a message must name the line).
struct UTF8Validation {
    /// Offset of the first byte that is not part of a well-formed sequence.
    var firstInvalidOffset: Int?
    /// Ill-formed sequences found (each skipped one byte at a time).
    var invalidCount = 0
    /// Well-formed sequences of two bytes or more.
    var multibyteCount = 0

    var isValid: Bool { firstInvalidOffset == nil }

    /// Whether the text is UTF-8 with a few damaged bytes rather than another
    /// encoding: real Shift_JIS text makes mostly ill-formed UTF-8.
    var looksLikeDamagedUTF8: Bool { invalidCount > 0 && multibyteCount >= 4 * invalidCount }

    /// Validates `bytes[start...]`; `stopAtFirstError` skips the statistics.
    init(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0, stopAtFirstError: Bool = false) {
        let count = bytes.count
        var index = start
        while index < count {
            // ASCII 32 and 8 bytes at a time: by far the most common case in CSV files.
            if let base = bytes.baseAddress {
                let raw = UnsafeRawPointer(base)
                while index + 32 <= count {
                    let words = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                        | raw.loadUnaligned(fromByteOffset: index + 8, as: UInt64.self)
                        | raw.loadUnaligned(fromByteOffset: index + 16, as: UInt64.self)
                        | raw.loadUnaligned(fromByteOffset: index + 24, as: UInt64.self)
                    if words & 0x8080_8080_8080_8080 != 0 { break }
                    index += 32
                }
                if index >= count { break }
                if index + 8 <= count,
                    raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
                {
                    index += 8
                    continue
                }
            }
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length = UTF8Validation.sequenceLength(bytes, at: index)
            if length > 0 {
                multibyteCount += 1
                index += length
            } else {
                if firstInvalidOffset == nil { firstInvalidOffset = index }
                invalidCount += 1
                if stopAtFirstError { return }
                index += 1
            }
        }
    }

    /// The length of the well-formed multi-byte sequence at `index`, or 0.
    /// Follows Unicode's table of well-formed sequences: no overlong forms,
    /// no surrogates, nothing above U+10FFFF.
    @inline(__always)
    static func sequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = bytes[index]
        let remaining = bytes.count - index
        func continuation(_ offset: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
            offset < remaining && range.contains(bytes[index + offset])
        }
        switch lead {
        case 0xC2...0xDF:
            return continuation(1) ? 2 : 0
        case 0xE0:
            return continuation(1, 0xA0...0xBF) && continuation(2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF:
            return continuation(1) && continuation(2) ? 3 : 0
        case 0xED:
            return continuation(1, 0x80...0x9F) && continuation(2) ? 3 : 0
        case 0xF0:
            return continuation(1, 0x90...0xBF) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF1...0xF3:
            return continuation(1) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF4:
            return continuation(1, 0x80...0x8F) && continuation(2) && continuation(3) ? 4 : 0
        default:
            return 0
        }
    }

    /// The 1-based line of `offset`: LF, CRLF and a lone CR each end a line.
    static func line(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var line = 1
        var index = 0
        let end = min(offset, bytes.count)
        while index < end {
            let byte = bytes[index]
            if byte == 0x0A {
                line += 1
            } else if byte == 0x0D && (index + 1 >= bytes.count || bytes[index + 1] != 0x0A) {
                line += 1
            }
            index += 1
        }
        return line
    }
}
