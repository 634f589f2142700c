import Testing

@testable import SalesCoachCore

/// The file format: what a valid entry reads as, and the exact message, with
/// file and line, for each way an editor can break one.
@Suite struct KnowledgeParserTests {
    /// A valid entry `sample` at `segments/sample.txt`, one line per element.
    static let valid = [
        "id: sample",  // 1
        "title.en: Sample",  // 2
        "title.ja: 見本",  // 3
        "triggers.en: what is a sample | show me a sample",  // 4
        "triggers.ja: 見本とは",  // 5
        "--- en",  // 6
        "Body in English.",  // 7
        "--- ja",  // 8
        "日本語の本文。",  // 9
    ]

    static func text(_ lines: [String]) -> String { lines.joined(separator: "\n") + "\n" }

    static func replacing(_ line: Int, with text: String?) -> [String] {
        var lines = valid
        if let text { lines[line - 1] = text } else { lines.remove(at: line - 1) }
        return lines
    }

    static func inserting(_ text: String, at line: Int) -> [String] {
        var lines = valid
        lines.insert(text, at: line - 1)
        return lines
    }

    @Test("a valid entry reads into every field")
    func readsAValidEntry() throws {
        let full = [
            "# a comment, then a blank line", "", "id: sample", "title.en: Sample", "title.ja: 見本",
            "triggers.en: what is a sample | show me a sample", "triggers.ja: 見本とは", "topics: sample | 見本",
            "related: other-entry", "segment: b", "intent: segmentAdvice",
        ] + Self.valid[5...]
        let entry = try KnowledgeParser.parse(Self.text(full), path: "segments/sample.txt")
        #expect(entry.id == "sample")
        #expect(entry.path == "segments/sample.txt")
        #expect(entry.title == Bilingual(en: "Sample", ja: "見本"))
        #expect(entry.triggers.en == ["what is a sample", "show me a sample"])
        #expect(entry.triggers(in: .ja) == ["見本とは"])
        #expect(entry.topics == ["sample", "見本"])
        #expect(entry.related == ["other-entry"])
        #expect(entry.segment == .b)
        #expect(entry.intent == "segmentAdvice")
        #expect(entry.body(in: .en) == "Body in English.")
        #expect(entry.body(in: .ja) == "日本語の本文。")
    }

    @Test("CRLF line ends, a byte-order mark and repeated list keys are accepted")
    func lenientInput() throws {
        let lines = Self.inserting("triggers.en: one more | what is a sample", at: 5)
        let text = "\u{FEFF}" + lines.joined(separator: "\r\n")
        let entry = try KnowledgeParser.parse(text, path: "sample.txt")
        #expect(entry.triggers.en == ["what is a sample", "show me a sample", "one more"])
        #expect(entry.body.ja == "日本語の本文。")
    }

    @Test("bodies keep one paragraph or bullet per line, with surrounding and repeated blank lines dropped")
    func bodyLayout() throws {
        let lines = Array(Self.valid[0..<6]) + ["", "First paragraph.  ", "- a bullet", "", "", "", "Second.", "", "--- ja", "一段落目。"]
        let entry = try KnowledgeParser.parse(Self.text(lines), path: "sample.txt")
        #expect(entry.body.en == "First paragraph.\n- a bullet\n\nSecond.")
        #expect(entry.paragraphs(in: .en) == ["First paragraph.", "- a bullet", "Second."])
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let testDescription: String
        let lines: [String]
        let message: String
    }

