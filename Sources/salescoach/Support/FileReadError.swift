import SalesCoachCore

#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// Why a file a command named could not be read, said with its path.
enum FileReadError: UserMessage, BilingualMessage {
    case noSuchFile(String)
    case permissionDenied(String)
    /// Any other failure to open or read, with its errno.
    case cannotRead(String, reason: Int32)
    case folder(String)
    /// A socket, a device or another thing that is not a file; `mode` is its `st_mode`.
    case notAFile(String, mode: mode_t)

    var wording: (en: String, ja: String) {
        switch self {
        case .noSuchFile(let path):
            return ("\(path): no such file", "\(path)：そのようなファイルはありません")
        case .permissionDenied(let path):
            return (
                "\(path): cannot be read: permission denied (check its permissions)",
                "\(path)：読み込めません。読み取りの権限がありません（ファイルの権限を確かめてください）"
            )
        case .cannotRead(let path, let reason):
            let why = SystemReason(errno: reason)
            return ("\(path): cannot be read: \(why.text(in: .en))", "\(path) を読み込めません：\(why.text(in: .ja))")
        case .folder(let path):
            return ("\(path) is a folder; expected a CSV file", "\(path) はフォルダーです。CSVファイルを指定してください")
        case .notAFile(let path, let mode):
            let kind = FileKind(mode: mode).wording
            return (
                "\(path) is \(kind.en), not a file; expected a CSV file",
                "\(path) はファイルではありません（\(kind.ja)）。CSVファイルを指定してください"
            )
        }
    }
}
