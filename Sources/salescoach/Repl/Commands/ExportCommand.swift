import ArgumentParser
import SalesCoachCore

/// `export FILE [--format csv|json|xlsx] [--output-encoding E] [--force]`
struct ExportCommand: ReplCommand, SessionAction {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the list with segments and scores to CSV, JSON or an Excel workbook (.xlsx)",
        usage: "export FILE [--format csv|json|xlsx] [--output-encoding utf-8|utf-8-bom|cp932] [--force]")
    static let entry = ReplEntry(
        group: .data, purposeJapanese: "分類結果つきの顧客リストをCSV・JSON・Excelブック（.xlsx）に書き出す", example: "export book.csv",
        words: [.path], changesData: true)

    @Argument(help: "The file to write.", completion: .exportFile) var file: String
    @Option(help: "csv, json or xlsx; by default from the file's ending (.csv, .json or .xlsx).") var format: FileFormat?
    @Option(help: "CSV in utf-8, utf-8-bom or cp932; by default utf-8-bom in a Japanese session, else utf-8. JSON is UTF-8.")
    var outputEncoding: OutputEncoding?
    @Flag(help: "Replace an existing file.") var force = false

    func run(in session: Session) throws {
        guard let format = format ?? FileFormat(ending: file) else {
            throw Session.Failure(OutputError.exportEnding(path: file), in: session.language)
        }
        try session.export(to: file, format: format, encoding: outputEncoding, force: force)
    }
}
