import Foundation
import SalesCoachCore
import Testing

/// What the summary of an import says reaches the user whatever the report's
/// format, and the rows `--skip-bad-rows` sets aside are written in the
/// encoding asked, load back quietly, and a Shift_JIS file is a note.
@Suite struct ImportSummaryEveryFormatTests {
    /// A Salesforce export with US dates and no growth or record column.
    static let salesforce = """
        Account Name,Annual Revenue,Employees,Account Owner,Last Activity
        Acme Corporation,1100.04,2822,Daniell Hammack,12/27/2017
        Betasoloin,251.41,495,Cassey Cress,12/28/2017

        """

    static let notes = [
        "note: dates in column 5 (Last Activity) read as month/day/year, as line 2 shows ('12/27/2017'); --date-format names the order instead",
        "note: objective evaluation rests on company revenue and employees only: no growth column",
        "note: no transaction record column (orders, our sales or our profit): every customer will be unclassified until one is added",
    ]

    static func file(_ name: String, _ text: String, in folder: URL) throws -> String {
        let url = folder.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test("classify says the summary's notes on stderr with a table, CSV, JSON or a workbook", arguments: ["table", "csv", "json", "xlsx"])
    func classifyNotes(format: String) throws {
        let folder = try BinaryRunner.temporaryDirectory()
        let accounts = try Self.file("accounts.csv", Self.salesforce, in: folder)
        let result = try BinaryRunner.run(["classify", accounts, "--format", format], directory: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").map(String.init) == Self.notes)
    }

    @Test("check says the customer file's notes with CSV output too, in Japanese under --lang ja")
    func checkNotes() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        let accounts = try Self.file("accounts.csv", Self.salesforce, in: folder)
        let plan = try Self.file("plan.csv", "customer,visits\nAcme Corporation,2\n", in: folder)
        let english = try BinaryRunner.run(["check", plan, "--customers", accounts, "--format", "csv"], directory: folder)
        #expect(english.status == 0, "\(english.stderr)")
        #expect(english.stderr.split(separator: "\n").map(String.init) == Self.notes)
        let japanese = try BinaryRunner.run(["check", plan, "--customers", accounts, "--format", "csv", "--lang", "ja"], directory: folder)
        #expect(japanese.status == 0, "\(japanese.stderr)")
        let lines = japanese.stderr.split(separator: "\n")
        #expect(lines.count == 3 && lines.allSatisfy { $0.hasPrefix("注: ") }, "\(japanese.stderr)")
        #expect(japanese.stdout.hasPrefix("担当者,判定の基準,単位,計画合計,"), "\(japanese.stdout)")
        #expect(!japanese.stdout.contains("whole-book") && !japanese.stdout.contains("visits"), "\(japanese.stdout)")
    }

    static let bad = """
        name,company_revenue,employees,growth,orders,sales,profit
        Acme,100,10,1,5,5,1
        Beta,200,many,2,6,6,2
        Gamma,300,30,3,7,7,3

        """

    @Test(
        "--output-encoding cp932 writes the rows set aside in CP932 whatever is printed, and is refused only when nothing uses it",
        arguments: [["--format", "table"], ["--format", "json"], ["--export", "report.xlsx"], ["--format", "csv"]])
    func rejectedEncoding(output: [String]) throws {
        let folder = try BinaryRunner.temporaryDirectory()
        let customers = try Self.file("bad.csv", Self.bad, in: folder)
        let result = try BinaryRunner.run(
            ["classify", customers, "--skip-bad-rows", "--output-encoding", "cp932", "--lang", "ja"] + output, directory: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let written = try Data(contentsOf: folder.appendingPathComponent("bad.rejected.csv"))
        #expect(String(data: written, encoding: .utf8) == nil, "not UTF-8")
        let row = try OutputEncoding.cp932.encode("Beta,200,many,2,6,6,2,3行目、3列目（employees）：数値のはずですが「many」です\r\n")
        #expect(Array(written).firstRange(of: row) != nil, "the row and its Japanese reason, in CP932")
        #expect(result.stderr.contains("読めない1行を除外しました"), "\(result.stderr)")
        // Without --skip-bad-rows nothing but CSV would be written in it: a mistake in the command line.
        guard output != ["--format", "csv"] else { return }
        let refused = try BinaryRunner.run(["classify", customers, "--output-encoding", "cp932"] + output, directory: folder)
        #expect(refused.status == 64, "\(refused.stderr)")
        #expect(refused.stderr.hasPrefix("error: --output-encoding cp932: "), "\(refused.stderr)")
    }

    @Test("the rows set aside, fixed, load back without a word about their reason column")
    func fixedRowsReloadQuietly() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        let customers = try Self.file("bad.csv", Self.bad, in: folder)
        let first = try BinaryRunner.run(["classify", customers, "--skip-bad-rows"], directory: folder)
        #expect(first.status == 0, "\(first.stderr)")
        let rejected = try String(contentsOf: folder.appendingPathComponent("bad.rejected.csv"), encoding: .utf8)
        #expect(rejected.hasPrefix("name,company_revenue,employees,growth,orders,sales,profit,reason\r\n"))
        let fixed = try Self.file("fixed.csv", rejected.replacingOccurrences(of: "Beta,200,many", with: "Beta,200,20"), in: folder)
        for format in ["table", "csv"] {
            let again = try BinaryRunner.run(["classify", fixed, "--format", format], directory: folder)
            #expect(again.status == 0, "\(again.stderr)")
            #expect(again.stderr.isEmpty, "\(format): \(again.stderr)")
        }
    }

    @Test("a Shift_JIS file, as Japanese Excel saves it, is said as a note, not a warning", arguments: ["en", "ja"])
    func shiftJISIsANote(language: String) throws {
        let folder = try BinaryRunner.temporaryDirectory()
        let url = folder.appendingPathComponent("sjis.csv")
        try Data(try OutputEncoding.cp932.encode(
            "顧客名,売上高,従業員数,成長率,受注件数,当社売上,粗利\n田中商事,100,10,1,5,5,1\n山田工業,200,20,2,6,6,2\n")).write(to: url)
        for format in ["table", "csv"] {
            let result = try BinaryRunner.run(["classify", url.path, "--format", format, "--lang", language], directory: folder)
            #expect(result.status == 0, "\(result.stderr)")
            let expected = language == "en" ? "note: \(url.path): read as Shift_JIS (CP932)" : "注: \(url.path)"
            #expect(result.stderr.contains(expected), "\(result.stderr)")
            #expect(!result.stderr.contains("warning") && !result.stderr.contains("警告"), "\(result.stderr)")
        }
    }
}
