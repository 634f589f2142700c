import SalesCoachCore

/// Why a workbook could not be read or written. Each case names the file
/// and what was found, and the message says what to do, in English and
/// Japanese. Problems in the cells themselves are `ImportError.inSheet`.
public enum SpreadsheetError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The bytes are not an Office Open XML workbook; `kind` says what they look like.
    case notAWorkbook(source: String, kind: FileKind)
    /// A ZIP archive that cannot be read (cut short, damaged), or a workbook
    /// part that is not the XML it should be; `detail` says where.
    case damaged(source: String, detail: Damage)
    /// A part of the workbook unpacks to more than the reader accepts: a
    /// guard against archives built to exhaust memory.
    case tooLarge(source: String, part: String, limit: Int)
    /// `--sheet` named a sheet the workbook does not have.
    case noSuchSheet(source: String, sheet: String, available: [String])
    /// The sheet asked for holds a chart, not cells.
    case notAWorksheet(source: String, sheet: String)
    /// A workbook without a single worksheet.
    case noSheets(source: String)

    /// What a file that is not a workbook looks like.
    public enum FileKind: Sendable, Equatable {
        /// Text, such as a CSV file renamed `.xlsx`.
        case text
        /// An OLE2 compound file: an Excel 97–2003 `.xls`, or a password-protected workbook.
        case legacyExcel
        /// An OpenDocument spreadsheet (`.ods`).
        case openDocument
        /// An Excel binary workbook (`.xlsb`).
        case binaryWorkbook
        /// A ZIP archive holding something other than a workbook (a Word document, say).
        case otherArchive
        case unknown
    }

    public var description: String { text(in: .en) }

    /// The message in `language`.
    public func text(in language: Language) -> String {
        let en = language == .en
        switch self {
        case .notAWorkbook(let source, let kind):
            return en ? "\(source) is not an Excel workbook (.xlsx): \(kind.text(in: .en))"
                : "\(source) はExcelブック（.xlsx）ではありません。\(kind.text(in: .ja))"
        case .damaged(let source, let detail):
            return en
                ? "\(source): the workbook is damaged (\(detail.text(in: .en))); open it in Excel or LibreOffice and save it again as .xlsx, or save the sheet as CSV"
                : "\(source)：ブックが壊れています（\(detail.text(in: .ja))）。ExcelかLibreOfficeで開いて .xlsx で保存し直すか、シートをCSVで保存してください"
        case .tooLarge(let source, let part, let limit):
            let megabytes = limit >> 20
            return en
                ? "\(source): \(part) unpacks to more than \(megabytes) MB, more than a customer list needs; nothing was read (save the sheet as CSV if it really is that large)"
                : "\(source)：\(part) は展開すると \(megabytes) MB を超え、顧客リストとしては大きすぎます。何も読み込んでいません（本当にその大きさなら、シートをCSVで保存してください）"
        case .noSuchSheet(let source, let sheet, let available):
            let list = available.map { "'\(Self.snippet($0))'" }.joined(separator: ", ")
            let listJA = available.map { "「\(Self.snippet($0))」" }.joined(separator: "、")
            return en
                ? "\(source) has no sheet '\(Self.snippet(sheet))'; its sheets are \(list) (name one with --sheet)"
                : "\(source) にシート「\(Self.snippet(sheet))」はありません。あるシートは \(listJA) です（--sheet で指定してください）"
        case .notAWorksheet(let source, let sheet):
            return en
                ? "\(source): sheet '\(Self.snippet(sheet))' is a chart, not a table of cells; name the sheet with the customers with --sheet"
                : "\(source)：シート「\(Self.snippet(sheet))」はグラフで、セルの表ではありません。顧客の表があるシートを --sheet で指定してください"
        case .noSheets(let source):
            return en
                ? "\(source): the workbook has no worksheet; expected a sheet with a header row and one customer per row"
                : "\(source)：ブックにワークシートがありません。見出しの行と1行に1社の顧客が並ぶシートが必要です"
        }
    }

    /// Text from the file as it may appear in a message: no control characters, cut when long.
    static func snippet(_ text: String, limit: Int = 60) -> String {
        var result = ""
        for (count, scalar) in text.unicodeScalars.enumerated() {
            if count == limit {
                result += "…"
                break
            }
            switch scalar.value {
            case 0x00..<0x20, 0x7F..<0xA0, 0x200B...0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF:
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

extension SpreadsheetError.FileKind {
    func text(in language: Language) -> String {
        let en = language == .en
        switch self {
        case .text:
            return en ? "it is a text file (a CSV renamed .xlsx?); name it .csv and read it as CSV"
                : "テキストファイルです（名前を .xlsx に変えたCSVでは？）。拡張子を .csv にしてCSVとして読み込んでください"
        case .legacyExcel:
            return en
                ? "it is an Excel 97–2003 workbook (.xls) or a password-protected one; open it in Excel and save it as an Excel Workbook (.xlsx) without a password, or as CSV"
                : "Excel 97–2003 形式（.xls）か、パスワード付きのブックです。Excelで開き、パスワードなしの「Excel ブック（.xlsx）」かCSVで保存してください"
        case .openDocument:
            return en ? "it is an OpenDocument spreadsheet (.ods); save it as .xlsx or CSV"
                : "OpenDocument のスプレッドシート（.ods）です。.xlsx かCSVで保存してください"
        case .binaryWorkbook:
            return en ? "it is an Excel binary workbook (.xlsb); save it as an Excel Workbook (.xlsx) or CSV"
                : "Excel バイナリブック（.xlsb）です。「Excel ブック（.xlsx）」かCSVで保存してください"
        case .otherArchive:
            return en ? "it is a ZIP archive without a workbook in it (a Word or PowerPoint file?); save the customer sheet as .xlsx or CSV"
                : "ブックを含まないZIPファイルです（WordやPowerPointのファイルでは？）。顧客のシートを .xlsx かCSVで保存してください"
        case .unknown:
            return en ? "its contents are not a workbook; save the customer sheet as .xlsx or CSV"
                : "中身がブックではありません。顧客のシートを .xlsx かCSVで保存してください"
        }
    }
}
extension SpreadsheetError: UserMessage {}
