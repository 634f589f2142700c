import Foundation
import Testing

/// Workbooks the commands write, read back by the binary itself: the book
/// exported as .xlsx loads as the same book as its CSV export.
@Suite struct WorkbookOutputTests {
    static let demo = BinaryRunner.packageRoot.appendingPathComponent("examples/demo-customers.csv")
    static let team = BinaryRunner.packageRoot.appendingPathComponent("examples/team")
    static let zipStart = Data([0x50, 0x4B, 0x03, 0x04])

    @Test("export book.xlsx loads back as the same book as export book.csv")
    func bookRoundTrip() throws {
        let home = try BinaryRunner.temporaryDirectory()
        let (xlsx, csv, again) = ["book.xlsx", "book.csv", "again.csv"].map { home.appendingPathComponent($0).path }.triple
        let first = try BinaryRunner.run(
            ["--ephemeral", "--lang", "ja", "--file", Self.demo.path], input: "export \(xlsx)\nexport \(csv)\n", home: home)
        #expect(first.status == 0, "stderr: \(first.stderr)")
        #expect(first.stdout.contains("\(xlsx) に46社を書き出しました。"))
        let second = try BinaryRunner.run(["--ephemeral", "--lang", "ja", "--file", xlsx], input: "export \(again)\n", home: home)
        #expect(second.status == 0, "stderr: \(second.stderr)")
        #expect(second.stdout.contains("から 46社を読み込みました（シート「顧客」）。"))
        #expect(try String(contentsOfFile: again, encoding: .utf8) == (try String(contentsOfFile: csv, encoding: .utf8)))
    }

    @Test("classify --export and --format xlsx write the same workbook; team and plan --export write theirs")
    func reports() throws {
        let directory = try BinaryRunner.temporaryDirectory()
        let file = directory.appendingPathComponent("classify.xlsx")
        let exported = try BinaryRunner.run(["classify", Self.demo.path, "--export", file.path])
        #expect(exported.status == 0, "stderr: \(exported.stderr)")
        #expect(exported.stdout.contains("Vertex Automotive"), "the table is still printed")
        let printed = try BinaryRunner.run(["classify", Self.demo.path, "--format", "xlsx"])
        #expect(printed.status == 0, "stderr: \(printed.stderr)")
        #expect(Data(printed.stdout.utf8).prefix(4) == Self.zipStart)
        #expect(try Data(contentsOf: file).prefix(4) == Self.zipStart)
        let teamFile = directory.appendingPathComponent("team.xlsx")
        let team = try BinaryRunner.run([
            "team", Self.team.appendingPathComponent("crm-by-rep.csv").path, "--plan", Self.team.appendingPathComponent("plan.csv").path,
            "--export", teamFile.path, "--lang", "ja",
        ])
        #expect(team.status == 0, "stderr: \(team.stderr)")
        #expect(try Data(contentsOf: teamFile).prefix(4) == Self.zipStart)
        let plan = directory.appendingPathComponent("plan.xlsx")
        let session = try BinaryRunner.run(
            ["--ephemeral", "--file", Self.demo.path], input: "plan --export \(plan.path)\n", home: directory,
            environment: ["SALESCOACH_TODAY": "2026-11-30"])
        #expect(session.stdout.contains("Wrote the plan to \(plan.path)."))
        #expect(try Data(contentsOf: plan).prefix(4) == Self.zipStart)
    }

