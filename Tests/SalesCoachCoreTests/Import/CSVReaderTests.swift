import Testing

@testable import SalesCoachCore

@Suite struct CSVReaderTests {
    private func records(_ text: String, delimiter: Character = ",") throws(ImportError) -> [[String]] {
        try CSVReader.records(utf8: Array(text.utf8), delimiter: delimiter.asciiValue ?? 0x2C, source: "t.csv")
            .map(\.fields)
    }

    private func lines(_ text: String) throws(ImportError) -> [Int] {
        try CSVReader.records(utf8: Array(text.utf8), source: "t.csv").map(\.line)
    }

    @Test(
        "RFC 4180 records",
        arguments: [
            ("a,b,c\n1,2,3\n", [["a", "b", "c"], ["1", "2", "3"]]),
            ("a,b\r\n1,2\r\n", [["a", "b"], ["1", "2"]]),
            ("a,b\r1,2\r", [["a", "b"], ["1", "2"]]),
            ("a,b\n1,2", [["a", "b"], ["1", "2"]]),
            ("a,b,\n1,2,\n", [["a", "b", ""], ["1", "2", ""]]),
            ("a,b,", [["a", "b", ""]]),
            (",,\n", [["", "", ""]]),
            ("\"a,b\",c\n", [["a,b", "c"]]),
            ("\"say \"\"hi\"\"\",x\n", [["say \"hi\"", "x"]]),
            ("\"\"\"\"\n", [["\""]]),
            ("\"\",x\n", [["", "x"]]),
            ("\"line1\nline2\",x\n", [["line1\nline2", "x"]]),
            ("\"line1\r\nline2\",x\r\n", [["line1\r\nline2", "x"]]),
            ("a, \"b, c\" ,d\n", [["a", "b, c", "d"]]),
            ("  spaced  ,x\n", [["  spaced  ", "x"]]),
            ("a\n\nb\n", [["a"], [""], ["b"]]),
            ("山田,\"株式会社\"\"テスト\"\"\"\n", [["山田", "株式会社\"テスト\""]]),
        ])
    func parses(_ text: String, _ expected: [[String]]) throws {
        #expect(try records(text) == expected)
    }

    @Test("tab- and semicolon-separated text")
    func otherDelimiters() throws {
        #expect(try records("a\tb\n\"x\ty\"\tz\n", delimiter: "\t") == [["a", "b"], ["x\ty", "z"]])
        #expect(try records("a;b\n1,5;2\n", delimiter: ";") == [["a", "b"], ["1,5", "2"]])
    }

    @Test("each record knows the line it starts on, across quoted line breaks")
    func recordLines() throws {
        #expect(try lines("h\n\"a\nb\nc\"\nd\r\ne\rf") == [1, 2, 5, 6, 7])
        #expect(try lines("h\r\n\"x\r\ny\"\r\nz\r\n") == [1, 2, 4])
    }

    @Test("each field knows the line it starts on")
    func fieldLines() throws {
        var reader = CSVReader(utf8: Array("\"a\nb\",c,\"d\ne\",f\n".utf8), source: "t.csv")
        #expect(try reader.nextRecord())
        #expect((0..<reader.fieldCount).map(reader.fieldLine) == [1, 2, 2, 3])
    }

    @Test("an unclosed quote is reported on the line where it opened")
    func unterminated() {
        #expect(throws: ImportError.unterminatedQuote(source: "t.csv", line: 2, column: 2)) {
            try records("a,b\n1,\"open\n2,3\n4,5\n")
        }
    }

    @Test("a quote inside an unquoted field is an error at its field")
    func stray() {
        #expect(throws: ImportError.strayQuote(source: "t.csv", line: 3, column: 3)) {
            try records("a,b,c\n1,2,3\n4,5,6\"7\n")
        }
    }

    @Test("text after a closing quote is an error")
    func afterQuote() {
        #expect(throws: ImportError.textAfterClosingQuote(source: "t.csv", line: 1, column: 2, found: "x")) {
            try records("a,\"b\"x,c\n")
        }
    }

    @Test("a 10 MB field is read in one piece")
    func hugeField() throws {
        let big = String(repeating: "x", count: 10_000_000)
        var reader = CSVReader(utf8: Array("name,notes\nAcme,\"\(big)\"\"\"\n".utf8), source: "t.csv")
        #expect(try reader.nextRecord())
        #expect(try reader.nextRecord())
        #expect(reader.withField(1) { $0.count } == 10_000_001)
        #expect(reader.withField(1) { $0.last } == UInt8(ascii: "\""))
        #expect(try !reader.nextRecord())
    }

    @Test("100,000 columns in one record")
    func manyColumns() throws {
        let row = (0..<100_000).map(String.init).joined(separator: ",")
        var reader = CSVReader(utf8: Array("\(row)\n\(row)\n".utf8), source: "t.csv")
        #expect(try reader.nextRecord())
        #expect(reader.fieldCount == 100_000)
        #expect(try reader.nextRecord())
        #expect(reader.field(99_999) == "99999")
    }

    @Test("an empty text has no records")
    func empty() throws {
        #expect(try records("") == [])
    }
}
