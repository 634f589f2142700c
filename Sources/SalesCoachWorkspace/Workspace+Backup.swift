import Foundation
import GRDB
import SalesCoachCore

#if canImport(Glibc)
import Glibc
#endif

/// Copies of the whole workspace a user can keep, and bringing one back.
extension Workspace {
    /// Writes a consistent copy of the workspace to `path` with SQLite's
    /// online backup, while other sessions may go on working.
    ///
    /// The copy is made in a new, owner-only file beside the target and only
    /// then renamed over it, so a crash leaves the old backup or the new one.
    /// - Parameter replacing: overwrite an existing regular file at `path`.
    public func backup(to path: String, replacing: Bool = false) throws(WorkspaceError) {
        guard !path.isEmpty else { throw .cannotWriteBackup(path: path, reason: .noFileName) }
        var status = stat()
        if lstat(path, &status) == 0 {
            guard status.st_mode & S_IFMT == S_IFREG else { throw .notAFile(path: path) }
            guard replacing else { throw .backupExists(path: path) }
        }
        let directory = WorkspaceLocation.directory(of: path)
        var template = Array("\(directory)/.salescoach-backup-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else {
            throw .cannotWriteBackup(path: path, reason: .cannotCreateIn(directory: directory, system: SystemReason(code: errno, system: String(cString: strerror(errno)))))
        }
        Glibc.close(descriptor)
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var keep = false
        defer {
            if !keep { unlink(temporary) }
            unlink(temporary + "-wal")
            unlink(temporary + "-shm")
            unlink(temporary + "-journal")
        }
        do {
            let copy = try DatabaseQueue(path: temporary)
            try writer.backup(to: copy)
            // One file, no log beside it: the backup is that single file.
            try copy.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = DELETE") }
            try copy.close()
        } catch let error as DatabaseError {
            throw WorkspaceError(error, path: path)
        } catch {
            throw .storage(path: path, message: "\(error)")
        }
        let file = Glibc.open(temporary, O_RDONLY | O_CLOEXEC)
        if file >= 0 {
            fsync(file)
            Glibc.close(file)
        }
        guard Glibc.rename(temporary, path) == 0 else {
            throw .cannotWriteBackup(path: path, reason: .failed(SystemReason(code: errno, system: String(cString: strerror(errno)))))
        }
        keep = true
    }

    /// Replaces the customer list, settings, planned visits and visit log
    /// with those of the backup at `path`, as one change that `undo` takes back.
    ///
    /// The backup is checked like any workspace before it is read (not a
    /// workspace, damaged or newer: refused), read from a private copy so it
    /// is never modified, and migrated there when it comes from an older version.
    /// - Returns: how many customers the restored list has.
    @discardableResult
    public func restore(from path: String) throws(WorkspaceError) -> Int {
        defer { dropLatestHistory() }
        guard let status = try WorkspaceFile.status(of: path) else {
            throw .cannotReadBackup(path: path, reason: .noSuchFile)
        }
        // Only the reason differs from opening a workspace: what to do is
        // to pick the right backup, not another --workspace.
        let identity: WorkspaceFile.Identity
        switch Result(catching: { () throws(WorkspaceError) in try WorkspaceFile.identify(path, size: status.size) }) {
        case .success(let found): identity = found
        case .failure(.notADatabase), .failure(.foreignDatabase): throw .notAWorkspace(path: path)
        case .failure(let error): throw error
        }
        guard case .workspace = identity else { throw .notAWorkspace(path: path) }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("salescoach-restore-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let copyPath = directory.appendingPathComponent("backup.sqlite").path
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: path, toPath: copyPath)
        } catch {
            throw .cannotReadBackup(path: path, reason: .notCopied(system: error.localizedDescription))
        }
        let source = try Workspace.open(at: copyPath)
        let book = try source.loadBook()
        let settings = try source.settings()
        let planned = try source.plannedVisits()
        let log = try source.visitLog()
        source.closeConnections()
        try change { db in
            let journal = try journal(db, .restore(source: path, customers: book.count))
            for table in JournaledTable.all {
                try journal.saveTable(table)
                try db.execute(sql: "DELETE FROM \(table.name)")
            }
            for (position, customer) in book.customers.enumerated() {
                try db.execute(
                    sql: "INSERT INTO customers(\(JournaledTable.customers.columnList)) VALUES (\(Workspace.placeholders))",
                    arguments: Workspace.arguments(customer, key: Book.key(customer.name), position: Int64(position)))
            }
            for (key, value) in settings.sorted(by: { $0.key < $1.key }) {
                try db.execute(sql: "INSERT INTO settings(key, value) VALUES (?, ?)", arguments: [key.stored, value.stored])
            }
            for visit in planned { try Workspace.insert(visit, key: Book.key(visit.customerName), db) }
            for record in log { try Workspace.insert(record, db) }
            try journal.finish(keeping: undoLimit, rowBudget: undoRowBudget)
        }
        return book.count
    }

    /// Closes the connections; the object must not be used afterwards.
    func closeConnections() {
        if let pool = writer as? DatabasePool { try? pool.close() }
        if let queue = writer as? DatabaseQueue { try? queue.close() }
    }
}
