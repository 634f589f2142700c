import Foundation
import SalesCoachCore
import TestSupport
import Testing

@testable import SalesCoachWorkspace

/// Every workspace error reads in Japanese with its file and what to do, and English is unchanged.
@Suite struct WorkspaceErrorTextTests {
    static let errors: [WorkspaceError] = [
        .notADatabase(path: "w.sqlite"), .foreignDatabase(path: "w.sqlite"), .damaged(path: "w.sqlite", detail: .cutInHeader), .damaged(path: "w.sqlite", detail: .partialPage(pageSize: 4096)),
        .damaged(path: "w.sqlite", detail: .impossiblePageSize(3)), .damaged(path: "w.sqlite", detail: .customerList(.notFound(name: "Acme"))),
        .newerVersion(path: "w.sqlite", found: 9, supported: 4), .readOnly(path: "w.sqlite"),
        .companionReadOnly(path: "w.sqlite", companion: "w.sqlite-shm"), .cannotUpgrade(path: "w.sqlite", found: 2, current: 4),
        .notAFile(path: "w.sqlite"), .cannotOpen(path: "w.sqlite", reason: .noSuchFile), .busy(path: "w.sqlite"),
        .busyOpening(path: "w.sqlite"), .diskFull(path: "w.sqlite"), .storage(path: "w.sqlite", message: "disk I/O error"),
        .cannotWriteBackup(path: "b.sqlite", reason: .cannotCreateIn(directory: "/backups", system: SystemReason(code: EACCES, system: "Permission denied"))), .cannotReadBackup(path: "b.sqlite", reason: .noSuchFile),
        .backupExists(path: "b.sqlite"), .notAWorkspace(path: "b.sqlite"),
        .undoBlocked(change: .addCustomer(name: "Acme"), by: .removeCustomer(name: "Acme")),
    ]

    @Test("the Japanese workspace error names the file and has no English sentence", arguments: errors)
    func japanese(_ error: WorkspaceError) {
        let text = error.text(in: .ja)
        #expect(englishSentence(in: text) == nil, "\(text)")
        if case .undoBlocked = error {
            #expect(text.contains("「Acme」"), "\(text)")
        } else {
            #expect(text.contains(".sqlite"), "\(text)")
        }
        #expect(error.text(in: .en) == error.description)
    }

    @Test("English reads as before")
    func english() {
        #expect(
            WorkspaceError.readOnly(path: "w.sqlite").text(in: .en)
                == "w.sqlite is read-only, so the change was not saved; the workspace is unchanged. "
                + "Make the file writable (chmod u+w) or use --workspace to choose another file.")
        #expect(WorkspaceError.book(.notFound(name: "Acme")).text(in: .ja) == "「Acme」という顧客はいません")
    }

    @Test("SQLite's and the system's own words are kept inside a Japanese sentence, as the reason")
    func systemWordsFramed() {
        let open = WorkspaceError.cannotOpen(path: "w.sqlite", reason: .system("unable to open database file")).text(in: .ja)
        #expect(open.contains("w.sqlite を開けません：SQLiteかシステムのエラーです（理由: unable to open database file）"), "\(open)")
        #expect(
            WorkspaceError.Reason.failed(SystemReason(code: ENOSPC, system: "No space left on device")).text(in: .ja)
                == "ディスクの空きがありません（理由: No space left on device）")
        #expect(WorkspaceError.Reason.system("unable to open database file").text(in: .en) == "unable to open database file")
    }

    @Test("a workspace kept in memory is named in Japanese, not by its English name")
    func inMemoryNamed() {
        let text = WorkspaceError.storage(path: Workspace.inMemoryName, message: "disk I/O error").text(in: .ja)
        #expect(text == "ワークスペース （メモリ上） でエラーが起きました（理由: disk I/O error）。変更は保存していません。")
        #expect(WorkspaceError.storage(path: Workspace.inMemoryName, message: "x").text(in: .en).contains("the in-memory workspace"))
    }
}
