import GRDB
import SalesCoachCore

/// Before-images of the rows a change touches, written in the change's own
/// transaction so that undo survives quitting, a crash or a second session.
///
/// A change saves each affected row once (or a whole table, for an import)
/// into the table's shadow `undo_<table>` and notes the row's key in
/// `undo_scopes`. Undo deletes the rows under those keys and puts the saved
/// ones back, which also removes rows the change created.
struct UndoJournal {
    let db: Database
    let changeID: Int64

    /// Opens the journal entry for `change`; call inside the change's transaction.
    static func begin(_ db: Database, change: WorkspaceChange, session: String) throws -> UndoJournal {
        let columns = change.columns
        try db.execute(
            sql: "INSERT INTO undo_changes(kind, subject, detail, count, session) VALUES (?, ?, ?, ?, ?)",
            arguments: [columns.kind, columns.subject.stored, columns.detail.stored, columns.count, session])
        return UndoJournal(db: db, changeID: db.lastInsertedRowID)
    }

    /// Saves the rows of `table` matching `condition`, as they are now.
    func saveRows(_ table: JournaledTable, where condition: String, arguments: StatementArguments = []) throws {
        guard try !savedWholeTable(table) else { return }
        let notYetSaved = """
            \(table.primaryKey) NOT IN (SELECT pk FROM undo_scopes
                WHERE change_id = \(changeID) AND table_name = '\(table.name)' AND pk IS NOT NULL)
            """
        try db.execute(
            sql: """
                INSERT INTO \(table.shadow)(change_id, \(table.columnList))
                SELECT \(changeID), \(table.columnList) FROM \(table.name) WHERE (\(condition)) AND \(notYetSaved)
                """,
            arguments: arguments)
        try db.execute(
            sql: """
                INSERT INTO undo_scopes(change_id, table_name, pk)
                SELECT \(changeID), '\(table.name)', \(table.primaryKey) FROM \(table.name)
                WHERE (\(condition)) AND \(notYetSaved)
                """,
            arguments: arguments)
    }

    /// Saves the row under `key` if there is one, and remembers the key either
    /// way, so undo removes a row the change is about to create there.
    func saveRow(_ table: JournaledTable, key: some DatabaseValueConvertible) throws {
        try saveRows(table, where: "\(table.primaryKey) = ?", arguments: [key])
        try markInserted(table, key: key)
    }

    /// Remembers the key of a row the change has just created.
    func markInserted(_ table: JournaledTable, key: some DatabaseValueConvertible) throws {
        guard try !savedWholeTable(table) else { return }
        try db.execute(
            sql: """
                INSERT INTO undo_scopes(change_id, table_name, pk)
                SELECT ?, ?, ? WHERE NOT EXISTS (
                    SELECT 1 FROM undo_scopes WHERE change_id = ? AND table_name = ? AND pk = ?)
                """,
            arguments: [changeID, table.name, key, changeID, table.name, key])
    }

    /// Saves every row of `table`; call before any other save of that table in this change.
    func saveTable(_ table: JournaledTable) throws {
        try db.execute(
            sql: """
                INSERT INTO \(table.shadow)(change_id, \(table.columnList))
                SELECT \(changeID), \(table.columnList) FROM \(table.name)
                """)
        try db.execute(
            sql: "INSERT INTO undo_scopes(change_id, table_name, pk) VALUES (?, ?, NULL)",
            arguments: [changeID, table.name])
    }

    /// Records how much this change saved, then forgets the oldest changes
    /// beyond `limit` changes or `rowBudget` saved rows in all (the latest
    /// change is always kept, however large: it is the one undo is for).
    func finish(keeping limit: Int, rowBudget: Int) throws {
        var saved = 0
        for table in JournaledTable.all {
            saved += try Int.fetchOne(
                db, sql: "SELECT count(*) FROM \(table.shadow) WHERE change_id = ?", arguments: [changeID]) ?? 0
        }
        try db.execute(sql: "UPDATE undo_changes SET saved_rows = ? WHERE id = ?", arguments: [saved, changeID])
        let recent = try Row.fetchAll(db, sql: "SELECT id, saved_rows FROM undo_changes ORDER BY id DESC")
        var total = 0
        for (index, row) in recent.enumerated() {
            let rows = max(0, row.int("saved_rows") ?? 0)
            total = total > Int.max - rows ? Int.max : total + rows
            if index > 0, index >= max(1, limit) || total > rowBudget, let id = row.int64("id") {
                try UndoJournal.forget(db, where: "<= \(id)")
                return
            }
        }
    }

    private func savedWholeTable(_ table: JournaledTable) throws -> Bool {
        try Bool.fetchOne(
            db,
            sql: "SELECT EXISTS (SELECT 1 FROM undo_scopes WHERE change_id = ? AND table_name = ? AND pk IS NULL)",
            arguments: [changeID, table.name]) ?? false
    }

