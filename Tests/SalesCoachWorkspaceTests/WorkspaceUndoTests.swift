import Foundation
import SalesCoachCore
import Testing

@testable import SalesCoachWorkspace

/// Undo takes back the last change exactly, also after a restart.
@Suite struct WorkspaceUndoTests {
    /// Everything a change can touch, for before/after comparisons.
    struct State: Equatable {
        var book: Book
        var settings: [String: String]
        var plan: [PlannedVisit]
        var log: [VisitRecord]

        init(_ workspace: Workspace) throws {
            book = try workspace.loadBook()
            settings = try workspace.settings()
            plan = try workspace.plannedVisits()
            log = try workspace.visitLog()
        }
    }

    /// A workspace with a little of everything in it.
    private func populated() throws -> Workspace {
        let workspace = try Workspace.inMemory()
        try workspace.replaceBook(try Fixtures.book(["Acme", "Beta", "田中商事"]))
        try workspace.setSetting(key: "classification.cut", value: "60")
        try workspace.replacePlannedVisits([
            PlannedVisit(customerName: "Acme", visits: 2), PlannedVisit(customerName: "Beta", visits: 1, hours: 1.5),
        ])
        try workspace.logVisit(VisitRecord(customerName: "Acme", date: Fixtures.date("2026-03-02")))
        return workspace
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let what: String
        let expected: WorkspaceChange
        let apply: @Sendable (Workspace) throws -> Void
        var testDescription: String { what }
    }

    static let cases: [Case] = [
        Case(what: "adding a customer", expected: .addCustomer(name: "New")) {
            try $0.upsert(Fixtures.customer("New", sales: 1))
        },
        Case(what: "changing a customer", expected: .updateCustomer(name: "beta")) {
            try $0.upsert(Fixtures.customer("beta", sales: 999, rep: "Kei"))
        },
        Case(what: "renaming a customer with visits", expected: .renameCustomer(from: "Acme", to: "Acme Holdings")) {
            try $0.rename(from: "acme", to: "Acme Holdings")
        },
        Case(what: "removing a customer with planned visits", expected: .removeCustomer(name: "Acme")) {
            try $0.remove(named: "Acme")
        },
        Case(what: "loading a new list", expected: .replaceBook(customers: 2, source: "new.csv")) {
            try $0.replaceBook(try Fixtures.book(["Zeta", "Acme"]), source: "new.csv")
        },
        Case(what: "changing a setting", expected: .setSetting(key: "classification.cut", value: "70")) {
            try $0.setSetting(key: "classification.cut", value: "70")
        },
        Case(what: "adding a setting", expected: .setSetting(key: "plan.capacity", value: "8")) {
            try $0.setSetting(key: "plan.capacity", value: "8")
        },
        Case(what: "removing a setting", expected: .removeSetting(key: "classification.cut")) {
            try $0.removeSetting(key: "classification.cut")
        },
        Case(what: "changing settings together", expected: .updateSettings(count: 3)) {
            try $0.updateSettings(["plan.share_a": "40", "plan.share_b": "45", "classification.cut": nil])
        },
        Case(what: "planning a visit", expected: .setPlannedVisit(name: "田中商事")) {
            try $0.setPlannedVisit(PlannedVisit(customerName: "田中商事", visits: 1))
        },
        Case(what: "changing a planned visit", expected: .setPlannedVisit(name: "Acme")) {
            try $0.setPlannedVisit(PlannedVisit(customerName: "Acme", visits: 5, rep: "Kei"))
        },
        Case(what: "dropping a planned visit", expected: .removePlannedVisit(name: "Beta")) {
            try $0.removePlannedVisit(customerName: "Beta")
        },
        Case(what: "saving a new plan", expected: .replacePlannedVisits(count: 1)) {
            try $0.replacePlannedVisits([PlannedVisit(customerName: "田中商事", visits: 3)])
        },
        Case(what: "clearing the plan", expected: .clearPlannedVisits) { try $0.clearPlannedVisits() },
        Case(what: "accepting a plan for a week", expected: .acceptPlan(week: Fixtures.date("2026-03-09"), count: 1)) {
            let week = Fixtures.date("2026-03-09")
            try $0.replacePlannedVisits(
                [PlannedVisit(customerName: "田中商事", visits: 1, week: week)], inWeeks: [week, nil],
                as: .acceptPlan(week: week, count: 1))
        },
        Case(what: "moving planned visits to another week", expected: .movePlannedVisits(name: "Acme", week: Fixtures.date("2026-03-09"))) {
            try $0.movePlannedVisits(customerName: "acme", from: nil, to: Fixtures.date("2026-03-09"))
        },
        Case(what: "logging a visit", expected: .logVisit(name: "Beta", date: Fixtures.date("2026-03-04"))) {
            try $0.logVisit(VisitRecord(customerName: "Beta", date: Fixtures.date("2026-03-04"), note: "good talk"))
        },
    ]

