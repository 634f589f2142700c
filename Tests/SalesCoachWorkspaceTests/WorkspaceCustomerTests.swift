import Foundation
import GRDB
import SalesCoachCore
import Testing

@testable import SalesCoachWorkspace

@Suite struct WorkspaceCustomerTests {
    @Test("a customer comes back with every field as it was stored", arguments: [
        Customer(
            name: "田中商事",
            metrics: MetricValues([
                .companyRevenue: 1_234_567_890.5, .employees: 320, .growth: -0.25, .orders: 0, .sales: 9.75e12,
                .profit: -1e-9,
            ]),
            lastVisit: LocalDate(year: 2026, month: 2, day: 28), rep: "佐藤", notes: "line one\nline two, \"quoted\""),
        Customer(name: "Acme", metrics: MetricValues([.sales: 100])),
        Customer(name: "\u{1B}[31mRed\u{1B}[0m Ltd", notes: "\u{0}nul and \u{202E}rtl"),
        Customer(name: "Max", metrics: MetricValues([.sales: Double.greatestFiniteMagnitude, .orders: .infinity])),
    ])
    func roundTrip(_ customer: Customer) throws {
        let workspace = try Workspace.inMemory()
        try workspace.upsert(customer)
        #expect(try workspace.loadBook().customers == [customer])
    }

    @Test("cells another tool wrote with unexpected types read as a value or as missing, never a crash")
    func foreignCellTypes() throws {
        let workspace = try Workspace.inMemory()
        try workspace.upsert(Fixtures.customer("Acme", sales: 1))
        try workspace.writer.write { db in
            try db.execute(sql: "UPDATE customers SET sales = 'abc', orders = '12', employees = X'00FF', profit = 7, rep = 42, last_visit = 'soon'")
        }
        let customer = try #require(try workspace.loadBook().customers.first)
        #expect(customer.name == "Acme")
        #expect(customer.metrics[.sales] == nil && customer.metrics[.employees] == nil)
        #expect(customer.metrics[.orders] == 12 && customer.metrics[.profit] == 7)
        #expect(customer.rep == "42" && customer.lastVisit == nil)
    }

    @Test("customers keep the order they were added in")
    func order() throws {
        let workspace = try Workspace.inMemory()
        for name in ["Zeta", "Alpha", "鈴木工業", "Mid"] { try workspace.upsert(Fixtures.customer(name)) }
        #expect(try workspace.loadBook().customers.map(\.name) == ["Zeta", "Alpha", "鈴木工業", "Mid"])
    }

    @Test("upsert replaces the customer with the same name, in place, whatever its case or width")
    func upsertReplaces() throws {
        let workspace = try Workspace.inMemory()
        try workspace.upsert(Fixtures.customer("Acme", sales: 1))
        try workspace.upsert(Fixtures.customer("Beta", sales: 2))
        let previous = try workspace.upsert(Fixtures.customer("ＡＣＭＥ", sales: 3))
        #expect(previous == Fixtures.customer("Acme", sales: 1))
        #expect(try workspace.loadBook().customers == [Fixtures.customer("ＡＣＭＥ", sales: 3), Fixtures.customer("Beta", sales: 2)])
    }

    @Test("upsert trims the name and returns nil for a new customer")
    func upsertAdds() throws {
        let workspace = try Workspace.inMemory()
        #expect(try workspace.upsert(Fixtures.customer("  Acme\u{3000}")) == nil)
        #expect(try workspace.loadBook().customers.map(\.name) == ["Acme"])
    }

    @Test("a customer without a name is refused", arguments: ["", "   ", "\u{3000}"])
    func emptyName(_ name: String) throws {
        let workspace = try Workspace.inMemory()
        #expect(throws: WorkspaceError.book(.emptyName)) { try workspace.upsert(Fixtures.customer(name)) }
        #expect(try workspace.loadBook().isEmpty)
    }

    @Test("rename keeps the customer's values and place")
    func rename() throws {
        let workspace = try Workspace.inMemory()
        try workspace.upsert(Fixtures.customer("Acme", sales: 5))
        try workspace.upsert(Fixtures.customer("Beta"))
        let renamed = try workspace.rename(from: "acme", to: "Acme Holdings")
        #expect(renamed == Fixtures.customer("Acme Holdings", sales: 5))
        #expect(try workspace.loadBook().customers.map(\.name) == ["Acme Holdings", "Beta"])
    }

    @Test("rename may change only the case")
    func renameCase() throws {
        let workspace = try Workspace.inMemory()
        try workspace.upsert(Fixtures.customer("acme"))
        try workspace.rename(from: "acme", to: "ACME")
        #expect(try workspace.loadBook().customers.map(\.name) == ["ACME"])
    }

