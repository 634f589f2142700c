import Foundation
import Testing

@testable import SalesCoachCore
@testable import salescoach

/// A Japanese session, through every command and the usual mistakes, on the
/// demo book and on a file with a bad cell, prints no English line: not a
/// line in English only, and not an English phrase inside a Japanese line.
@Suite struct NoEnglishLineTests {
    // MARK: What counts as English

    /// The English words of `line`, a line of a Japanese session; none when
    /// the line is Japanese.
    ///
    /// A word is two or more Latin letters in a row. It is English unless it
    /// is one of these, which stay as they are spelled in either language:
    /// - the book's own text (`keep`): customer names, rep names and notes;
    /// - file paths (anything with a `/`), file names and endings (`book.csv`, `.ics`);
    /// - keys: the customer file's and the plan file's column keys (`notes`,
    ///   `hours`), setting keys and values (`plan.capacity`, `relative`),
    ///   assignments (`sales=12M`), and words joined by `.`, `_` or `-`
    ///   (`last_visit`, `c-trap`, `2026-W50`, `utf-8-bom`), or of letters and
    ///   digits (`cp932`);
    /// - segment letters (single letters), and acronyms and placeholders in
    ///   capitals (`CSV`, `ISO`, `FILE`, `NAME`);
    /// - what the user types: anything quoted (`'plan accept'`, `` `…` ``,
    ///   “…”, 「…」), option names (`--week`), and the words of the commands
    ///   (`vocabulary`: the prompt's commands and subcommands and the values
    ///   their arguments and options take, the one-shot commands);
    /// - the program's name and the spreadsheet's (SalesCoach, Excel), and a
    ///   system's own words for an error, given after 理由: so they can be
    ///   searched for.
    static func englishWords(in line: String, keep: [String]) -> [String] {
        var rest = line
        for text in keep.sorted(by: { $0.count > $1.count }) where !text.isEmpty {
            rest = rest.replacingOccurrences(of: text, with: " ")
        }
        // Japanese letters are word characters too, so a word's edges are said as "no Latin letter beside it".
        let kept = [
            #"理由: [^）]*"#, #"'[^']*'"#, #"`[^`]*`"#, #"“[^”]*”"#, #"「[^」]*」"#, #"\S*/\S*"#, #"--[A-Za-z-]+"#, #"<[^>]*>"#,
            #"\S+=\S*"#, #"[A-Za-z0-9]+(?:[._\-][A-Za-z0-9]+)+"#, #"\.[A-Za-z0-9]+"#, #"[A-Za-z]+[0-9][A-Za-z0-9]*"#,
            #"(?<![A-Za-z])[A-Z][A-Z0-9_]+(?![A-Za-z])"#,
        ]
        for pattern in kept { rest = rest.replacingOccurrences(of: pattern, with: " ", options: .regularExpression) }
        return rest.matches(of: /[A-Za-z]{2,}/).map { String($0.output) }.filter { !vocabulary.contains($0.lowercased()) }
    }

    /// The words of the commands a user types, lower-cased: the prompt's
    /// commands, their aliases and subcommands, the fixed values their
    /// arguments and options take, and the one-shot commands; the column
    /// keys of a customer file and a plan file, and the values of the
    /// settings; the names of the program and of the spreadsheet it writes for.
    static let vocabulary: Set<String> = {
        var words = Set(ReplCommands.allNames)
        for command in ReplCommands.all {
            words.formUnion(command.subcommandNames)
            for subcommand in [nil] + command.subcommandNames {
                let syntax = ReplSyntax(of: command, subcommand: subcommand)
                words.formUnion(syntax.options.flatMap(\.values))
                words.formUnion(syntax.positionalValues.values.joined())
            }
        }
        words.formUnion(WeekArgument.suggestions)
        words.formUnion(CustomerField.all.map(\.canonicalName))
        words.formUnion(PlannedVisitsCSV.Column.allCases.map(\.label))
        words.formUnion(ClassifierConfig.Mode.allCases.map(\.rawValue))
        words.formUnion(SalesCoachCommand.configuration.subcommands.compactMap { $0.configuration.commandName })
        words.formUnion(["accept", "salescoach", "excel"])
        return Set(words.map { $0.lowercased() })
    }()

