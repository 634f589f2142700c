import Foundation
import Testing

@testable import SalesCoachCore

@Suite struct ConfigTests {
    @Test("a config file sets the rule, weights, thresholds, columns and plan")
    func readsEverySection() throws {
        let text = """
            # team settings
            [classification]
            mode = "absolute"   # fixed criteria
            cut = 62.5
            borderline_margin = 3

            [weights]
            sales = 2

            [thresholds]
            employees = 300
            sales = 1000000

            [columns]
            "取引先コード名" = "name"
            Umsatz = 'company_revenue'

            [plan]
            capacity = 12
            share_b = 55
            share_c = 5
            """
        let config = try Config(file: text, source: "team.toml")
        #expect(config.classifier.mode == .absolute)
        #expect(config.classifier.cut == Rational(125, 2))
        #expect(config.classifier.borderlineMargin == Rational(3))
        #expect(config.classifier.weight(of: .sales) == Rational(2))
        #expect(config.classifier.weight(of: .orders) == Rational(1))
        #expect(config.classifier.thresholds == [.employees: 300, .sales: 1_000_000])
        #expect(config.columns == ["取引先コード名": .name, "Umsatz": .metric(.companyRevenue)])
        #expect(config.plan.capacity == 12)
        #expect(config.plan.share(of: .b) == Rational(55))
    }

    @Test(
        "a bad line is reported with the file, the line and what was expected",
        arguments: [
            ("[classification]\ncut = 150\n", "team.toml, line 2: classification.cut: expected a number from 0 to 100, found '150'"),
            ("[classification]\ncutt = 50\n", "team.toml, line 2: unknown setting 'classification.cutt' (did you mean 'classification.cut'?); 'config' lists the settings"),
            ("[weights]\nsales 2\n", "team.toml, line 2, column 7: expected '=' after the key, found: sales 2"),
            ("[plan\n", "team.toml, line 1, column 6: expected ']' to close the table name, found: [plan"),
            ("[columns]\nKunde = \"nam\"\n", "team.toml, line 2: columns.Kunde: expected one of name, company_revenue, employees, growth, orders, sales, profit, last_visit, rep, notes, found 'nam'"),
            ("[plan]\nshare_b = 60\n", "team.toml, line 2: the plan shares add up to 110%, expected 100% (A 35%, B 60%, C 10%, D 5%); set them together, e.g. config set plan.share_b=45 plan.share_c=15"),
            ("[classification]\nmode = \"absolute\"\n", "team.toml, line 2: absolute mode needs a threshold for at least one objective evaluation metric (thresholds.company_revenue, thresholds.employees, thresholds.growth)"),
            ("[classification]\nmode = relative\n", "team.toml, line 2: 'mode = relative' is not TOML (text goes in quotes, numbers have no % sign, a key other than letters, digits, _ and - is quoted); write: mode = \"relative\""),
            ("[plan]\nshare_b = 55%\nshare_c = 5\n", "team.toml, line 2: 'share_b = 55%' is not TOML (text goes in quotes, numbers have no % sign, a key other than letters, digits, _ and - is quoted); write: share_b = 55"),
            ("[columns]\n顧客 = name  # the CRM's name column\n", "team.toml, line 2: '顧客 = name  # the CRM's name column' is not TOML (text goes in quotes, numbers have no % sign, a key other than letters, digits, _ and - is quoted); write: \"顧客\" = \"name\""),
            ("[thresholds]\nemployees = \"300\"\n", "team.toml, line 2: thresholds.employees: expected a number, found the text \"300\"; write the number without quotes"),
            ("[classification]\nmode = 1\n", "team.toml, line 2: classification.mode: expected text in quotes, found the number 1"),
            ("[classification]\ncut = true\n", "team.toml, line 2: classification.cut: expected a number, found true; write the number without quotes"),
            ("[classification]\ncut = 1979-05-27T07:32:00Z\n", "team.toml, line 2: classification.cut: expected a number, found a date; write the number without quotes"),
            ("[weights]\nsales = [1, 2]\n", "team.toml, line 2: weights.sales: expected a number, found an array; write the number without quotes"),
            ("cut = 50\n", "team.toml, line 1: unknown setting 'cut' (did you mean 'classification.cut'?); 'config' lists the settings"),
            ("[plan.extra]\nx = 1\n", "team.toml, line 2: unknown setting 'plan.extra.x'; 'config' lists the settings"),
            ("# written by a newer salescoach\nversion = 2\n", "team.toml, line 2: version 2 is newer than this program reads (up to 1); update salescoach, or write version = 1"),
            ("x = \"open\n", "team.toml, line 1, column 10: expected the closing quote on the same line, found: x = \"open"),
            ("[classification]\ncut = 05\n", "team.toml, line 2, column 7: expected a TOML number (no leading zero, _ only between digits, no % sign), found: cut = 05"),
            ("[plan]\ncapacity = 1__2\n", "team.toml, line 2, column 12: expected a TOML number (no leading zero, _ only between digits, no % sign), found: capacity = 1__2"),
            ("[plan]\ncapacity = 12 13\n", "team.toml, line 2, column 15: expected the end of the line (or a # comment) after the value, found: capacity = 12 13"),
            ("[classification]\nmode = \"a\\qb\"\n", "team.toml, line 2, column 10: expected an escape such as \\n, \\\", \\\\ or \\u00E9, found: mode = \"a\\qb\""),
            ("[plan]\ncapacity = 12\n[plan]\n", "team.toml, line 3: '[plan]' is set again (first on line 1); keep one of the two lines"),
            ("[顧客]\nx = 1\n", "team.toml, line 1: '[顧客]' is not TOML (text goes in quotes, numbers have no % sign, a key other than letters, digits, _ and - is quoted); write: [\"顧客\"]"),
            ("[columns]\nx = \"name\"\r\ny = \"rep\"\r", "team.toml, line 3, column 10: expected a line feed after the carriage return, found: y = \"rep\""),
        ])
    func badLinesAreLocated(text: String, message: String) {
        #expect(throws: ConfigError.self) { try Config(file: text, source: "team.toml") }
        do {
            _ = try Config(file: text, source: "team.toml")
        } catch {
            #expect(error.description == message)
        }
    }

