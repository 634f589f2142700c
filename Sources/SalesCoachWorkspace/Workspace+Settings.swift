import GRDB

/// Settings as key/value text (`classification.cut` = `50`), the same flat keys
/// the config file and `config set` use; `Config` turns them into values.
extension Workspace {
    /// Every stored setting.
    public func settings() throws(WorkspaceError) -> [String: String] {
        try read { db in
            var settings: [String: String] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT key, value FROM settings")
            while let row = try rows.next() {
                if let key = row.text("key") { settings[key] = row.text("value") ?? "" }
            }
            return settings
        }
    }

    /// Stores one setting, replacing its previous value.
    public func setSetting(key: String, value: String) throws(WorkspaceError) {
        _ = try updateSettings([key: value], describedAs: .setSetting(key: key, value: value))
    }

    /// Forgets a setting so its default applies again.
    /// - Returns: false when it was not set.
    @discardableResult
    public func removeSetting(key: String) throws(WorkspaceError) -> Bool {
        try updateSettings([key: nil], describedAs: .removeSetting(key: key))
    }

    /// Sets (or, for nil values, removes) several settings as one change, for
    /// settings that are only valid together (the plan shares add up to 100).
    /// - Returns: false when nothing differed from what was stored.
    @discardableResult
    public func updateSettings(_ changes: [String: String?]) throws(WorkspaceError) -> Bool {
        try updateSettings(changes, describedAs: .updateSettings(count: changes.count))
    }

    private func updateSettings(
        _ changes: [String: String?], describedAs description: WorkspaceChange
    ) throws(WorkspaceError) -> Bool {
        try change { db in
            var differing: [(key: String, value: String?)] = []
            for key in changes.keys.sorted() {
                let stored = try Row.fetchOne(db, sql: "SELECT value FROM settings WHERE key = ?", arguments: [key.stored])
                let value = changes[key] ?? nil
                if stored?.text("value") != value || (stored == nil) != (value == nil) {
                    differing.append((key, value))
                }
            }
            guard !differing.isEmpty else { return false }
            let journal = try journal(db, description)
            for (key, value) in differing {
                try journal.saveRow(.settings, key: key.stored)
                if let value {
                    try db.execute(
                        sql: "INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                        arguments: [key.stored, value.stored])
                } else {
                    try db.execute(sql: "DELETE FROM settings WHERE key = ?", arguments: [key.stored])
                }
            }
            try journal.finish(keeping: undoLimit, rowBudget: undoRowBudget)
            return true
        }
    }
}
