import Testing

@testable import SalesCoachCore

/// A large UTF-8 file is checked in two halves at once; the first bad byte
/// found must be the one a check of the whole finds.
@Suite("UTF-8 checked in halves")
struct HalvesUTF8Tests {
    @Test("the first bad byte is the whole file's first, wherever it lies against the split")
    func firstBadByte() {
        let line = Array("株式会社アイウ,\"Acme, 1\",100\n".utf8)
        var text: [UInt8] = []
        while text.count < 4_000 { text += line }
        let middle = text.count / 2
        let split = text[middle...].firstIndex(of: UInt8(ascii: "\n"))!
        // A lead byte cut off by the line feed the halves meet at, bad bytes on either side, and none.
        let places: [[Int]] = [[], [split - 1], [split + 1], [3, split + 5], [split + 5], [text.count - 1], [0]]
        for bad in places {
            var damaged = text
            for offset in bad { damaged[offset] = 0xE3 }
            damaged.withUnsafeBufferPointer { bytes in
                let whole = UTF8Validation(bytes, stopAtFirstError: true).firstInvalidOffset
                #expect(TextDecoding.firstInvalidUTF8(bytes, from: 0, parallelFrom: 64) == whole, "bad at \(bad)")
                #expect(TextDecoding.firstInvalidUTF8(bytes, from: 0) == whole)
            }
        }
    }
}
