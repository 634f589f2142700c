import Foundation
import TestSupport
import Testing

@testable import SalesCoachCore

/// Every error a user can cause reads in Japanese with the same place (file,
/// line, column) and the same expectation as in English, and English stays
/// as it was.
@Suite struct JapaneseMessageTests {
    /// A message to check: its Japanese must name every one of `places`.
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let message: any UserMessage & Sendable
        let places: [String]
        var testDescription: String { name }
    }

    static let column = ImportColumn(number: 3, header: "employees")

    static let importErrors: [Case] = [
        Case(name: "an unknown --encoding", message: ImportError.unknownEncodingName("latin9"), places: ["latin9"]),
        Case(name: "an empty file", message: ImportError.emptyFile(source: "a.csv"), places: ["a.csv"]),
        Case(name: "a binary file", message: ImportError.binaryFile(source: "a.csv", kind: .pdf), places: ["a.csv", "PDF文書"]),
        Case(name: "a NUL byte", message: ImportError.nulByte(source: "a.csv", line: 4, column: 2, offset: 70), places: ["a.csv", "4行", "2列目", "70"]),
        Case(name: "bytes not in the encoding named", message: ImportError.undecodable(source: "a.csv", line: 9, encoding: .shiftJIS), places: ["a.csv", "9行目"]),
        Case(name: "neither UTF-8 nor Shift_JIS", message: ImportError.unrecognisedEncoding(source: "a.csv", line: 9), places: ["a.csv", "9行目"]),
        Case(name: "a byte-order mark against the encoding named", message: ImportError.byteOrderMarkMismatch(source: "a.csv", found: .utf16LittleEndian, requested: .utf8), places: ["a.csv", "UTF-16 LE", "UTF-8"]),
        Case(name: "a quote never closed", message: ImportError.unterminatedQuote(source: "a.csv", line: 5, column: 2), places: ["a.csv", "5行", "2列目"]),
        Case(name: "a stray quote", message: ImportError.strayQuote(source: "a.csv", line: 5, column: 2), places: ["a.csv", "5行", "2列目"]),
        Case(name: "text after a closing quote", message: ImportError.textAfterClosingQuote(source: "a.csv", line: 5, column: 2, found: "x"), places: ["a.csv", "5行", "2列目", "「x」"]),
        Case(
            name: "no customer name column",
            message: ImportError.missingNameColumn(source: "a.csv", line: 1, found: ["company_x", "sales"], accepted: ["name", "顧客名"]),
            places: ["a.csv", "1行目", "「company_x」", "顧客名"]),
        Case(
            name: "two columns for one field",
            message: ImportError.ambiguousColumns(
                source: "a.csv", line: 1, field: .metric(.sales), first: ImportColumn(number: 2, header: "sales"),
                second: ImportColumn(number: 5, header: "売上")),
            places: ["a.csv", "1行目", "2列目（sales）", "5列目（売上）"]),
        Case(name: "no customer rows", message: ImportError.noCustomerRows(source: "a.csv"), places: ["a.csv"]),
        Case(name: "a ragged row", message: ImportError.raggedRow(source: "a.csv", line: 7, found: 2, expected: 4), places: ["a.csv", "7行目", "2個", "4個"]),
        Case(
            name: "a bad number", message: ImportError.badNumber(source: "a.csv", line: 12, column: column, found: "abc", reason: .notANumber),
            places: ["a.csv", "12行目", "3列目（employees）", "「abc」"]),
        Case(
            name: "a bad date",
            message: ImportError.badDate(source: "a.csv", line: 12, column: column, found: "2026-02-30", reason: .noSuchDay(year: 2026, month: 2, day: 30)),
            places: ["a.csv", "12行目", "3列目", "「2026-02-30」"]),
        Case(name: "an empty name", message: ImportError.emptyName(source: "a.csv", line: 12, column: column), places: ["a.csv", "12行目", "3列目"]),
        Case(
            name: "a duplicate customer",
            message: ImportError.duplicateName(source: "a.csv", line: 9, name: "Acme", firstLine: 3, firstName: "ACME", rep: "Sato"),
            places: ["a.csv", "9行目", "3行目", "「Acme」", "「ACME」", "「Sato」"]),
        Case(
            name: "a merged total too large",
            message: ImportError.mergedTotalOutOfRange(source: "a.csv", line: 9, name: "Acme", firstLine: 3, metric: .sales),
            places: ["a.csv", "9行目", "3行目", "「Acme」"]),
        Case(
            name: "a bad number in a sheet",
            message: ImportError.inSheet(
                sheet: "Sheet1", problem: .badNumber(source: "b.xlsx", line: 7, column: column, found: "abc", reason: .notANumber)),
            places: ["b.xlsx", "シート「Sheet1」", "セルC7"]),
        Case(
            name: "a sheet without a name column",
            message: ImportError.inSheet(
                sheet: "Sheet1", problem: .missingNameColumn(source: "b.xlsx", line: 1, found: ["x"], accepted: ["name"])),
            places: ["b.xlsx", "シート「Sheet1」", "1行目"]),
    ]

    static let otherErrors: [Case] = [
        Case(name: "a number with a decimal comma", message: NumberFormatError.misplacedSeparator, places: ["1.5"]),
        Case(name: "a spreadsheet error value", message: NumberFormatError.spreadsheetError("#DIV/0!"), places: ["#DIV/0!"]),
        Case(name: "a plan file without a customer column", message: PlanFileError.missingColumn(source: "p.csv", expected: .customerColumn, found: ["x"]), places: ["p.csv", "1行目", "顧客名"]),
        Case(name: "a ragged plan row", message: PlanFileError.ragged(source: "p.csv", line: 3, cells: 1, expected: 2), places: ["p.csv", "3行目", "1個", "2個"]),
        Case(
            name: "a bad visits cell",
            message: PlanFileError.badValue(source: "p.csv", line: 3, column: 2, header: "visits", found: "many", expected: .wholeVisits),
            places: ["p.csv", "3行", "2列目（visits）", "「many」", "1,000"]),
        Case(
            name: "a visit log date after today",
            message: PlanFileError.badValue(
                source: "v.csv", line: 4, column: 2, header: "date", found: "2027-01-01",
                expected: .dateNotAfter(LocalDate(year: 2026, month: 11, day: 30)!, reason: .notADate)),
            places: ["v.csv", "4行", "2列目（date）", "2026-11-30"]),
        Case(name: "an empty plan file", message: PlanFileError.empty(source: "p.csv"), places: ["p.csv"]),
        Case(name: "an unreadable plan file", message: PlanFileError.unreadable(.strayQuote(source: "p.csv", line: 2, column: 1)), places: ["p.csv", "2行"]),
        Case(name: "a config line that is not TOML", message: ConfigError.inFile(source: "c.toml", line: 2, .oldSyntax(line: 2, found: "mode = relative", fix: #"mode = "relative""#)), places: ["c.toml", "2行目"]),
        Case(name: "a config value out of range", message: ConfigError.inFile(source: "c.toml", line: 4, .invalidValue(key: "cut", value: "2", expected: .wholeNumber(0...1))), places: ["c.toml", "4行目", "cut"]),
        Case(name: "a character CP932 cannot hold", message: ExportError.unencodable(character: "😀", row: 3, line: 4, field: "Acme 😀"), places: ["3行目", "4行目", "U+1F600"]),
        Case(name: "a week not read", message: DateSpecError.notAWeek("someday"), places: ["someday"]),
        Case(name: "a day that is not a day", message: DateSpecError.notADay("2/30", reason: .noSuchDay(year: 2026, month: 2, day: 30)), places: ["2/30", "30日"]),
        Case(
            name: "a day that could be two",
            message: DateSpecError.ambiguous(
                "last friday", candidates: [LocalDate(year: 2026, month: 12, day: 4)!, LocalDate(year: 2026, month: 11, day: 27)!], weekday: "friday"),
            places: ["2026-12-04", "2026-11-27", "'friday'"]),
    ]

    @Test("the Japanese import error has no English sentence and keeps the file, line and column", arguments: importErrors)
    func importError(_ check: Case) {
        expectJapanese(check)
    }

    @Test("the Japanese number, plan-file, config, export and day errors have no English sentence and keep their place", arguments: otherErrors)
    func otherError(_ check: Case) {
        expectJapanese(check)
    }

    private func expectJapanese(_ check: Case) {
        let text = check.message.text(in: .ja)
        #expect(englishSentence(in: text) == nil, "\(text)")
        #expect(text.unicodeScalars.contains { $0.value >= 0x3040 }, "\(text)")
        for place in check.places { #expect(text.contains(place), "\(place) in \(text)") }
        #expect(text != check.message.text(in: .en))
    }

    @Test("English is unchanged: the structure errors still read as before")
    func englishUnchanged() {
        #expect(
            ImportError.missingNameColumn(source: "a.csv", line: 1, found: ["company_x"], accepted: ["name", "顧客名"]).text(in: .en)
                == "a.csv, line 1: no customer name column; found 'company_x'; expected one of: name, 顧客名 "
                + "(or map a column to name in the config file's [columns] section)")
        #expect(
            ImportError.badNumber(source: "a.csv", line: 12, column: Self.column, found: "abc", reason: .notANumber).text(in: .en)
                == "a.csv, line 12, column 3 (employees): expected a number, found 'abc'")
        #expect(
            PlanFileError.badValue(source: "p.csv", line: 3, column: 2, header: "visits", found: "many", expected: .wholeVisits).description
                == "p.csv, line 3, column 2 (visits): expected a whole number of visits from 0 to 1,000, found 'many'")
        #expect(
            PlanFileError.missingColumn(source: "v.csv", expected: .visitLogHeader, found: []).description
                == "v.csv, line 1: expected a header such as 'customer,date,rep', found an empty header")
        #expect(NumberFormatError.ambiguousDash.text(in: .en) == NumberFormatError.ambiguousDash.description)
    }

    @Test("a duplicate row's reason in Japanese drops the file name, as in English")
    func duplicateReason() {
        let error = ImportError.duplicateName(source: "a.csv", line: 9, name: "Acme", firstLine: 3, firstName: "Acme", rep: nil)
        #expect(error.reason(in: .en) == "line 9: duplicate customer 'Acme' (already on line 3); rename one, or merge the rows")
        #expect(error.reason(in: .ja).hasPrefix("9行目：顧客「Acme」が重複しています"), "\(error.reason(in: .ja))")
    }

    @Test("import warnings in Japanese keep the line and column, and the sheet's cell")
    func importWarnings() {
        let negative = ImportWarning.negativeValue(source: "a.csv", line: 4, column: Self.column, value: -3)
        #expect(negative.text(in: .ja) == "a.csv 4行目、3列目（employees）：負の値 -3 があります")
        #expect(negative.text(in: .en) == "a.csv, line 4, column 3 (employees): negative value -3")
        let inSheet = ImportWarning.inSheet(sheet: "Sheet1", warning: negative)
        #expect(inSheet.text(in: .ja) == "a.csv シート「Sheet1」セルC4（employees）：負の値 -3 があります")
        #expect(inSheet.text(in: .en) == inSheet.description)
        #expect(inSheet.description == "a.csv, sheet 'Sheet1', cell C4 (employees): negative value -3")
        let merged = ImportWarning.mergedDuplicates(source: "a.csv", count: 1, examples: [MergedDuplicate(name: "Acme", rep: nil, lines: [2, 5])])
        #expect(merged.text(in: .ja) == "a.csv：重複していた顧客1社をまとめました：「Acme」2・5行目")
    }

    @Test("a count reads as English plural or a Japanese counter", arguments: [
        (1, Language.en, "1 visit"), (2, .en, "2 visits"), (0, .en, "0 visits"), (1, .ja, "1件"), (3, .ja, "3件"),
    ])
    func counted(count: Int, language: Language, text: String) {
        #expect(Counted(count, "visit", counter: "件").text(in: language) == text)
    }
}
