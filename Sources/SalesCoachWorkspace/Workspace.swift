import Foundation
import GRDB
import SalesCoachCore
import Synchronization

/// The session's customer list, settings, planned visits and visit log, kept
/// in an SQLite file so that nothing confirmed is ever lost.
///
/// Every mutating call is one transaction, committed (and synced to disk)
/// before it returns; nothing is buffered in memory. A process killed right
/// after a call returns therefore keeps the change, and two sessions on one
/// file take turns through SQLite's locks (WAL mode, a busy timeout, short
/// write transactions) instead of corrupting it.
///
/// Several sessions may have one file open at once. Each edit is applied to
/// the row as it is when the change is written (never to a session's older
/// copy), `externalChanges()` tells a session what the others committed since
/// it last looked, and `undo()` takes back this session's own changes (or,
/// in a session that has made none, changes made before it opened), never a
/// change another open session made meanwhile.
///
/// ```swift
/// let workspace = try Workspace.open(at: WorkspaceLocation.defaultPath(environment: env))
/// try workspace.upsert(Customer(name: "Acme"))
/// let book = try workspace.loadBook()
/// ```
public final class Workspace: Sendable {
    /// How long a write waits for another session's transaction, in seconds.
    static let busyTimeout: TimeInterval = 5

    /// The file, or nil for an in-memory workspace.
    public let path: String?
    /// True when the file cannot be written: reads work, changes throw `WorkspaceError.readOnly`.
    public let isReadOnly: Bool
    /// How many changes `undo()` can take back.
    public let undoLimit: Int
    /// How many saved rows the undo journal may hold before it forgets old
    /// changes, so repeated imports of a large book do not grow the file without end.
    let undoRowBudget: Int

    let writer: any DatabaseWriter

    /// Names this open workspace in the undo journal.
    let sessionID = UUID().uuidString
    /// The newest journal entry when this session opened: entries up to it
    /// come from earlier sessions, and undo may take them back.
    let openedAfterChange: Int64
    /// What this session has seen of other sessions' commits.
    private let seen: Mutex<Seen>

    private struct Seen {
        /// SQLite's `data_version` on the writer connection: it changes when
        /// another connection commits, never for this connection's own writes.
        var dataVersion: Int
        /// The newest journal entry already reported.
        var lastChange: Int64
    }

    /// Each customer's newest history row as this session last wrote or read
    /// them: a `set` on a large book then compares its snapshot with memory
    /// instead of reading every customer's row back, which was half its time.
    /// Valid while SQLite's `data_version` says no other connection has
    /// committed; this session's own changes that move history rows (undo,
    /// rename, restore, forgetting) drop it.
    let latestHistory = Mutex<LatestHistory?>(nil)

    struct LatestHistory: Sendable {
        let dataVersion: Int
        let rows: [String: HistoryRow]
        /// The snapshot `rows` were last brought up to, in its order: a
        /// customer whose snapshot is the same again already has a newest
        /// row that agrees with it, so it is neither looked up nor written.
        let recorded: [SegmentSnapshot]
    }

    typealias HistoryRow = (id: Int64, entry: SegmentHistoryEntry)

    /// Forgets `latestHistory` after a change that moved history rows.
    func dropLatestHistory() { latestHistory.withLock { $0 = nil } }

    /// Saved rows kept for undo: a whole million-customer book, or many small changes.
    static let defaultUndoRowBudget = 1_000_000

    private init(
        path: String?, writer: any DatabaseWriter, isReadOnly: Bool, undoLimit: Int, undoRowBudget: Int
    ) throws(WorkspaceError) {
        self.path = path
        self.writer = writer
        self.isReadOnly = isReadOnly
        self.undoLimit = max(1, undoLimit)
        self.undoRowBudget = max(0, undoRowBudget)
        let start: (version: Int, change: Int64)
        do {
            start = try writer.writeWithoutTransaction { db in
                (try Workspace.dataVersion(db), try UndoJournal.newestChange(db))
            }
        } catch let error as DatabaseError {
            throw WorkspaceError(error, path: path ?? Workspace.inMemoryName)
        } catch {
            throw .storage(path: path ?? Workspace.inMemoryName, message: "\(error)")
        }
        openedAfterChange = start.change
        seen = Mutex(Seen(dataVersion: start.version, lastChange: start.change))
    }

