import SalesCoachCore

/// What is said of a customer or plan file as it is read: which sheet, and
/// where the rows set aside went.
enum CustomerFileMessage: BilingualMessage {
    /// How a workbook was read, where a text file says its encoding.
    case sheet(String)
    /// A plan workbook's sheet, as the place its problems are named by.
    case planSheet(path: String, sheet: String)
    /// The importer's note on the rows set aside, and the file they were written to.
    case rowsSetAside(ImportNote, written: String)

    var wording: (en: String, ja: String) {
        switch self {
        case .sheet(let name):
            return ("sheet '\(name)'", "シート「\(name)」")
        case .planSheet(let path, let sheet):
            return ("\(path), sheet '\(sheet)'", "\(path) シート「\(sheet)」")
        case .rowsSetAside(let note, let written):
            return (
                note.text(in: .en) + ": they are in \(written), each with its reason; fix them there and load that file",
                note.text(in: .ja) + "。除外した行は理由と一緒に \(written) に書き出しました。直してからそのファイルを読み込んでください"
            )
        }
    }
}