    @Test("a plan written as a workbook is read back by check and 'planned load', in English and Japanese", arguments: ["en", "ja"])
    func planWorkbookReadBack(language: String) throws {
        let directory = try BinaryRunner.temporaryDirectory()
        let plan = directory.appendingPathComponent("plan.xlsx")
        let csv = directory.appendingPathComponent("plan.csv")
        let session = try BinaryRunner.run(
            ["--ephemeral", "--file", Self.demo.path, "--lang", language],
            input: "plan --export \(plan.path)\nplan --export \(csv.path)\n", home: directory,
            environment: ["SALESCOACH_TODAY": "2026-11-30"])
        #expect(session.status == 0, "stderr: \(session.stderr)")
        let fromWorkbook = try BinaryRunner.run(
            ["check", plan.path, "--customers", Self.demo.path, "--lang", language], environment: ["SALESCOACH_TODAY": "2026-11-30"])
        let fromCSV = try BinaryRunner.run(
            ["check", csv.path, "--customers", Self.demo.path, "--lang", language], environment: ["SALESCOACH_TODAY": "2026-11-30"])
        #expect(fromWorkbook.stderr.isEmpty || !fromWorkbook.stderr.contains("error"), "\(fromWorkbook.stderr)")
        #expect(fromWorkbook.status == fromCSV.status)
        #expect(fromWorkbook.stdout == fromCSV.stdout, "the same plan, whichever file holds it")
        let loaded = try BinaryRunner.run(
            ["--ephemeral", "--file", Self.demo.path], input: "planned load \(plan.path)\nplanned list\n", home: directory,
            environment: ["SALESCOACH_TODAY": "2026-11-30"])
        #expect(loaded.status == 0, "stderr: \(loaded.stderr)")
        #expect(loaded.stdout.contains("Vertex Automotive") || loaded.stdout.contains("×1"), "\(loaded.stdout)")
    }

    @Test("a workbook that is no plan is refused naming the file, the sheet, the row and the column it lacks")
    func workbookThatIsNoPlan() throws {
        let directory = try BinaryRunner.temporaryDirectory()
        let file = directory.appendingPathComponent("classify.xlsx")
        _ = try BinaryRunner.run(["classify", Self.demo.path, "--export", file.path])
        let result = try BinaryRunner.run(["check", file.path, "--customers", Self.demo.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("classify.xlsx, sheet 'Classification', line 1: expected a visits or hours column"), "\(result.stderr)")
    }

    @Test("a workbook is written only where asked, as .xlsx and in UTF-8: anything else is a command-line mistake, exit 64", arguments: [
        (["classify", "examples/demo-customers.csv", "--export", "out.csv"],
         "error: --export writes an Excel workbook: name the file FILE.xlsx (for CSV or JSON, use --format and redirect the output)"),
        (["classify", "examples/demo-customers.csv", "--format", "xlsx", "--output-encoding", "cp932"],
         "error: --output-encoding cp932: xlsx is always written in UTF-8 without a byte-order mark; "),
    ])
    func refusals(arguments: [String], message: String) throws {
        let result = try BinaryRunner.run(arguments)
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix(message))
        #expect(result.stdout.isEmpty)
    }

    @Test("control characters in a cell never reach the output, from a workbook as from a CSV")
    func controlCharacters() throws {
        let home = try BinaryRunner.temporaryDirectory()
        let csv = home.appendingPathComponent("esc.csv")
        try "name,employees,sales\n\"Red \u{1B}[31mCo\",10,5\nPlain,20,6\n".write(to: csv, atomically: true, encoding: .utf8)
        let xlsx = home.appendingPathComponent("esc.xlsx").path
        let export = try BinaryRunner.run(["--ephemeral", "--file", csv.path], input: "export \(xlsx)\n", home: home)
        #expect(export.status == 0, "stderr: \(export.stderr)")
        let fromWorkbook = try BinaryRunner.run(["classify", xlsx])
        let fromCSV = try BinaryRunner.run(["classify", csv.path])
        #expect(fromWorkbook.status == 0, "stderr: \(fromWorkbook.stderr)")
        #expect(!fromWorkbook.stdout.contains("\u{1B}"))
        #expect(fromWorkbook.stdout.contains("Red"))
        #expect(fromWorkbook.stdout == fromCSV.stdout)
    }
}

extension Array {
    fileprivate var triple: (Element, Element, Element) { (self[0], self[1], self[2]) }
}
