import SalesCoachCore
import SalesCoachTerminal
import SalesCoachWorkspace

/// Living with other sessions on the same workspace, and keeping copies of it.
extension Session {
    /// Before each command: when another session committed a change since the
    /// last look, re-read the list and say what changed, so this session
    /// never plans, answers or edits from a list that is no longer true.
    func refreshIfChanged() {
        let news: ExternalChanges?
        do {
            news = try workspace.externalChanges()
        } catch {
            console.warning(
                language == .en
                    ? "cannot tell whether another session changed the workspace (\(error)); the list shown may be out of date"
                    : "別のセッションによる変更を確認できません（\(error)）。表示中のリストは古い可能性があります")
            return
        }
        guard let news else { return }
        let before = book.count
        do {
            try reload()
        } catch {
            console.warning((error as? any UserMessage)?.text(in: language) ?? String(describing: error))
            return
        }
        console.say(Session.externalChangeNotice(news, before: before, after: book.count, language: language), style: Palette.muted)
    }

    /// "Another session changed the workspace: …", naming up to five changes.
    static func externalChangeNotice(_ news: ExternalChanges, before: Int, after: Int, language: Language) -> String {
        let shown = news.changes.suffix(5).map { $0.text(in: language) }
        let more = news.changes.count - shown.count
        var list = shown.joined(separator: "; ")
        if more > 0 { list = (language == .en ? "\(more) earlier changes; " : "ほか\(more)件; ") + list }
        let counts = before == after
            ? (language == .en ? "\(after) customers" : "\(after)社")
            : (language == .en ? "\(before) → \(after) customers" : "\(before)社 → \(after)社")
        if language == .en {
            return "Another session changed the workspace" + (list.isEmpty ? "" : ": \(list)") + " (\(counts)). The list is up to date."
        }
        return "別のセッションがワークスペースを変更しました" + (list.isEmpty ? "" : "：\(list)") + "（\(counts)）。最新の内容に更新しました。"
    }

    /// `backup FILE [--force]`
    func backup(to path: String, force: Bool) throws {
        try workspace.backup(to: path, replacing: force)
        console.say(
            language == .en
                ? "Backed up \(book.count) customer\(book.count == 1 ? "" : "s"), the settings, planned visits and visit log to \(path). 'restore \(quoted(path))' brings them back."
                : "顧客\(book.count)社・設定・訪問計画・訪問記録を \(path) に保存しました。'restore \(quoted(path))' で戻せます。")
    }

    /// `restore FILE`
    func restore(from path: String) throws {
        let count = try workspace.restore(from: path)
        try reload()
        recordHistory(source: "restore")
        console.say(
            language == .en
                ? "Restored \(count) customer\(count == 1 ? "" : "s"), the settings, planned visits and visit log from \(path). 'undo' takes the restore back."
                : "\(path) から顧客\(count)社・設定・訪問計画・訪問記録を戻しました。'undo' で取り消せます。")
    }
}
