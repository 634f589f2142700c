/// The CP932 code of each character, made by inverting `ShiftJISDecoder`
/// over every code CP932 has, so what we write is exactly what we read.
///
/// CP932 gives a few characters two or three codes (the NEC row 13 and the
/// IBM extensions repeat some JIS X 0208 symbols, and the NEC-selected IBM
/// extensions at `ED`/`EE` repeat the IBM ones at `FA`–`FC`). Windows writes
/// the JIS X 0208 code first, then NEC row 13, then the IBM extension, and
/// never the NEC-selected one; the lead bytes are visited in that order and
/// the first code found is kept.
enum CP932Table {
    /// Indexed by a BMP scalar: its code (one byte below 0x100, else two), 0 when CP932 has none.
    /// Built on first use (a few milliseconds); U+0000 is written as byte 0 by the encoder itself.
    static let codes: [UInt16] = build()

    /// Lead bytes in the order their codes win.
    static let leadOrder: [UInt8] = Array(0x81...0x9F) + Array(0xE0...0xEC) + Array(0xEF...0xFC) + [0xED, 0xEE]

    static func build() -> [UInt16] {
        var codes = [UInt16](repeating: 0, count: 0x1_0000)
        func record(_ bytes: [UInt8], as code: UInt16) {
            let decoded = bytes.withUnsafeBufferPointer { try? ShiftJISDecoder.decode($0) }
            guard let decoded, let text = String(validating: decoded, as: UTF8.self) else { return }
            let scalars = Array(text.unicodeScalars)
            guard scalars.count == 1, scalars[0].value < 0x1_0000, scalars[0].value != 0 else { return }
            let index = Int(scalars[0].value)
            if codes[index] == 0 { codes[index] = code }
        }
        for byte in UInt8(0x01)...0x7F { record([byte], as: UInt16(byte)) }
        for byte in UInt8(0xA1)...0xDF { record([byte], as: UInt16(byte)) }
        for lead in leadOrder {
            for trail in UInt8(0x40)...0xFC where trail != 0x7F {
                record([lead, trail], as: UInt16(lead) << 8 | UInt16(trail))
            }
        }
        return codes
    }
}
