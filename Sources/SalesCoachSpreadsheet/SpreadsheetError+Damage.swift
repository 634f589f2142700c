import SalesCoachCore

extension SpreadsheetError {
    /// Where and how a workbook is damaged, as a value, so the message says
    /// it in either language.
    public enum Damage: Sendable, Hashable {
        case zipDirectory
        case checksum(path: String)
        case cannotUnpack(path: String)
        case doctype(part: String)
        case notWellFormed(part: String, line: Int)
        case sheetWithoutPart(sheet: String)
        case missingPart(String)
        /// Writing: the archive library's own words, kept as they are.
        case notPacked(String)
        case missingSharedString(part: String, index: String)
        case rowOutOfRange(part: String, row: String)
        case cellOutsideRow(part: String)
        case notACell(part: String, reference: String)
        case beyondXFD(part: String)

        public func text(in language: Language) -> String {
            language == .en ? english : japanese
        }

        private var english: String {
            switch self {
            case .zipDirectory: "its ZIP directory cannot be read"
            case .checksum(let path): "\(path) does not match its checksum"
            case .cannotUnpack(let path): "\(path) cannot be unpacked"
            case .doctype(let part): "\(part) declares a document type, which workbook parts never do"
            case .notWellFormed(let part, let line): "\(part) is not well-formed XML (line \(line))"
            case .sheetWithoutPart(let sheet): "sheet '\(sheet)' has no part"
            case .missingPart(let target): "\(target) is missing"
            case .notPacked(let reason): "the workbook could not be packed: \(reason)"
            case .missingSharedString(let part, let index): "\(part): a cell points to shared string '\(index)', which the workbook lacks"
            case .rowOutOfRange(let part, let row): "\(part): row number \(row) is out of range"
            case .cellOutsideRow(let part): "\(part): a cell outside any row"
            case .notACell(let part, let reference): "\(part): cell reference '\(reference)' is not a cell"
            case .beyondXFD(let part): "\(part): a cell lies beyond column XFD"
            }
        }

        private var japanese: String {
            switch self {
            case .zipDirectory: "ZIPの目次を読めません"
            case .checksum(let path): "\(path) のチェックサムが合いません"
            case .cannotUnpack(let path): "\(path) を展開できません"
            case .doctype(let part): "\(part) に文書型宣言があります（ブックの部品にはないものです）"
            case .notWellFormed(let part, let line): "\(part) が正しいXMLではありません（\(line)行目）"
            case .sheetWithoutPart(let sheet): "シート「\(sheet)」の中身がありません"
            case .missingPart(let target): "\(target) がありません"
            case .notPacked(let reason): "ブックをまとめられません（理由: \(reason)）"
            case .missingSharedString(let part, let index): "\(part)：セルが共有文字列 '\(index)' を指していますが、ブックにありません"
            case .rowOutOfRange(let part, let row): "\(part)：行番号 \(row) が範囲外です"
            case .cellOutsideRow(let part): "\(part)：どの行にも属さないセルがあります"
            case .notACell(let part, let reference): "\(part)：セル参照 '\(reference)' はセルを指していません"
            case .beyondXFD(let part): "\(part)：XFD列より右にセルがあります"
            }
        }
    }
}