    /// The path as messages show it.
    public var displayPath: String { path ?? Workspace.inMemoryName }

    /// What errors call a workspace kept in memory; a Japanese message says it in Japanese.
    static let inMemoryName = "the in-memory workspace"

    /// Opens the workspace at `path`, creating it (and, with `createDirectory`, its directory) if needed.
    ///
    /// An existing file is identified before anything can write to it: a file
    /// that is not a SalesCoach workspace, is damaged, or comes from a newer
    /// version is refused with a `WorkspaceError` and left byte for byte as it
    /// was. A workspace from an older version is migrated. A file without
    /// write permission opens read-only.
    /// - Parameters:
    ///   - undoLimit: how many changes are kept for `undo()`.
    ///   - createDirectory: whether a missing directory is made (the default
    ///     location's); false for a path the user typed, where a missing folder
    ///     is more likely a typo than a wish (`WorkspaceError.Reason.noDirectory`).
    ///   - checkedFiles: the file of `CheckedFiles`' notes, when the session
    ///     keeps one: a workspace noted there as checked, and not changed
    ///     since, is not read whole to be checked again.
    public static func open(
        at path: String, undoLimit: Int = 20, createDirectory: Bool = true, checkedFiles: String? = nil
    ) throws(WorkspaceError) -> Workspace {
        try open(
            at: path, undoLimit: undoLimit, undoRowBudget: defaultUndoRowBudget, createDirectory: createDirectory,
            checkedFiles: checkedFiles)
    }

