import SalesCoachCore
import Testing

@testable import salescoach

/// The language comes from `--lang`, else from the locale for messages as
/// POSIX picks it, where a variable set to the empty string counts as unset.
@Suite struct LanguageChoiceTests {
    @Test(
        "the locale for messages is the first of LC_ALL, LC_MESSAGES and LANG that is set and not empty",
        arguments: [
            (["LANG": "ja_JP.UTF-8"], "ja_JP.UTF-8"),
            (["LC_ALL": "", "LANG": "ja_JP.UTF-8"], "ja_JP.UTF-8"),
            (["LC_ALL": "", "LC_MESSAGES": "", "LANG": "ja_JP.UTF-8"], "ja_JP.UTF-8"),
            (["LC_ALL": "C", "LANG": "ja_JP.UTF-8"], "C"),
            (["LC_MESSAGES": "ja_JP.UTF-8", "LANG": "en_US.UTF-8"], "ja_JP.UTF-8"),
            (["LC_ALL": "en_US.UTF-8", "LC_MESSAGES": "ja_JP.UTF-8"], "en_US.UTF-8"),
            (["LC_ALL": "", "LC_MESSAGES": "", "LANG": ""], ""),
            ([:], ""),
        ])
    func messageLocale(environment: [String: String], locale: String) {
        #expect(Language.messageLocale(environment) == locale)
    }

    @Test("--lang wins over the locale; without it a Japanese locale gives Japanese, an empty LC_ALL is no locale")
    func language() {
        #expect(Language.fromEnvironment(nil, ["LC_ALL": "", "LANG": "ja_JP.UTF-8"]) == .ja)
        #expect(Language.fromEnvironment(.en, ["LC_ALL": "", "LANG": "ja_JP.UTF-8"]) == .en)
        #expect(Language.fromEnvironment(nil, ["LC_ALL": "C.UTF-8", "LANG": "ja_JP.UTF-8"]) == .en)
        #expect(Language.fromEnvironment(nil, ["LANG": ""]) == .en)
    }

    @Test("a session started with LC_ALL set but empty and a Japanese LANG speaks Japanese")
    func emptyLCAllEndToEnd() throws {
        let result = try BinaryRunner.run(
            ["--demo"], input: "help\nquit\n", environment: ["LC_ALL": "", "LC_MESSAGES": "", "LANG": "ja_JP.UTF-8"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("基準・重み・訪問数・方針の表示と変更"))
    }

    @Test("with no language chosen, commands follow the language the rep last asked in")
    func commandsFollowQuestions() throws {
        let input = "田中商事はなぜC？\nvisits\nwho should I visit this week?\nvisits\nquit\n"
        let result = try BinaryRunner.run(["--demo", "--ephemeral"], input: input, environment: ["LANG": "C.UTF-8"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let japanese = try #require(result.stdout.range(of: "記録された訪問はありません"))
        let english = try #require(result.stdout.range(of: "No visits logged"))
        #expect(japanese.lowerBound < english.lowerBound, "\(result.stdout)")
    }

    @Test("a language the locale or --lang chose stays for commands whatever the questions' language")
    func chosenLanguageStays() throws {
        let input = "田中商事はなぜC？\nvisits\nquit\n"
        let english = try BinaryRunner.run(["--demo", "--ephemeral"], input: input, environment: ["LANG": "en_US.UTF-8"])
        #expect(english.stdout.contains("No visits logged"), "\(english.stdout)")
        let flagged = try BinaryRunner.run(["--demo", "--ephemeral", "--lang", "en"], input: input, environment: ["LANG": "C.UTF-8"])
        #expect(flagged.stdout.contains("No visits logged"), "\(flagged.stdout)")
        #expect(!flagged.stdout.contains("記録された訪問はありません"))
    }
}