    @Test("the check finds English in a line, alone or beside Japanese, and lets names, paths, keys and typed commands be")
    func checkerFindsEnglish() {
        let keep = ["Vertex Automotive", "Emily Carter", "Met at trade show; no orders yet"]
        #expect(Self.englishWords(in: "I can't answer that", keep: keep) == ["can", "answer", "that"])
        #expect(Self.englishWords(in: "田中商事 is in C (comfortable, but little upside).", keep: keep).first == "is")
        #expect(Self.englishWords(in: "エラー: undo：undo takes back the last change only", keep: keep).contains("takes"))
        #expect(Self.englishWords(in: "  * too crowded to number on the plot", keep: keep) == ["too", "crowded", "to", "number", "on", "the", "plot"])
        for japanese in [
            "  Vertex Automotive   B   91.0   18.9   Emily Carter",
            "  備考             Met at trade show; no orders yet",
            "  2026-12-03  C  33.1 / 82.7  · examples/demo-customers.csv",
            "エラー: visits：不明なオプション '--from'。書式：visits [NAME] [--since DAY]",
            "  書式：   config | config KEY | config set KEY=VALUE… | config reset",
            "エラー: list --sort：name・segment・objective・record・last_visit・rep を指定してください（'zz' は使えません）",
            "（Cの罠：知識エントリ c-trap）。2週間ごとを守るには週18件にする（config set plan.capacity=18）",
            "エラー: 田中商事、employees：12000000 のような数値のはずですが「abc」です",
            "エラー: stdin.rejected.csv を書き出せません：そのようなファイルやフォルダーはありません（理由: No such file or directory）。",
            "2026-12-07 の週（2026-W50）の訪問計画 — 10件中 10件", "  A  Acme Industrial  ×1  (佐々木 健)",
            "  plan     方針にそって週の訪問計画を作る（--week で週を指定、'plan accept' で予定として保存）",
            "/tmp/book.xlsx はSalesCoachのバックアップではありません。Excelで開いて保存し直してください",
        ] {
            #expect(Self.englishWords(in: japanese, keep: keep + ["Acme Industrial"]).isEmpty, "\(japanese)")
        }
    }

    // MARK: Sessions

    /// The demo book's names, reps and notes, which are the book's own text.
    static func demoText() throws -> [String] {
        let bytes = Array(try Data(contentsOf: BinaryRunner.packageRoot.appendingPathComponent("examples/demo-customers.csv")))
        let records = try CSVReader.records(utf8: bytes, source: "demo-customers.csv")
        return records.dropFirst().flatMap { record in [record.fields[0]] + record.fields.dropFirst(8) }
    }

    /// The lines of a run's output and errors that have English in them, each with its words.
    static func englishLines(_ result: BinaryRunner.Result, keep: [String]) -> [String] {
        (result.stdout + result.stderr).split(separator: "\n").compactMap { line in
            let words = englishWords(in: String(line), keep: keep)
            return words.isEmpty ? nil : "\(words): \(line)"
        }
    }

    /// The run's environment: the session's day fixed, and a terminal wide
    /// enough that no name is broken across lines.
    static let wide = ["SALESCOACH_TODAY": "2026-12-09", "COLUMNS": "1000"]

    /// A customer file with a bad cell in its first row, and a plan naming a customer the book lacks.
    static func files() throws -> URL {
        let folder = try BinaryRunner.temporaryDirectory()
        try "name,employees,sales,orders,rep\nAcme,12x,5,3,Sato\nBeta,40,7,2,Sato\n"
            .write(to: folder.appendingPathComponent("bad.csv"), atomically: true, encoding: .utf8)
        try "customer,visits\n田中商事,2\nNobody Inc,1\n".write(to: folder.appendingPathComponent("plan.csv"), atomically: true, encoding: .utf8)
        return folder
    }

