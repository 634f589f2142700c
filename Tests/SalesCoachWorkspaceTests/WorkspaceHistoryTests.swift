import Foundation
import SalesCoachCore
import Testing

@testable import SalesCoachWorkspace

/// The segment history: only changes are stored, a day keeps its last word,
/// and it survives restarts while undo takes back what its change wrote.
@Suite struct WorkspaceHistoryTests {
    /// A snapshot with just what the history compares.
    func snap(_ name: String, _ segment: Segment?, _ objective: Double? = 60, _ record: Double? = 60) -> SegmentSnapshot {
        SegmentSnapshot(key: Book.key(name), name: name, rep: nil, segment: segment, objective: objective, record: record)
    }

    let april = Fixtures.date("2026-04-01")
    let june = Fixtures.date("2026-06-30")

    @Test("a second snapshot keeps only the customers whose segment changed or whose score moved two points or more")
    func onlyChangesAreKept() throws {
        let workspace = try Workspace.inMemory()
        #expect(try workspace.recordHistory([snap("Acme", .b), snap("Beta", .a), snap("Cozy", .c)], on: april, source: "q1.csv") == 3)
        let kept = try workspace.recordHistory(
            [snap("Acme", .a, 60, 70), snap("Beta", .a, 61.5, 60), snap("Cozy", .c, 60, 57.9)], on: june, source: "q2.csv")
        #expect(kept == 2)
        let history = try workspace.segmentHistory()
        #expect(history.entries.count == 5)
        #expect(history.timeline(of: "Beta").count == 1)
        #expect(history.timeline(of: "Cozy").map(\.snapshot.record) == [60, 57.9])
        #expect(history.segment(of: "acme", on: Fixtures.date("2026-05-01")) == .b)
        #expect(history.segment(of: "ACME", on: june) == .a)
        #expect(history.timeline(of: "Acme").last?.source == "q2.csv")
    }

    @Test("a customer that leaves the list gets a row saying so, and one that comes back is present again")
    func removalIsKept() throws {
        let workspace = try Workspace.inMemory()
        try workspace.recordHistory([snap("Acme", .b), snap("Beta", .a)], on: april, source: nil)
        try workspace.recordHistory([snap("Acme", .b)], on: Fixtures.date("2026-05-01"), source: "remove")
        try workspace.recordHistory([snap("Acme", .b), snap("Beta", .a)], on: june, source: "add")
        let beta = try workspace.segmentHistory().timeline(of: "Beta")
        #expect(beta.map(\.isPresent) == [true, false, true])
        #expect(beta.map(\.segment) == [.a, nil, .a])
    }

    @Test("two snapshots on one day leave one row, and an edit taken back the same day leaves none")
    func aDayKeepsItsLastWord() throws {
        let workspace = try Workspace.inMemory()
        try workspace.recordHistory([snap("Acme", .b)], on: april, source: "load")
        try workspace.recordHistory([snap("Acme", .a, 60, 80)], on: june, source: "set")
        try workspace.recordHistory([snap("Acme", .c, 40, 80)], on: june, source: "set")
        #expect(try workspace.segmentHistory().timeline(of: "Acme").map(\.segment) == [.b, .c])
        try workspace.recordHistory([snap("Acme", .b)], on: june, source: "set")
        #expect(try workspace.segmentHistory().timeline(of: "Acme").map(\.segment) == [.b])
    }

    @Test("a day before the history's last one (a clock set back) is recorded on that last day, so rows stay in order")
    func clockSetBack() throws {
        let workspace = try Workspace.inMemory()
        try workspace.recordHistory([snap("Acme", .b)], on: june, source: nil)
        try workspace.recordHistory([snap("Acme", .a)], on: april, source: nil)
        #expect(try workspace.segmentHistory().timeline(of: "Acme").map(\.date) == [june])
        #expect(try workspace.historyLastDate() == june)
    }

