import ArgumentParser

/// What a file argument completes to in the shells and at the prompt: file
/// names with the endings the command reads or writes, and folders to go
/// into. One list per kind of file, so `classify FILE`, `--file` and `load`
/// offer the same names.
extension CompletionKind {
    /// Files with these endings in lower or upper case (`book.csv`, `REPORT.CSV` as some exports name them).
    private static func files(_ endings: [String]) -> CompletionKind {
        .file(extensions: endings + endings.map { $0.uppercased() })
    }

    /// A customer list: CSV or tab-separated text, an Excel workbook, or a JSON list such as `export` writes.
    static let customerFile = files(["csv", "tsv", "txt", "xlsx", "xlsm", "json"])
    /// A plan: CSV (or tab-separated) text, or a workbook such as `plan --export` writes.
    static let planFile = files(["csv", "tsv", "txt", "xlsx"])
    /// A visit log: CSV (or tab-separated) text.
    static let visitLogFile = files(["csv", "tsv", "txt"])
    /// A config file.
    static let configFile = files(["toml"])
    /// A workspace or a backup of one.
    static let workspaceFile = files(["sqlite", "db"])
    /// A picture written as SVG.
    static let pictureFile = files(["svg"])
    /// An Excel workbook written.
    static let workbookFile = files(["xlsx"])
    /// A CSV file an engine reads itself (`sql --source`, `--rollup`).
    static let csvFile = files(["csv"])
    /// The book written by `export`: CSV, JSON or a workbook.
    static let exportFile = files(["csv", "json", "xlsx"])
    /// A week's plan written by `plan --export`: CSV, a workbook or a calendar.
    static let planExportFile = files(["csv", "xlsx", "ics"])
}
