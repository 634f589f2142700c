import Foundation
import TestSupport
import Testing

/// A whole Japanese session through the binary, as a rep would type it:
/// loading, lists, the plan, the check, an explanation, the lesson and the
/// quiz, questions, and a run of mistakes. No line of what it prints is in
/// English only.
@Suite struct JapaneseSessionTests {
    static let script = """
        load examples/demo-customers.csv
        list
        list B
        plan
        なぜ？
        plan accept
        check
        why 田中商事
        show Vertex Automotive
        summary
        matrix
        visit 田中商事 yesterday
        visits
        moves
        history 田中商事
        今週は誰を訪問すべき？
        Aランクは何社？
        BとCの違いは？
        sql
        load nothere.csv
        load examples
        set 田中商事 sales=abc
        plan --week zz
        lsit
        visit 田中商事 2/30
        config set plan.capacity=abc
        export /proc/none/x.csv
        help
        learn
        A
        stop
        quiz 2 --seed 7
        A
        B
        quit

        """

    /// A line with Latin words and no Japanese, once what may stay as it is
    /// has been taken out: the book's customer and rep names, file paths,
    /// commands, options and values the user types (in quotes, `<value>`),
    /// and environment variables.
    static func englishOnly(_ line: String, names: [String]) -> String? {
        // Kana, kanji, and Japanese punctuation (「」、。（）) mark a Japanese line.
        let japanese: [ClosedRange<UInt32>] = [0x3000...0x30FF, 0x4E00...0x9FFF, 0xFF00...0xFFEF]
        if line.unicodeScalars.contains(where: { scalar in japanese.contains { $0.contains(scalar.value) } }) {
            return nil
        }
        var rest = line
        for name in names.sorted(by: { $0.count > $1.count }) { rest = rest.replacingOccurrences(of: name, with: " ") }
        for pattern in [#"'[^']*'"#, #"`[^`]*`"#, #"\S*/\S*"#, #"--[a-z-]+"#, #"<[^>]*>"#, #"\b[A-Z][A-Z0-9_]+\b"#] {
            rest = rest.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        let words = rest.matches(of: /[A-Za-z]{2,}/).map { String($0.output) }
        return words.isEmpty ? nil : line
    }

    /// The customer and rep names of the demo book, from its CSV.
    static func bookNames() throws -> [String] {
        let text = try String(contentsOf: BinaryRunner.packageRoot.appendingPathComponent("examples/demo-customers.csv"), encoding: .utf8)
        var names: Set<String> = []
        for row in text.split(separator: "\n").dropFirst() {
            let cells = row.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            names.insert(cells[0])
            if cells.count > 8, !cells[8].isEmpty { names.insert(cells[8]) }
        }
        return Array(names)
    }

    @Test("a Japanese session from load to quit prints no line in English only, on stdout or stderr")
    func noEnglishOnlyLine() throws {
        let result = try BinaryRunner.run(["--lang", "ja", "--ephemeral"], input: Self.script)
        let names = try Self.bookNames()
        let lines = (result.stdout + result.stderr).split(separator: "\n").map(String.init)
        #expect(lines.count > 200, "the session ran: \(lines.count) lines")
        #expect(result.stderr.components(separatedBy: "エラー: ").count - 1 == 8, "\(result.stderr)")
        let english = lines.compactMap { Self.englishOnly($0, names: names) }
        #expect(english.isEmpty, "\(english.joined(separator: "\n"))")
    }

    @Test("the check that finds English-only lines finds them, and lets names, paths and typed commands be")
    func checkerFindsEnglish() {
        let names = ["Vertex Automotive", "Emily Carter"]
        #expect(Self.englishOnly("I can't answer that: I only know your customer list", names: names) != nil)
        #expect(Self.englishOnly("  Vertex Automotive   B   91.0   18.9   Emily Carter", names: names) == nil)
        #expect(Self.englishOnly("  2026-12-03  C  33.1 / 82.7  · examples/demo-customers.csv", names: names) == nil)
        #expect(Self.englishOnly("エラー: nothere.csv：そのようなファイルはありません", names: names) == nil)
        #expect(Self.englishOnly("  'plan accept --week next'", names: names) == nil)
    }

    @Test("--help in a Japanese run is the Japanese page, the root's or a command's: no line in English only, exit 0", arguments: [
        ["--help", "--lang", "ja"], ["--lang", "ja", "-h"], ["help", "--lang", "ja"], ["classify", "--help", "--lang", "ja"],
        ["check", "-h"], ["help", "team"], ["sql", "--help", "--lang", "ja"],
    ])
    func help(arguments: [String]) throws {
        let result = try BinaryRunner.run(arguments, environment: ["LANG": "ja_JP.UTF-8"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("概要: "), "\(result.stdout)")
        #expect(result.stdout.contains("オプション:"))
        let english = result.stdout.split(separator: "\n").compactMap { Self.englishOnly(String($0), names: []) }
        #expect(english.isEmpty, "\(english.joined(separator: "\n"))")
    }

    @Test("--help in English is argument-parser's, as before", arguments: [["--help", "--lang", "en"], ["classify", "--help"]])
    func helpInEnglish(arguments: [String]) throws {
        let result = try BinaryRunner.run(arguments, environment: ["LANG": "C"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("OVERVIEW: "))
    }
}
