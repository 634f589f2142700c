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
            console.warning(SessionMessage.changesUnknown(reason: "\(error)").text(in: language))
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
        let shown = Array(news.changes.suffix(5))
        return SessionMessage.changedElsewhere(changes: shown, earlier: news.changes.count - shown.count, before: before, after: after)
            .text(in: language)
    }

    /// `backup FILE [--force]`
    func backup(to path: String, force: Bool) throws {
        try workspace.backup(to: path, replacing: force)
        console.say(SessionMessage.backedUp(customers: book.count, path: path, quoted: quoted(path)))
    }

    /// `restore FILE`
    func restore(from path: String) throws {
        let count = try workspace.restore(from: path)
        try reload()
        recordHistory(source: "restore")
        console.say(SessionMessage.restored(customers: count, path: path))
    }
}