    static let notTextCases: [(bytes: [UInt8], message: String)] = [
        (Array("\u{0}[classification]\ncut = 40\n".utf8),
         "team.toml, line 1, column 1: a NUL byte; expected a UTF-8 text file (is it a binary file?)"),
        (Array("[classification]\ncut = 4".utf8) + [0, 0x30, 0x0A],
         "team.toml, line 2, column 8: a NUL byte; expected a UTF-8 text file (is it a binary file?)"),
        (Array("[columns]\n\"顧客\" = name\n\"x".utf8) + [0xFF, 0x22] + Array(" = rep\n".utf8),
         "team.toml, line 3, column 3: the byte 0xFF, not UTF-8 text; expected a UTF-8 text file (is it a binary file?)"),
        (Array("[classification]\ncut = 40\n# later\ncut = 60\n".utf8),
         "team.toml, line 4: 'classification.cut' is set again (first on line 2); keep one of the two lines"),
    ]

    @Test("a config file that is not text, or sets a key twice, is refused with the line", arguments: notTextCases)
    func notTextOrDuplicate(bytes: [UInt8], message: String) {
        #expect(throws: ConfigError.self) { try Config(file: bytes, source: "team.toml") }
        do {
            _ = try Config(file: bytes, source: "team.toml")
        } catch {
            #expect(error.description == message)
        }
    }

    @Test("a UTF-8 byte-order mark is accepted; the same key in two sections is no duplicate")
    func byteOrderMark() throws {
        let config = try Config(file: [0xEF, 0xBB, 0xBF] + Array("[classification]\ncut = 40\n[weights]\nsales = 2\n".utf8), source: "team.toml")
        #expect(config.classifier.cut == Rational(40))
        let fromText = try Config(file: "\u{FEFF}[classification]\ncut = 40\n", source: "team.toml")
        #expect(fromText.classifier.cut == Rational(40))
    }

    @Test("settings round-trip through the workspace's key/value form")
    func settingsRoundTrip() throws {
        var config = Config()
        try config.set("weights.profit", to: "0.5")
        try config.set("plan.share_b", to: "45")
        try config.set("plan.share_c", to: "15")
        try config.set("columns.Kunde", to: "name")
        try config.validate()
        let stored = config.changedSettings
        #expect(stored == ["weights.profit": "0.5", "plan.share_b": "45", "plan.share_c": "15", "columns.Kunde": "name"])
        #expect(try Config(settings: stored) == config)
    }
}

