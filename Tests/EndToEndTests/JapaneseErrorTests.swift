import Foundation
import TestSupport
import Testing

/// A run in Japanese (`--lang ja`, or a Japanese locale) says what went wrong
/// in Japanese only: every line on stderr has a Japanese prefix and no
/// English sentence, and the exit codes are those of the English run.
@Suite struct JapaneseErrorTests {
    static let prefixes = ["エラー: ", "警告: ", "注: ", "ヒント: "]

    /// Files for one test, in a fresh folder the binary runs in.
    static func folder(_ files: [String: String]) throws -> URL {
        let home = try BinaryRunner.temporaryDirectory()
        for (name, text) in files {
            try text.write(to: home.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return home
    }

    static func run(_ arguments: [String], input: String = "", files: [String: String], environment: [String: String] = [:]) throws
        -> BinaryRunner.Result
    {
        let home = try folder(files)
        return try BinaryRunner.run(arguments, input: input, home: home, environment: environment, directory: home)
    }

    /// Every line of stderr is Japanese, under one of the Japanese prefixes
    /// (or indented under one, when wrapped).
    static func expectOnlyJapanese(_ stderr: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let lines = stderr.split(separator: "\n").map(String.init)
        #expect(!lines.isEmpty, "nothing on stderr", sourceLocation: sourceLocation)
        for line in lines {
            #expect(prefixes.contains { line.hasPrefix($0) } || line.hasPrefix(" "), "\(line)", sourceLocation: sourceLocation)
            #expect(englishSentence(in: line) == nil, "\(line)", sourceLocation: sourceLocation)
            #expect(!line.hasPrefix("error:") && !line.hasPrefix("Error:"), "\(line)", sourceLocation: sourceLocation)
        }
    }

    @Test("a session started on a CSV with a bad number cell fails in Japanese, naming the row, the column and the cell; exit 2")
    func badNumberCell() throws {
        let result = try Self.run(
            ["--lang", "ja", "--ephemeral", "--file", "bad.csv"], files: ["bad.csv": "name,sales,employees\nAcme,12x,5\n"])
        #expect(result.status == 2)
        Self.expectOnlyJapanese(result.stderr)
        #expect(result.stderr.contains("エラー: bad.csv 2行目、2列目（sales）：数値のはずですが「12x」です"), "\(result.stderr)")
    }

    @Test("classify of a CSV without a name column fails in Japanese, listing the headers found; exit 1")
    func missingNameColumn() throws {
        let result = try Self.run(["classify", "--lang", "ja", "noname.csv"], files: ["noname.csv": "company_x,sales\nAcme,12\n"])
        #expect(result.status == 1)
        Self.expectOnlyJapanese(result.stderr)
        #expect(result.stderr.contains("noname.csv 1行目：顧客名の列がありません"), "\(result.stderr)")
        #expect(result.stderr.contains("「company_x」、「sales」"), "\(result.stderr)")
    }

    @Test("a config file that is not TOML stops a Japanese session in Japanese, with the file and the line; exit 2")
    func badConfig() throws {
        let result = try Self.run(["--lang", "ja", "--ephemeral", "--config", "bad.toml"], files: ["bad.toml": "version = 1\nmode = relative\n"])
        #expect(result.status == 2)
        Self.expectOnlyJapanese(result.stderr)
        #expect(result.stderr.contains("bad.toml の2行目"), "\(result.stderr)")
    }

    @Test(
        "a bad option value is refused in Japanese with the command's usage and help as the hint; exit 64",
        arguments: [
            (["classify", "--lang", "ja", "--format", "zz", "a.csv"], [:]),
            (["--lang", "ja", "--encoding", "latin9"], [:]),
            (["classify", "--lang", "jp", "a.csv"], ["LANG": "ja_JP.UTF-8"]),
            (["team", "--lang", "ja", "--weeks", "99", "a.csv"], [:]),
            (["classify", "--lang", "ja", "--sotr", "a.csv"], [:]),
        ] as [([String], [String: String])])
    func badOptionValue(arguments: [String], environment: [String: String]) throws {
        let result = try Self.run(arguments, files: [:], environment: environment)
        #expect(result.status == 64)
        Self.expectOnlyJapanese(result.stderr)
        #expect(result.stderr.hasPrefix("エラー: "), "\(result.stderr)")
        #expect(result.stderr.contains("ヒント: 書式：salescoach "), "\(result.stderr)")
        #expect(result.stderr.contains(" --help で使い方を表示します"), "\(result.stderr)")
    }

    @Test("a broken guidance file named by SALESCOACH_KNOWLEDGE stops a Japanese session in Japanese, with its file and line; exit 2")
    func brokenKnowledgeFile() throws {
        let home = try Self.folder([:])
        let folder = home.appendingPathComponent("guidance")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "id: segment-x\ntitel: X\n".write(to: folder.appendingPathComponent("segment-x.txt"), atomically: true, encoding: .utf8)
        let result = try BinaryRunner.run(
            ["--lang", "ja", "--ephemeral"], input: "quit\n", home: home, environment: ["SALESCOACH_KNOWLEDGE": folder.path], directory: home)
        #expect(result.status == 2)
        Self.expectOnlyJapanese(result.stderr)
        #expect(result.stderr.contains("segment-x.txt:2: 不明なキー 'titel'"), "\(result.stderr)")
    }

    @Test(
        "a mistyped command is named in Japanese with the command it is closest to; exit 64",
        arguments: [["clasify", "a.csv", "--lang", "ja"], ["--lang", "ja", "chek", "p.csv"]])
    func mistypedCommand(arguments: [String]) throws {
        let result = try Self.run(arguments, files: [:])
        #expect(result.status == 64)
        Self.expectOnlyJapanese(result.stderr)
        #expect(result.stderr.contains("というコマンドはありません（'c"), "\(result.stderr)")
        #expect(result.stderr.contains("salescoach --help"), "\(result.stderr)")
    }

    @Test("a refused command line in Japanese keeps the parser's usage line under the hint, its options written as the Japanese help writes them")
    func usageKept() throws {
        let result = try Self.run(["classify", "--lang", "ja", "a.csv", "b.csv"], files: [:])
        #expect(result.status == 64)
        Self.expectOnlyJapanese(result.stderr)
        #expect(
            result.stderr
                == "エラー: 余分な引数があります：'b.csv'\nヒント: 書式：salescoach classify [オプション] [<file>]\n"
                + "        salescoach classify --help で使い方を表示します\n")
    }

    @Test("a PostgreSQL server that cannot be reached is said in Japanese, its own words kept as the reason; exit 1")
    func postgresRefused() throws {
        let result = try Self.run(["classify", "--lang", "ja", "--database", "postgres://127.0.0.1:1/nodb", "--table", "accounts"], files: [:])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("エラー: postgres://127.0.0.1:1/nodb のPostgreSQLに接続できません（理由: "), "\(result.stderr)")
        #expect(result.stderr.contains("Connection refused"), "\(result.stderr)")
    }