    /// Every command at the prompt, then the usual mistakes, then the lesson and the quiz.
    static func script(in folder: URL) -> String {
        let file = { (name: String) in folder.appendingPathComponent(name).path }
        return """
            help
            help plan
            plan --help
            config --help
            list
            list B
            list unclassified
            list --sort priority
            show 田中商事
            show Zenith Robotics
            why 田中商事
            why Zenith Robotics
            summary
            summary by rep
            matrix
            matrix --export \(file("matrix.svg"))
            plan
            plan 12
            plan --hours 20
            plan --week next
            plan accept
            planned
            planned add 田中商事 2 --week next
            planned move 田中商事 --week next
            planned remove Acme Industrial
            planned list --week next
            planned load \(file("plan.csv"))
            check
            check \(file("plan.csv"))
            actual
            actual --from 2026-11-01 --to 2026-12-09
            comfort
            visit 田中商事 yesterday
            visit Acme Industrial 2026-12-01 初回商談
            visit 田中商事 2026-12-01
            visit 田中商事 2026-11-20
            comfort
            visits
            visits 田中商事 --since 2026-11-01
            history 田中商事
            moves
            moves this year
            rep
            rep 佐々木 健
            plan
            rep all
            config
            config plan.capacity
            config set plan.capacity=12
            set 田中商事 employees=300
            add 新規商事 employees=50 sales=10 orders=2
            rename 新規商事 新規商事株式会社
            remove 新規商事株式会社
            undo
            undo
            export \(file("book.csv"))
            export \(file("book.json"))
            export \(file("book.xlsx"))
            plan --export \(file("week.csv"))
            plan --export \(file("week.ics"))
            backup \(file("backup.sqlite"))
            backup \(file("backup.sqlite"))
            restore \(file("book.csv"))
            lsit
            list Z
            show
            show Nobody
            why
            visit
            history
            rep Nobody
            add 田中商事
            rename Nobody X
            undo that and more
            load \(file("nothere.csv"))
            load \(file("bad.csv"))
            load \(folder.path)
            load \(file("book.xlsx")) --sheet nope
            load \(file("book.csv")) --encoding latin1
            load \(file("book.csv")) --date-format xyz
            set 田中商事 employees=abc
            set 田中商事 foo=1
            visit 田中商事 2/30
            visit 田中商事 2030-01-01
            visits --from zz
            moves --since zz
            plan --week zz
            plan accept --week 2020-W01
            plan --export \(file("week.doc"))
            matrix --export \(file("matrix.png"))
            config set plan.capacity=abc
            config set plan.share_a=90
            config set foo=1
            export \(file("none/book.csv"))
            export \(file("book.json")) --output-encoding cp932
            actual --week zz
            comfort --weeks 0
            quiz 0
            help nothing
            restore \(file("none.sqlite"))
            list --sort zz
            planned ad 田中商事
            planned load \(file("bad.csv"))
            check \(file("nothere.csv"))
            load \(file("bad.csv")) --skip-bad-rows
            learn
            A
            stop
            quiz 2 --seed 7
            a
            1
            quit

            """
    }

    @Test("a Japanese session on the demo book, through every command and the usual mistakes, prints no English line")
    func demoSession() throws {
        let folder = try Self.files()
        let result = try BinaryRunner.run(
            ["--lang", "ja", "--demo"], input: Self.script(in: folder), environment: Self.wide, directory: folder)
        let keep = try Self.demoText() + ["Acme", "Beta", "Sato", "Nobody", "Nobody Inc"]
        #expect(result.stdout.split(separator: "\n").count > 400, "the session ran")
        // Each mistake was answered as one, in Japanese.
        #expect(result.stderr.components(separatedBy: "エラー: ").count - 1 >= 40, "\(result.stderr)")
        #expect(result.stderr.contains("エラー: undo：undo で取り消せるのは直前の変更だけです。'undo' とだけ入力してください"))
        #expect(result.stderr.contains("（例：visit 田中商事 12/1 見積りの相談）"), "the example has no English word")
        let english = Self.englishLines(result, keep: keep)
        #expect(english.isEmpty, "\(english.joined(separator: "\n"))")
    }

