import Foundation
import GRDB
import SalesCoachCore

@testable import SalesCoachWorkspace

/// Files on disk for the safety tests.
enum WorkspaceFiles {
    /// Creates a workspace at `path` with `count` customers and closes it, so
    /// everything is in the main file (no WAL left over).
    static func make(at path: String, customers count: Int = 3) throws {
        let workspace = try Workspace.open(at: path)
        let long = String(repeating: "メモ", count: 100)
        try workspace.replaceBook(try Book((0..<count).map { Fixtures.customer("顧客\($0)", sales: Double($0), notes: long) }))
        try workspace.setSetting(key: "classification.cut", value: "60")
    }

    /// Runs `body` on a plain SQLite connection to `path` and closes it.
    static func raw(_ path: String, _ body: (Database) throws -> Void) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction(body)
        try queue.close()
    }

    /// The page size recorded in an SQLite file's header.
    static func pageSize(of path: String) -> Int {
        guard let data = contents(path), data.count >= 18 else { return 0 }
        let raw = Int(data[16]) << 8 | Int(data[17])
        return raw == 1 ? 65536 : raw
    }
}
