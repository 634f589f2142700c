import GRDB
import SalesCoachCore

extension Workspace {
    /// Keeps the book's snapshot as of `date` (one snapshot per customer key,
    /// as a book gives them), storing only what changed:
    /// a customer gets a row when its segment, name or rep changed or a score
    /// moved by `SegmentSnapshot.scoreStep`; a customer that left the book
    /// gets a row saying so. A second snapshot on the same day replaces the
    /// first, so a day keeps its last word and an edit taken back the same
    /// day leaves no trace.
    ///
    /// The rows are tied to the change `undo()` would take back next, so
    /// undoing it removes them with it.
    ///
    /// - Parameter date: the day to record; a day before the history's last
    ///   (a clock set back) is recorded as that last day, so the rows stay in order.
    /// - Returns: how many customers got a row.
    @discardableResult
    public func recordHistory(_ snapshots: [SegmentSnapshot], on date: LocalDate, source: String?) throws(WorkspaceError) -> Int {
        let (kept, latest) = try change { db -> (Int, LatestHistory) in
            let last = try String.fetchOne(db, sql: "SELECT max(date) FROM segment_history").flatMap { LocalDate(parsing: $0) }
            let day = last.map { max($0, date) } ?? date
            // Tied to the change undo would take back next, so undoing it takes these rows too.
            let changeID = try Int64.fetchOne(
                db, sql: "SELECT max(id) FROM undo_changes WHERE session = ? OR id <= ?", arguments: [sessionID, openedAfterChange])
            let version = try Workspace.dataVersion(db)
            // Taken out of the cache rather than shared with it: a shared
            // dictionary is copied whole by the first row changed below,
            // every customer's row at every `set`. It goes back in at the end.
            var recorded: [SegmentSnapshot] = []
            var latest = try latestHistory.withLock { cached -> [String: HistoryRow]? in
                defer { cached = nil }
                guard let held = cached, held.dataVersion == version else { return nil }
                recorded = held.recorded
                return held.rows
            } ?? Workspace.latestHistoryRows(db)
            let insert = try db.makeStatement(
                sql: """
                    INSERT INTO segment_history(customer_key, customer_name, rep, date, segment, objective, record, present, source, change_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
            var kept = 0
            func same(_ row: HistoryRow?, _ snapshot: SegmentSnapshot, present: Bool) -> Bool {
                row.map { $0.entry.isPresent == present && (!present || !snapshot.differs(from: $0.entry.snapshot)) } ?? !present
            }
            func keep(_ snapshot: SegmentSnapshot, present: Bool) throws {
                var before = latest[snapshot.key]
                // Most customers have not changed: nothing to write.
                guard !same(before, snapshot, present: present) else { return }
                if let row = before, row.entry.date == day {
                    // Same day: the new word replaces the day's row, compared with the row before it.
                    try db.execute(sql: "DELETE FROM segment_history WHERE id = ?", arguments: [row.id])
                    before = try Workspace.historyRow(db, key: snapshot.key, before: row.id)
                    latest[snapshot.key] = before
                }
                guard !same(before, snapshot, present: present) else { return }
                try insert.execute(arguments: [
                    snapshot.key.stored, snapshot.name.stored, snapshot.rep.stored, day.description,
                    snapshot.segment?.rawValue, snapshot.objective, snapshot.record, present ? 1 : 0, source.stored, changeID,
                ])
                latest[snapshot.key] = (
                    db.lastInsertedRowID, SegmentHistoryEntry(date: day, snapshot: snapshot, isPresent: present, source: source)
                )
                kept += 1
            }
            // Counted rather than collected: whether anyone left is known
            // without copying a large book's rows.
            let presentBefore = latest.values.reduce(0) { $0 + ($1.entry.isPresent ? 1 : 0) }
            var stillHere = 0
            for (i, snapshot) in snapshots.enumerated() {
                // The same as at the last record (a `set` moves a few customers
                // of a large book): its newest row agrees with it and is present.
                // Hashing every key to look it up was most of the comparing.
                if i < recorded.count, recorded[i] == snapshot {
                    stillHere += 1
                    continue
                }
                if latest[snapshot.key]?.entry.isPresent == true { stillHere += 1 }
                try keep(snapshot, present: true)
            }
            // Whoever is left was in the book and is not any more: checked
            // against the list as stored, so a customer another session added
            // since this one read the book is not taken for one that left.
            // Read by hand: a key stored as a blob (a name with a NUL) must not stop the program.
            if stillHere < presentBefore {
                let current = Set(snapshots.map(\.key))
                // In the order of their keys, so the rows come out the same whatever the dictionary's order.
                let left = latest.values.filter { $0.entry.isPresent && !current.contains($0.entry.snapshot.key) }
                    .sorted { $0.entry.snapshot.key < $1.entry.snapshot.key }
                let stored = try Workspace.texts(db, sql: "SELECT key FROM customers")
                for row in left where !stored.contains(row.entry.snapshot.key) {
                    try keep(row.entry.snapshot, present: false)
                }
            }
            return (kept, LatestHistory(dataVersion: version, rows: latest, recorded: snapshots))
        }
        latestHistory.withLock { $0 = latest }
        return kept
    }

    /// Every history row, oldest first.
    public func segmentHistory() throws(WorkspaceError) -> SegmentHistory {
        try read { db in
            var entries: [SegmentHistoryEntry] = []
            try Workspace.forEachHistoryRow(db, where: "1 ORDER BY date, id") { _, entry in entries.append(entry) }
            return SegmentHistory(entries)
        }
    }

    /// The source of a session's automatic first snapshot of a workspace that had none.
    public static let firstSnapshotSource = "first snapshot"

    /// Forgets the history when all it holds is the automatic first
    /// snapshot, so older exports can still be loaded `--as-of` their days.
    /// - Returns: whether it was forgotten.
    @discardableResult
    public func forgetFirstSnapshotOnly() throws(WorkspaceError) -> Bool {
        defer { dropLatestHistory() }
        return try change { db in
            let other = try Bool.fetchOne(
                db, sql: "SELECT EXISTS (SELECT 1 FROM segment_history WHERE source IS NOT ?)",
                arguments: [Workspace.firstSnapshotSource]) ?? false
            guard !other else { return false }
            try db.execute(sql: "DELETE FROM segment_history")
            return db.changesCount > 0
        }
    }

    /// The day of the newest history row; nil before the first snapshot.
    public func historyLastDate() throws(WorkspaceError) -> LocalDate? {
        try read { db in
            try String.fetchOne(db, sql: "SELECT max(date) FROM segment_history").flatMap { LocalDate(parsing: $0) }
        }
    }

    /// Where a rename sets aside the history of a customer that once had the
    /// new name: never a name's key (it holds a control character no name keeps).
    static func setAsideKey(_ key: String, change: Int64) -> String { "\(key)\u{1}\(change)" }

    // MARK: - Rows

    private static func latestHistoryRows(_ db: Database) throws -> [String: HistoryRow] {
        var latest: [String: HistoryRow] = [:]
        try forEachHistoryRow(db, where: "id IN (SELECT max(id) FROM segment_history GROUP BY customer_key)") { id, entry in
            latest[entry.snapshot.key] = (id, entry)
        }
        return latest
    }

    private static func historyRow(_ db: Database, key: String, before id: Int64) throws -> HistoryRow? {
        guard
            let row = try Row.fetchOne(
                db, sql: "SELECT * FROM segment_history WHERE customer_key = ? AND id < ? ORDER BY id DESC LIMIT 1",
                arguments: [key.stored, id]),
            let rowID = row.int64("id"), let entry = historyEntry(row)
        else { return nil }
        return (rowID, entry)
    }

    /// The history rows `condition` selects (an SQL condition, with any
    /// ORDER BY after it), read straight from SQLite's columns: a `set` on a
    /// large book reads every customer's latest row, and decoding GRDB rows by
    /// column name was most of that. Rows another tool mangled past reading
    /// (no id, key or date) are skipped.
    private static func forEachHistoryRow(
        _ db: Database, where condition: String, _ body: (Int64, SegmentHistoryEntry) throws -> Void
    ) throws {
        let statement = try db.makeStatement(sql: """
            SELECT id, customer_key, date, customer_name, rep, segment, objective, record, present, source
            FROM segment_history WHERE \(condition)
            """)
        let rows = try Row.fetchCursor(statement)
        while try rows.next() != nil {
            let row = StatementColumns(statement.sqliteStatement)
            guard let id = row.int64(0), let key = row.text(1), let date = row.text(2).flatMap({ LocalDate(parsing: $0) }) else {
                continue
            }
            let snapshot = SegmentSnapshot(
                key: key, name: row.text(3) ?? key, rep: row.text(4), segment: row.text(5).flatMap { Segment(letter: $0) },
                objective: row.real(6), record: row.real(7))
            try body(id, SegmentHistoryEntry(date: date, snapshot: snapshot, isPresent: row.int64(8) != 0, source: row.text(9)))
        }
    }

    /// The first column of every row `sql` selects, as text (NULLs left out).
    static func texts(_ db: Database, sql: String) throws -> Set<String> {
        let statement = try db.makeStatement(sql: sql)
        let rows = try Row.fetchCursor(statement)
        var found = Set<String>()
        while try rows.next() != nil {
            if let text = StatementColumns(statement.sqliteStatement).text(0) { found.insert(text) }
        }
        return found
    }

    /// A row as an entry; nil for one another tool mangled past reading (no key or date).
    static func historyEntry(_ row: Row) -> SegmentHistoryEntry? {
        guard let key = row.text("customer_key"), let date = row.text("date").flatMap({ LocalDate(parsing: $0) }) else {
            return nil
        }
        let snapshot = SegmentSnapshot(
            key: key, name: row.text("customer_name") ?? key, rep: row.text("rep"),
            segment: row.text("segment").flatMap { Segment(letter: $0) },
            objective: row.real("objective"), record: row.real("record"))
        return SegmentHistoryEntry(date: date, snapshot: snapshot, isPresent: row.int64("present") != 0, source: row.text("source"))
    }
}
