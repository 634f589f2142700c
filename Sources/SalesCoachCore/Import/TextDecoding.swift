import Dispatch

/// Turns a file's bytes into UTF-8 bytes the CSV reader can split, deciding
/// the encoding the way a rep's files come: UTF-8 with or without a
/// byte-order mark, UTF-16 with one (Excel's "Unicode text"), or Shift_JIS
/// (CP932), which Japanese Excel uses for "CSV". Text is never guessed into
/// mojibake: when no encoding fits, the error says where the bad bytes are.
public enum TextDecoding {
    /// UTF-8 bytes of the text (without a byte-order mark) and the encoding they came from.
    public struct Decoded: Sendable {
        public var utf8: [UInt8]
        public var encoding: DetectedEncoding
    }

    /// Decodes `bytes`, detecting the encoding when `encoding` is `.automatic`.
    ///
    /// - Throws: `ImportError.emptyFile`, `.binaryFile`, `.undecodable` (with
    ///   the line of the first bad byte), `.unrecognisedEncoding` or
    ///   `.byteOrderMarkMismatch`.
    public static func decode(
        _ bytes: [UInt8], encoding: SourceEncoding = .automatic, source: String
    ) throws(ImportError) -> Decoded {
        let decoded = try bytes.withUnsafeBufferPointer { buffer throws(ImportError) in
            try decode(buffer, original: bytes, encoding: encoding, source: source)
        }
        try decoded.utf8.withUnsafeBufferPointer { buffer throws(ImportError) in
            if let offset = CSVReader.find(0, in: buffer, from: 0) {
                // The decoded text's offset is no byte of the file unless the file was UTF-8.
                let inFile = decoded.encoding == .utf8 ? offset : nil
                throw nulByte(at: offset, in: buffer, fileOffset: inFile, source: source)
            }
        }
        return decoded
    }

    /// Where a NUL byte is: line, column (in characters) and byte offset.
    static func nulByte(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>, fileOffset: Int?, source: String)
        -> ImportError
    {
        var lineStart = offset
        while lineStart > 0, bytes[lineStart - 1] != 0x0A, bytes[lineStart - 1] != 0x0D { lineStart -= 1 }
        let column = String(decoding: UnsafeBufferPointer(rebasing: bytes[lineStart..<offset]), as: UTF8.self).count + 1
        return .nulByte(
            source: source, line: UTF8Validation.line(at: offset, in: bytes), column: column, offset: fileOffset)
    }

    private static func decode(
        _ bytes: UnsafeBufferPointer<UInt8>, original: [UInt8], encoding: SourceEncoding, source: String
    ) throws(ImportError) -> Decoded {
        if bytes.isEmpty { throw .emptyFile(source: source) }
        if let kind = binaryKind(bytes) { throw .binaryFile(source: source, kind: kind) }

        if let bom = byteOrderMark(bytes) {
            switch (bom, encoding) {
            case (.utf8WithBOM, .automatic), (.utf8WithBOM, .utf8):
                return try utf8(bytes, original: original, from: 3, source: source)
            case (.utf16LittleEndian, .automatic), (.utf16LittleEndian, .utf16),
                (.utf16BigEndian, .automatic), (.utf16BigEndian, .utf16):
                return try utf16(bytes, from: 2, bigEndian: bom == .utf16BigEndian, source: source)
            default:
                throw .byteOrderMarkMismatch(source: source, found: bom, requested: encoding)
            }
        }

        switch encoding {
        case .utf8:
            return try utf8(bytes, original: original, from: 0, source: source)
        case .utf16:
            let bigEndian = bytes.count >= 2 && bytes[0] == 0 && bytes[1] != 0
            return try utf16(bytes, from: 0, bigEndian: bigEndian, source: source)
        case .shiftJIS:
            return try shiftJIS(bytes, source: source)
        case .automatic:
            if let bigEndian = utf16WithoutMark(bytes) {
                return try utf16(bytes, from: 0, bigEndian: bigEndian, source: source)
            }
            if let offset = CSVReader.find(0, in: bytes, from: 0) {
                throw nulByte(at: offset, in: bytes, fileOffset: offset, source: source)
            }
            // Well-formed UTF-8, nearly every file, is found on two cores; the rest is looked at closer.
            if firstInvalidUTF8(bytes, from: 0) == nil { return Decoded(utf8: original, encoding: .utf8) }
            let validation = UTF8Validation(bytes)
            guard let offset = validation.firstInvalidOffset else { return Decoded(utf8: original, encoding: .utf8) }
            let line = UTF8Validation.line(at: offset, in: bytes)
            if validation.looksLikeDamagedUTF8 { throw .undecodable(source: source, line: line, encoding: .utf8) }
            guard let text = try? ShiftJISDecoder.decode(bytes), !containsPrivateUse(text) else {
                throw .unrecognisedEncoding(source: source, line: line)
            }
            return Decoded(utf8: text, encoding: .shiftJIS)
        }
    }

    private static func utf8(
        _ bytes: UnsafeBufferPointer<UInt8>, original: [UInt8], from start: Int, source: String
    ) throws(ImportError) -> Decoded {
        if let offset = firstInvalidUTF8(bytes, from: start) {
            throw .undecodable(source: source, line: UTF8Validation.line(at: offset, in: bytes), encoding: .utf8)
        }
        if start == 0 { return Decoded(utf8: original, encoding: .utf8) }
        return Decoded(utf8: Array(bytes[start...]), encoding: .utf8WithBOM)
    }

