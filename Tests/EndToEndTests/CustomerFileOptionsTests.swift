import Foundation
import Testing

/// The customer-file options through the built binary: standard input,
/// `--date-format`, `--skip-bad-rows`, the import summary's notes,
/// `--version` and the root `--help`.
@Suite struct CustomerFileOptionsTests {
    static let demo = BinaryRunner.packageRoot.appendingPathComponent("examples/demo-customers.csv")
    static let usDates = "name,employees,sales,last_visit\nAcme,10,5,3/4/2026\nBeta,20,6,5/6/2026\n"

    @Test("classify - reads standard input")
    func classifyStandardInput() throws {
        let csv = try String(contentsOf: Self.demo, encoding: .utf8)
        let result = try BinaryRunner.run(["classify", "-", "--format", "csv"], input: csv)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.split(separator: "\n").count == 47)
        let broken = try BinaryRunner.run(["classify", "-"], input: "name,sales\nAcme,x\n")
        #expect(broken.status == 1)
        #expect(broken.stderr.hasPrefix("error: stdin, line 2, column 2 (sales): expected a number, found 'x'"))
        #expect(!broken.stderr.contains("permission"))
    }

    @Test("check - --customers FILE reads the plan from standard input, and --customers - the customers")
    func checkStandardInput() throws {
        let directory = try BinaryRunner.temporaryDirectory()
        let plan = "customer,visits\n田中商事,3\nVertex Automotive,1\n"
        let planFile = directory.appendingPathComponent("plan.csv")
        try plan.write(to: planFile, atomically: true, encoding: .utf8)
        let fromPipe = try BinaryRunner.run(["check", "-", "--customers", Self.demo.path], input: plan)
        let fromFile = try BinaryRunner.run(["check", planFile.path, "--customers", Self.demo.path])
        #expect(fromPipe.status == 0, "stderr: \(fromPipe.stderr)")
        #expect(fromPipe.stdout == fromFile.stdout)
        let customers = try BinaryRunner.run(
            ["check", planFile.path, "--customers", "-"], input: try String(contentsOf: Self.demo, encoding: .utf8))
        #expect(customers.stdout == fromFile.stdout)
        let both = try BinaryRunner.run(["check", "-", "--customers", "-"], input: plan)
        #expect(both.status == 64, "a mistake in the command line")
        #expect(both.stderr.hasPrefix("error: ") && both.stderr.contains("cannot both come from standard input"), "\(both.stderr)")
    }

    @Test("an ambiguous date column is refused with its row and the option; named, it loads")
    func dateFormat() throws {
        let refused = try BinaryRunner.run(["classify", "-"], input: Self.usDates)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("stdin, line 2, column 4 (last_visit): '3/4/2026' could be month/day/year or day/month/year"))
        #expect(refused.stderr.contains("--date-format mdy"))
        let named = try BinaryRunner.run(["classify", "-", "--date-format", "dmy", "--format", "csv"], input: Self.usDates)
        #expect(named.status == 0, "stderr: \(named.stderr)")
        let wrong = try BinaryRunner.run(["classify", "-", "--date-format", "yyy"], input: Self.usDates)
        // A value the option does not take is a wrong command line (64), named with the values it takes.
        #expect(wrong.status == 64)
        #expect(wrong.stderr.hasPrefix("error: --date-format: 'yyy' is not one of the values it takes; expected one of mdy, dmy, ymd\n"))
    }

    @Test("a Salesforce report export: month-first dates and the footer named in the summary")
    func salesforceSummary() throws {
        let file = BinaryRunner.packageRoot.appendingPathComponent("Tests/Fixtures/crm-exports/salesforce-accounts-en.csv")
        let result = try BinaryRunner.run(["classify", file.path])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stderr.contains("note: dates in column 8 (Last Activity) read as month/day/year, as line 2 shows ('12/27/2025')"))
        #expect(result.stderr.contains("note: skipped the report footer on lines 8–11"))
        #expect(result.stderr.contains("note: objective evaluation rests on company revenue and employees only: no growth column"))
        #expect(result.stdout.contains("Pellucid Energy"))
        #expect(!result.stdout.contains("Copyright"))
        // CSV output says the same summary on standard error: the rows on stdout stay clean.
        let csv = try BinaryRunner.run(["classify", file.path, "--format", "csv"])
        #expect(csv.stderr.contains("note: skipped the report footer on lines 8–11"))
        #expect(csv.stderr.contains("note: dates in column 8 (Last Activity) read as month/day/year"))
        #expect(csv.stdout.split(separator: "\n").count == 6)
    }

    @Test("--skip-bad-rows writes the rows set aside beside the file, never over an earlier one, and says where")
    func skipBadRows() throws {
        let directory = try BinaryRunner.temporaryDirectory()
        let file = directory.appendingPathComponent("customers.csv")
        try "name,employees,sales\nAcme,10,5\nBeta,lots,6\nGamma,30,7\n".write(to: file, atomically: true, encoding: .utf8)
        let strict = try BinaryRunner.run(["classify", file.path])
        #expect(strict.status == 1)
        #expect(strict.stderr.contains("nothing was imported (--skip-bad-rows imports the other rows"))
        let first = try BinaryRunner.run(["classify", file.path, "--skip-bad-rows", "--format", "csv"])
        #expect(first.status == 0, "stderr: \(first.stderr)")
        #expect(first.stdout.split(separator: "\n").count == 3)
        let rejected = directory.appendingPathComponent("customers.rejected.csv")
        #expect(first.stderr.contains("note: imported 2 rows; set aside 1 that do not read: they are in \(rejected.path), each with its reason"))
        #expect(try String(contentsOf: rejected, encoding: .utf8)
            == "name,employees,sales,reason\r\nBeta,lots,6,\"line 3, column 2 (employees): expected a number, found 'lots'\"\r\n")
        let second = try BinaryRunner.run(["classify", file.path, "--skip-bad-rows"])
        #expect(second.stderr.contains(directory.appendingPathComponent("customers.rejected-2.csv").path))
    }

    @Test("the session's --file and load take the same options, and the summary is in the session's language")
    func session() throws {
        let home = try BinaryRunner.temporaryDirectory()
        let file = home.appendingPathComponent("us.csv")
        try Self.usDates.write(to: file, atomically: true, encoding: .utf8)
        let started = try BinaryRunner.run(
            ["--ephemeral", "--file", file.path, "--date-format", "mdy", "--lang", "ja"], input: "show Acme\n", home: home)
        #expect(started.status == 0, "stderr: \(started.stderr)")
        #expect(started.stdout.contains("2026-03-04"))
        #expect(started.stdout.contains("客観的評価は従業員数だけで判断します（売上高・成長率の列がありません）"))
        let loaded = try BinaryRunner.run(
            ["--ephemeral"], input: "load \(file.path)\nload \(file.path) --date-format dmy --skip-bad-rows\nshow Acme\n", home: home)
        #expect(loaded.stderr.contains("'3/4/2026' could be month/day/year or day/month/year"))
        #expect(loaded.stdout.contains("2026-04-03"))
        #expect(loaded.status == 1)
    }

    @Test("--version and the root --help's options, environment and exit codes")
    func versionAndHelp() throws {
        let version = try BinaryRunner.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.range(of: #"^\d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil)
        let help = try BinaryRunner.run(["--help"])
        for expected in ["--demo", "--file", "--workspace", "--date-format", "SALESCOACH_TODAY", "NO_COLOR", "XDG_DATA_HOME", "Exit codes:", "--strict: C overweight"] {
            #expect(help.stdout.contains(expected), "missing \(expected)")
        }
        // The README lists the same variables.
        let readme = try String(contentsOf: BinaryRunner.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        for name in ["SALESCOACH_TODAY", "SALESCOACH_KNOWLEDGE", "SALESCOACH_ASCII", "SALESCOACH_TIMING", "NO_COLOR", "XDG_STATE_HOME", "COLUMNS"] {
            #expect(readme.contains("`\(name)`"), "README does not name \(name)")
        }
    }
}
