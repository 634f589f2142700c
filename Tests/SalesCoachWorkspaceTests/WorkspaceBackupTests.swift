import Foundation
import GRDB
import SalesCoachCore
import Testing

@testable import SalesCoachWorkspace

/// A copy of the workspace a user can keep: one file, complete, and restorable.
@Suite struct WorkspaceBackupTests {
    private func populated(at path: String) throws -> Workspace {
        let workspace = try Workspace.open(at: path)
        try workspace.replaceBook(try Fixtures.book(["Acme", "田中商事"]))
        try workspace.setSetting(key: "plan.capacity", value: "12")
        try workspace.setPlannedVisit(PlannedVisit(customerName: "Acme", visits: 2))
        try workspace.logVisit(VisitRecord(customerName: "田中商事", date: Fixtures.date("2026-11-20"), note: "見積"))
        return workspace
    }

    @Test("after a checkpoint the main file alone holds everything, with no write-ahead log beside it")
    func checkpointEmptiesTheLog() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("workspace.sqlite")
        let workspace = try populated(at: path)
        workspace.checkpoint()
        let walSize = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
        #expect(walSize == 0)
        // A copy of the main file alone, as a user backing it up would make.
        let copy = directory.file("copy.sqlite")
        try FileManager.default.copyItem(atPath: path, toPath: copy)
        #expect(try Workspace.open(at: copy).loadBook().customers.map(\.name) == ["Acme", "田中商事"])
    }

    @Test("backup writes one complete file; restore brings everything back as one change undo takes back")
    func backupAndRestore() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let workspace = try populated(at: directory.file("workspace.sqlite"))
        let backup = directory.file("backup.sqlite")
        try workspace.backup(to: backup)
        #expect(!FileManager.default.fileExists(atPath: backup + "-wal"))
        let mode = try FileManager.default.attributesOfItem(atPath: backup)[.posixPermissions] as? Int
        #expect(mode == 0o600)

        try workspace.remove(named: "Acme")
        try workspace.setSetting(key: "plan.capacity", value: "5")
        #expect(try workspace.restore(from: backup) == 2)
        #expect(try workspace.loadBook().customers.map(\.name) == ["Acme", "田中商事"])
        #expect(try workspace.settings()["plan.capacity"] == "12")
        #expect(try workspace.plannedVisits() == [PlannedVisit(customerName: "Acme", visits: 2)])
        #expect(try workspace.visitLog().map(\.note) == ["見積"])
        #expect(try workspace.undo()?.change == .restore(source: backup, customers: 2))
        #expect(try workspace.loadBook().customers.map(\.name) == ["田中商事"])
        #expect(try workspace.settings()["plan.capacity"] == "5")
    }

    @Test("backup refuses to overwrite an existing file unless asked, and never writes through a symlink")
    func backupTargets() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let workspace = try populated(at: directory.file("workspace.sqlite"))
        let existing = directory.file("old.sqlite")
        try Data("keep".utf8).write(to: URL(fileURLWithPath: existing))
        #expect(throws: WorkspaceError.backupExists(path: existing)) { try workspace.backup(to: existing) }
        #expect(try String(contentsOfFile: existing, encoding: .utf8) == "keep")
        try workspace.backup(to: existing, replacing: true)
        #expect(try Workspace.open(at: existing).loadBook().count == 2)

        let secret = directory.file("secret")
        try Data("secret".utf8).write(to: URL(fileURLWithPath: secret))
        let link = directory.file("link.sqlite")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: secret)
        #expect(throws: WorkspaceError.notAFile(path: link)) { try workspace.backup(to: link, replacing: true) }
        #expect(try String(contentsOfFile: secret, encoding: .utf8) == "secret")
    }

    @Test("restore refuses a file that is not a workspace and leaves the workspace as it was")
    func restoreRefusesForeignFiles() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let workspace = try populated(at: directory.file("workspace.sqlite"))
        let text = directory.file("notes.txt")
        try Data("name,sales\nAcme,1\n".utf8).write(to: URL(fileURLWithPath: text))
        #expect(throws: WorkspaceError.notAWorkspace(path: text)) { try workspace.restore(from: text) }
        let empty = directory.file("empty.sqlite")
        _ = FileManager.default.createFile(atPath: empty, contents: Data())
        #expect(throws: WorkspaceError.notAWorkspace(path: empty)) { try workspace.restore(from: empty) }
        #expect(try workspace.loadBook().count == 2)
    }

    @Test("a version-1 workspace is upgraded in place and keeps its data and its undo history")
    func upgradesVersionOne() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("v1.sqlite")
        let pool = try DatabasePool(path: path)
        try WorkspaceSchema.migrator.migrate(pool, upTo: "v1")
        try pool.write { db in
            try db.execute(sql: "INSERT INTO customers(key, name, position, sales) VALUES ('acme', 'Acme', 0, 5)")
            try db.execute(sql: "INSERT INTO undo_changes(kind, subject) VALUES ('add', 'Acme')")
            try db.execute(sql: "INSERT INTO undo_scopes(change_id, table_name, pk) VALUES (1, 'customers', 'acme')")
        }
        try pool.close()
        let workspace = try Workspace.open(at: path)
        #expect(try workspace.loadBook().customers.map(\.name) == ["Acme"])
        #expect(try workspace.undo()?.change == .addCustomer(name: "Acme"))
        #expect(try workspace.loadBook().isEmpty)
    }
}

extension WorkspaceBackupTests {
    @Test("a backup into a folder that does not exist, or a restore of a missing file, says so about the backup, not the workspace")
    func backupPathsAreNamed() throws {
        let workspace = try Workspace.inMemory()
        #expect(throws: WorkspaceError.cannotWriteBackup(
            path: "/nonexistent-dir/b.sqlite", reason: .cannotCreateIn(directory: "/nonexistent-dir", system: SystemReason(code: ENOENT, system: "No such file or directory")))
        ) { try workspace.backup(to: "/nonexistent-dir/b.sqlite") }
        #expect(throws: WorkspaceError.cannotReadBackup(path: "/nonexistent-dir/b.sqlite", reason: .noSuchFile)) {
            try workspace.restore(from: "/nonexistent-dir/b.sqlite")
        }
    }
}
