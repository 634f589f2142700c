import Foundation
import GRDB
import SalesCoachCore
import Testing

@testable import SalesCoachWorkspace

/// A confirmed change is on disk when the call returns, and sessions sharing
/// a file take turns without corrupting it.
@Suite struct WorkspaceDurabilityTests {
    @Test("a change is found by a second connection while the first is still open, as after a crash")
    func secondConnection() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("workspace.sqlite")
        let first = try Workspace.open(at: path)
        try first.upsert(Fixtures.customer("Acme", sales: 42))
        try first.logVisit(VisitRecord(customerName: "Acme", date: Fixtures.date("2026-03-02"), note: "demo"))
        let second = try Workspace.open(at: path)
        #expect(try second.loadBook().customers == [Fixtures.customer("Acme", sales: 42)])
        #expect(try second.visitLog() == [VisitRecord(customerName: "Acme", date: Fixtures.date("2026-03-02"), note: "demo")])
        withExtendedLifetime(first) {}
    }

    @Test("the files on disk right after a change hold it, without the process ever closing them")
    func crashImage() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("workspace.sqlite")
        let workspace = try Workspace.open(at: path)
        try workspace.upsert(Fixtures.customer("Acme"))
        try workspace.rename(from: "Acme", to: "Acme Holdings")
        try workspace.setSetting(key: "plan.capacity", value: "12")
        // Copy what a SIGKILL would leave behind: the main file and the
        // write-ahead log, exactly as they are while the session still runs.
        let wal = try #require(contents(path + "-wal"))
        #expect(!wal.isEmpty, "the change should still be in the write-ahead log")
        let image = try TemporaryDirectory()
        defer { image.remove() }
        let copy = image.file("workspace.sqlite")
        try #require(contents(path)).write(to: URL(fileURLWithPath: copy))
        try wal.write(to: URL(fileURLWithPath: copy + "-wal"))
        let reopened = try Workspace.open(at: copy)
        #expect(try reopened.loadBook().customers.map(\.name) == ["Acme Holdings"])
        #expect(try reopened.settings() == ["plan.capacity": "12"])
        #expect(try reopened.undo()?.change == .setSetting(key: "plan.capacity", value: "12"))
        withExtendedLifetime(workspace) {}
    }

    @Test("everything is there after closing and reopening")
    func reopen() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("workspace.sqlite")
        let book = try Fixtures.book(["Acme", "ベータ"])
        let plan = [PlannedVisit(customerName: "Acme", visits: 2, hours: 3, rep: "Kei", week: Fixtures.date("2026-03-02"))]
        let log = [VisitRecord(customerName: "ベータ", date: Fixtures.date("2026-02-27"))]
        do {
            let workspace = try Workspace.open(at: path)
            try workspace.replaceBook(book)
            try workspace.replacePlannedVisits(plan)
            try workspace.logVisit(log[0])
            try workspace.setSetting(key: "columns.取引先名", value: "name")
        }
        let workspace = try Workspace.open(at: path)
        #expect(try workspace.loadBook() == book)
        #expect(try workspace.plannedVisits() == plan)
        #expect(try workspace.visitLog() == log)
        #expect(try workspace.settings() == ["columns.取引先名": "name"])
        #expect(try workspace.undoDepth() == 4)
    }

    @Test("two sessions writing to one file at the same time lose nothing")
    func twoSessions() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("workspace.sqlite")
        let sessions = [try Workspace.open(at: path), try Workspace.open(at: path)]
        let perSession = 100
        try await withThrowingTaskGroup(of: Void.self) { group in
            for (index, session) in sessions.enumerated() {
                group.addTask {
                    for number in 0..<perSession {
                        try session.upsert(Fixtures.customer("S\(index)-\(number)", sales: Double(number)))
                        try session.setSetting(key: "session.\(index)", value: String(number))
                    }
                }
            }
            try await group.waitForAll()
        }
        let book = try Workspace.open(at: path).loadBook()
        #expect(book.count == 2 * perSession)
        for index in 0..<2 {
            let names = book.customers.map(\.name).filter { $0.hasPrefix("S\(index)-") }
            #expect(names == (0..<perSession).map { "S\(index)-\($0)" })
        }
        #expect(try sessions[0].settings() == ["session.0": "99", "session.1": "99"])
        #expect(try integrityCheck(path) == ["ok"])
    }

    @Test("a second session opens while the first holds a write transaction")
    func openWhileWriting() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("workspace.sqlite")
        let first = try Workspace.open(at: path)
        try first.upsert(Fixtures.customer("Acme"))
        let clock = ContinuousClock()
        var elapsed = Duration.zero
        var names: [String] = []
        try first.writer.write { _ in
            // While this write transaction is open no other write can start.
            elapsed = try clock.measure {
                let second = try Workspace.open(at: path)
                names = try second.loadBook().customers.map(\.name)
            }
        }
        #expect(names == ["Acme"])
        #expect(elapsed < .seconds(Workspace.busyTimeout))
    }

    static let sqlite3 = "/usr/bin/sqlite3"

    @Test(
        "another process writing at the same time does not corrupt the workspace",
        .enabled(if: FileManager.default.isExecutableFile(atPath: sqlite3)))
    func otherProcess() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("workspace.sqlite")
        let workspace = try Workspace.open(at: path)
        let count = 150
        var script = ".timeout 10000\n"
        for number in 0..<count {
            script += "INSERT INTO settings(key, value) VALUES ('child.\(number)', '\(number)');\n"
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.sqlite3)
        process.arguments = [path]
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let commands = Data(script.utf8)
        let pipe = input.fileHandleForWriting
        let feeder = Thread {
            pipe.write(commands)
            try? pipe.close()
        }
        feeder.start()
        for number in 0..<count { try workspace.upsert(Fixtures.customer("P\(number)")) }
        process.waitUntilExit()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 0, "sqlite3 said: \(stderr)")
        #expect(try workspace.loadBook().count == count)
        #expect(try workspace.settings().count == count)
        #expect(try integrityCheck(path) == ["ok"])
    }

    @Test(
        "a writer killed in the middle of a large transaction leaves a healthy workspace with every confirmed change",
        .enabled(if: FileManager.default.isExecutableFile(atPath: sqlite3)))
    func killedWriter() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("workspace.sqlite")
        let marker = directory.file("inside-transaction")
        let workspace = try Workspace.open(at: path)
        try workspace.upsert(Fixtures.customer("Confirmed"))
        // A small page cache makes SQLite spill the uncommitted rows into the
        // write-ahead log, the state a killed import leaves behind.
        let script = """
            .timeout 10000
            PRAGMA cache_size = 10;
            INSERT INTO settings(key, value) VALUES ('before.kill', 'kept');
            BEGIN;
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000)
            INSERT INTO customers(key, name, position) SELECT 'k' || i, 'K' || i, 100 + i FROM n;
            .shell touch '\(marker)'

            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.sqlite3)
        process.arguments = [path]
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Standard input stays open, so sqlite3 waits inside the transaction
        // for a COMMIT that never comes.
        input.fileHandleForWriting.write(Data(script.utf8))
        let deadline = ContinuousClock.now + .seconds(20)
        while !FileManager.default.fileExists(atPath: marker), ContinuousClock.now < deadline {
            Thread.sleep(forTimeInterval: 0.02)
        }
        #expect(FileManager.default.fileExists(atPath: marker))
        #expect((try FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? NSNumber)?.intValue ?? 0 > 100_000)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        try input.fileHandleForWriting.close()
        #expect(process.terminationReason == .uncaughtSignal)

        let reopened = try Workspace.open(at: path)
        #expect(try reopened.loadBook().customers.map(\.name) == ["Confirmed"])
        #expect(try reopened.settings() == ["before.kill": "kept"])
        try reopened.upsert(Fixtures.customer("After"))
        #expect(try workspace.loadBook().customers.map(\.name) == ["Confirmed", "After"])
        #expect(try integrityCheck(path) == ["ok"])
    }

    private func integrityCheck(_ path: String) throws -> [String] {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        return try queue.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
    }
}
