import GRDB

/// The workspace's tables and their migrations.
///
/// The file is marked twice: SQLite's `application_id` says "this is a
/// SalesCoach workspace" (so another program's database is recognised and left
/// alone) and `user_version` carries the schema version (so a file from a newer
/// release is refused instead of misread).
enum WorkspaceSchema {
    /// "SCWS" in ASCII.
    static let applicationID: Int32 = 0x5343_5753
    /// The schema version this build writes and reads.
    static let currentVersion = 3
    /// GRDB's own bookkeeping table, present in a file whose first migration
    /// was interrupted; such a file still counts as new.
    static let migrationsTable = "grdb_migrations"

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try createVersion1(db)
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            try db.execute(sql: "PRAGMA user_version = 1")
        }
        // Version 2: each journal entry names the session that made it, so a
        // session undoes its own changes and never another's made meanwhile.
        migrator.registerMigration("v2") { db in
            try db.execute(sql: "ALTER TABLE undo_changes ADD COLUMN session TEXT")
            try db.execute(sql: "PRAGMA user_version = 2")
        }
        // Version 3: each customer's segment over time, kept only when it
        // changes, outside the undo journal (history is not an edit to take
        // back; undo removes the rows its change wrote, by change_id).
        migrator.registerMigration("v3") { db in
            try db.execute(
                sql: """
                    CREATE TABLE segment_history (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        customer_key TEXT NOT NULL,
                        customer_name TEXT NOT NULL,
                        rep TEXT,
                        date TEXT NOT NULL,
                        segment TEXT,
                        objective REAL,
                        record REAL,
                        present INTEGER NOT NULL DEFAULT 1,
                        source TEXT,
                        change_id INTEGER
                    );
                    CREATE INDEX segment_history_by_customer ON segment_history(customer_key, id);
                    CREATE INDEX segment_history_by_change ON segment_history(change_id);
                    CREATE INDEX segment_history_by_date ON segment_history(date);
                    PRAGMA user_version = 3;
                    """)
        }
        return migrator
    }

    // A migration, once released, is never edited: it spells out its tables
    // instead of deriving them from types that may change later.
    private static func createVersion1(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE customers (
                    key TEXT PRIMARY KEY NOT NULL,
                    name TEXT NOT NULL,
                    position INTEGER NOT NULL,
                    company_revenue REAL, employees REAL, growth REAL,
                    orders REAL, sales REAL, profit REAL,
                    last_visit TEXT,
                    rep TEXT,
                    notes TEXT
                );
                CREATE INDEX customers_by_position ON customers(position);
                CREATE TABLE settings (
                    key TEXT PRIMARY KEY NOT NULL,
                    value TEXT NOT NULL
                );
                CREATE TABLE planned_visits (
                    id INTEGER PRIMARY KEY,
                    customer_key TEXT NOT NULL,
                    customer_name TEXT NOT NULL,
                    visits INTEGER NOT NULL,
                    hours REAL,
                    rep TEXT,
                    week TEXT
                );
                CREATE INDEX planned_visits_by_customer ON planned_visits(customer_key);
                CREATE TABLE visit_log (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    customer_key TEXT NOT NULL,
                    customer_name TEXT NOT NULL,
                    date TEXT NOT NULL,
                    note TEXT
                );
                CREATE INDEX visit_log_by_customer ON visit_log(customer_key);
                CREATE TABLE undo_changes (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    kind TEXT NOT NULL,
                    subject TEXT,
                    detail TEXT,
                    count INTEGER,
                    saved_rows INTEGER NOT NULL DEFAULT 0
                );
                CREATE TABLE undo_scopes (
                    change_id INTEGER NOT NULL,
                    table_name TEXT NOT NULL,
                    pk
                );
                CREATE INDEX undo_scopes_by_change ON undo_scopes(change_id, table_name);
                """)
        // One shadow table per journaled table holds the rows as they were
        // before each change, with the same column types so values come back
        // exactly (a REAL stays a REAL, a NULL stays NULL).
        for table in ["customers", "settings", "planned_visits", "visit_log"] {
            let columns = try db.columns(in: table).map { "\($0.name) \($0.type)" }.joined(separator: ", ")
            try db.execute(
                sql: """
                    CREATE TABLE undo_\(table) (change_id INTEGER NOT NULL, \(columns));
                    CREATE INDEX undo_\(table)_by_change ON undo_\(table)(change_id);
                    """)
        }
    }
}
