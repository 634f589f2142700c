import SalesCoachCore
import Testing

@testable import salescoach

/// The session's commands as typed values: help, completion, suggestions and
/// the errors of bad arguments all come from each command's one definition.
@Suite struct ReplCommandTests {
    private func session(_ lines: [String], language: String = "en") throws -> BinaryRunner.Result {
        try BinaryRunner.run(["--demo", "--lang", language], input: lines.joined(separator: "\n") + "\n")
    }

    /// The message the session prints for words that do not parse as `command`.
    private func parseError(_ command: any ReplCommand.Type, _ words: [String], _ language: Language) -> String? {
        do {
            _ = try ReplParsing.with(today: LocalDate(year: 2026, month: 11, day: 30)!, language: language) {
                try command.parseWords(words)
            }
            return nil
        } catch {
            return ReplParseMessage.text(for: error, command: command, words: words, language: language)
        }
    }

    @Test(
        "a bad value for a typed option names the command, the option and what it takes, in the session's language",
        arguments: [
            (ExportCommand.self as any ReplCommand.Type, ["x.csv", "--format", "xml"], Language.en,
             "export --format: expected csv, json or xlsx, found 'xml'"),
            (ExportCommand.self, ["x.csv", "--format", "xml"], .ja, "export --format：csv・json・xlsx を指定してください（'xml' は使えません）"),
            (ListCommand.self, ["--sort", "nam"], .en,
             "list --sort: expected name, segment, objective, record, last_visit, rep, priority, company_revenue, employees, growth, orders, sales or profit, found 'nam'"),
            (QuizCommand.self, ["5", "--seed", "x"], .ja, "quiz --seed：整数を指定してください（'x' は使えません）"),
            (ActualCommand.self, ["--from", "yesterday"], .en, "actual --from: expected a date YYYY-MM-DD, found 'yesterday'"),
            (PlannedCommand.self, ["add", "田中商事", "--week", "2027-W53"], .en,
             "planned add --week: 2027 has 52 ISO weeks, so there is no week 53"),
        ])
    func badOptionValue(command: any ReplCommand.Type, words: [String], language: Language, expected: String) {
        #expect(parseError(command, words, language) == expected)
    }

    @Test("an unknown option, a missing value and a stray word are each said with the command's usage")
    func otherParseErrors() {
        #expect(
            parseError(ListCommand.self, ["--sot", "name"], .en)
                == "list: unknown option '--sot' (did you mean '--sort'?); usage: \(ListCommand.syntax)")
        #expect(
            parseError(PlanCommand.self, ["--week"], .ja)
                == "plan --week には値が必要です：週（next・this・last・2026-W50・その週の日付）")
        #expect(parseError(RenameCommand.self, ["a", "b", "c"], .en) == "rename: unexpected 'c'; usage: rename OLD NEW")
    }

    @Test("'help CMD' and 'CMD --help' print the command's purpose, usage and example from its definition")
    func helpFromTheDefinition() throws {
        let result = try session(["help plan", "plan --help", "help ls"])
        let expected = [
            "plan — \(PlanCommand.configuration.abstract)",
            "  usage:   \(PlanCommand.syntax)",
            "  example: \(PlanCommand.entry.example)",
        ].joined(separator: "\n")
        #expect(result.stdout.components(separatedBy: expected).count == 3, "\(result.stdout)")
        #expect(result.stdout.contains("list — \(ListCommand.configuration.abstract)"), "an alias finds its command")
        #expect(result.stdout.contains("  also:    ls"))
        let japanese = try session(["help why"], language: "ja")
        #expect(japanese.stdout.contains("why — \(WhyCommand.entry.purposeJapanese)"), "\(japanese.stdout)")
        #expect(japanese.stdout.contains("  例：     \(WhyCommand.entry.example)"))
    }

    let completion = ReplCompletion(customerNames: ["田中商事", "Acme Industrial"])

    @Test("completion offers a command's own options, a subcommand's options, and the values a typed option takes")
    func completesOptions() {
        #expect(completion.candidates(before: "plan ", word: "--") == ["--export", "--force", "--help", "--hours", "--output-encoding", "--week"])
        #expect(completion.candidates(before: "planned move 田中商事 ", word: "--") == ["--from", "--help", "--week"])
        #expect(completion.candidates(before: "export book.csv --format ", word: "") == ["csv", "json", "xlsx"])
        #expect(completion.candidates(before: "export book.csv --output-encoding ", word: "") == ["utf-8", "utf-8-bom", "cp932"])
        #expect(completion.candidates(before: "list --sort ", word: "la") == ["last_visit"])
        #expect(completion.candidates(before: "planned add 田中商事 --week ", word: "n") == ["next"])
        #expect(completion.candidates(before: "planned ", word: "") == ["add", "move", "remove", "list", "clear", "load"])
        #expect(completion.candidates(before: "why --week ", word: "") == [], "why has no --week")
    }

    @Test("a mistyped command or subcommand gets the nearest name, in the session's language")
    func suggestsNames() throws {
        let english = try session(["lsit B", "planned ad 田中商事"])
        #expect(english.stderr.contains("unknown command 'lsit' (did you mean 'list'?)"), "\(english.stderr)")
        #expect(english.stderr.contains("planned: no subcommand 'ad' (did you mean 'add'?)"), "\(english.stderr)")
        let japanese = try session(["lsit B"], language: "ja")
        #expect(japanese.stderr.contains("'lsit' というコマンドはありません（'list' のことですか？）"), "\(japanese.stderr)")
        #expect(ReplCommands.named("LIST") != nil && ReplCommands.named("?") != nil && ReplCommands.named("q") != nil)
    }

    @Test("a line whose first word is a command but whose words do not parse as it is answered as a question")
    func unparsedCommandIsAQuestion() throws {
        #expect(parseError(ListCommand.self, ["the", "key", "accounts"], .en) != nil, "not written as 'list'")
        #expect(parseError(CheckPlanCommand.self, ["my", "plan"], .en) != nil, "not written as 'check'")
        let result = try session(["list the key accounts", "check my plan"])
        #expect(result.stdout.contains("A customers (key account"), "\(result.stdout)")
        #expect(!result.stderr.contains("error:"), "\(result.stderr)")
    }

    @Test("planned add refuses a customer name it cannot resolve, with 'did you mean' when one is close")
    func plannedAddRefusesUnknownNames() throws {
        let result = try session(["planned add 加藤ネジ工業 2", "planned add Nowhere Ltd 2", "planned list"])
        #expect(result.stderr.contains("no customer named '加藤ネジ工業' (did you mean '加藤ネジ製作所'?)"), "\(result.stderr)")
        #expect(result.stderr.contains("no customer named 'Nowhere Ltd'"), "\(result.stderr)")
        #expect(result.stdout.contains("No visits planned"), "nothing was planned: \(result.stdout)")
        #expect(result.status == 1)
    }
}
