import SalesCoachCore

/// Why a customer file was not imported, with what the command could do
/// about it (an option that would get past it).
enum CustomerFileError: UserMessage, BilingualMessage {
    /// `--sheet` given for a file that is text, not a workbook.
    case sheetOfText(sheet: String, source: String)
    /// The importer's reason, with the option that merges duplicate names or
    /// sets a bad row aside when that option would have helped.
    case notImported(ImportError, mergeDuplicates: Bool, skipBadRows: Bool)
    /// The rows set aside could not be written beside the file, so nothing was imported.
    case rejectedNotWritten(any Error)

    var wording: (en: String, ja: String) {
        switch self {
        case .sheetOfText(let sheet, let source):
            return (
                "--sheet '\(sheet)': \(source) is not an Excel workbook (.xlsx) but text, which has no sheets; leave out --sheet",
                "--sheet「\(sheet)」：\(source) はExcelブック（.xlsx）ではなくテキストで、シートがありません。--sheet を外してください"
            )
        case .notImported(let error, let mergeDuplicates, let skipBadRows):
            var en = error.text(in: .en)
            var ja = error.text(in: .ja)
            if mergeDuplicates {
                en += " (use --merge-duplicates to combine such rows)"
                ja += "（--merge-duplicates を付けるとこのような行をまとめます）"
            }
            if skipBadRows {
                en += "; nothing was imported (--skip-bad-rows imports the other rows and sets this one aside)"
                ja += "。何も読み込んでいません（--skip-bad-rows を付けると他の行を読み込み、この行は別のファイルに除けます）"
            }
            return (en, ja)
        case .rejectedNotWritten(let error):
            func why(_ language: Language) -> String { (error as? any UserMessage)?.text(in: language) ?? String(describing: error) }
            return (
                "\(why(.en)); the rows set aside were not written, so nothing was imported",
                "\(why(.ja))。除外した行を書き出せなかったため、何も読み込んでいません"
            )
        }
    }
}