    static let cases: [Case] = [
        Case(testDescription: "a missing id points at the end of the header",
             lines: replacing(1, with: nil),
             message: "segments/sample.txt:5: missing 'id' in the header; expected a line 'id: …' before the first body marker"),
        Case(testDescription: "a misspelt key is named, with the nearest key",
             lines: replacing(3, with: "titel.ja: 見本"),
             message: "segments/sample.txt:3: unknown key 'titel.ja' (did you mean 'title.ja'?); expected one of 'id', "
                + "'title.en', 'title.ja', 'topics', 'triggers.en', 'triggers.ja', 'related', 'segment', 'intent'"),
        Case(testDescription: "a key given twice names both lines",
             lines: inserting("title.en: Another", at: 4),
             message: "segments/sample.txt:4: 'title.en' is given again (first on line 2); expected it once"),
        Case(testDescription: "a missing Japanese body points at the last line",
             lines: Array(valid[0..<7]),
             message: "segments/sample.txt:7: missing the Japanese body; expected a line '--- ja' followed by its text"),
        Case(testDescription: "an empty English body points at its marker",
             lines: replacing(7, with: "   "),
             message: "segments/sample.txt:6: the English body is empty; expected text after '--- en'"),
        Case(testDescription: "a second Japanese body names the first",
             lines: valid + ["--- ja", "もう一つ。"],
             message: "segments/sample.txt:10: a second Japanese body (the first starts on line 8); expected one per language"),
        Case(testDescription: "a body in another language is refused",
             lines: replacing(8, with: "--- fr"),
             message: "segments/sample.txt:8: unknown body language 'fr'; expected '--- en' or '--- ja'"),
        Case(testDescription: "a header line without a colon is refused",
             lines: inserting("just some words", at: 2),
             message: "segments/sample.txt:2: expected 'key: value', a '# comment' or a body marker like '--- en', "
                + "found 'just some words'"),
        Case(testDescription: "a key without a value is refused",
             lines: inserting("topics:", at: 2),
             message: "segments/sample.txt:2: 'topics' has no value; expected text after the colon"),
        Case(testDescription: "missing Japanese triggers are named",
             lines: replacing(5, with: nil),
             message: "segments/sample.txt:5: missing 'triggers.ja' in the header; expected a line 'triggers.ja: …' "
                + "before the first body marker"),
        Case(testDescription: "an empty list item is refused",
             lines: replacing(4, with: "triggers.en: what is a sample || show me"),
             message: "segments/sample.txt:4: 'triggers.en' has an empty item; expected items separated by single '|'"),
        Case(testDescription: "an id that is not kebab-case is refused",
             lines: replacing(1, with: "id: Sample_Entry"),
             message: "segments/sample.txt:1: 'id' value 'Sample_Entry' is not an id; expected lower-case words "
                + "joined by '-', like 'segment-b'"),
        Case(testDescription: "an id that differs from the file name is refused",
             lines: replacing(1, with: "id: example"),
             message: "segments/sample.txt:1: id 'example' does not match the file name; expected the file to be "
                + "named 'example.txt'"),
        Case(testDescription: "a related id that is not kebab-case is refused",
             lines: inserting("related: c-trap | C_trap", at: 2),
             message: "segments/sample.txt:2: 'related' value 'C_trap' is not an id; expected lower-case words "
                + "joined by '-', like 'segment-b'"),
        Case(testDescription: "an entry related to itself is refused",
             lines: inserting("related: sample", at: 3),
             message: "segments/sample.txt:3: 'sample' lists itself as related; expected other entries' ids"),
        Case(testDescription: "a segment other than A to D is refused",
             lines: inserting("segment: E", at: 2),
             message: "segments/sample.txt:2: segment 'E' is not a segment; expected A, B, C or D"),
        Case(testDescription: "an intent tag with spaces is refused",
             lines: inserting("intent: segment advice", at: 2),
             message: "segments/sample.txt:2: intent 'segment advice' is not a tag; expected one word of letters, "
                + "digits or '-', like 'segmentAdvice'"),
    ]

    /// The error `body` throws, nil when it throws none.
    static func failure(_ body: () throws -> Void) -> KnowledgeError? {
        do {
            try body()
            return nil
        } catch {
            return error as? KnowledgeError
        }
    }

    @Test("a broken entry is reported with file, line and what was expected", arguments: cases)
    func reportsWhereAndWhat(_ example: Case) {
        let error = Self.failure { _ = try KnowledgeParser.parse(Self.text(example.lines), path: "segments/sample.txt") }
        #expect(error?.description == example.message)
        #expect(error?.path == "segments/sample.txt")
    }

    static func file(_ path: String, id: String, related: String? = nil) -> (path: String, text: String) {
        var lines = replacing(1, with: "id: \(id)")
        if let related { lines.insert("related: \(related)", at: 5) }
        return (path, text(lines))
    }

    @Test("two files with the same id are reported at the second, naming the first")
    func duplicateID() {
        let files = [Self.file("planning/sample.txt", id: "sample"), Self.file("method/sample.txt", id: "sample")]
        #expect(throws: KnowledgeError.duplicateID(
            path: "planning/sample.txt", line: 1, id: "sample", firstPath: "method/sample.txt", firstLine: 1)) {
            try KnowledgeBase(files: files)
        }
        #expect(KnowledgeError.duplicateID(path: "planning/sample.txt", line: 1, id: "sample", firstPath: "method/sample.txt", firstLine: 1).description
            == "planning/sample.txt:1: id 'sample' is already used by method/sample.txt:1; expected every id to be unique")
    }

    @Test("a related id naming no entry is reported on its line, with the nearest id")
    func unknownRelated() {
        let files = [Self.file("c-trap.txt", id: "c-trap"), Self.file("plan-check.txt", id: "plan-check", related: "c-trapp")]
        let error = Self.failure { _ = try KnowledgeBase(files: files) }
        #expect(error?.description == "plan-check.txt:6: related id 'c-trapp' names no entry (did you mean 'c-trap'?); "
            + "expected the id of another entry")
        #expect(error?.line == 6)
    }

    @Test("files other than .txt are not entries, and no entries at all is an error")
    func onlyTextFilesAreEntries() throws {
        let readme = (path: "README.md", text: "# How to write an entry\n")
        #expect(throws: KnowledgeError.noEntries) { try KnowledgeBase(files: [readme]) }
        let base = try KnowledgeBase(files: [readme, Self.file("sample.txt", id: "sample")])
        #expect(base.entries.map(\.id) == ["sample"])
        #expect(base.entry(id: "README") == nil)
    }

    @Test("lines end at LF, CR LF or a lone CR, and a file's last line break adds no line of its own")
    func lineEnds() {
        #expect(KnowledgeParser.lines(of: "a\nb\r\nc\rd") == ["a", "b", "c", "d"])
        #expect(KnowledgeParser.lines(of: "一\r\n\r\n二\n") == ["一", "", "二", ""])
        #expect(KnowledgeParser.lines(of: "") == [""])
    }
}