    @Test("undo restores the state before the change and names it", arguments: cases)
    func undoRestores(_ example: Case) throws {
        let workspace = try populated()
        let before = try State(workspace)
        let depth = try workspace.undoDepth()
        try example.apply(workspace)
        #expect(try State(workspace) != before)
        let outcome = try workspace.undo()
        #expect(outcome == UndoOutcome(change: example.expected, remaining: depth))
        #expect(try State(workspace) == before)
    }

    @Test("undo with nothing to undo returns nil")
    func nothing() throws {
        let workspace = try Workspace.inMemory()
        #expect(try workspace.undo() == nil)
    }

    @Test("undo steps back one change at a time")
    func stepwise() throws {
        let workspace = try Workspace.inMemory()
        try workspace.upsert(Fixtures.customer("Acme", sales: 1))
        try workspace.upsert(Fixtures.customer("Acme", sales: 2))
        try workspace.rename(from: "Acme", to: "Acme Holdings")
        try workspace.undo()
        #expect(try workspace.loadBook().customers == [Fixtures.customer("Acme", sales: 2)])
        try workspace.undo()
        #expect(try workspace.loadBook().customers == [Fixtures.customer("Acme", sales: 1)])
        try workspace.undo()
        #expect(try workspace.loadBook().isEmpty)
        #expect(try workspace.undo() == nil)
    }

    @Test("a removed customer comes back in its old place")
    func removedKeepsPlace() throws {
        let workspace = try Workspace.inMemory()
        for name in ["A", "B", "C"] { try workspace.upsert(Fixtures.customer(name)) }
        try workspace.remove(named: "B")
        try workspace.upsert(Fixtures.customer("D"))
        try workspace.undo()
        try workspace.undo()
        #expect(try workspace.loadBook().customers.map(\.name) == ["A", "B", "C"])
    }