    @Test("rename refuses a missing customer and a name already taken")
    func renameRefused() throws {
        let workspace = try Workspace.inMemory()
        try workspace.upsert(Fixtures.customer("Acme"))
        try workspace.upsert(Fixtures.customer("Beta"))
        #expect(throws: WorkspaceError.book(.notFound(name: "Gamma"))) { try workspace.rename(from: "Gamma", to: "Delta") }
        #expect(throws: WorkspaceError.book(.duplicate(name: "BETA", existing: "Beta"))) {
            try workspace.rename(from: "Acme", to: "BETA")
        }
        #expect(throws: WorkspaceError.book(.emptyName)) { try workspace.rename(from: "Acme", to: " ") }
        #expect(try workspace.loadBook().customers.map(\.name) == ["Acme", "Beta"])
        #expect(try workspace.undoDepth() == 2)
    }

    @Test("rename carries the visit log and planned visits along")
    func renameCarriesVisits() throws {
        let workspace = try Workspace.inMemory()
        try workspace.upsert(Fixtures.customer("Acme"))
        try workspace.logVisit(VisitRecord(customerName: "Acme", date: Fixtures.date("2026-03-02")))
        try workspace.logVisit(VisitRecord(customerName: "Other", date: Fixtures.date("2026-03-03")))
        try workspace.setPlannedVisit(PlannedVisit(customerName: "ACME", visits: 2))
        try workspace.rename(from: "Acme", to: "Acme Holdings")
        #expect(try workspace.visitLog().map(\.customerName) == ["Acme Holdings", "Other"])
        #expect(try workspace.plannedVisits().map(\.customerName) == ["Acme Holdings"])
    }

    @Test("remove returns the customer, drops its planned visits and keeps its visit log")
    func remove() throws {
        let workspace = try Workspace.inMemory()
        try workspace.upsert(Fixtures.customer("Acme", sales: 7))
        try workspace.upsert(Fixtures.customer("Beta"))
        try workspace.setPlannedVisit(PlannedVisit(customerName: "Acme", visits: 1))
        try workspace.setPlannedVisit(PlannedVisit(customerName: "Beta", visits: 3))
        try workspace.logVisit(VisitRecord(customerName: "Acme", date: Fixtures.date("2026-03-02")))
        #expect(try workspace.remove(named: "ACME") == Fixtures.customer("Acme", sales: 7))
        #expect(try workspace.loadBook().customers.map(\.name) == ["Beta"])
        #expect(try workspace.plannedVisits() == [PlannedVisit(customerName: "Beta", visits: 3)])
        #expect(try workspace.visitLog().map(\.customerName) == ["Acme"])
        #expect(throws: WorkspaceError.book(.notFound(name: "Acme"))) { try workspace.remove(named: "Acme") }
    }

    @Test("a customer added after a removal goes to the end")
    func addAfterRemove() throws {
        let workspace = try Workspace.inMemory()
        for name in ["A", "B", "C"] { try workspace.upsert(Fixtures.customer(name)) }
        try workspace.remove(named: "C")
        try workspace.upsert(Fixtures.customer("D"))
        #expect(try workspace.loadBook().customers.map(\.name) == ["A", "B", "D"])
    }

    @Test("replaceBook writes the whole list in its order")
    func replaceBook() throws {
        let workspace = try Workspace.inMemory()
        try workspace.upsert(Fixtures.customer("Old"))
        let book = try Fixtures.book(["Gamma", "アルファ", "Beta"])
        try workspace.replaceBook(book, source: "new.csv")
        #expect(try workspace.loadBook() == book)
    }

    @Test("a disk that fills up part-way through an import leaves the previous list intact")
    func replaceBookAtomic() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("workspace.sqlite")
        let workspace = try Workspace.open(at: path)
        let before = try Fixtures.book(["Keep", "These"])
        try workspace.replaceBook(before)
        // SQLite's page limit stands in for a full disk: the write fails with
        // SQLITE_FULL after part of the list has been written.
        try workspace.writer.writeWithoutTransaction { db in
            let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            try db.execute(sql: "PRAGMA max_page_count = \(pages + 4)")
        }
        let long = String(repeating: "x", count: 2_000)
        let big = try Book((0..<500).map { Fixtures.customer("C\($0)", notes: long) })
        #expect(throws: WorkspaceError.diskFull(path: path)) { try workspace.replaceBook(big) }
        #expect(try workspace.loadBook() == before)
        #expect(try Workspace.open(at: path).loadBook() == before)
    }

    @Test("a large list is written and read back in one piece")
    func largeBook() throws {
        let workspace = try Workspace.inMemory()
        let book = try Book((0..<5_000).map { Fixtures.customer("顧客\($0)", sales: Double($0), orders: Double($0 % 7)) })
        try workspace.replaceBook(book)
        #expect(try workspace.loadBook() == book)
    }
}