/// The config file is TOML: what TOML accepts reads as TOML says, what it
/// refuses is refused at its line, and messages come in both languages.
@Suite struct ConfigTOMLTests {
    @Test(
        "TOML's own ways of writing a value read as TOML says",
        arguments: [
            ("[classification]\nmode = 'absolute'\n[thresholds]\nemployees = 5_0\norders = 1_0\n", "classification.mode", "absolute"),
            ("[classification]\ncut = 5_0\n", "classification.cut", "50"),
            ("[classification]\ncut = 62.5\n", "classification.cut", "62.5"),
            ("[classification]\nborderline_margin = 1e-5\n", "classification.borderline_margin", "0.00001"),
            ("[plan]\ncapacity = 0x0C\n", "plan.capacity", "12"),
            ("[plan]\ncapacity = +12 # a comment\n", "plan.capacity", "12"),
            ("plan.capacity = 12\n", "plan.capacity", "12"),
            ("[ plan ]\n\"capacity\" = 12\r\n", "plan.capacity", "12"),
            ("version = 1\n[weights]\nsales = 2\n", "weights.sales", "2"),
            ("[columns]\n'C:\\Kunde' = \"name\"\n", "columns.C:\\Kunde", "name"),
            ("[columns]\n\"取引\\u5148\" = \"\"\"name\"\"\"\n", "columns.取引先", "name"),
            ("[columns]\n\"Kunde\" = \"\"\"\nname\"\"\"\n[plan]\ncapacity = 7\n", "plan.capacity", "7"),
            ("plan = { capacity = 12, share_b = 50 }  # inline\n", "plan.capacity", "12"),
            ("[classification]\ncut = 50.0\n", "classification.cut", "50"),
        ])
    func readsAsTOMLSays(text: String, key: String, value: String) throws {
        let config = try Config(file: text, source: "team.toml")
        #expect(config.settings.first { $0.key == key }?.value == value)
    }

    @Test("a key set twice is refused naming both lines, also when the second is a dotted key")
    func duplicateNamesBothLines() {
        for (text, message) in [
            ("[classification]\ncut = 40\n\n# later\ncut = 60\n", "team.toml, line 5: 'classification.cut' is set again (first on line 2); keep one of the two lines"),
            ("plan.capacity = 10\n[plan]\ncapacity = 12\n", "team.toml, line 3: 'plan.capacity' is set again (first on line 1); keep one of the two lines"),
        ] {
            #expect(throws: ConfigError.self) { try Config(file: text, source: "team.toml") }
            do {
                _ = try Config(file: text, source: "team.toml")
            } catch {
                #expect(error.description == message)
            }
        }
    }

    @Test(
        "errors read in Japanese with the file and the line",
        arguments: [
            ("[classification]\nmode = relative\n",
             "team.toml の2行目：'mode = relative' はTOMLの書き方ではありません（文字列は引用符で囲み、数値に % は付けず、英数字・_・- 以外を含むキーは引用符で囲みます）。次のように書いてください：mode = \"relative\""),
            ("[classification]\ncut = 40\ncut = 60\n",
             "team.toml の3行目：'classification.cut' が再び設定されています（最初は2行目）。どちらか一方の行だけを残してください"),
            ("[classification]\ncutt = 50\n",
             "team.toml の2行目：'classification.cutt' という設定はありません（'classification.cut' のことですか？）。'config' で設定の一覧を表示します"),
            ("[classification]\ncut = 150\n", "team.toml の2行目：classification.cut：0から100までの数値を指定してください（'150' が指定されました）"),
            ("[plan]\nshare_b = 60\n",
             "team.toml の2行目：訪問の割合の合計が110%です。100%にしてください（A 35%, B 60%, C 10%, D 5%）。例：config set plan.share_b=45 plan.share_c=15 のようにまとめて設定します"),
            ("[thresholds]\nemployees = \"300\"\n", "team.toml の2行目：thresholds.employees：数値を指定してください（文字列 \"300\"が指定されました）。数値は引用符なしで書きます"),
        ])
    func japaneseMessages(text: String, message: String) {
        do {
            _ = try Config(file: text, source: "team.toml")
            Issue.record("read: \(text)")
        } catch {
            #expect(error.text(in: .ja) == message)
        }
    }

    @Test("every example in the README's configuration section reads")
    func readmeExamplesRead() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let blocks = readme.components(separatedBy: "```toml").dropFirst().compactMap { $0.components(separatedBy: "```").first }
        #expect(blocks.count >= 2)
        for block in blocks {
            // A block may hold two alternative files, each starting with a comment line.
            let files = block.components(separatedBy: "\n\n#").map { $0.hasPrefix(" ") ? "#" + $0 : $0 }
            for file in files { _ = try Config(file: file, source: "README.md") }
        }
    }

    @Test("a float is written as plain decimals, never with an exponent", arguments: [
        (1e-5, "0.00001"), (62.5, "62.5"), (1e21, "1000000000000000000000"), (-2.5e-3, "-0.0025"), (100.0, "100"),
    ])
    func plainDecimals(value: Double, text: String) {
        #expect(ConfigFile.decimal(value) == text)
    }
}

@Suite struct ConfigSuggestionTests {
    @Test(
        "a mistyped or section-less key is answered with the full key meant",
        arguments: [
            ("cut", "classification.cut"), ("cutt", "classification.cut"), ("capacity", "plan.capacity"),
            ("plan.capacty", "plan.capacity"), ("weights.sale", "weights.sales"),
        ])
    func suggests(key: String, meant: String) {
        #expect(Config.suggest(key) == meant)
    }
}
