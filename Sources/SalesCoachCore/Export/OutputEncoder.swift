import Foundation

/// Turns an export's UTF-8 text into bytes in one `OutputEncoding`, a piece
/// at a time, as a streamed export hands it over.
///
/// UTF-8 passes through untouched, so the default costs nothing; UTF-8 with
/// BOM puts the mark before the first piece; CP932 converts every character
/// and refuses, naming the row, one it has no code for (never a silent `?`).
/// It follows the CSV's quotes to count rows, so a line break inside a quoted
/// note does not start a new row.
public struct OutputEncoder: Sendable {
    public let encoding: OutputEncoding
    private var started = false
    // Where the text is, for messages: rows after the header, lines, inside quotes or not.
    private var row = 0
    private var line = 1
    private var quoted = false

    public init(_ encoding: OutputEncoding) { self.encoding = encoding }

    /// The next piece of text in the output encoding. Pieces must end
    /// between characters (every export's blocks end with a row).
    ///
    /// - Throws: `ExportError.unencodable` for a character CP932 cannot hold.
    public mutating func encode(_ utf8: [UInt8]) throws(ExportError) -> [UInt8] {
        defer { started = true }
        switch encoding {
        case .utf8: return utf8
        case .utf8BOM: return started ? utf8 : [0xEF, 0xBB, 0xBF] + utf8
        case .cp932: return try cp932(utf8)
        }
    }

    private mutating func cp932(_ utf8: [UInt8]) throws(ExportError) -> [UInt8] {
        let table = CP932Table.codes
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count)
        var fieldStart = 0
        var i = 0
        while i < utf8.count {
            let byte = utf8[i]
            if byte < 0x80 {
                out.append(byte)
                switch byte {
                case UInt8(ascii: "\""): quoted.toggle()
                case UInt8(ascii: ","): if !quoted { fieldStart = i + 1 }
                case 0x0A:
                    line += 1
                    if !quoted {
                        row += 1
                        fieldStart = i + 1
                    }
                default: break
                }
                i += 1
                continue
            }
            let (scalar, length) = Self.scalar(in: utf8, at: i)
            let code = scalar.value < 0x1_0000 ? table[Int(scalar.value)] : 0
            guard code != 0 else {
                throw .unencodable(character: scalar, row: row, line: line, field: Self.field(in: utf8, from: fieldStart))
            }
            if code > 0xFF { out.append(UInt8(code >> 8)) }
            out.append(UInt8(code & 0xFF))
            i += length
        }
        return out
    }

    /// The scalar whose UTF-8 starts at `i` (the text came from a `String`, so it is valid).
    private static func scalar(in bytes: [UInt8], at i: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[i]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for k in 1..<length where i + k < bytes.count { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// The field that starts at `start`, without its quotes, for a message.
    private static func field(in bytes: [UInt8], from start: Int) -> String {
        var end = start
        var quoted = false
        while end < bytes.count {
            let byte = bytes[end]
            if byte == UInt8(ascii: "\"") { quoted.toggle() }
            if !quoted, byte == UInt8(ascii: ",") || byte == 0x0A { break }
            end += 1
        }
        var text = String(decoding: bytes[start..<end], as: UTF8.self)
        if text.hasPrefix("\""), text.hasSuffix("\""), text.count >= 2 {
            text = String(text.dropFirst().dropLast()).replacingOccurrences(of: "\"\"", with: "\"")
        }
        return text.count > 60 ? String(text.prefix(60)) + "…" : text
    }
}
