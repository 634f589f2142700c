import Testing

@testable import SalesCoachCore

/// The fast paths of the import checked against plain reference
/// implementations on many seeded random inputs, with the word-at-a-time
/// boundaries (8 and 32 bytes) crossed at every offset.
@Suite struct ImportPropertyTests {
    typealias Random = HostileImportTests.SplitMix

    @Test("UTF-8 validation agrees with the standard library")
    func utf8Validation() {
        var random = Random(seed: 11)
        let pieces: [[UInt8]] = [
            [0x61], [0x0A], Array("あ".utf8), Array("é".utf8), Array("𠮷".utf8), [0x80], [0xC0, 0x80], [0xE3, 0x81],
            [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xFF], [0xE0, 0x80, 0x80],
        ]
        for _ in 0..<3000 {
            var bytes: [UInt8] = Array(repeating: 0x61, count: Int(random.next() % 40))
            for _ in 0..<Int(random.next() % 4) {
                bytes += pieces[Int(random.next() % UInt64(pieces.count))]
                bytes += Array(repeating: 0x62, count: Int(random.next() % 35))
            }
            let valid = bytes.withUnsafeBufferPointer { UTF8Validation($0).isValid }
            #expect(valid == (String(validating: bytes, as: UTF8.self) != nil), "\(bytes)")
        }
    }

    @Test("the CSV reader agrees with a character-by-character reference")
    func csvReader() {
        var random = Random(seed: 12)
        let alphabet: [String] = ["a", "bcdefghij", ",", ",", "\"", "\"\"", "\n", "\r\n", "\r", " ", "あ", "1234567"]
        for _ in 0..<3000 {
            var text = ""
            for _ in 0..<Int(random.next() % 30) { text += alphabet[Int(random.next() % UInt64(alphabet.count))] }
            let expected = ReferenceCSV.parse(text)
            let actual: [[String]]?
            do {
                actual = try CSVReader.records(utf8: Array(text.utf8), source: "r.csv").map(\.fields)
            } catch {
                actual = nil
            }
            #expect(actual == expected, "\(text.debugDescription)")
        }
    }

    @Test("plain numbers read exactly as Double(String) reads them")
    func numbers() throws {
        var random = Random(seed: 13)
        for _ in 0..<5000 {
            let digits = (0..<Int(1 + random.next() % 20)).map { _ in String(random.next() % 10) }.joined()
            let fraction = random.next() % 3 == 0 ? "." + String(random.next() % 100_000) : ""
            let sign = random.next() % 4 == 0 ? "-" : ""
            let text = sign + digits + fraction
            let value = try NumberParser.parse(text)
            let reference = Double(text).map { $0 == 0 ? 0 : $0 }
            #expect(value == reference, "\(text)")
        }
    }

    @Test("the fast name key equals the book's key on random names")
    func keys() {
        var random = Random(seed: 14)
        let alphabet: [String] = ["A", "b", " ", "\t", "\u{3000}", "株", "ア", "ｱ", "Ａ", "ｂ", "ー", "・", "が", "é", "1", "１", "(", "（"]
        for _ in 0..<3000 {
            let name = (0..<Int(random.next() % 12)).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }
                .joined()
            #expect(ImportKey.key(name) == Book.key(name), "\(name.debugDescription)")
        }
    }
}

/// RFC 4180 as a character-level state machine, with the reader's two
/// leniencies (spaces around a quoted field) and its errors as nil.
enum ReferenceCSV {
    static func parse(_ text: String) -> [[String]]? {
        let chars = Array(text.unicodeScalars)
        var records: [[String]] = []
        var index = 0
        guard !chars.isEmpty else { return [] }
        while index < chars.count {
            var record: [String] = []
            while true {
                var probe = index
                while probe < chars.count && chars[probe] == " " { probe += 1 }
                var field = ""
                if probe < chars.count && chars[probe] == "\"" {
                    index = probe + 1
                    while true {
                        guard index < chars.count else { return nil }
                        if chars[index] == "\"" {
                            if index + 1 < chars.count && chars[index + 1] == "\"" {
                                field.unicodeScalars.append("\"")
                                index += 2
                                continue
                            }
                            index += 1
                            break
                        }
                        field.unicodeScalars.append(chars[index])
                        index += 1
                    }
                    while index < chars.count && chars[index] == " " { index += 1 }
                    if index < chars.count && !",\r\n".unicodeScalars.contains(chars[index]) { return nil }
                } else {
                    while index < chars.count && !",\r\n\"".unicodeScalars.contains(chars[index]) {
                        field.unicodeScalars.append(chars[index])
                        index += 1
                    }
                    if index < chars.count && chars[index] == "\"" { return nil }
                }
                record.append(field)
                if index >= chars.count { break }
                let terminator = chars[index]
                index += 1
                if terminator == "," {
                    if index >= chars.count {
                        record.append("")
                        break
                    }
                    continue
                }
                if terminator == "\r" && index < chars.count && chars[index] == "\n" { index += 1 }
                break
            }
            records.append(record)
        }
        return records
    }
}
