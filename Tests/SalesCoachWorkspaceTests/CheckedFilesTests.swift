import Foundation
import SalesCoachCore
import Testing

@testable import SalesCoachWorkspace

#if canImport(Glibc)
import Glibc
#endif

/// A workspace noted as checked is opened without its integrity check only
/// while it is, by the file system's account, the file that was checked.
@Suite struct CheckedFilesTests {
    @Test("a file noted as it closed counts as checked; one changed since, even with its times set back, is checked and its damage reported")
    func notedFileIsCheckedAgainOnceChanged() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("workspace.sqlite")
        let note = directory.file("cache/checked-workspaces")
        try WorkspaceFiles.make(at: path, customers: 300)
        #expect(!CheckedFiles.isChecked(path, note: note))

        let first = try Workspace.open(at: path, checkedFiles: note)
        #expect(try first.loadBook().count == 300)
        first.checkpoint()
        first.noteChecked(in: note)
        #expect(CheckedFiles.isChecked(path, note: note))

        let again = try Workspace.open(at: path, checkedFiles: note)
        #expect(try again.loadBook().count == 300)
        // A change makes the file another one, checked again as the session closes.
        try again.upsert(Fixtures.customer("Acme", sales: 1))
        again.checkpoint()
        #expect(!CheckedFiles.isChecked(path, note: note))
        again.noteChecked(in: note)
        #expect(CheckedFiles.isChecked(path, note: note))
        #expect(try Workspace.open(at: path, checkedFiles: note).loadBook().count == 301)

        // Another program damages a page reading the book never looks at,
        // and puts the modification time back as it was.
        var before = stat()
        #expect(stat(path, &before) == 0)
        let bytes = try WorkspaceFiles.damageRootPage(of: "planned_visits", at: path)
        var times = [before.st_atim, before.st_mtim]
        #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
        var after = stat()
        #expect(stat(path, &after) == 0)
        #expect(after.st_mtim.tv_sec == before.st_mtim.tv_sec && after.st_mtim.tv_nsec == before.st_mtim.tv_nsec)
        #expect(after.st_size == before.st_size)
        #expect(!CheckedFiles.isChecked(path, note: note))

        let error = #expect(throws: WorkspaceError.self) { try Workspace.open(at: path, checkedFiles: note) }
        guard case .damaged(let where_, _) = error else {
            Issue.record("not reported as damaged: \(String(describing: error))")
            return
        }
        #expect(where_ == path)
        #expect(contents(path) == bytes)
    }

    @Test("a damaged or foreign note only means the check runs")
    func unreadableNote() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("workspace.sqlite")
        let note = directory.file("checked-workspaces")
        try WorkspaceFiles.make(at: path, customers: 3)
        try Data("not a note\n\u{0}\u{1}\n1 2 3\n".utf8).write(to: URL(fileURLWithPath: note))
        #expect(!CheckedFiles.isChecked(path, note: note))
        let workspace = try Workspace.open(at: path, checkedFiles: note)
        workspace.checkpoint()
        workspace.noteChecked(in: note)
        #expect(CheckedFiles.isChecked(path, note: note))
    }

    @Test("a damaged file is never noted as checked")
    func damagedFileIsNotNoted() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("workspace.sqlite")
        let note = directory.file("checked-workspaces")
        try WorkspaceFiles.make(at: path, customers: 300)
        let workspace = try Workspace.open(at: path, checkedFiles: note)
        _ = try WorkspaceFiles.damageRootPage(of: "planned_visits", at: path)
        workspace.noteChecked(in: note)
        #expect(!CheckedFiles.isChecked(path, note: note))
    }
}
