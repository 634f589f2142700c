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
            Umsatz = company_revenue

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
            ("[weights]\nsales 2\n", "team.toml, line 2: expected key = value, found 'sales 2'"),
            ("[plan\n", "team.toml, line 1: expected a section like [classification], found '[plan'"),
            ("[columns]\nKunde = \"nam\"\n", "team.toml, line 2: columns.Kunde: expected one of name, company_revenue, employees, growth, orders, sales, profit, last_visit, rep, notes, found 'nam'"),
            ("[plan]\nshare_b = 60\n", "team.toml, line 2: the plan shares add up to 110%, expected 100% (A 35%, B 60%, C 10%, D 5%); set them together, e.g. config set plan.share_b=45 plan.share_c=15"),
            ("[classification]\nmode = absolute\n", "team.toml, line 2: absolute mode needs a threshold for at least one objective evaluation metric (thresholds.company_revenue, thresholds.employees, thresholds.growth)"),
            ("x = \"open\n", "team.toml, line 1: expected a value, quoted strings closed with \", found '\"open'"),
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