    @Test("undo works after the workspace is closed and opened again")
    func afterRestart() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("workspace.sqlite")
        do {
            let workspace = try Workspace.open(at: path)
            try workspace.replaceBook(try Fixtures.book(["Acme", "Beta"]))
            try workspace.remove(named: "Acme")
        }
        let workspace = try Workspace.open(at: path)
        #expect(try workspace.undo() == UndoOutcome(change: .removeCustomer(name: "Acme"), remaining: 1))
        #expect(try workspace.loadBook() == (try Fixtures.book(["Acme", "Beta"])))
    }

    @Test("only the most recent changes are kept for undo")
    func limit() throws {
        let workspace = try Workspace.inMemory(undoLimit: 3)
        for number in 1...5 { try workspace.upsert(Fixtures.customer("C\(number)")) }
        #expect(try workspace.undoDepth() == 3)
        for _ in 0..<3 { try workspace.undo() }
        #expect(try workspace.undo() == nil)
        #expect(try workspace.loadBook().customers.map(\.name) == ["C1", "C2"])
        // The saved rows of forgotten changes are gone too, so the journal does not grow.
        let saved = try workspace.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM undo_scopes") ?? -1 }
        #expect(saved == 0)
    }

    @Test("old changes are forgotten once the journal holds more saved rows than its budget")
    func rowBudget() throws {
        let workspace = try Workspace.inMemory(undoLimit: 20, undoRowBudget: 5)
        let first = try Fixtures.book(["A", "B", "C", "D"])
        let second = try Fixtures.book(["E", "F", "G", "H"])
        try workspace.replaceBook(first)  // saves nothing: the list was empty
        try workspace.replaceBook(second)  // saves 4 rows
        #expect(try workspace.undoDepth() == 2)
        try workspace.replaceBook(try Fixtures.book(["I"]))  // saves 4 more: 8 > 5
        #expect(try workspace.undoDepth() == 1)
        #expect(try workspace.undo() == UndoOutcome(change: .replaceBook(customers: 1, source: nil), remaining: 0))
        #expect(try workspace.loadBook() == second)
    }

    @Test("the latest change stays undoable however many rows it saved")
    func largeLatest() throws {
        let workspace = try Workspace.inMemory(undoLimit: 20, undoRowBudget: 2)
        let book = try Fixtures.book(["A", "B", "C", "D"])
        try workspace.replaceBook(book)
        try workspace.replaceBook(try Fixtures.book(["E"]))
        try workspace.undo()
        #expect(try workspace.loadBook() == book)
    }

    @Test("a change that changes nothing is not recorded")
    func noOp() throws {
        let workspace = try Workspace.inMemory()
        try workspace.upsert(Fixtures.customer("Acme", sales: 1))
        try workspace.setSetting(key: "plan.capacity", value: "8")
        try workspace.upsert(Fixtures.customer("Acme", sales: 1))
        try workspace.setSetting(key: "plan.capacity", value: "8")
        #expect(try workspace.removeSetting(key: "missing") == false)
        try workspace.rename(from: "Acme", to: "Acme")
        try workspace.clearPlannedVisits()
        #expect(try workspace.removePlannedVisit(customerName: "Acme") == false)
        #expect(try workspace.undoDepth() == 2)
    }

    @Test("undo takes back this session's own change, not the later one another open session made")
    func undoIsPerSession() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("workspace.sqlite")
        let first = try Workspace.open(at: path)
        let second = try Workspace.open(at: path)
        try first.upsert(Fixtures.customer("From first"))
        try second.upsert(Fixtures.customer("From second"))
        #expect(try first.undo()?.change == .addCustomer(name: "From first"))
        #expect(try second.loadBook().customers.map(\.name) == ["From second"])
        #expect(try first.undo() == nil)
        #expect(try second.undoDepth() == 1)
    }

    @Test("a session that made no change yet undoes what earlier sessions did")
    func undoAfterRestart() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("workspace.sqlite")
        try Workspace.open(at: path).upsert(Fixtures.customer("Yesterday"))
        let today = try Workspace.open(at: path)
        #expect(try today.undo()?.change == .addCustomer(name: "Yesterday"))
        #expect(try today.loadBook().isEmpty)
    }

    @Test("undo is refused when another session has since changed the same rows, and changes nothing")
    func undoBlockedByLaterWork() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("workspace.sqlite")
        let first = try Workspace.open(at: path)
        let second = try Workspace.open(at: path)
        try first.upsert(Fixtures.customer("Acme", sales: 1))
        var patch = CustomerPatch()
        patch.metrics[.orders] = .some(7)
        try second.update(named: "Acme", with: patch)
        #expect(throws: WorkspaceError.undoBlocked(change: .addCustomer(name: "Acme"), by: .updateCustomer(name: "Acme"))) {
            try first.undo()
        }
        #expect(try first.loadBook().customer(named: "Acme")?[.orders] == 7)
        // Once the other session takes its change back, this one's undo goes through.
        try second.undo()
        #expect(try first.undo()?.change == .addCustomer(name: "Acme"))
    }

    @Test("another session's commits are reported once, named, and never this session's own")
    func externalChangesAreReported() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("workspace.sqlite")
        let first = try Workspace.open(at: path)
        let second = try Workspace.open(at: path)
        try first.upsert(Fixtures.customer("Mine"))
        #expect(try first.externalChanges() == nil)
        try second.upsert(Fixtures.customer("Theirs"))
        try second.setSetting(key: "plan.capacity", value: "12")
        #expect(
            try first.externalChanges()
                == ExternalChanges(changes: [.addCustomer(name: "Theirs"), .setSetting(key: "plan.capacity", value: "12")]))
        #expect(try first.externalChanges() == nil)
        try second.undo()
        #expect(try first.externalChanges() == ExternalChanges(changes: []))
    }
}

extension WorkspaceUndoTests {
    @Test("every change is said in Japanese in a Japanese session, with the names it touched")
    func changesInJapanese() {
        let day = Fixtures.date("2026-12-01")
        let changes: [WorkspaceChange] = [
            .addCustomer(name: "田中商事"), .updateCustomer(name: "Acme"), .renameCustomer(from: "A", to: "B"),
            .removeCustomer(name: "Beta"), .replaceBook(customers: 3, source: "q.csv"), .setSetting(key: "plan.capacity", value: "12"),
            .removeSetting(key: "plan.capacity"), .updateSettings(count: 3), .setPlannedVisit(name: "Acme"),
            .removePlannedVisit(name: "Acme"), .replacePlannedVisits(count: 2), .clearPlannedVisits,
            .acceptPlan(week: day, count: 4), .movePlannedVisits(name: "Acme", week: day), .logVisit(name: "Acme", date: day),
            .restore(source: "b.sqlite", customers: 5), .other(kind: "x"),
        ]
        for change in changes {
            let japanese = change.text(in: .ja)
            #expect(japanese != change.description, "\(change)")
            // No English words left, apart from names, file names and setting keys.
            #expect(!["change", "load", "plan ", "visit", "setting", "remove"].contains { japanese.contains($0) }, "\(japanese)")
            #expect(change.text(in: .en) == change.description)
        }
        #expect(WorkspaceChange.updateSettings(count: 3).text(in: .ja) == "設定3件を変更")
    }
}
