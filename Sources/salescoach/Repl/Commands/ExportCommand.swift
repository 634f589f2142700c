import ArgumentParser

/// `export FILE [--format csv|json] [--force]`
struct ExportCommand: ReplCommand, SessionAction {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the list with segments and scores to CSV or JSON",
        usage: "export FILE [--format csv|json] [--force]")
    static let entry = ReplEntry(
        group: .data, purposeJapanese: "分類結果つきの顧客リストをCSVまたはJSONに書き出す", example: "export book.csv",
        words: [.path], changesData: true)

    @Argument(help: "The file to write.") var file: String
    @Option(help: "csv or json; by default from the file's ending.") var format: FileFormat?
    @Flag(help: "Replace an existing file.") var force = false

    func run(in session: Session) throws {
        try session.export(to: file, format: format ?? (file.lowercased().hasSuffix(".json") ? .json : .csv), force: force)
    }
}
