import SalesCoachCore

/// Why what a command prints or writes could not go where it was asked:
/// a workbook to the terminal, an encoding a table is not printed in, a
/// file or standard output that could not be written.
enum OutputError: UserMessage, BilingualMessage {
    case exportNotWorkbook
    /// The session's `export` to a file whose ending names no format it writes (`book.svg`), without `--format`.
    case exportEnding(path: String)
    case workbookToTerminal
    /// `--output-encoding` other than UTF-8 for a table on the terminal.
    case tableEncoding(OutputEncoding)
    /// A character the encoding lacks, in CSV on standard output.
    case stoppedAtRow(ExportError)
    case cannotWrite(path: String, ExportError)
    /// Standard output failed (a full disk, a closed descriptor): `reason` is the errno.
    case standardOutput(reason: Int32)

    var wording: (en: String, ja: String) {
        switch self {
        case .exportNotWorkbook:
            return (
                "--export writes an Excel workbook: name the file FILE.xlsx (for CSV or JSON, use --format and redirect the output)",
                "--export はExcelブックを書き出します。ファイル名を FILE.xlsx にしてください（CSVやJSONは --format を使い、出力をリダイレクトしてください）"
            )
        case .exportEnding(let path):
            return (
                "export: '\(path)' should end in .csv, .json or .xlsx (or name the format with --format csv|json|xlsx)",
                "export：「\(path)」の拡張子は .csv、.json、.xlsx のいずれかにしてください（または --format csv|json|xlsx で形式を指定してください）"
            )
        case .workbookToTerminal:
            return (
                "--format xlsx writes a workbook, not text for the terminal: redirect it to a file (> report.xlsx) or use --export report.xlsx",
                "--format xlsx はブックを書き出すもので、端末には表示できません。ファイルにリダイレクトする（> report.xlsx）か、--export report.xlsx を使ってください"
            )
        case .tableEncoding(let requested):
            return (
                "--output-encoding \(requested.rawValue): nothing here is written in it (the table is for reading on the "
                    + "terminal and is printed in UTF-8); add --format csv to print CSV in \(requested), "
                    + "or --skip-bad-rows to write the rows set aside in it",
                "--output-encoding \(requested.rawValue)：この指定で書き出すものがありません（表は端末で読むためのものでUTF-8で表示します）。"
                    + "\(requested) のCSVを出すには --format csv を、除外した行をこの文字コードで書き出すには --skip-bad-rows を付けてください"
            )
        case .stoppedAtRow(let error):
            return (error.text(in: .en) + "; the output stops before that row", error.text(in: .ja) + "。出力はその行の手前で止まっています")
        case .cannotWrite(let path, let error):
            return (
                "cannot write \(path): \(error.text(in: .en)); nothing was written",
                "\(path) を書き出せません：\(error.text(in: .ja))。何も書き出していません"
            )
        case .standardOutput(let code):
            let reason = SystemReason(errno: code)
            return ("cannot write standard output: \(reason.text(in: .en))", "標準出力に書き込めません：\(reason.text(in: .ja))")
        }
    }
}
