import Testing

@testable import SalesCoachTerminal

@Suite struct TerminalTextTests {
    struct EscapeCase: Sendable, CustomTestStringConvertible {
        let input: String
        let shown: String
        let what: String
        var testDescription: String { what }
    }

    @Test(
        "hostile characters are shown as visible escapes",
        arguments: [
            EscapeCase(
                input: "\u{1B}[31mRed Corp\u{1B}[0m", shown: "\\x1B[31mRed Corp\\x1B[0m",
                what: "a CSI color sequence"),
            EscapeCase(
                input: "\u{1B}]0;owned\u{07}Acme", shown: "\\x1B]0;owned\\x07Acme",
                what: "an OSC title sequence ended by BEL"),
            EscapeCase(
                input: "\u{1B}]8;;http://x\u{1B}\\link", shown: "\\x1B]8;;http://x\\x1B\\link",
                what: "an OSC hyperlink"),
            EscapeCase(input: "\u{9B}2J", shown: "\\x9B2J", what: "the one-byte C1 CSI"),
            EscapeCase(input: "a\u{7F}b\u{00}c", shown: "a\\x7Fb\\x00c", what: "DEL and NUL"),
            EscapeCase(
                input: "two\nlines\tand\rback", shown: "two\\nlines\\tand\\rback",
                what: "line breaks and tabs in one line"),
            EscapeCase(
                input: "abc\u{202E}fed", shown: "abc\\u{202E}fed", what: "a right-to-left override"),
            EscapeCase(
                input: "\u{2067}x\u{2069}", shown: "\\u{2067}x\\u{2069}", what: "bidi isolates"),
            EscapeCase(
                input: "a\u{200B}b\u{200D}c\u{FEFF}", shown: "a\\u{200B}b\\u{200D}c\\u{FEFF}",
                what: "zero-width characters"),
            EscapeCase(input: "x\u{2028}y", shown: "x\\u{2028}y", what: "a line separator"),
            EscapeCase(
                input: "Z\u{301}\u{302}\u{303}\u{304}\u{305}",
                shown: "Z\u{301}\u{302}\u{303}\\u{304}\\u{305}",
                what: "a long stack of combining marks"),
        ])
    func escapes(_ example: EscapeCase) {
        #expect(TerminalText.sanitize(example.input) == example.shown)
    }

    @Test(
        "ordinary names pass through unchanged",
        arguments: [
            "Acme Trading", "株式会社田中商事", "ｱｲｳ商店", "Café Noir", "葛\u{E0100}飾", "😀 Smile Inc.",
            "O'Brien & Sons\\Ltd",
        ])
    func unchanged(_ name: String) {
        #expect(TerminalText.sanitize(name) == name)
    }

    @Test("multi-line text keeps its line breaks but not its escapes")
    func multiLine() {
        let note = "first\r\nsecond\n\u{1B}[2Jthird\ttab"
        #expect(
            TerminalText.sanitize(note, mode: .multiLine) == "first\nsecond\n\\x1B[2Jthird\\ttab")
    }

    @Test("nothing that needs escaping survives sanitizing")
    func noControlSurvives() {
        var everything = String.UnicodeScalarView()
        for value in UInt32(0)...0x2FFF {
            if let scalar = Unicode.Scalar(value) { everything.append(scalar) }
        }
        let sanitized = TerminalText.sanitize(String(everything))
        #expect(!sanitized.unicodeScalars.contains(where: TerminalText.needsEscape))
    }
}