    @Test("the history survives closing and reopening the file")
    func survivesRestart() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("ws.sqlite")
        do {
            let workspace = try Workspace.open(at: path)
            try workspace.recordHistory([snap("Acme", .b), snap("田中商事", .c)], on: april, source: "q1.csv")
            try workspace.recordHistory([snap("Acme", .a), snap("田中商事", .c)], on: june, source: "q2.csv")
        }
        let reopened = try Workspace.open(at: path)
        let history = try reopened.segmentHistory()
        #expect(history.moves(since: april, until: june).map(\.label) == ["B→A"])
        #expect(history.timeline(of: "田中商事").count == 1)
    }

    @Test("undo of a change takes back the history rows it wrote, and only those")
    func undoTakesBackItsRows() throws {
        let workspace = try Workspace.inMemory()
        try workspace.replaceBook(try Fixtures.book(["Acme", "Beta"]))
        try workspace.recordHistory([snap("Acme", .b), snap("Beta", .c)], on: april, source: "load")
        try workspace.upsert(Fixtures.customer("Acme", sales: 9_999))
        try workspace.recordHistory([snap("Acme", .a), snap("Beta", .c)], on: june, source: "set")
        #expect(try workspace.segmentHistory().entries.count == 3)
        try workspace.undo()
        let history = try workspace.segmentHistory()
        #expect(history.entries.count == 2)
        #expect(history.segment(of: "Acme", on: june) == .b)
        // The first snapshot belonged to the load; undoing that takes it back too.
        try workspace.undo()
        #expect(try workspace.segmentHistory().isEmpty)
    }

    @Test("a renamed customer keeps its history under the new name, and undo of the rename gives it back")
    func renameCarriesHistory() throws {
        let workspace = try Workspace.inMemory()
        try workspace.replaceBook(try Fixtures.book(["Acme", "Beta"]))
        try workspace.recordHistory([snap("Acme", .b), snap("Beta", .c)], on: april, source: "load")
        try workspace.rename(from: "Acme", to: "Acme Holdings")
        #expect(try workspace.segmentHistory().timeline(of: "Acme Holdings").count == 1)
        #expect(try workspace.segmentHistory().timeline(of: "Acme").isEmpty)
        try workspace.undo()
        #expect(try workspace.segmentHistory().timeline(of: "Acme").count == 1)
    }

    @Test("a version 2 workspace is upgraded with an empty history and its customers kept")
    func upgradeFromVersion2() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("old.sqlite")
        do {
            let workspace = try Workspace.open(at: path)
            try workspace.replaceBook(try Fixtures.book(["Acme"]))
        }
        // Turn the file back into what version 2 wrote.
        try WorkspaceFiles.raw(path) { db in
            try db.execute(sql: "DROP TABLE segment_history; DELETE FROM grdb_migrations WHERE identifier = 'v3'; PRAGMA user_version = 2")
        }
        let upgraded = try Workspace.open(at: path)
        #expect(try upgraded.loadBook().count == 1)
        #expect(try upgraded.segmentHistory().isEmpty)
        #expect(try upgraded.recordHistory([snap("Acme", .b)], on: april, source: nil) == 1)
    }

    @Test("a rename onto a name that once had a history keeps the two customers apart, and undo gives each its own back")
    func renameOntoAnOldName() throws {
        let workspace = try Workspace.inMemory()
        try workspace.replaceBook(try Fixtures.book(["Acme", "Acme Corp"]))
        try workspace.recordHistory([snap("Acme", .a), snap("Acme Corp", .b)], on: april, source: "load")
        try workspace.remove(named: "Acme")
        try workspace.recordHistory([snap("Acme Corp", .b)], on: june, source: "remove")
        try workspace.rename(from: "Acme Corp", to: "Acme")
        // Acme's timeline is Acme Corp's now: B from April, never the old Acme's A.
        #expect(try workspace.segmentHistory().timeline(of: "Acme").map(\.segment) == [.b])
        try workspace.undo()
        let history = try workspace.segmentHistory()
        #expect(history.timeline(of: "Acme Corp").map(\.segment) == [.b])
        #expect(history.timeline(of: "Acme").map(\.segment) == [.a, nil])
    }

    @Test("a customer another session added meanwhile is not recorded as having left")
    func leftIsCheckedAgainstTheStoredList() throws {
        let workspace = try Workspace.inMemory()
        try workspace.replaceBook(try Fixtures.book(["Acme", "Beta"]))
        try workspace.recordHistory([snap("Acme", .b), snap("Beta", .a)], on: april, source: "load")
        // This session's snapshot lacks Beta, but Beta is still in the stored list.
        try workspace.recordHistory([snap("Acme", .a)], on: june, source: "set")
        #expect(try workspace.segmentHistory().timeline(of: "Beta").map(\.isPresent) == [true])
    }

    @Test("an automatic first snapshot alone gives way to older exports; a real history does not")
    func firstSnapshotGivesWay() throws {
        let workspace = try Workspace.inMemory()
        try workspace.recordHistory([snap("Acme", .b)], on: june, source: Workspace.firstSnapshotSource)
        #expect(try workspace.forgetFirstSnapshotOnly())
        #expect(try workspace.segmentHistory().isEmpty)
        try workspace.recordHistory([snap("Acme", .b)], on: april, source: "q1.csv")
        try workspace.recordHistory([snap("Acme", .a)], on: june, source: Workspace.firstSnapshotSource)
        #expect(try !workspace.forgetFirstSnapshotOnly())
        #expect(try workspace.segmentHistory().entries.count == 2)
    }

    /// A seeded run of snapshots over a few days: scores drifting a little
    /// and a lot, segments changing, customers leaving and coming back, two
    /// snapshots on one day.
    func randomSnapshots(seed: UInt64) -> [(day: LocalDate, snapshots: [SegmentSnapshot])] {
        var random = SeededRandom(seed: seed)
        let names = ["Acme", "Beta", "田中商事", "Cozy", "北斗電子", "Delta", "Echo"]
        var scores = names.map { _ in (Double(random.next() % 100), Double(random.next() % 100)) }
        var run: [(day: LocalDate, snapshots: [SegmentSnapshot])] = []
        var day = april
        for _ in 0..<40 {
            if random.next() % 3 != 0 { day = LocalDate(dayNumber: day.dayNumber + 1) }
            var snapshots: [SegmentSnapshot] = []
            for (i, name) in names.enumerated() where random.next() % 6 != 0 {
                let step = random.next() % 4 == 0 ? 7.0 : 0.6
                scores[i].0 = min(100, max(0, scores[i].0 + (random.next() % 2 == 0 ? step : -step)))
                scores[i].1 = min(100, max(0, scores[i].1 + (random.next() % 2 == 0 ? step : -step)))
                let segment = Segment(objectiveHigh: scores[i].0 >= 50, recordHigh: scores[i].1 >= 50)
                snapshots.append(snap(name, segment, scores[i].0, scores[i].1))
            }
            run.append((day, snapshots))
        }
        return run
    }

    @Test("the rows kept from memory between snapshots are the rows a fresh read of the history gives", arguments: [1, 2, 3, 4] as [UInt64])
    func rememberedRowsMatchAFreshRead(seed: UInt64) throws {
        let remembering = try Workspace.inMemory()
        let reading = try Workspace.inMemory()
        for (day, snapshots) in randomSnapshots(seed: seed) {
            let kept = try remembering.recordHistory(snapshots, on: day, source: "set")
            reading.dropLatestHistory()
            #expect(try reading.recordHistory(snapshots, on: day, source: "set") == kept)
        }
        #expect(try remembering.segmentHistory().entries == reading.segmentHistory().entries)
        #expect(try remembering.segmentHistory().entries.count > 40)
    }

    @Test("customers whose snapshot is the same as at the last record are passed over, and the rows still match a fresh read", arguments: [5, 6, 7] as [UInt64])
    func unchangedSnapshotsArePassedOver(seed: UInt64) throws {
        let remembering = try Workspace.inMemory()
        let reading = try Workspace.inMemory()
        var random = SeededRandom(seed: seed)
        let names = ["Acme", "Beta", "田中商事", "Cozy", "北斗電子", "Delta", "Echo", "Foxtrot"]
        var snapshots = names.map { snap($0, .b, 50, 40) }
        var gone: Set<Int> = []
        var day = april
        // As a session's edits go: one customer at a time changes a little or
        // a lot, leaves or comes back, and the rest stay exactly as they were.
        for step in 0..<80 {
            if random.next() % 4 == 0 { day = LocalDate(dayNumber: day.dayNumber + 1) }
            let i = Int(random.next() % UInt64(names.count))
            switch random.next() % 5 {
            case 0: snapshots[i].objective = (snapshots[i].objective ?? 50) + 0.5
            case 1:
                snapshots[i].objective = (snapshots[i].objective ?? 50) > 50 ? 30 : 70
                snapshots[i].segment = snapshots[i].segment == .a ? .b : .a
            case 2: if !gone.insert(i).inserted { gone.remove(i) }
            default: break
            }
            let current = snapshots.indices.filter { !gone.contains($0) }.map { snapshots[$0] }
            let kept = try remembering.recordHistory(current, on: day, source: "set")
            reading.dropLatestHistory()
            #expect(try reading.recordHistory(current, on: day, source: "set") == kept, "step \(step)")
        }
        #expect(try remembering.segmentHistory().entries == reading.segmentHistory().entries)
    }

    @Test("a snapshot another session wrote in between is seen: the rows kept follow the history on disk, not memory")
    func anotherSessionsRowsAreSeen() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("salescoach-history-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("workspace.sqlite").path
        let first = try Workspace.open(at: path)
        let second = try Workspace.open(at: path)
        try first.recordHistory([snap("Acme", .b)], on: april, source: "load")
        // The other session moves Acme to A on a later day; this one then
        // says B again that day, which takes the other's word back.
        try second.recordHistory([snap("Acme", .a, 60, 80)], on: june, source: "other")
        #expect(try first.recordHistory([snap("Acme", .b)], on: june, source: "set") == 0)
        #expect(try first.segmentHistory().timeline(of: "Acme").map(\.segment) == [.b])
        #expect(try first.segmentHistory().timeline(of: "Acme").map(\.source) == ["load"])
    }

    @Test("undo and rename move history rows, and the next snapshot still compares with what is on disk")
    func undoAndRenameDropWhatIsRemembered() throws {
        let workspace = try Workspace.inMemory()
        try workspace.replaceBook(try Book([Fixtures.customer("Acme", sales: 1)]))
        try workspace.recordHistory([snap("Acme", .b)], on: april, source: "load")
        try workspace.rename(from: "Acme", to: "Acme Holdings")
        try workspace.recordHistory([snap("Acme Holdings", .b)], on: april, source: "rename")
        #expect(try workspace.segmentHistory().timeline(of: "Acme Holdings").map(\.segment) == [.b])
        try workspace.undo()
        try workspace.recordHistory([snap("Acme", .b)], on: april, source: "undo")
        let history = try workspace.segmentHistory()
        #expect(history.timeline(of: "Acme").map(\.isPresent) == [true])
        #expect(history.timeline(of: "Acme Holdings").isEmpty)
    }
}

