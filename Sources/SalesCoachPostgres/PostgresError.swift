import SalesCoachCore

/// What went wrong talking to PostgreSQL, in words a user can act on. The
/// server's own message is kept (it names the missing table or column),
/// with control characters shown as escapes: it can quote user data.
public enum PostgresError: UserMessage, Sendable, Hashable, CustomStringConvertible {
    /// The connection could not be made (bad URL, refused, authentication).
    case connection(target: String, message: String)
    /// The server refused or failed the query.
    case query(message: String, detail: String?, hint: String?)
    /// libpq itself could not be loaded (it is looked up only when
    /// `--database` connects): the loader's reason.
    case clientLibraryMissing(reason: String)

    public var description: String { text(in: .en) }

    /// The message in `language`; the server's own words stay as it wrote them
    /// (they are what a user would search for), framed in Japanese when asked.
    public func text(in language: Language) -> String {
        if language == .ja {
            switch self {
            case .connection(let target, let message):
                return "\(target) のPostgreSQLに接続できません（理由: \(Self.clean(message))）。"
                    + "URL、サーバーが動いていて接続を受け付けるかを確かめてください。パスワードはコマンドラインではなく ~/.pgpass か PGPASSWORD に書いてください"
            case .query(let message, let detail, let hint):
                var text = "PostgreSQLがクエリーを実行できませんでした（理由: \(Self.clean(message))"
                if let detail { text += "、詳細: \(Self.clean(detail))" }
                if let hint { text += "、サーバーのヒント: \(Self.clean(hint))" }
                return text + "）"
            case .clientLibraryMissing(let reason):
                return "--database に要るPostgreSQLのクライアントライブラリ libpq を読み込めません（理由: \(Self.clean(reason))）。"
                    + "libpq をインストールしてください（Debian: libpq5）"
            }
        }
        switch self {
        case .connection(let target, let message):
            return "cannot connect to PostgreSQL at \(target): \(Self.clean(message)) "
                + "(check the URL, that the server runs and accepts you; a password belongs in ~/.pgpass or PGPASSWORD, not on the command line)"
        case .query(let message, let detail, let hint):
            var text = "PostgreSQL: \(Self.clean(message))"
            if let detail { text += " (\(Self.clean(detail)))" }
            if let hint { text += "; \(Self.clean(hint))" }
            return text
        case .clientLibraryMissing(let reason):
            return "cannot load libpq, the PostgreSQL client library --database needs: \(Self.clean(reason)) (install it; Debian: libpq5)"
        }
    }

    /// One line, no control characters.
    static func clean(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09, 0x0A, 0x0D: out += " "
            case 0..<0x20, 0x7F..<0xA0: out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out.trimmingWhitespace
    }
}
