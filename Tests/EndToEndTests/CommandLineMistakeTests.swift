import Foundation
import Testing

/// A command line wrong in itself exits 64, as the exit-code table says,
/// and every such mistake goes through the one presenter (`error:` and a
/// hint with the usage) in English as in Japanese; the help pages say the
/// same things in both languages, and Japanese usage lines name their
/// placeholders in Japanese.
@Suite struct CommandLineMistakeTests {
    static let demo = BinaryRunner.packageRoot.appendingPathComponent("examples/demo-customers.csv").path

    @Test(
        "mistakes found after parsing exit 64 with error: and no argument-parser wording",
        arguments: [
            ["classify", demo, "--format", "json", "--output-encoding", "cp932"],
            ["classify", demo, "--output-encoding", "cp932"],
            ["classify", demo, "--matrix", "picture.png"],
            ["classify", demo, "--date-format", "yyyy"],
            ["classify", demo, "--export", "report.csv"],
        ])
    func afterParsing(arguments: [String]) throws {
        let folder = try BinaryRunner.temporaryDirectory()
        let result = try BinaryRunner.run(arguments, directory: folder)
        #expect(result.status == 64, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("error: "), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.components(separatedBy: "error: ").count == 2, "said once: \(result.stderr)")
    }

    @Test("both inputs from standard input is a command-line mistake in Japanese too: exit 64, エラー:")
    func bothFromStandardInputJapanese() throws {
        let result = try BinaryRunner.run(["check", "-", "--customers", "-", "--lang", "ja"], input: "customer,visits\n")
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("エラー: "), "\(result.stderr)")
    }

    @Test("a mistake in the session's options names the program's usage and help, not the hidden session command", arguments: ["en", "ja"])
    func sessionUsage(language: String) throws {
        let result = try BinaryRunner.run(["--bogus", "--lang", language])
        #expect(result.status == 64)
        #expect(!result.stderr.contains("salescoach session"), "\(result.stderr)")
        #expect(result.stderr.contains("salescoach --help"), "\(result.stderr)")
        #expect(result.stderr.contains(language == "en" ? "usage: salescoach [<options>]" : "書式：salescoach [オプション]"), "\(result.stderr)")
    }

    @Test("the Japanese hint writes the options as the Japanese help does: [オプション], not [<options>]")
    func japaneseHintOptions() throws {
        let result = try BinaryRunner.run(["classify", "--format", "zz", "a.csv", "--lang", "ja"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("ヒント: 書式：salescoach classify [オプション] [<file>]"), "\(result.stderr)")
        #expect(!result.stderr.contains("<options>"), "\(result.stderr)")
    }

    @Test("English and Japanese help say the same: --file takes - for standard input, classify names its headers per language")
    func helpAgrees() throws {
        /// The help as one line of words: where it wraps depends on the width.
        func page(_ arguments: [String], joinedBy separator: String) throws -> String {
            try BinaryRunner.run(arguments).stdout.split(whereSeparator: \.isWhitespace).joined(separator: separator)
        }
        let english = try page(["--help", "--lang", "en"], joinedBy: " ")
        #expect(english.contains("before the session starts; - is standard input"), "\(english)")
        let japanese = try page(["--help", "--lang", "ja"], joinedBy: "")
        #expect(japanese.contains("-は標準入力"), "\(japanese)")
        let classify = try page(["classify", "--help", "--lang", "ja"], joinedBy: "")
        #expect(classify.contains("顧客名、領域、客観的評価スコア"), "\(classify)")
        #expect(!classify.contains("CSV・JSON・xlsxの項目はname"), "\(classify)")
        let englishClassify = try page(["classify", "--help", "--lang", "en"], joinedBy: " ")
        #expect(englishClassify.contains("JSON keys are always English"), "\(englishClassify)")
    }

    @Test("help for a prompt command in a Japanese session names its placeholders in Japanese")
    func japanesePlaceholders() throws {
        let result = try BinaryRunner.run(["--demo", "--lang", "ja"], input: "help planned\nhelp plan\nhelp export\nquit\n")
        #expect(result.status == 0, "\(result.stderr)")
        let usages = result.stdout.split(separator: "\n").filter { $0.contains("書式：") }
        #expect(usages.count == 3, "\(result.stdout)")
        for usage in usages {
            for english in ["NAME", "COUNT", "FILE", " N]", " W]", " H]", " E]"] {
                #expect(!usage.contains(english), "\(english) in \(usage)")
            }
        }
        #expect(usages[0].contains("planned add 名前 [回数] [--week 週]"), "\(usages[0])")
        #expect(usages[1].contains("--week next|this|YYYY-Www|日付"), "\(usages[1])")
        #expect(usages[2].contains("export ファイル [--format csv|json|xlsx]"), "\(usages[2])")
    }
}