    @Test("sql takes --lang like the other commands, and says its refusal in Japanese; exit 1")
    func sqlInJapanese() throws {
        let result = try Self.run(["sql", "--source", "sales..accounts", "--lang", "ja"], files: [:])
        #expect(result.status == 1)
        Self.expectOnlyJapanese(result.stderr)
        #expect(result.stderr.contains("'sales..accounts' はSalesCoachが引用符で囲める表の名前ではありません（空の部分があります）"), "\(result.stderr)")
    }

    @Test("in English the same mistakes go through the same presenter: error: and a hint with the usage")
    func englishThroughThePresenter() throws {
        let option = try Self.run(["classify", "--format", "zz", "a.csv"], files: [:])
        #expect(option.status == 64)
        #expect(
            option.stderr == "error: --format: 'zz' is not one of the values it takes; expected one of table, csv, json, xlsx\n"
                + "hint: usage: salescoach classify [<options>] [<file>]\n"
                + "      salescoach classify --help shows how to use it\n",
            "\(option.stderr)")
        for arguments in [["check"], ["--lang", "jp"], ["--bogus"], ["clasify", "a.csv"]] {
            let mistake = try Self.run(arguments, files: [:])
            #expect(mistake.status == 64)
            #expect(mistake.stderr.hasPrefix("error: ") && mistake.stderr.contains("\nhint: "), "\(arguments): \(mistake.stderr)")
            #expect(!mistake.stderr.contains("Error:") && !mistake.stderr.contains("Usage:"), "\(mistake.stderr)")
        }
        let file = try Self.run(["classify", "bad.csv"], files: ["bad.csv": "name,sales\nAcme,12x\n"])
        #expect(file.status == 1)
        #expect(
            file.stderr.hasPrefix("error: bad.csv, line 2, column 2 (sales): expected a number, found '12x'; nothing was imported"),
            "\(file.stderr)")
    }

    @Test("a Japanese session's failing commands are all said in Japanese, and the exit status counts them")
    func sessionCommands() throws {
        let input = """
            add Acme sales=12 employees=30
            load nothere.csv
            set Acme sales=abc
            set Acme colour=red
            visit Acme 2/30
            visits --since someday
            plan --week zz
            set Acme
            add Acme sales=1
            load "unclosed
            quit

            """
        let result = try Self.run(["--lang", "ja", "--ephemeral"], input: input, files: [:])
        #expect(result.status == 1)
        Self.expectOnlyJapanese(result.stderr)
        #expect(result.stderr.components(separatedBy: "エラー: ").count - 1 == 9, "\(result.stderr)")
        #expect(result.stderr.contains("nothere.csv：そのようなファイルはありません"), "\(result.stderr)")
    }
}
