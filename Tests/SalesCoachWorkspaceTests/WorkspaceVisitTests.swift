import SalesCoachCore
import Testing

@testable import SalesCoachWorkspace

@Suite struct WorkspaceVisitTests {
    @Test("planned visits come back with every field, in the order planned")
    func plannedRoundTrip() throws {
        let workspace = try Workspace.inMemory()
        let plan = [
            PlannedVisit(customerName: "Acme", visits: 2, hours: 3.5, rep: "Kei", week: Fixtures.date("2026-03-02")),
            PlannedVisit(customerName: "田中商事", visits: 1),
        ]
        for visit in plan { try workspace.setPlannedVisit(visit) }
        #expect(try workspace.plannedVisits() == plan)
    }

    @Test("planning the same customer and week again replaces the entry in place")
    func replaceEntry() throws {
        let workspace = try Workspace.inMemory()
        let week = Fixtures.date("2026-03-02")
        try workspace.setPlannedVisit(PlannedVisit(customerName: "Acme", visits: 1, week: week))
        try workspace.setPlannedVisit(PlannedVisit(customerName: "Beta", visits: 1, week: week))
        try workspace.setPlannedVisit(PlannedVisit(customerName: "ACME", visits: 3, week: week))
        try workspace.setPlannedVisit(PlannedVisit(customerName: "Acme", visits: 1, week: Fixtures.date("2026-03-09")))
        #expect(try workspace.plannedVisits() == [
            PlannedVisit(customerName: "ACME", visits: 3, week: week),
            PlannedVisit(customerName: "Beta", visits: 1, week: week),
            PlannedVisit(customerName: "Acme", visits: 1, week: Fixtures.date("2026-03-09")),
        ])
    }

    @Test("an undated entry and a dated one for the same customer are separate")
    func undatedSeparate() throws {
        let workspace = try Workspace.inMemory()
        try workspace.setPlannedVisit(PlannedVisit(customerName: "Acme", visits: 1))
        try workspace.setPlannedVisit(PlannedVisit(customerName: "Acme", visits: 2, week: Fixtures.date("2026-03-02")))
        try workspace.setPlannedVisit(PlannedVisit(customerName: "Acme", visits: 4))
        #expect(try workspace.plannedVisits().map(\.visits) == [4, 2])
        #expect(try workspace.removePlannedVisit(customerName: "acme"))
        #expect(try workspace.plannedVisits().map(\.visits) == [2])
    }

    @Test("a new plan replaces the old one; clearing empties it")
    func replaceAndClear() throws {
        let workspace = try Workspace.inMemory()
        try workspace.setPlannedVisit(PlannedVisit(customerName: "Old", visits: 1))
        let plan = [PlannedVisit(customerName: "A", visits: 2), PlannedVisit(customerName: "B", visits: 1)]
        try workspace.replacePlannedVisits(plan)
        #expect(try workspace.plannedVisits() == plan)
        try workspace.clearPlannedVisits()
        #expect(try workspace.plannedVisits().isEmpty)
    }

    @Test("saving a week's plan replaces that week's visits and keeps every other week's")
    func replaceOneWeek() throws {
        let workspace = try Workspace.inMemory()
        let (this, next) = (Fixtures.date("2026-03-02"), Fixtures.date("2026-03-09"))
        try workspace.setPlannedVisit(PlannedVisit(customerName: "Old", visits: 1, week: next))
        try workspace.setPlannedVisit(PlannedVisit(customerName: "Kept", visits: 2, week: this))
        try workspace.setPlannedVisit(PlannedVisit(customerName: "Undated", visits: 1))
        let plan = [PlannedVisit(customerName: "New", visits: 1, rep: "Kei", week: next)]
        try workspace.replacePlannedVisits(plan, inWeeks: [next], as: .acceptPlan(week: next, count: 1))
        #expect(try workspace.plannedVisits().map(\.customerName) == ["Kept", "Undated", "New"])
        try workspace.replacePlannedVisits([], inWeeks: [this, nil], as: .acceptPlan(week: this, count: 0))
        #expect(try workspace.plannedVisits() == plan)
    }

    @Test("a rep's plan replaces only that rep's customers in the week, whatever their names hold")
    func replaceForSomeCustomers() throws {
        let workspace = try Workspace.inMemory()
        let week = Fixtures.date("2026-03-09")
        try workspace.setPlannedVisit(PlannedVisit(customerName: "Mine \"quoted\"", visits: 1, week: week))
        try workspace.setPlannedVisit(PlannedVisit(customerName: "Theirs", visits: 2, week: week))
        let plan = [PlannedVisit(customerName: "Also mine", visits: 1, week: week)]
        try workspace.replacePlannedVisits(
            plan, inWeeks: [week], as: .acceptPlan(week: week, count: 1), customers: ["MINE \"quoted\"", "Also mine"])
        #expect(try workspace.plannedVisits().map(\.customerName) == ["Theirs", "Also mine"])
    }

    @Test("moving a customer's visits to another week adds them to what is planned there")
    func moveToWeek() throws {
        let workspace = try Workspace.inMemory()
        let (this, next) = (Fixtures.date("2026-03-02"), Fixtures.date("2026-03-09"))
        try workspace.setPlannedVisit(PlannedVisit(customerName: "Acme", visits: 2, hours: 1.5, rep: "Kei", week: this))
        try workspace.setPlannedVisit(PlannedVisit(customerName: "ACME", visits: 1, hours: 1, week: next))
        try workspace.setPlannedVisit(PlannedVisit(customerName: "Beta", visits: 1, week: this))
        let moved = try workspace.movePlannedVisits(customerName: "acme", from: this, to: next)
        #expect(moved == PlannedVisit(customerName: "Acme", visits: 3, hours: 2.5, rep: "Kei", week: next))
        #expect(try workspace.plannedVisits() == [PlannedVisit(customerName: "Beta", visits: 1, week: this), moved!])
        #expect(try workspace.movePlannedVisits(customerName: "Beta", from: next, to: this) == nil)
        #expect(try workspace.movePlannedVisits(customerName: "Beta", from: this, to: this)?.visits == 1)
    }

    @Test("a planned visit needs a customer name")
    func plannedNeedsName() throws {
        let workspace = try Workspace.inMemory()
        #expect(throws: WorkspaceError.book(.emptyName)) { try workspace.setPlannedVisit(PlannedVisit(customerName: " ", visits: 1)) }
        #expect(throws: WorkspaceError.book(.emptyName)) { try workspace.replacePlannedVisits([PlannedVisit(customerName: "", visits: 1)]) }
    }

    @Test("the visit log keeps visits in the order they were logged")
    func log() throws {
        let workspace = try Workspace.inMemory()
        let records = [
            VisitRecord(customerName: "Acme", date: Fixtures.date("2026-03-04"), note: "signed"),
            VisitRecord(customerName: "田中商事", date: Fixtures.date("2026-03-01")),
            VisitRecord(customerName: "Acme", date: Fixtures.date("2026-03-04")),
        ]
        for record in records { try workspace.logVisit(record) }
        #expect(try workspace.visitLog() == records)
        #expect(throws: WorkspaceError.book(.emptyName)) {
            try workspace.logVisit(VisitRecord(customerName: "", date: Fixtures.date("2026-03-04")))
        }
    }

    @Test("text with NUL bytes comes back whole")
    func nulBytes() throws {
        let workspace = try Workspace.inMemory()
        let customer = Fixtures.customer("Bad\u{0}Name", notes: "a\u{0}b")
        try workspace.upsert(customer)
        try workspace.logVisit(VisitRecord(customerName: "Bad\u{0}Name", date: Fixtures.date("2026-03-04"), note: "x\u{0}y"))
        try workspace.setSetting(key: "columns.a\u{0}b", value: "name")
        #expect(try workspace.loadBook().customers == [customer])
        #expect(try workspace.visitLog().map(\.note) == ["x\u{0}y"])
        #expect(try workspace.settings() == ["columns.a\u{0}b": "name"])
        try workspace.rename(from: "bad\u{0}name", to: "Good")
        #expect(try workspace.visitLog().map(\.customerName) == ["Good"])
    }
}
