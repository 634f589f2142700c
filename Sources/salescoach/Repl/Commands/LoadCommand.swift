import ArgumentParser
import SalesCoachCore

/// `load FILE [--replace] [--merge-duplicates] [--encoding E] [--as-of DAY] [--date-format F] [--skip-bad-rows] [--sheet NAME]`
struct LoadCommand: ReplCommand, SessionAction {
    static let configuration = CommandConfiguration(
        commandName: "load",
        abstract: "Import a customer CSV or Excel workbook (.xlsx), or merge it into the list (added, updated, skipped are reported); --as-of DAY loads an older export as that day's list, for the segment history",
        usage: "load FILE [--replace] [--merge-duplicates] [--encoding utf-8|shift_jis|utf-16] [--as-of DAY] [--date-format mdy|dmy|ymd] [--skip-bad-rows [--output-encoding E]] [--sheet NAME]",
        aliases: ["import"])
    static let entry = ReplEntry(
        group: .data,
        purposeJapanese: "顧客CSVまたはExcelブック（.xlsx）を読み込む（既存リストには追加・更新として取り込む）。--as-of 日付 で古いエクスポートをその日のリストとして読み込み、領域の履歴に残す",
        example: "load examples/demo-customers.csv", words: [.path], changesData: true)

    @Argument(help: "The customer CSV or workbook.", completion: .customerFile) var file: String
    @Flag(help: "Replace the list instead of merging into it.") var replace = false
    @Flag(help: "Merge rows that name the same customer.") var mergeDuplicates = false
    @Option(help: "The file's text encoding.") var encoding = EncodingName("auto")
    @Option(help: "The day the file stands for.") var asOf: String?
    @Option(help: "How slash dates read: mdy (12/27/2017), dmy (27/12/2017) or ymd.") var dateFormat: String?
    @Flag(help: "Import the rows that read and write the others, with their reasons, beside the file.") var skipBadRows = false
    @Option(help: "The encoding of the file of rows set aside: utf-8, utf-8-bom or cp932.") var outputEncoding: OutputEncoding?
    @Option(help: "The sheet of an Excel workbook (.xlsx) to read; the first by default.") var sheet: String?

    func run(in session: Session) throws {
        try session.load(file, replace: replace, mergeDuplicates: mergeDuplicates, encoding: encoding.name, asOf: asOf,
            dateFormat: dateFormat, skipBadRows: skipBadRows, outputEncoding: outputEncoding, sheet: sheet)
    }
}
