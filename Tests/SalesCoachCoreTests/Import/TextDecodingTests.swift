import Testing

@testable import SalesCoachCore

@Suite struct TextDecodingTests {
    /// `顧客名,従業員数,当社売上,担当者` / `㈱山田製作所,120,1万2000,佐藤` in CP932, as Japanese Excel saves them.
    static let excelShiftJIS: [UInt8] =
        [
            0x8c, 0xda, 0x8b, 0x71, 0x96, 0xbc, 0x2c, 0x8f, 0x5d, 0x8b, 0xc6, 0x88, 0xf5, 0x90, 0x94, 0x2c, 0x93,
            0x96, 0x8e, 0xd0, 0x94, 0x84, 0x8f, 0xe3, 0x2c, 0x92, 0x53, 0x93, 0x96, 0x8e, 0xd2, 0x0d, 0x0a,
        ]
        + [
            0x87, 0x8a, 0x8e, 0x52, 0x93, 0x63, 0x90, 0xbb, 0x8d, 0xec, 0x8f, 0x8a, 0x2c, 0x31, 0x32, 0x30, 0x2c,
            0x31, 0x96, 0x9c, 0x32, 0x30, 0x30, 0x30, 0x2c, 0x8d, 0xb2, 0x93, 0xa1, 0x0d, 0x0a,
        ]

    private func text(_ decoded: TextDecoding.Decoded) -> String { String(decoding: decoded.utf8, as: UTF8.self) }

    @Test("plain UTF-8 passes through unchanged")
    func utf8() throws {
        let decoded = try TextDecoding.decode(Array("name\n山田\n".utf8), source: "a.csv")
        #expect(decoded.encoding == .utf8)
        #expect(text(decoded) == "name\n山田\n")
    }

