import SalesCoachCore
import Testing

@testable import SalesCoachTerminal

@Suite struct StyleTests {
    @Test("with color off, styling returns the text untouched", arguments: Segment.allCases)
    func colorOff(_ segment: Segment) {
        #expect(Palette.segment(segment).apply(to: "田中商事", mode: .off) == "田中商事")
    }

    @Test(
        "each segment has its own SGR codes",
        arguments: [
            (Segment.a, "\u{1B}[32mA\u{1B}[0m"),
            (Segment.b, "\u{1B}[1;36mB\u{1B}[0m"),
            (Segment.c, "\u{1B}[33mC\u{1B}[0m"),
            (Segment.d, "\u{1B}[90mD\u{1B}[0m"),
        ])
    func segmentColors(_ segment: Segment, _ expected: String) {
        #expect(Palette.segment(segment).apply(to: segment.rawValue, mode: .on) == expected)
    }

    @Test("every line is reset on its own")
    func multiLine() {
        let styled = Palette.warning.apply(to: "one\n\ntwo", mode: .on)
        #expect(styled == "\u{1B}[1;31mone\u{1B}[0m\n\n\u{1B}[1;31mtwo\u{1B}[0m")
    }

    @Test("plain style adds nothing even with color on")
    func plain() {
        #expect(Style.plain.apply(to: "x", mode: .on) == "x")
    }

    struct DetectCase: Sendable, CustomTestStringConvertible {
        let environment: [String: String]
        let isTerminal: Bool
        let expected: ColorMode
        let what: String
        var testDescription: String { what }
    }

    @Test(
        "color follows NO_COLOR, the terminal and TERM",
        arguments: [
            DetectCase(
                environment: ["TERM": "xterm-256color"], isTerminal: true, expected: .on,
                what: "a terminal gets color"),
            DetectCase(
                environment: ["TERM": "xterm-256color"], isTerminal: false, expected: .off,
                what: "a pipe gets none"),
            DetectCase(
                environment: ["NO_COLOR": "1"], isTerminal: true, expected: .off,
                what: "NO_COLOR turns it off"),
            DetectCase(
                environment: ["NO_COLOR": ""], isTerminal: true, expected: .on,
                what: "an empty NO_COLOR is ignored"),
            DetectCase(
                environment: ["TERM": "dumb"], isTerminal: true, expected: .off,
                what: "a dumb terminal gets none"),
        ])
    func detect(_ example: DetectCase) {
        #expect(
            ColorMode.detect(environment: example.environment, isTerminal: example.isTerminal)
                == example.expected)
    }
}
