import Testing

@testable import SalesCoachCore

@Suite struct NumberParserTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let text: String
        let value: Double
        var testDescription: String { "'\(text)' reads as \(value)" }
    }

    @Test(
        "numbers as CRMs and spreadsheets write them",
        arguments: [
            Case(text: "1234", value: 1234),
            Case(text: "  42 ", value: 42),
            Case(text: "3.25", value: 3.25),
            Case(text: ".5", value: 0.5),
            Case(text: "+7", value: 7),
            Case(text: "1,234", value: 1234),
            Case(text: "1,234,567.89", value: 1_234_567.89),
            Case(text: "１，２３４", value: 1234),
            Case(text: "１２３．５", value: 123.5),
            Case(text: "¥1,234", value: 1234),
            Case(text: "￥1,234", value: 1234),
            // Japanese Excel's yen sign in a Shift_JIS file is byte 0x5C, a backslash once decoded.
            Case(text: "\\1,200,000", value: 1_200_000),
            Case(text: "$1,234.50", value: 1234.5),
            Case(text: "€99", value: 99),
            Case(text: "1,234円", value: 1234),
            Case(text: "1234 JPY", value: 1234),
            Case(text: "JPY 1234", value: 1234),
            Case(text: "12万", value: 120_000),
            Case(text: "1.5億", value: 150_000_000),
            Case(text: "1億2000万", value: 120_000_000),
            Case(text: "1億2000万円", value: 120_000_000),
            Case(text: "2千万", value: 20_000_000),
            Case(text: "1万2千500", value: 12_500),
            Case(text: "1.23万", value: 12_300),
            Case(text: "3兆", value: 3e12),
            Case(text: "5千", value: 5000),
            Case(text: "１２万", value: 120_000),
            Case(text: "1万2500", value: 12_500),
            Case(text: "200K", value: 200_000),
            Case(text: "1.5M", value: 1_500_000),
            Case(text: "$2.4B", value: 2_400_000_000),
            Case(text: "5%", value: 5),
            Case(text: "-3.5%", value: -3.5),
            Case(text: "１２％", value: 12),
            Case(text: "-5", value: -5),
            Case(text: "\u{2212}5", value: -5),
            Case(text: "－5", value: -5),
            Case(text: "▲5", value: -5),
            Case(text: "△1,234", value: -1234),
            Case(text: "▲ 12万", value: -120_000),
            Case(text: "(1,234)", value: -1234),
            Case(text: "（1,234）", value: -1234),
            Case(text: "-¥1,234", value: -1234),
            Case(text: "¥-1,234", value: -1234),
            Case(text: "-0", value: 0),
            Case(text: "-0.0", value: 0),
            Case(text: "▲0", value: 0),
            Case(text: "1.2e6", value: 1_200_000),
            Case(text: "1E-2", value: 0.01),
            Case(text: "0.1", value: 0.1),
            Case(text: "123456789012345678901234", value: 1.2345678901234568e23),
            Case(text: "0.30000000000000004", value: 0.30000000000000004),
        ])
    func readsValue(_ example: Case) throws {
        let value = try #require(try NumberParser.parse(example.text))
        #expect(value == example.value)
        #expect(value.sign == .plus || value != 0, "zero is never negative")
    }

    @Test("blank cells and not-available markers are missing, never zero",
          arguments: ["", "   ", "\u{3000}", "N/A", "n/a", "#N/A", "NA", "null", "none", "不明", "なし", "該当なし"])
    func readsMissing(_ text: String) throws {
        #expect(try NumberParser.parse(text) == nil)
    }

    struct Failure: Sendable, CustomTestStringConvertible {
        let text: String
        let reason: NumberFormatError
        var testDescription: String { "'\(text)' is refused: \(reason)" }
    }

    @Test(
        "cells that are not numbers are refused with a reason",
        arguments: [
            Failure(text: "abc", reason: .notANumber),
            Failure(text: "12abc", reason: .notANumber),
            Failure(text: "1.2.3", reason: .notANumber),
            Failure(text: "1 2", reason: .notANumber),
            Failure(text: "--5", reason: .notANumber),
            Failure(text: "(-5)", reason: .notANumber),
            Failure(text: "¥", reason: .notANumber),
            Failure(text: "%", reason: .notANumber),
            Failure(text: "1e", reason: .notANumber),
            Failure(text: "NaN", reason: .notFinite),
            Failure(text: "nan", reason: .notFinite),
            Failure(text: "inf", reason: .notFinite),
            Failure(text: "-Infinity", reason: .notFinite),
            Failure(text: "1e309", reason: .outOfRange),
            Failure(text: "-1e309", reason: .outOfRange),
            Failure(text: "9e307万", reason: .outOfRange),
            Failure(text: "1,23", reason: .misplacedSeparator),
            Failure(text: "12,5", reason: .misplacedSeparator),
            Failure(text: "1234,567", reason: .misplacedSeparator),
            Failure(text: "1,2345", reason: .misplacedSeparator),
            Failure(text: "1,234,5.6", reason: .misplacedSeparator),
            Failure(text: "1,000e3", reason: .misplacedSeparator),
            Failure(text: "-", reason: .ambiguousDash),
            Failure(text: "―", reason: .ambiguousDash),
            Failure(text: "#DIV/0!", reason: .spreadsheetError("#DIV/0!")),
            Failure(text: "#VALUE!", reason: .spreadsheetError("#VALUE!")),
            Failure(text: "3万2億", reason: .unitOrder),
            Failure(text: "1万1万", reason: .unitOrder),
            Failure(text: "2千3千", reason: .unitOrder),
        ])
    func refuses(_ example: Failure) {
        #expect(throws: example.reason) { try NumberParser.parse(example.text) }
    }

    @Test("the fast byte path and the general path agree", arguments: ["0", "7", "-12", "1,234", "1,234.5", "99999999999999999", "12.3456789"])
    func pathsAgree(_ text: String) throws {
        let fast = try NumberParser.parse(text)
        let general = try NumberParser.parse("\u{3000}" + text)
        #expect(fast == general)
        #expect(fast == Double(text.replacingOccurrences(of: ",", with: "")))
    }
}
