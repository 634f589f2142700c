import Foundation
import GRDB

/// Decides what an existing file is before anything is allowed to write to it.
///
/// Opening a database read-write can change it (GRDB switches it to WAL mode,
/// migrations create tables), so a file is first checked byte by byte and
/// then through a read-only connection; only a new file, an empty database or
/// a SalesCoach workspace of a known version passes.
enum WorkspaceFile {
    enum Identity: Equatable {
        /// No file yet, an empty file, or a database with no tables of its own.
        case new
        /// A SalesCoach workspace at this schema version.
        case workspace(version: Int)
    }

    /// The permissions and kind of an existing path.
    struct Status {
        var size: Int
        var isWritable: Bool
    }

    /// The status of the file at `path`, or nil when there is none.
    static func status(of path: String) throws(WorkspaceError) -> Status? {
        let manager = FileManager.default
        guard manager.fileExists(atPath: path) else { return nil }
        // A workspace may be a symbolic link (into a synced folder, say);
        // what matters is the file it points to, which SQLite opens.
        let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try manager.attributesOfItem(atPath: target)
        } catch {
            throw .cannotOpen(path: path, reason: .attributesUnreadable)
        }
        guard (attributes[.type] as? FileAttributeType) == .typeRegular else { throw .notAFile(path: path) }
        let permissions = (attributes[.posixPermissions] as? NSNumber)?.intValue ?? 0
        // A file with no write permission bit counts as read-only even for the
        // super-user, who could write it anyway: the owner said "do not change".
        let writable = permissions & 0o222 != 0 && manager.isWritableFile(atPath: target)
            && manager.isWritableFile(atPath: WorkspaceLocation.directory(of: target))
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        return Status(size: size, isWritable: writable)
    }

    /// Where a read-only connection opens `path`: the path itself, or, in a
    /// folder the user cannot write, an `immutable` URI.
    ///
    /// Reading a WAL database needs its -shm file, which SQLite cannot create
    /// in a read-only folder; when everything is in the main file (no
    /// write-ahead log with data beside it), reading it as immutable needs no
    /// -shm. Nobody can be writing then: a writer would need that folder too.
    static func readOnlyLocation(_ path: String) -> String {
        let directory = WorkspaceLocation.directory(of: path)
        let manager = FileManager.default
        guard !manager.isWritableFile(atPath: directory), !manager.fileExists(atPath: path + "-shm") else { return path }
        let walSize = (try? manager.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
        guard walSize == 0 else { return path }
        let absolute = path.hasPrefix("/") ? path : manager.currentDirectoryPath + "/" + path
        var encoded = ""
        for character in absolute {
            switch character {
            case "%": encoded += "%25"
            case "?": encoded += "%3f"
            case "#": encoded += "%23"
            default: encoded.append(character)
            }
        }
        return "file:\(encoded)?immutable=1"
    }

    /// Identifies the existing file at `path` without modifying it.
    /// - Parameter check: whether to run SQLite's integrity check on a
    ///   workspace (false only for a file known to have passed it as it is,
    ///   see `CheckedFiles`).
    static func identify(_ path: String, size: Int, check: Bool = true) throws(WorkspaceError) -> Identity {
        if size > 0 { try checkHeader(path, size: size) }
        return try inspect(path, check: check)
    }

    /// The first hundred bytes of an SQLite file are its header: a magic
    /// string, the page size and (at offset 68) the application id.
    private static func checkHeader(_ path: String, size: Int) throws(WorkspaceError) {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .cannotOpen(path: path, reason: .permissionDenied)
        }
        defer { try? handle.close() }
        let header: [UInt8]
        do {
            header = Array(try handle.read(upToCount: 100) ?? Data())
        } catch {
            throw .cannotOpen(path: path, reason: .readFailed)
        }
        let magic = Array("SQLite format 3\u{0}".utf8)
        guard header.count >= magic.count, Array(header[0..<magic.count]) == magic else {
            throw .notADatabase(path: path)
        }
        guard header.count == 100 else {
            throw .damaged(path: path, detail: .cutInHeader)
        }
        let rawPageSize = Int(header[16]) << 8 | Int(header[17])
        let pageSize = rawPageSize == 1 ? 65536 : rawPageSize
        guard pageSize >= 512, pageSize <= 65536, pageSize & (pageSize - 1) == 0 else {
            throw .damaged(path: path, detail: .impossiblePageSize(rawPageSize))
        }
        guard size % pageSize == 0 else {
            throw .damaged(path: path, detail: .partialPage(pageSize: pageSize))
        }
        let applicationID = header[68..<72].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        if applicationID != 0, applicationID != UInt32(bitPattern: WorkspaceSchema.applicationID) {
            throw .foreignDatabase(path: path)
        }
    }

    /// Runs SQLite's integrity check on the workspace at `path` through a
    /// read-only connection of its own, closed before returning.
    static func check(_ path: String) throws(WorkspaceError) {
        try reading(path) { db in try runCheck(db, path: path) }
    }

    /// SQLite's quick check: every page read, its structure and free list
    /// verified; the first three problems it finds are reported.
    private static func runCheck(_ db: Database, path: String) throws {
        let report = try String.fetchAll(db, sql: "PRAGMA quick_check(3)")
        guard report == ["ok"] else {
            let problems = report.flatMap { $0.split(separator: "\n") }.filter { !$0.hasPrefix("***") }
            throw WorkspaceError.damaged(path: path, detail: .failedCheck(problems.map(String.init)))
        }
    }

    /// Looks inside through a read-only connection, closed before returning.
    private static func inspect(_ path: String, check: Bool) throws(WorkspaceError) -> Identity {
        try reading(path) { db throws -> Identity in
            // Reading the schema makes SQLite parse the first page, which
            // is where a damaged or truncated file first shows.
            let tables = try String.fetchAll(
                db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
            let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
            let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
            if applicationID == 0 {
                let onlyBookkeeping = tables.allSatisfy { $0 == WorkspaceSchema.migrationsTable }
                guard onlyBookkeeping, version == 0 else { throw WorkspaceError.foreignDatabase(path: path) }
                return .new
            }
            guard applicationID == WorkspaceSchema.applicationID else {
                throw WorkspaceError.foreignDatabase(path: path)
            }
            guard version <= WorkspaceSchema.currentVersion else {
                throw WorkspaceError.newerVersion(
                    path: path, found: version, supported: WorkspaceSchema.currentVersion)
            }
            if check { try runCheck(db, path: path) }
            return .workspace(version: version)
        }
    }

    /// Runs `body` in a read transaction on a read-only connection of its
    /// own, closed before returning; SQLite's word that the file is no
    /// database, or is corrupt, becomes `WorkspaceError.damaged`.
    private static func reading<T>(_ path: String, _ body: (Database) throws -> T) throws(WorkspaceError) -> T {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(Workspace.busyTimeout)
        do {
            let queue = try DatabaseQueue(path: readOnlyLocation(path), configuration: configuration)
            defer { try? queue.close() }
            return try queue.read(body)
        } catch let error as WorkspaceError {
            throw error
        } catch let error as DatabaseError {
            switch error.resultCode {
            case .SQLITE_NOTADB, .SQLITE_CORRUPT:
                throw .damaged(path: path, detail: .sqlite(error.message ?? "SQLite cannot read it"))
            default:
                throw WorkspaceError(error, path: path)
            }
        } catch {
            throw .cannotOpen(path: path, reason: .system("\(error)"))
        }
    }
}
