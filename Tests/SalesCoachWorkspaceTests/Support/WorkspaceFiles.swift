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

    /// Overwrites the first page of `table` (its root) with garbage, as a
    /// faulty disk or another program might, and returns the file's new
    /// bytes: damage SQLite's integrity check finds, which reading the
    /// customers (another table) never meets.
    static func damageRootPage(of table: String, at path: String) throws -> Data {
        var root = 0
        try raw(path) { db in
            root = try Int.fetchOne(db, sql: "SELECT rootpage FROM sqlite_master WHERE name = ?", arguments: [table]) ?? 0
        }
        guard root > 1, var bytes = contents(path) else { throw CocoaError(.fileReadCorruptFile) }
        let size = pageSize(of: path)
        for offset in (size * (root - 1))..<(size * root) { bytes[offset] = 0xA5 }
        try bytes.write(to: URL(fileURLWithPath: path))
        return bytes
    }

    /// The page size recorded in an SQLite file's header.
    static func pageSize(of path: String) -> Int {
        guard let data = contents(path), data.count >= 18 else { return 0 }
        let raw = Int(data[16]) << 8 | Int(data[17])
        return raw == 1 ? 65536 : raw
    }
}
