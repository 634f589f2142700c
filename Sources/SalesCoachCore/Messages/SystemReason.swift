import Foundation

/// A failure the operating system reported (an errno), worded for the
/// session: English keeps the system's own words; Japanese says it in
/// Japanese and keeps the system's words beside it, since that is the text a
/// user would search for.
///
/// ```text
/// そのようなファイルやフォルダーはありません（理由: No such file or directory）
/// ```
public struct SystemReason: Sendable, Hashable {
    /// The errno.
    public let code: Int32
    /// The system's own words for it (`strerror`), English under any locale here.
    public let system: String

    public init(code: Int32, system: String) {
        self.code = code
        self.system = system
    }

    public func text(in language: Language) -> String {
        guard language == .ja else { return system }
        guard let words = Self.japanese[code] else { return "システムのエラーです（理由: \(system)、errno \(code)）" }
        return "\(words)（理由: \(system)）"
    }

    /// The errno values a user meets with files, in Japanese.
    static let japanese: [Int32: String] = [
        ENOENT: "そのようなファイルやフォルダーはありません",
        EACCES: "権限がありません",
        EPERM: "この操作は許されていません",
        EISDIR: "フォルダーです",
        ENOTDIR: "パスの途中にフォルダーでないものがあります",
        ENOSPC: "ディスクの空きがありません",
        EDQUOT: "ディスクの割り当て容量を超えました",
        EFBIG: "ファイルが大きすぎます",
        EROFS: "読み取り専用のファイルシステムです",
        EEXIST: "すでにあります",
        ENAMETOOLONG: "名前が長すぎます",
        ELOOP: "シンボリックリンクが多すぎます（循環しています）",
        EMFILE: "開いているファイルが多すぎます",
        EIO: "入出力エラーです",
        EBADF: "ファイル記述子が閉じています",
        EPIPE: "読み手がパイプを閉じました",
        ENXIO: "そのような装置やアドレスはありません",
        ETXTBSY: "使用中のファイルです",
        EBUSY: "使用中です",
        ENOMEM: "メモリーが足りません",
    ]
}