    static func open(
        at path: String, undoLimit: Int, undoRowBudget: Int, createDirectory: Bool = true, checkedFiles: String? = nil
    ) throws(WorkspaceError) -> Workspace {
        // SQLite would take an empty name as "a private temporary file" and
        // silently lose everything at exit.
        guard !path.isEmpty else { throw .cannotOpen(path: path, reason: .noFileName) }
        let directory = WorkspaceLocation.directory(of: path)
        var isFolder: ObjCBool = false
        if !createDirectory, !(FileManager.default.fileExists(atPath: directory, isDirectory: &isFolder) && isFolder.boolValue) {
            throw .cannotOpen(path: path, reason: .noDirectory(directory))
        }
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw .cannotOpen(path: path, reason: .directoryNotCreated(directory))
        }
        var identity = WorkspaceFile.Identity.new
        var writable = true
        if let status = try WorkspaceFile.status(of: path) {
            let checked = checkedFiles.map { CheckedFiles.isChecked(path, note: $0) } ?? false
            identity = try WorkspaceFile.identify(path, size: status.size, check: !checked)
            writable = status.isWritable
        } else {
            createOwnerOnly(path)
        }
        if writable {
            // A read-only session can leave SQLite's -shm and -wal files
            // without write permission; the main file is not to blame then.
            for companion in [path + "-shm", path + "-wal"]
            where FileManager.default.fileExists(atPath: companion) && access(companion, W_OK) != 0 {
                throw .companionReadOnly(path: path, companion: companion)
            }
        }
        if !writable {
            return try openReadOnly(at: path, identity: identity, undoLimit: undoLimit, undoRowBudget: undoRowBudget)
        }
        let pool: DatabasePool
        do {
            pool = try DatabasePool(path: path, configuration: configuration())
            try migrate(pool, path: path)
        } catch let error as DatabaseError {
            throw WorkspaceError(error, path: path).whileOpening
        } catch let error as WorkspaceError {
            throw error.whileOpening
        } catch {
            throw .cannotOpen(path: path, reason: .system("\(error)"))
        }
        return try Workspace(path: path, writer: pool, isReadOnly: false, undoLimit: undoLimit, undoRowBudget: undoRowBudget)
    }

    /// A throwaway workspace in memory, for `--ephemeral` and `--demo` sessions.
    public static func inMemory(undoLimit: Int = 20) throws(WorkspaceError) -> Workspace {
        try inMemory(undoLimit: undoLimit, undoRowBudget: defaultUndoRowBudget)
    }

    static func inMemory(undoLimit: Int, undoRowBudget: Int) throws(WorkspaceError) -> Workspace {
        let path = Workspace.inMemoryName
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(configuration: configuration())
        } catch let error as DatabaseError {
            throw WorkspaceError(error, path: path)
        } catch {
            throw .cannotOpen(path: path, reason: .system("\(error)"))
        }
        try migrate(queue, path: path)
        return try Workspace(path: nil, writer: queue, isReadOnly: false, undoLimit: undoLimit, undoRowBudget: undoRowBudget)
    }

    private static func openReadOnly(
        at path: String, identity: WorkspaceFile.Identity, undoLimit: Int, undoRowBudget: Int
    ) throws(WorkspaceError) -> Workspace {
        let version: Int
        switch identity {
        case .new: version = 0
        case .workspace(let found): version = found
        }
        guard version == WorkspaceSchema.currentVersion else {
            throw .cannotUpgrade(path: path, found: version, current: WorkspaceSchema.currentVersion)
        }
        var configuration = configuration()
        configuration.readonly = true
        do {
            let queue = try DatabaseQueue(path: WorkspaceFile.readOnlyLocation(path), configuration: configuration)
            return try Workspace(
                path: path, writer: queue, isReadOnly: true, undoLimit: undoLimit, undoRowBudget: undoRowBudget)
        } catch let error as WorkspaceError {
            throw error
        } catch let error as DatabaseError {
            throw WorkspaceError(error, path: path)
        } catch {
            throw .cannotOpen(path: path, reason: .system("\(error)"))
        }
    }

    private static func configuration() -> Configuration {
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        configuration.prepareDatabase { db in
            // WAL's default (NORMAL) survives a killed process but may lose the
            // last commits on power loss; a confirmed change must survive both.
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        return configuration
    }

    private static func migrate(_ writer: any DatabaseWriter, path: String) throws(WorkspaceError) {
        do {
            try writer.barrierWriteWithoutTransaction { db in
                // Mark the file first, so a crash before the first migration
                // finishes still leaves a file recognised as ours.
                let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                if applicationID == 0 {
                    try db.execute(sql: "PRAGMA application_id = \(WorkspaceSchema.applicationID)")
                } else if applicationID != WorkspaceSchema.applicationID {
                    throw WorkspaceError.foreignDatabase(path: path)
                }
                let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
                guard version <= WorkspaceSchema.currentVersion else {
                    throw WorkspaceError.newerVersion(
                        path: path, found: version, supported: WorkspaceSchema.currentVersion)
                }
            }
            // An up-to-date workspace is opened without a single write, so a
            // second session can start while the first is busy importing.
            let upToDate = try writer.read { db in try WorkspaceSchema.migrator.hasCompletedMigrations(db) }
            if upToDate { return }
            do {
                try WorkspaceSchema.migrator.migrate(writer)
            } catch {
                // A second session opening a new file at the same moment may
                // have migrated it first; running again finds nothing to do.
                try WorkspaceSchema.migrator.migrate(writer)
            }
        } catch let error as WorkspaceError {
            throw error
        } catch let error as DatabaseError {
            throw WorkspaceError(error, path: path)
        } catch {
            throw .storage(path: path, message: "\(error)")
        }
    }

    // MARK: - Running reads and changes

    /// Runs `body` in a read transaction (a consistent snapshot).
    /// Stops the statement running now, from another thread: Ctrl-C during a
    /// long import. The interrupted transaction rolls back, so nothing changes.
    public func interrupt() {
        writer.interrupt()
    }

    func read<T>(_ body: (Database) throws -> T) throws(WorkspaceError) -> T {
        try translatingErrors { try writer.read(body) }
    }

    /// Runs `body` as one immediate write transaction, committed before returning.
    func change<T>(_ body: (Database) throws -> T) throws(WorkspaceError) -> T {
        guard !isReadOnly else { throw .readOnly(path: displayPath) }
        return try translatingErrors { try writer.write(body) }
    }

    private func translatingErrors<T>(_ body: () throws -> T) throws(WorkspaceError) -> T {
        do {
            return try body()
        } catch let error as WorkspaceError {
            throw error
        } catch let error as BookError {
            throw .book(error)
        } catch let error as DatabaseError {
            throw WorkspaceError(error, path: displayPath)
        } catch {
            throw .storage(path: displayPath, message: "\(error)")
        }
    }

    /// Starts the journal entry for `change` inside a change transaction.
    func journal(_ db: Database, _ change: WorkspaceChange) throws -> UndoJournal {
        try UndoJournal.begin(db, change: change, session: sessionID)
    }

    // MARK: - Undo

    /// Takes back this session's most recent change, and says what it was.
    ///
    /// A session that has made no change yet takes back the most recent one
    /// made before it opened, so undo works after a restart. A change another
    /// session made while this one was open is never undone from here, and a
    /// change whose rows another session has changed since is refused
    /// (`WorkspaceError.undoBlocked`) rather than overwriting that work.
    /// Returns nil when there is nothing to undo.
    @discardableResult
    public func undo() throws(WorkspaceError) -> UndoOutcome? {
        defer { dropLatestHistory() }
        return try change { db in try UndoJournal.undoLast(db, session: sessionID, openedAfter: openedAfterChange) }
    }

    /// How many changes `undo()` can take back.
    public func undoDepth() throws(WorkspaceError) -> Int {
        try read { db in try UndoJournal.depth(db, session: sessionID, openedAfter: openedAfterChange) }
    }

    // MARK: - Other sessions

    /// What other sessions committed since this one last asked, or nil when
    /// nothing changed. Cheap enough to call before every command.
    public func externalChanges() throws(WorkspaceError) -> ExternalChanges? {
        let last = seen.withLock { $0 }
        let found = try translatingErrors {
            try writer.writeWithoutTransaction { db -> (Int, [(Int64, WorkspaceChange)])? in
                let version = try Workspace.dataVersion(db)
                guard version != last.dataVersion else { return nil }
                return (version, try UndoJournal.changes(db, after: last.lastChange, notBy: sessionID))
            }
        }
        guard let (version, entries) = found else { return nil }
        seen.withLock {
            $0.dataVersion = version
            $0.lastChange = max($0.lastChange, entries.last?.0 ?? $0.lastChange)
        }
        return ExternalChanges(changes: entries.map(\.1))
    }

    static func dataVersion(_ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0
    }

    // MARK: - Closing

    /// Moves every committed change from the write-ahead log into the main
    /// file, so a copy of `workspace.sqlite` alone holds all the data.
    ///
    /// Best effort: when another session is reading at that moment the log
    /// stays (SQLite keeps it consistent), and the last session to close moves it.
    public func checkpoint() {
        guard !isReadOnly, path != nil else { return }
        _ = try? writer.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
        }
    }
}

/// What other sessions changed in a shared workspace since this one last looked.
public struct ExternalChanges: Sendable, Hashable {
    /// Their changes, oldest first; empty when the journal does not say (an undo, or a forgotten entry).
    public var changes: [WorkspaceChange]

    public init(changes: [WorkspaceChange]) {
        self.changes = changes
    }
}

/// Creates an empty file readable by its owner only, unless one exists.
///
/// The book holds customers' figures, and SQLite gives its -wal and -shm files
/// the permissions of the database file. O_EXCL never truncates: if another
/// session created the file a moment ago, this does nothing and that file is used.
private func createOwnerOnly(_ path: String) {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    if descriptor >= 0 { close(descriptor) }
}