    @Test("a Japanese session on a file with a bad cell fails to start in Japanese, and on its good rows prints no English line")
    func badFileSession() throws {
        let folder = try Self.files()
        let keep = ["Acme", "Beta", "Sato"]
        let refused = try BinaryRunner.run(
            ["--lang", "ja", "--ephemeral", "--file", "bad.csv"], input: "list\n", environment: Self.wide, directory: folder)
        #expect(refused.status == 2)
        #expect(refused.stderr.hasPrefix("エラー: bad.csv 2行目、2列目（employees）：数値のはずですが「12x」です"), "\(refused.stderr)")
        #expect(Self.englishLines(refused, keep: keep).isEmpty, "\(Self.englishLines(refused, keep: keep))")
        let session = try BinaryRunner.run(
            ["--lang", "ja", "--ephemeral", "--file", "bad.csv", "--skip-bad-rows"],
            input: "list\nsummary\nplan\nwhy Beta\nshow Beta\nmatrix\ncomfort\nactual\nmoves\nhistory Beta\nlearn\nA\nquit\n",
            environment: Self.wide, directory: folder)
        #expect(session.status == 0, "\(session.stderr)")
        #expect(session.stdout.contains("bad.rejected.csv"))
        let english = Self.englishLines(session, keep: keep)
        #expect(english.isEmpty, "\(english.joined(separator: "\n"))")
    }

    @Test("the matrix on a narrow terminal, with marks too crowded to number, says so in Japanese")
    func crowdedMatrix() throws {
        let result = try BinaryRunner.run(
            ["--lang", "ja", "--demo"], input: "matrix\nquit\n", environment: ["SALESCOACH_TODAY": "2026-12-09", "COLUMNS": "60"])
        #expect(result.stdout.contains("* 混み合って図に番号を置けなかった顧客"), "\(result.stdout)")
        #expect(!result.stdout.contains("too crowded"))
    }

    @Test("rows set aside that cannot be written are said in Japanese, the system's reason included")
    func rejectedRowsUnwritable() throws {
        let folder = try Self.files()
        // Standard input sets its rows aside in the current folder, here one nothing can be written to.
        let result = try BinaryRunner.run(
            ["classify", "-", "--skip-bad-rows", "--lang", "ja"], input: try String(contentsOf: folder.appendingPathComponent("bad.csv"), encoding: .utf8),
            directory: URL(fileURLWithPath: "/proc"))
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("エラー: stdin.rejected.csv を書き出せません："), "\(result.stderr)")
        #expect(result.stderr.contains("除外した行を書き出せなかったため、何も読み込んでいません"))
        #expect(Self.englishLines(result, keep: []).isEmpty, "\(result.stderr)")
    }

    @Test("sql --lang ja names a missing CSV source in Japanese")
    func sqlSource() throws {
        let result = try BinaryRunner.run(["sql", "--source", "nothere.csv", "--lang", "ja"])
        #expect(result.status == 1)
        #expect(result.stderr == "エラー: nothere.csv：そのようなファイルはありません\n")
    }

    /// A line that starts with a command word but is not that command goes
    /// to the assistant; in a session whose language was chosen it is
    /// answered in that language, Latin letters or not, as the command's own
    /// error would have been.
    @Test(
        "words the prompt cannot run are answered by the assistant in the session's Japanese, even in Latin letters",
        arguments: ["visits Nobody", "show 田中商事 extra", "plan 0", "learn foo"])
    func assistantFallback(line: String) throws {
        let result = try BinaryRunner.run(["--lang", "ja", "--demo"], input: line + "\nquit\n", environment: Self.wide)
        let english = Self.englishLines(result, keep: try Self.demoText() + ["Acme", "Nobody"])
        #expect(english.isEmpty, "\(english.prefix(2).joined(separator: "\n"))")
        #expect(result.stdout.unicodeScalars.contains { $0.properties.isIdeographic }, "\(result.stdout)")
    }
}
