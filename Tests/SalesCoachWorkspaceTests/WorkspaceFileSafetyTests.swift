import Foundation
import GRDB
import SalesCoachCore
import Testing

@testable import SalesCoachWorkspace

/// A file that is not a healthy SalesCoach workspace is refused with a typed
/// error and left exactly as it was.
@Suite struct WorkspaceFileSafetyTests {
    /// Opens `path`, expecting `expected`, and checks the file and its
    /// directory are unchanged afterwards.
    private func expectRefused(
        _ path: String, in directory: TemporaryDirectory, with expected: WorkspaceError,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let before = contents(path)
        let listing = try directory.listing()
        #expect(throws: expected, sourceLocation: sourceLocation) { try Workspace.open(at: path) }
        #expect(contents(path) == before, "the file's bytes changed", sourceLocation: sourceLocation)
        // A read-only look may leave SQLite's empty side files, never anything else.
        let added = Set(try directory.listing()).subtracting(listing)
        #expect(added.isSubset(of: [path.split(separator: "/").last.map { "\($0)-shm" } ?? "",
                                    path.split(separator: "/").last.map { "\($0)-wal" } ?? ""]),
                sourceLocation: sourceLocation)
        #expect(try directory.listing().contains("workspace.sqlite-journal") == false, sourceLocation: sourceLocation)
    }

    @Test("a text file named like a workspace is refused and untouched")
    func textFile() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("workspace.sqlite")
        try Data("name,sales\nAcme,100\n".utf8).write(to: URL(fileURLWithPath: path))
        try expectRefused(path, in: directory, with: .notADatabase(path: path))
        #expect(try directory.listing() == ["workspace.sqlite"])
    }

    @Test("a binary file that is not SQLite is refused and untouched")
    func binaryFile() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("workspace.sqlite")
        var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        bytes += (0..<8192).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        try expectRefused(path, in: directory, with: .notADatabase(path: path))
    }

    @Test("the first 100 bytes of a workspace are reported as damaged and left alone")
    func truncatedHeader() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let original = directory.file("original.sqlite")
        try WorkspaceFiles.make(at: original)
        let path = directory.file("workspace.sqlite")
        try contents(original)?.prefix(100).write(to: URL(fileURLWithPath: path))
        try expectRefused(
            path, in: directory,
            with: .damaged(path: path, detail: .partialPage(pageSize: 4096)))
    }

    @Test("a file cut inside the header is damaged")
    func cutInsideHeader() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let original = directory.file("original.sqlite")
        try WorkspaceFiles.make(at: original)
        let path = directory.file("workspace.sqlite")
        try contents(original)?.prefix(40).write(to: URL(fileURLWithPath: path))
        try expectRefused(
            path, in: directory,
            with: .damaged(path: path, detail: .cutInHeader))
    }

    @Test("a workspace cut at a page boundary is found damaged")
    func truncatedAtPage() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let original = directory.file("original.sqlite")
        try WorkspaceFiles.make(at: original, customers: 300)
        let pageSize = WorkspaceFiles.pageSize(of: original)
        let full = try #require(contents(original))
        #expect(full.count > pageSize * 4)
        let path = directory.file("workspace.sqlite")
        try full.prefix(pageSize * 2).write(to: URL(fileURLWithPath: path))
        let before = contents(path)
        #expect {
            try Workspace.open(at: path)
        } throws: { error in
            guard case .damaged(let where_, _) = error as? WorkspaceError else { return false }
            return where_ == path
        }
        #expect(contents(path) == before)
    }

    @Test("a workspace with a page overwritten by garbage is found damaged")
    func corruptedPage() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("workspace.sqlite")
        try WorkspaceFiles.make(at: path, customers: 300)
        let pageSize = WorkspaceFiles.pageSize(of: path)
        var bytes = try #require(contents(path))
        for offset in (pageSize * 2)..<(pageSize * 3) { bytes[offset] = 0xA5 }
        try bytes.write(to: URL(fileURLWithPath: path))
        #expect {
            try Workspace.open(at: path)
        } throws: { error in
            guard case .damaged(let where_, _) = error as? WorkspaceError else { return false }
            return where_ == path
        }
        #expect(contents(path) == bytes)
    }

    @Test("another program's SQLite database is refused and unchanged")
    func foreignDatabase() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("workspace.sqlite")
        try WorkspaceFiles.raw(path) { db in
            try db.execute(sql: "CREATE TABLE photos (id INTEGER PRIMARY KEY, title TEXT); INSERT INTO photos(title) VALUES ('beach')")
        }
        try expectRefused(path, in: directory, with: .foreignDatabase(path: path))
        var titles: [String] = []
        var tables: [String] = []
        try WorkspaceFiles.raw(path) { db in
            titles = try String.fetchAll(db, sql: "SELECT title FROM photos")
            tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        #expect(titles == ["beach"])
        #expect(tables == ["photos"])
    }

    @Test("a database marked with another application id is refused before SQLite opens it")
    func otherApplicationID() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("workspace.sqlite")
        try WorkspaceFiles.raw(path) { db in
            try db.execute(sql: "PRAGMA application_id = 1234; CREATE TABLE t (x)")
        }
        try expectRefused(path, in: directory, with: .foreignDatabase(path: path))
        #expect(try directory.listing() == ["workspace.sqlite"])
    }

    @Test("a workspace from a newer version is refused with the versions named")
    func newerVersion() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("workspace.sqlite")
        try WorkspaceFiles.make(at: path)
        try WorkspaceFiles.raw(path) { db in try db.execute(sql: "PRAGMA user_version = 99") }
        try expectRefused(path, in: directory, with: .newerVersion(path: path, found: 99, supported: WorkspaceSchema.currentVersion))
    }

    @Test("a directory where the workspace should be is refused")
    func directoryAsWorkspace() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("workspace.sqlite")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        #expect(throws: WorkspaceError.notAFile(path: path)) { try Workspace.open(at: path) }
    }

    @Test("a read-only workspace can be read; a change is refused and the file stays as it was")
    func readOnly() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("workspace.sqlite")
        try WorkspaceFiles.make(at: path)
        let expected = try Workspace.open(at: path).loadBook()
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
        let before = contents(path)
        let workspace = try Workspace.open(at: path)
        #expect(workspace.isReadOnly)
        #expect(try workspace.loadBook() == expected)
        #expect(try workspace.settings() == ["classification.cut": "60"])
        #expect(throws: WorkspaceError.readOnly(path: path)) { try workspace.upsert(Fixtures.customer("New")) }
        #expect(throws: WorkspaceError.readOnly(path: path)) { try workspace.setSetting(key: "plan.capacity", value: "5") }
        #expect(throws: WorkspaceError.readOnly(path: path)) { try workspace.undo() }
        #expect(contents(path) == before)
    }

    @Test("a read-only workspace that would need upgrading is refused")
    func readOnlyNeedsUpgrade() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("workspace.sqlite")
        // What a crash right after marking a new file leaves: ours, version 0, no tables.
        try WorkspaceFiles.raw(path) { db in try db.execute(sql: "PRAGMA application_id = \(WorkspaceSchema.applicationID)") }
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
        try expectRefused(path, in: directory, with: .cannotUpgrade(path: path, found: 0, current: WorkspaceSchema.currentVersion))
    }

    @Test("a file marked as ours whose first migration never ran is completed on open")
    func interruptedCreation() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("workspace.sqlite")
        try WorkspaceFiles.raw(path) { db in try db.execute(sql: "PRAGMA application_id = \(WorkspaceSchema.applicationID)") }
        let workspace = try Workspace.open(at: path)
        try workspace.upsert(Fixtures.customer("Acme"))
        #expect(try workspace.loadBook().customers.map(\.name) == ["Acme"])
    }

    @Test("an empty file becomes a workspace: there is nothing in it to lose")
    func emptyFile() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("workspace.sqlite")
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        let workspace = try Workspace.open(at: path)
        try workspace.upsert(Fixtures.customer("Acme"))
        #expect(try Workspace.open(at: path).loadBook().customers.map(\.name) == ["Acme"])
    }

    @Test("the workspace's directory is created when missing")
    func createsDirectory() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("data/salescoach/workspace.sqlite")
        let workspace = try Workspace.open(at: path)
        try workspace.upsert(Fixtures.customer("Acme"))
        #expect(FileManager.default.fileExists(atPath: path))
    }

    @Test("a workspace reached through a symbolic link opens normally")
    func symbolicLink() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let target = directory.file("real.sqlite")
        try WorkspaceFiles.make(at: target)
        let link = directory.file("workspace.sqlite")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        let workspace = try Workspace.open(at: link)
        #expect(workspace.isReadOnly == false)
        try workspace.upsert(Fixtures.customer("Via link"))
        #expect(try Workspace.open(at: target).loadBook().customers.last?.name == "Via link")
    }

    @Test("an empty path is refused instead of becoming a temporary database")
    func emptyPath() {
        #expect(throws: WorkspaceError.cannotOpen(path: "", reason: .noFileName)) { try Workspace.open(at: "") }
    }

    @Test("a new workspace is readable by its owner only")
    func ownerOnly() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("workspace.sqlite")
        let workspace = try Workspace.open(at: path)
        try workspace.upsert(Fixtures.customer("Acme"))
        for file in [path, path + "-wal"] {
            let permissions = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? NSNumber
            #expect(permissions?.intValue == 0o600, "\(file)")
        }
    }

    @Test("the file is marked with the application id and schema version")
    func marked() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("workspace.sqlite")
        try WorkspaceFiles.make(at: path)
        let header = try #require(contents(path)).prefix(100)
        #expect(Array(header[60..<64]) == [0, 0, 0, UInt8(WorkspaceSchema.currentVersion)])
        #expect(Array(header[68..<72]) == Array("SCWS".utf8))
    }

    @Test("messages name the file, say nothing changed and what to do", arguments: [
        (WorkspaceError.foreignDatabase(path: "/d/workspace.sqlite"),
         "/d/workspace.sqlite is not a SalesCoach workspace (it is an SQLite database of another program); "
            + "nothing was changed. Use --workspace to choose another file."),
        (WorkspaceError.notADatabase(path: "/d/workspace.sqlite"),
         "/d/workspace.sqlite is not a SalesCoach workspace (it is not an SQLite database); "
            + "nothing was changed. Use --workspace to choose another file."),
        (WorkspaceError.newerVersion(path: "/d/w.sqlite", found: 3, supported: 1),
         "/d/w.sqlite was written by a newer SalesCoach (workspace version 3; this version reads up to 1); "
            + "nothing was changed. Update SalesCoach, or use --workspace to choose another file."),
        (WorkspaceError.readOnly(path: "/d/w.sqlite"),
         "/d/w.sqlite is read-only, so the change was not saved; the workspace is unchanged. "
            + "Make the file writable (chmod u+w) or use --workspace to choose another file."),
    ])
    func messages(_ error: WorkspaceError, _ expected: String) {
        #expect(error.description == expected)
    }
}
