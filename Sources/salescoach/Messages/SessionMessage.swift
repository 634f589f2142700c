import SalesCoachCore
import SalesCoachWorkspace

/// What the session itself says, outside any one command: its greeting, the
/// customer a loosely typed name was taken as, other sessions' changes and
/// the workspace's backups.
enum SessionMessage: BilingualMessage {
    case greeting(customers: Int)
    case takenAs(String)
    /// A warning: the workspace could not be asked what other sessions changed.
    case changesUnknown(reason: String)
    /// Another session changed the workspace: the last of its `changes`
    /// (up to five), how many earlier ones, and the list's size before and after.
    case changedElsewhere(changes: [WorkspaceChange], earlier: Int, before: Int, after: Int)
    case backedUp(customers: Int, path: String, quoted: String)
    case restored(customers: Int, path: String)

    var wording: (en: String, ja: String) {
        switch self {
        case .greeting(let customers):
            return (
                "SalesCoach — \(Counted(customers, "customer", counter: "社").en). Type 'help' for commands, or ask a question (English or 日本語).",
                "SalesCoach — 顧客 \(customers)社。'help' でコマンド一覧、または質問をどうぞ（日本語・English）。"
            )
        case .takenAs(let name):
            return ("(taken as \(name))", "（\(name) として扱います）")
        case .changesUnknown(let reason):
            return (
                "cannot tell whether another session changed the workspace (\(reason)); the list shown may be out of date",
                "別のセッションによる変更を確認できません（\(reason)）。表示中のリストは古い可能性があります"
            )
        case .changedElsewhere(let changes, let earlier, let before, let after):
            var en = changes.map { $0.text(in: .en) }.joined(separator: "; ")
            var ja = changes.map { $0.text(in: .ja) }.joined(separator: "; ")
            if earlier > 0 {
                en = "\(Counted(earlier, "earlier change", counter: "件").en); " + en
                ja = "ほか\(earlier)件; " + ja
            }
            let counts = before == after
                ? (en: Counted(after, "customer", counter: "社").en, ja: "\(after)社")
                : (en: "\(before) → \(Counted(after, "customer", counter: "社").en)", ja: "\(before)社 → \(after)社")
            return (
                "Another session changed the workspace" + (en.isEmpty ? "" : ": \(en)") + " (\(counts.en)). The list is up to date.",
                "別のセッションがワークスペースを変更しました" + (ja.isEmpty ? "" : "：\(ja)") + "（\(counts.ja)）。最新の内容に更新しました。"
            )
        case .backedUp(let customers, let path, let quoted):
            return (
                "Backed up \(Counted(customers, "customer", counter: "社").en), the settings, planned visits and visit log to \(path). 'restore \(quoted)' brings them back.",
                "顧客\(customers)社・設定・訪問計画・訪問記録を \(path) に保存しました。'restore \(quoted)' で戻せます。"
            )
        case .restored(let customers, let path):
            return (
                "Restored \(Counted(customers, "customer", counter: "社").en), the settings, planned visits and visit log from \(path). 'undo' takes the restore back.",
                "\(path) から顧客\(customers)社・設定・訪問計画・訪問記録を戻しました。'undo' で取り消せます。"
            )
        }
    }
}