    /// The entries `session` may undo: its own, and those made before it opened.
    private static let undoable = "(session = ? OR id <= ?)"

    /// Restores the rows saved by `session`'s most recent undoable change and forgets it.
    ///
    /// Refuses when a later change (another session's) touched any of the
    /// same rows: putting the old rows back would silently erase that work.
    static func undoLast(_ db: Database, session: String, openedAfter: Int64) throws -> UndoOutcome? {
        guard
            let row = try Row.fetchOne(
                db,
                sql: "SELECT id, kind, subject, detail, count FROM undo_changes WHERE \(undoable) ORDER BY id DESC LIMIT 1",
                arguments: [session, openedAfter])
        else { return nil }
        let id = row.int64("id") ?? 0
        let change = WorkspaceChange(row)
        if let later = try Row.fetchOne(
            db,
            sql: """
                SELECT id, kind, subject, detail, count FROM undo_changes later WHERE later.id > ? AND EXISTS (
                    SELECT 1 FROM undo_scopes mine JOIN undo_scopes theirs ON mine.table_name = theirs.table_name
                        AND (mine.pk IS NULL OR theirs.pk IS NULL OR mine.pk = theirs.pk)
                    WHERE mine.change_id = ? AND theirs.change_id = later.id)
                ORDER BY id LIMIT 1
                """,
            arguments: [id, id])
        {
            throw WorkspaceError.undoBlocked(change: change, by: WorkspaceChange(later))
        }
        for table in JournaledTable.all {
            let whole = try Bool.fetchOne(
                db,
                sql: "SELECT EXISTS (SELECT 1 FROM undo_scopes WHERE change_id = ? AND table_name = ? AND pk IS NULL)",
                arguments: [id, table.name]) ?? false
            if whole {
                try db.execute(sql: "DELETE FROM \(table.name)")
            } else {
                try db.execute(
                    sql: """
                        DELETE FROM \(table.name) WHERE \(table.primaryKey) IN
                            (SELECT pk FROM undo_scopes WHERE change_id = ? AND table_name = ?)
                        """,
                    arguments: [id, table.name])
            }
            try db.execute(
                sql: """
                    INSERT INTO \(table.name)(\(table.columnList))
                    SELECT \(table.columnList) FROM \(table.shadow) WHERE change_id = ?
                    """,
                arguments: [id])
        }
        // The history rows this change wrote go with it; a rename's history
        // goes back to the old name.
        try db.execute(sql: "DELETE FROM segment_history WHERE change_id = ?", arguments: [id])
        if case .renameCustomer(let from, let to) = change {
            try db.execute(
                sql: "UPDATE segment_history SET customer_key = ? WHERE customer_key = ?",
                arguments: [Book.key(from).stored, Book.key(to).stored])
            try db.execute(
                sql: "UPDATE segment_history SET customer_key = ? WHERE customer_key = ?",
                arguments: [Book.key(to).stored, Workspace.setAsideKey(Book.key(to), change: id).stored])
        }
        try forget(db, where: "= \(id)")
        return UndoOutcome(change: change, remaining: try depth(db, session: session, openedAfter: openedAfter))
    }

    /// How many changes `session` can undo.
    static func depth(_ db: Database, session: String, openedAfter: Int64) throws -> Int {
        try Int.fetchOne(
            db, sql: "SELECT count(*) FROM undo_changes WHERE \(undoable)", arguments: [session, openedAfter]) ?? 0
    }

    /// The id of the newest entry ever written (0 for none), forgotten ones included.
    static func newestChange(_ db: Database) throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT seq FROM sqlite_sequence WHERE name = 'undo_changes'") ?? 0
    }

    /// Other sessions' entries after `id`, oldest first.
    static func changes(_ db: Database, after id: Int64, notBy session: String) throws -> [(Int64, WorkspaceChange)] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT id, kind, subject, detail, count FROM undo_changes
                WHERE id > ? AND (session IS NULL OR session != ?) ORDER BY id
                """,
            arguments: [id, session]
        ).map { (($0.int64("id") ?? 0), WorkspaceChange($0)) }
    }

    /// Deletes the journal entries whose id matches `comparison` (e.g. "< 12").
    private static func forget(_ db: Database, where comparison: String) throws {
        for table in JournaledTable.all {
            try db.execute(sql: "DELETE FROM \(table.shadow) WHERE change_id \(comparison)")
        }
        try db.execute(sql: "DELETE FROM undo_scopes WHERE change_id \(comparison)")
        try db.execute(sql: "DELETE FROM undo_changes WHERE id \(comparison)")
    }
}
