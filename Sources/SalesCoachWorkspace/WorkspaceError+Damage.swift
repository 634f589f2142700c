import SalesCoachCore

extension WorkspaceError {
    /// How a workspace file is damaged, as a value, so the message says it
    /// in either language.
    public enum Damage: Sendable, Equatable {
        case cutInHeader
        case impossiblePageSize(Int)
        case partialPage(pageSize: Int)
        /// Two customers under one key: only another tool's edit can do that.
        case customerList(BookError)
        /// SQLite's own words, kept as they are.
        case sqlite(String)
        /// What SQLite's integrity check found, in its words.
        case failedCheck([String])

        public func text(in language: Language) -> String {
            let en = language == .en
            switch self {
            case .cutInHeader:
                return en
                    ? "the file stops inside the database header; it was probably cut short"
                    : "ファイルがデータベースのヘッダーの途中で終わっています。途中で切れたのでしょう"
            case .impossiblePageSize(let size):
                return en ? "the header gives an impossible page size, \(size)" : "ヘッダーのページサイズ \(size) はあり得ない値です"
            case .partialPage(let size):
                return en
                    ? "the file ends part-way through a \(size)-byte page; it was probably cut short"
                    : "ファイルが\(size)バイトのページの途中で終わっています。途中で切れたのでしょう"
            case .customerList(let error):
                let text = WorkspaceError.book(error).text(in: language)
                return en ? "its customer list does not hold together: \(text)" : "顧客リストの整合性が取れていません（\(text)）"
            case .sqlite(let message):
                return en ? message : "SQLiteのエラーです（理由: \(message)）"
            case .failedCheck(let problems):
                let found = problems.joined(separator: "; ")
                return en ? "SQLite's check found: \(found)" : "SQLiteの検査で問題が見つかりました（理由: \(found)）"
            }
        }
    }
}
