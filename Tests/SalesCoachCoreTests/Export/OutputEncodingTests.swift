import Testing

@testable import SalesCoachCore

@Suite struct OutputEncodingTests {
    @Test(
        "names are read as users type them",
        arguments: [
            ("utf-8", OutputEncoding.utf8), ("UTF8", .utf8), ("utf-8-bom", .utf8BOM), ("utf-8-sig", .utf8BOM),
            ("cp932", .cp932), ("Shift_JIS", .cp932), ("sjis", .cp932), ("windows-31j", .cp932),
        ])
    func names(typed: String, expected: OutputEncoding) {
        #expect(OutputEncoding(name: typed) == expected)
    }

    @Test("an unknown name is refused with the accepted ones, in both languages")
    func unknownName() {
        #expect(throws: ExportError.unknownEncodingName("latin1")) { try OutputEncoding.named("latin1") }
        #expect(ExportError.unknownEncodingName("latin1").text(in: .en)
            == "--output-encoding: unknown encoding 'latin1'; expected one of utf-8, utf-8-bom, cp932")
        #expect(ExportError.unknownEncodingName("latin1").text(in: .ja).contains("utf-8, utf-8-bom, cp932 のいずれか"))
    }

    @Test(
        "defaults: a CSV file in Japanese gets a BOM; standard output and English stay plain UTF-8",
        arguments: [
            (true, Language.ja, OutputEncoding.utf8BOM), (true, .en, .utf8), (false, .ja, .utf8), (false, .en, .utf8),
        ])
    func defaults(toFile: Bool, language: Language, expected: OutputEncoding) throws {
        #expect(try OutputEncoding.resolve(nil, format: .csv, toFile: toFile, language: language) == expected)
        #expect(try OutputEncoding.resolve(.cp932, format: .csv, toFile: toFile, language: language) == .cp932)
    }

    @Test("JSON, iCalendar and SVG are plain UTF-8: a BOM or CP932 is refused", arguments: [ExportFormat.json, .iCalendar, .svg])
    func utf8Only(format: ExportFormat) throws {
        #expect(try OutputEncoding.resolve(nil, format: format, toFile: true, language: .ja) == .utf8)
        #expect(try OutputEncoding.resolve(.utf8, format: format, toFile: true, language: .ja) == .utf8)
        for encoding in [OutputEncoding.utf8BOM, .cp932] {
            #expect(throws: ExportError.encodingNotForFormat(encoding, format)) {
                try OutputEncoding.resolve(encoding, format: format, toFile: true, language: .en)
            }
        }
        #expect(ExportError.encodingNotForFormat(.cp932, .json).text(in: .en)
            == "--output-encoding cp932: JSON is always written in UTF-8 without a byte-order mark; "
            + "leave the option out, or export CSV for Shift_JIS (CP932)")
    }

    @Test("UTF-8 passes through; the BOM comes once, before the first piece")
    func utf8() throws {
        var plain = OutputEncoding.utf8.encoder()
        #expect(try plain.encode(Array("名前\n".utf8)) == Array("名前\n".utf8))
        var bom = OutputEncoding.utf8BOM.encoder()
        #expect(try bom.encode(Array("a\n".utf8)) == [0xEF, 0xBB, 0xBF] + Array("a\n".utf8))
        #expect(try bom.encode(Array("b\n".utf8)) == Array("b\n".utf8))
    }

    @Test(
        "CP932 writes the code Windows writes, NEC and IBM extensions included",
        arguments: [
            ("山", [0x8E, 0x52] as [UInt8]), ("ｱ", [0xB1]), ("～", [0x81, 0x60]), ("㈱", [0x87, 0x8A]), ("①", [0x87, 0x40]),
            ("Ⅰ", [0x87, 0x54]), ("ⅰ", [0xFA, 0x40]), ("∵", [0x81, 0xE6]), ("￢", [0x81, 0xCA]), ("№", [0x87, 0x82]),
            ("髙", [0xFB, 0xFC]), ("A\\~", [0x41, 0x5C, 0x7E]),
        ])
    func cp932(text: String, expected: [UInt8]) throws {
        #expect(try OutputEncoding.cp932.encode(text) == expected)
    }

    @Test("every code the table writes reads back as the same character")
    func tableInvertsDecoder() throws {
        var mismatches: [String] = []
        for (value, code) in CP932Table.codes.enumerated() where code != 0 {
            let bytes: [UInt8] = code > 0xFF ? [UInt8(code >> 8), UInt8(code & 0xFF)] : [UInt8(code)]
            let decoded = try bytes.withUnsafeBufferPointer { try ShiftJISDecoder.decode($0) }
            if String(decoding: decoded, as: UTF8.self).unicodeScalars.map(\.value) != [UInt32(value)] {
                mismatches.append(String(value, radix: 16))
            }
        }
        #expect(mismatches.isEmpty)
        #expect(CP932Table.codes.filter { $0 > 0xFF }.count > 7000)
    }

    @Test("a character CP932 cannot hold is an error naming the row, the line and the field")
    func unencodable() {
        let text = "name,rep\n\"Kaffee, 😀 Ltd\",Ann\n\"note\nacross lines\",Bob\nSushi 𩸽,Ann\n"
        #expect(throws: ExportError.unencodable(character: "😀", row: 1, line: 2, field: "Kaffee, 😀 Ltd")) {
            try OutputEncoding.cp932.encode(text)
        }
        let later = "name,rep\n\"note\nacross lines\",Bob\nSushi 𩸽,Ann\n"
        #expect(throws: ExportError.unencodable(character: "𩸽", row: 2, line: 4, field: "Sushi 𩸽")) {
            try OutputEncoding.cp932.encode(later)
        }
        let error = ExportError.unencodable(character: "😀", row: 1, line: 2, field: "Café 😀")
        #expect(error.text(in: .en)
            == "row 1 (line 2): '😀' (U+1F600) in 'Café 😀' has no Shift_JIS (CP932) code; "
            + "use --output-encoding utf-8-bom (Japanese Excel opens it too), or change that text")
        #expect(error.text(in: .ja)
            == "1行目のデータ（ファイルの2行目）：「Café 😀」の「😀」（U+1F600）はShift_JIS（CP932）で表せません。"
            + "--output-encoding utf-8-bom（日本語のExcelでも開けます）を使うか、その文字を書き換えてください")
    }

    @Test("rows are counted across pieces")
    func rowsAcrossPieces() throws {
        var encoder = OutputEncoding.cp932.encoder()
        _ = try encoder.encode(Array("name\nA\n".utf8))
        #expect(throws: ExportError.unencodable(character: "😀", row: 2, line: 3, field: "B😀")) {
            try encoder.encode(Array("B😀\n".utf8))
        }
    }
}
