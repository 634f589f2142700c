import Foundation
import Testing

/// Excel workbooks wherever a customer file is read, through the built
/// binary: the same book as the CSV, sheets by name, and refusals that say
/// what the file is.
@Suite struct WorkbookInputTests {
    static let fixtures = BinaryRunner.packageRoot.appendingPathComponent("Tests/Fixtures/xlsx")
    static let workbook = fixtures.appendingPathComponent("customers-libreoffice.xlsx")

    /// The workbook's first sheet as a CSV would hold it.
    static let csv = fixtures.appendingPathComponent("customers-libreoffice.csv")

    @Test("classify reads a workbook, from a file or a pipe, as it reads the same sheet saved as CSV")
    func classify() throws {
        let fromCSV = try BinaryRunner.run(["classify", Self.csv.path, "--format", "csv"])
        let fromWorkbook = try BinaryRunner.run(["classify", Self.workbook.path, "--format", "csv"])
        #expect(fromWorkbook.status == 0, "stderr: \(fromWorkbook.stderr)")
        #expect(fromWorkbook.stdout == fromCSV.stdout)
        #expect(fromWorkbook.stdout.contains("株式会社さくらテクノロジー,A,77.777778,75.000000"))
        let piped = try BinaryRunner.run(["classify", "-", "--format", "csv"], bytes: [UInt8](try Data(contentsOf: Self.workbook)))
        #expect(piped.stdout == fromCSV.stdout)
        let team = try BinaryRunner.run(["team", Self.workbook.path, "--format", "csv"])
        #expect(team.status == 0, "stderr: \(team.stderr)")
        #expect(team.stdout.contains("Emily Carter,"))
    }

    @Test("load --sheet in a session, with rows set aside to a CSV beside the workbook")
    func loadSheet() throws {
        let home = try BinaryRunner.temporaryDirectory()
        let copy = home.appendingPathComponent("book.xlsx")
        try FileManager.default.copyItem(at: Self.workbook, to: copy)
        let result = try BinaryRunner.run(
            ["--ephemeral"], input: "load \(copy.path) --sheet 'Bad rows' --skip-bad-rows\nlist\n", home: home)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("Loaded 5 customers from \(copy.path) (sheet 'Bad rows')."))
        let rejected = try String(contentsOf: home.appendingPathComponent("book.rejected.csv"), encoding: .utf8)
        #expect(rejected.contains("Bad Row Inc,90,abc,1,\"cell C7 (employees): expected a number, found 'abc'\""))
        let japanese = try BinaryRunner.run(["--ephemeral", "--lang", "ja", "--file", Self.workbook.path], input: "", home: home)
        #expect(japanese.stdout.contains("から 4社を読み込みました（シート「Customers」）。"))
    }

    @Test("what is not a workbook, or lacks the sheet, is refused with what to do", arguments: [
        (["classify", "Tests/Fixtures/xlsx/customers-libreoffice.xlsx", "--sheet", "Sheet1"],
         "error: Tests/Fixtures/xlsx/customers-libreoffice.xlsx has no sheet 'Sheet1'; its sheets are 'Customers', 'Bad rows' (name one with --sheet)"),
        (["classify", "Tests/Fixtures/xlsx/customers-libreoffice.xlsx", "--sheet", "Bad rows"],
         "error: Tests/Fixtures/xlsx/customers-libreoffice.xlsx, sheet 'Bad rows', cell C7 (employees): expected a number, found 'abc'; nothing was imported (--skip-bad-rows imports the other rows and sets this one aside)"),
        (["classify", "Tests/Fixtures/xlsx/customers-excel97.xls", "--lang", "ja"],
         "エラー: Tests/Fixtures/xlsx/customers-excel97.xls はExcelブック（.xlsx）ではありません。Excel 97–2003 形式（.xls）か、パスワード付きのブックです。Excelで開き、パスワードなしの「Excel ブック（.xlsx）」かCSVで保存してください"),
        (["classify", "examples/demo-customers.csv", "--sheet", "Sheet1"],
         "error: --sheet 'Sheet1': examples/demo-customers.csv is not an Excel workbook (.xlsx) but text, which has no sheets; leave out --sheet"),
    ])
    func refusals(arguments: [String], message: String) throws {
        let result = try BinaryRunner.run(arguments)
        #expect(result.status == 1)
        #expect(result.stderr == message + "\n")
    }

    @Test("a CSV renamed .xlsx and a damaged workbook say what they are")
    func renamedAndDamaged() throws {
        let directory = try BinaryRunner.temporaryDirectory()
        let renamed = directory.appendingPathComponent("customers.xlsx")
        try FileManager.default.copyItem(at: Self.csv, to: renamed)
        let text = try BinaryRunner.run(["classify", renamed.path])
        #expect(text.stderr == "error: \(renamed.path) is not an Excel workbook (.xlsx): it is a text file (a CSV renamed .xlsx?); name it .csv and read it as CSV\n")
        let cut = directory.appendingPathComponent("cut.xlsx")
        try Data(contentsOf: Self.workbook).prefix(3000).write(to: cut)
        let damaged = try BinaryRunner.run(["classify", cut.path])
        #expect(damaged.status == 1)
        #expect(damaged.stderr.hasPrefix("error: \(cut.path): the workbook is damaged (its ZIP directory cannot be read)"))
    }
}