    /// Where `bytes[start...]` first fails to be UTF-8, nil when it is all
    /// well formed; a large file is checked in two halves on two cores.
    ///
    /// The halves meet at a line feed: no well-formed sequence holds an ASCII
    /// byte, so a check of the whole steps onto that byte too, and the first
    /// half's first error (else the second's) is the whole's first error.
    static func firstInvalidUTF8(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, parallelFrom: Int = CustomerImporter.parallelBytes
    ) -> Int? {
        let middle = start + (bytes.count - start) / 2
        guard bytes.count - start >= parallelFrom, let split = CSVReader.find(UInt8(ascii: "\n"), in: bytes, from: middle)
        else { return UTF8Validation(bytes, from: start, stopAtFirstError: true).firstInvalidOffset }
        nonisolated(unsafe) let bytes = bytes
        nonisolated(unsafe) var first: Int?
        nonisolated(unsafe) var second: Int?
        DispatchQueue.concurrentPerform(iterations: 2) { half in
            if half == 0 {
                first = UTF8Validation(UnsafeBufferPointer(rebasing: bytes[..<split]), from: start, stopAtFirstError: true)
                    .firstInvalidOffset
            } else {
                second = UTF8Validation(bytes, from: split, stopAtFirstError: true).firstInvalidOffset
            }
        }
        return first ?? second
    }

    private static func shiftJIS(_ bytes: UnsafeBufferPointer<UInt8>, source: String) throws(ImportError) -> Decoded {
        do {
            return Decoded(utf8: try ShiftJISDecoder.decode(bytes), encoding: .shiftJIS)
        } catch {
            let offset: Int
            switch error {
            case .invalid(let at): offset = at
            case .unavailable: offset = 0
            }
            throw .undecodable(source: source, line: UTF8Validation.line(at: offset, in: bytes), encoding: .shiftJIS)
        }
    }

    /// UTF-16 code units to UTF-8; a lone surrogate or an odd byte count is an error on its line.
    private static func utf16(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, bigEndian: Bool, source: String
    ) throws(ImportError) -> Decoded {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var line = 1
        var index = start
        func unit(at index: Int) -> UInt32 {
            bigEndian
                ? UInt32(bytes[index]) << 8 | UInt32(bytes[index + 1])
                : UInt32(bytes[index + 1]) << 8 | UInt32(bytes[index])
        }
        while index < bytes.count {
            guard index + 1 < bytes.count else {
                throw .undecodable(source: source, line: line, encoding: .utf16)
            }
            var scalar = unit(at: index)
            index += 2
            if (0xD800...0xDBFF).contains(scalar) {
                guard index + 1 < bytes.count else { throw .undecodable(source: source, line: line, encoding: .utf16) }
                let low = unit(at: index)
                guard (0xDC00...0xDFFF).contains(low) else {
                    throw .undecodable(source: source, line: line, encoding: .utf16)
                }
                index += 2
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00...0xDFFF).contains(scalar) {
                throw .undecodable(source: source, line: line, encoding: .utf16)
            }
            if scalar == 0x0A { line += 1 }
            appendUTF8(scalar, to: &output)
        }
        return Decoded(utf8: output, encoding: bigEndian ? .utf16BigEndian : .utf16LittleEndian)
    }

    private static func appendUTF8(_ scalar: UInt32, to output: inout [UInt8]) {
        switch scalar {
        case 0..<0x80:
            output.append(UInt8(scalar))
        case 0x80..<0x800:
            output.append(UInt8(0xC0 | scalar >> 6))
            output.append(UInt8(0x80 | scalar & 0x3F))
        case 0x800..<0x10000:
            output.append(UInt8(0xE0 | scalar >> 12))
            output.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            output.append(UInt8(0x80 | scalar & 0x3F))
        default:
            output.append(UInt8(0xF0 | scalar >> 18))
            output.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            output.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            output.append(UInt8(0x80 | scalar & 0x3F))
        }
    }

    private static func byteOrderMark(_ bytes: UnsafeBufferPointer<UInt8>) -> DetectedEncoding? {
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { return .utf8WithBOM }
        if bytes.count >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE { return .utf16LittleEndian }
        if bytes.count >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF { return .utf16BigEndian }
        return nil
    }

    /// UTF-16 saved without a byte-order mark shows as a zero byte beside
    /// every ASCII character, always on the same side; the result says which
    /// (true for big-endian), or nil when the bytes do not look like that.
    private static func utf16WithoutMark(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        let sample = min(bytes.count, 1024) & ~1
        guard sample >= 4 else { return nil }
        var zerosEven = 0
        var zerosOdd = 0
        for index in 0..<sample where bytes[index] == 0 {
            if index % 2 == 0 { zerosEven += 1 } else { zerosOdd += 1 }
        }
        let pairs = sample / 2
        if zerosEven == 0 && zerosOdd * 4 >= pairs { return false }
        if zerosOdd == 0 && zerosEven * 4 >= pairs { return true }
        return nil
    }

    /// What a non-text file looks like, from its first bytes.
    private static func binaryKind(_ bytes: UnsafeBufferPointer<UInt8>) -> ImportError.BinaryKind? {
        func starts(with prefix: [UInt8]) -> Bool {
            bytes.count >= prefix.count && zip(bytes, prefix).allSatisfy { $0 == $1 }
        }
        if starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .zipArchive }
        if starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return .legacyExcel }
        if starts(with: Array("%PDF".utf8)) { return .pdf }
        if starts(with: Array("SQLite format 3".utf8)) { return .sqlite }
        return nil
    }

    /// Private-use characters never appear in real Shift_JIS text but come out
    /// when other bytes (Latin-1, damaged files) are read as CP932.
    private static func containsPrivateUse(_ utf8: [UInt8]) -> Bool {
        var index = 0
        while index < utf8.count {
            let byte = utf8[index]
            if byte == 0xEE { return true }
            if byte == 0xEF, index + 1 < utf8.count, utf8[index + 1] <= 0xA3 { return true }
            index += 1
        }
        return false
    }
}