    @Test("a UTF-8 byte-order mark is recognised and dropped")
    func utf8BOM() throws {
        let decoded = try TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array("name\n".utf8), source: "a.csv")
        #expect(decoded.encoding == .utf8WithBOM)
        #expect(text(decoded) == "name\n")
    }

    @Test("Shift_JIS from Excel is detected, NEC characters such as ㈱ included")
    func shiftJISLiteral() throws {
        let decoded = try TextDecoding.decode(Self.excelShiftJIS, source: "a.csv")
        #expect(decoded.encoding == .shiftJIS)
        #expect(text(decoded) == "顧客名,従業員数,当社売上,担当者\r\n㈱山田製作所,120,1万2000,佐藤\r\n")
    }

    @Test("CP932's own mappings: half-width katakana, circled digits and the wave dash")
    func shiftJISSpecials() throws {
        // ﾔﾏﾀﾞ①～ in CP932.
        let bytes: [UInt8] = [0xd4, 0xcf, 0xc0, 0xde, 0x87, 0x40, 0x81, 0x60]
        let decoded = try TextDecoding.decode(bytes, encoding: .shiftJIS, source: "a.csv")
        #expect(text(decoded) == "ﾔﾏﾀﾞ①\u{FF5E}")
    }

    @Test("UTF-16 with a byte-order mark, either byte order", arguments: [false, true])
    func utf16(bigEndian: Bool) throws {
        let bytes = ImportFixture.utf16("name\t売上高\n𠮷野家\t1\n", bigEndian: bigEndian)
        let decoded = try TextDecoding.decode(bytes, source: "a.csv")
        #expect(decoded.encoding == (bigEndian ? .utf16BigEndian : .utf16LittleEndian))
        #expect(text(decoded) == "name\t売上高\n𠮷野家\t1\n")
    }

    @Test("UTF-16 without a byte-order mark is recognised by its zero bytes")
    func utf16WithoutMark() throws {
        let bytes = ImportFixture.utf16("name,sales\nAcme,1\n", bigEndian: false, byteOrderMark: false)
        let decoded = try TextDecoding.decode(bytes, source: "a.csv")
        #expect(decoded.encoding == .utf16LittleEndian)
        #expect(text(decoded) == "name,sales\nAcme,1\n")
    }

    @Test("an explicit encoding is obeyed", arguments: [SourceEncoding.utf8, .automatic])
    func explicitUTF8(_ encoding: SourceEncoding) throws {
        let decoded = try TextDecoding.decode(Array("name\nＡｃｍｅ\n".utf8), encoding: encoding, source: "a.csv")
        #expect(text(decoded) == "name\nＡｃｍｅ\n")
    }

    @Test("invalid bytes in the named encoding: an error with the line")
    func explicitUTF8Invalid() {
        let bytes = Array("name\nAcme\n".utf8) + [0x82, 0xa0, 0x0a]
        #expect(throws: ImportError.undecodable(source: "a.csv", line: 3, encoding: .utf8)) {
            try TextDecoding.decode(bytes, encoding: .utf8, source: "a.csv")
        }
    }

    @Test("invalid Shift_JIS names its line")
    func explicitShiftJISInvalid() {
        let bytes = Array("name\r\nA\r\nB".utf8) + [0x81, 0x0a]
        #expect(throws: ImportError.undecodable(source: "a.csv", line: 3, encoding: .shiftJIS)) {
            try TextDecoding.decode(bytes, encoding: .shiftJIS, source: "a.csv")
        }
    }

    @Test("a lone UTF-16 surrogate names its line")
    func utf16Invalid() {
        let bytes = ImportFixture.utf16("name\nA", bigEndian: false) + [0x00, 0xD8, 0x41, 0x00]
        #expect(throws: ImportError.undecodable(source: "a.csv", line: 2, encoding: .utf16)) {
            try TextDecoding.decode(bytes, source: "a.csv")
        }
    }

    @Test("UTF-8 with a few damaged bytes is not read as Shift_JIS")
    func damagedUTF8() {
        let bytes = Array("name\n山田商事\n鈴木工業\n佐藤物産\n".utf8) + [0xE3, 0x81] + Array("\n".utf8)
        #expect(throws: ImportError.undecodable(source: "a.csv", line: 5, encoding: .utf8)) {
            try TextDecoding.decode(bytes, source: "a.csv")
        }
    }

    @Test("bytes that are neither UTF-8 nor Shift_JIS are refused, not guessed")
    func neither() {
        // 0x85 0x40 is an unassigned CP932 code and invalid UTF-8.
        let bytes = Array("name\nAcme\n".utf8) + [0x85, 0x40, 0x0a]
        #expect(throws: ImportError.unrecognisedEncoding(source: "a.csv", line: 3)) {
            try TextDecoding.decode(bytes, source: "a.csv")
        }
    }

    @Test("a byte-order mark that contradicts --encoding is an error")
    func bomMismatch() {
        #expect(throws: ImportError.byteOrderMarkMismatch(source: "a.csv", found: .utf8WithBOM, requested: .shiftJIS)) {
            try TextDecoding.decode([0xEF, 0xBB, 0xBF, 0x61], encoding: .shiftJIS, source: "a.csv")
        }
    }

    @Test(
        "binary files are refused as such",
        arguments: [
            ([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00], .zipArchive),
            ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00], .legacyExcel),
            (Array("%PDF-1.7\n".utf8), .pdf),
        ] as [([UInt8], ImportError.BinaryKind)])
    func binary(_ bytes: [UInt8], _ kind: ImportError.BinaryKind) {
        #expect(throws: ImportError.binaryFile(source: "a.csv", kind: kind)) {
            try TextDecoding.decode(bytes, source: "a.csv")
        }
    }

    @Test(
        "a NUL byte is refused with its line, column and byte offset",
        arguments: [
            ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D], 3, 1, 8),
            (Array("name\nAc".utf8) + [0x00] + Array("me\n".utf8), 2, 3, 7),
            ([0xFF, 0xFD, 0x00, 0x85, 0x40, 0x13, 0x00, 0x00, 0x9A, 0x00, 0x00, 0x07, 0x00], 1, 3, 2),
        ] as [([UInt8], Int, Int, Int)])
    func nulByte(_ bytes: [UInt8], _ line: Int, _ column: Int, _ offset: Int) {
        #expect(throws: ImportError.nulByte(source: "a.csv", line: line, column: column, offset: offset)) {
            try TextDecoding.decode(bytes, source: "a.csv")
        }
    }

    @Test("encoding names as users type them")
    func names() {
        #expect(SourceEncoding(name: "UTF-8") == .utf8)
        #expect(SourceEncoding(name: "utf8") == .utf8)
        #expect(SourceEncoding(name: "Shift_JIS") == .shiftJIS)
        #expect(SourceEncoding(name: "sjis") == .shiftJIS)
        #expect(SourceEncoding(name: "cp932") == .shiftJIS)
        #expect(SourceEncoding(name: "Windows-31J") == .shiftJIS)
        #expect(SourceEncoding(name: "utf-16") == .utf16)
        #expect(SourceEncoding(name: "auto") == .automatic)
        #expect(SourceEncoding(name: "latin1") == nil)
    }
}
