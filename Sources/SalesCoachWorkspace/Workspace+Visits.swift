import GRDB
import SalesCoachCore

/// Planned visits (the plan the rep is following) and the visit log (what
/// actually happened), both matched to customers by `Book.key`.
extension Workspace {
    // MARK: - Planned visits

    /// The planned visits, in the order they were planned.
    public func plannedVisits() throws(WorkspaceError) -> [PlannedVisit] {
        try read { db in
            let rows = try Row.fetchCursor(
                db, sql: "SELECT customer_name, visits, hours, rep, week FROM planned_visits ORDER BY id")
            var visits: [PlannedVisit] = []
            while let row = try rows.next() {
                visits.append(
                    PlannedVisit(
                        customerName: row.text("customer_name") ?? "",
                        visits: row.int("visits") ?? 0,
                        hours: row.real("hours"),
                        rep: row.text("rep"),
                        week: row.text("week").flatMap { LocalDate(parsing: $0) }))
            }
            return visits
        }
    }

    /// Plans visits to one customer, replacing what was planned for it in the same week.
    public func setPlannedVisit(_ visit: PlannedVisit) throws(WorkspaceError) {
        let visit = try Workspace.checked(visit)
        let key = Book.key(visit.customerName)
        try change { db in
            let journal = try journal(db, .setPlannedVisit(name: visit.customerName))
            let existing = try Row.fetchOne(
                db, sql: "SELECT id FROM planned_visits WHERE customer_key = ? AND week IS ? ORDER BY id LIMIT 1",
                arguments: [key.stored, visit.week?.description])
            if let id = existing?.int64("id") {
                try journal.saveRow(.plannedVisits, key: id)
                try db.execute(
                    sql: "UPDATE planned_visits SET customer_name = ?, visits = ?, hours = ?, rep = ? WHERE id = ?",
                    arguments: [visit.customerName.stored, visit.visits, visit.hours, visit.rep.stored, id])
            } else {
                try Workspace.insert(visit, key: key, db)
                try journal.markInserted(.plannedVisits, key: db.lastInsertedRowID)
            }
            try journal.finish(keeping: undoLimit, rowBudget: undoRowBudget)
        }
    }

    /// Drops the visits planned for one customer in one week (nil: the undated plan).
    /// - Returns: false when none were planned.
    @discardableResult
    public func removePlannedVisit(customerName: String, week: LocalDate? = nil) throws(WorkspaceError) -> Bool {
        let key = Book.key(customerName)
        let condition = "customer_key = ? AND week IS ?"
        let arguments: StatementArguments = [key.stored, week?.description]
        return try change { db in
            let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM planned_visits WHERE \(condition)", arguments: arguments) ?? 0
            guard count > 0 else { return false }
            let journal = try journal(db, .removePlannedVisit(name: customerName.trimmingWhitespace))
            try journal.saveRows(.plannedVisits, where: condition, arguments: arguments)
            try db.execute(sql: "DELETE FROM planned_visits WHERE \(condition)", arguments: arguments)
            try journal.finish(keeping: undoLimit, rowBudget: undoRowBudget)
            return true
        }
    }

    /// Replaces every planned visit with a new plan, as one change.
    public func replacePlannedVisits(_ visits: [PlannedVisit]) throws(WorkspaceError) {
        var checked: [PlannedVisit] = []
        for visit in visits { checked.append(try Workspace.checked(visit)) }
        try change { db in
            let journal = try journal(db, .replacePlannedVisits(count: checked.count))
            try journal.saveTable(.plannedVisits)
            try db.execute(sql: "DELETE FROM planned_visits")
            for visit in checked { try Workspace.insert(visit, key: Book.key(visit.customerName), db) }
            try journal.finish(keeping: undoLimit, rowBudget: undoRowBudget)
        }
    }

    /// Replaces the planned visits of the given weeks (nil: the undated plan)
    /// with `visits`, keeping every other week's, as one change: what
    /// `plan accept` and `planned load` save.
    /// - Parameters:
    ///   - change: how the undo journal names it (`.acceptPlan` or `.replacePlannedVisits`).
    ///   - customers: when given, only these customers' visits in those weeks
    ///     are replaced (a rep's plan in a team's workspace keeps the others').
    public func replacePlannedVisits(
        _ visits: [PlannedVisit], inWeeks weeks: [LocalDate?], as change: WorkspaceChange, customers: [String]? = nil
    ) throws(WorkspaceError) {
        var checked: [PlannedVisit] = []
        for visit in visits { checked.append(try Workspace.checked(visit)) }
        var (condition, arguments) = Workspace.weekCondition(weeks)
        if let customers {
            // One JSON array argument, however many customers a rep has.
            let keys = JSONValue.array(customers.map { .string(Book.key($0)) }).rendered(indent: nil)
            condition = "(\(condition)) AND customer_key IN (SELECT value FROM json_each(?))"
            arguments += [keys]
        }
        try self.change { db in
            let journal = try journal(db, change)
            try journal.saveRows(.plannedVisits, where: condition, arguments: arguments)
            try db.execute(sql: "DELETE FROM planned_visits WHERE \(condition)", arguments: arguments)
            for visit in checked {
                try Workspace.insert(visit, key: Book.key(visit.customerName), db)
                try journal.markInserted(.plannedVisits, key: db.lastInsertedRowID)
            }
            try journal.finish(keeping: undoLimit, rowBudget: undoRowBudget)
        }
    }

    /// Moves the visits planned for one customer in week `from` (nil: the
    /// undated plan) to week `to`, adding them to any already planned there,
    /// as one change.
    /// - Returns: the customer's planned visits in `to` after the move, or nil when none were planned in `from`.
    @discardableResult
    public func movePlannedVisits(customerName: String, from: LocalDate?, to: LocalDate) throws(WorkspaceError)
        -> PlannedVisit?
    {
        let key = Book.key(customerName)
        let condition = "customer_key = ? AND (week IS ? OR week IS ?)"
        let arguments: StatementArguments = [key.stored, from?.description, to.description]
        return try change { db in
            let rows = try Row.fetchAll(
                db, sql: "SELECT id, customer_name, visits, hours, rep, week FROM planned_visits WHERE \(condition) ORDER BY id",
                arguments: arguments)
            let moving = rows.filter { $0.text("week") == from?.description }
            guard let first = moving.first else { return nil }
            let staying = from == to ? [] : rows.filter { $0.text("week") == to.description }
            var moved = PlannedVisit(
                customerName: first.text("customer_name") ?? customerName, visits: 0, rep: first.text("rep"), week: to)
            for row in staying + moving {
                moved.visits += row.int("visits") ?? 0
                if let hours = row.real("hours") { moved.hours = (moved.hours ?? 0) + hours }
                if moved.rep == nil { moved.rep = row.text("rep") }
            }
            let journal = try journal(db, .movePlannedVisits(name: moved.customerName, week: to))
            try journal.saveRows(.plannedVisits, where: condition, arguments: arguments)
            try db.execute(sql: "DELETE FROM planned_visits WHERE \(condition)", arguments: arguments)
            try Workspace.insert(moved, key: key, db)
            try journal.markInserted(.plannedVisits, key: db.lastInsertedRowID)
            try journal.finish(keeping: undoLimit, rowBudget: undoRowBudget)
            return moved
        }
    }

    /// `week IS ? OR …` for a list of weeks (nil: the undated plan); never empty.
    private static func weekCondition(_ weeks: [LocalDate?]) -> (String, StatementArguments) {
        guard !weeks.isEmpty else { return ("0", []) }
        let condition = weeks.map { _ in "week IS ?" }.joined(separator: " OR ")
        return (condition, StatementArguments(weeks.map { $0?.description as (any DatabaseValueConvertible)? }))
    }

    /// Drops every planned visit.
    public func clearPlannedVisits() throws(WorkspaceError) {
        try change { db in
            guard try Int.fetchOne(db, sql: "SELECT count(*) FROM planned_visits") ?? 0 > 0 else { return }
            let journal = try journal(db, .clearPlannedVisits)
            try journal.saveTable(.plannedVisits)
            try db.execute(sql: "DELETE FROM planned_visits")
            try journal.finish(keeping: undoLimit, rowBudget: undoRowBudget)
        }
    }

    private static func checked(_ visit: PlannedVisit) throws(WorkspaceError) -> PlannedVisit {
        var visit = visit
        visit.customerName = visit.customerName.trimmingWhitespace
        guard !visit.customerName.isEmpty else { throw .book(.emptyName) }
        return visit
    }

    static func insert(_ visit: PlannedVisit, key: String, _ db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO planned_visits(customer_key, customer_name, visits, hours, rep, week)
                VALUES (?, ?, ?, ?, ?, ?)
                """,
            arguments: [key.stored, visit.customerName.stored, visit.visits, visit.hours, visit.rep.stored, visit.week?.description])
    }

    // MARK: - Visit log

    static func insert(_ record: VisitRecord, _ db: Database) throws {
        try db.execute(
            sql: "INSERT INTO visit_log(customer_key, customer_name, date, note) VALUES (?, ?, ?, ?)",
            arguments: [Book.key(record.customerName).stored, record.customerName.stored, record.date.description, record.note.stored])
    }

    /// Every logged visit, in the order they were logged.
    public func visitLog() throws(WorkspaceError) -> [VisitRecord] {
        try read { db in
            let rows = try Row.fetchCursor(db, sql: "SELECT customer_name, date, note FROM visit_log ORDER BY id")
            var records: [VisitRecord] = []
            while let row = try rows.next() {
                // A date another tool mangled cannot be placed in time; leaving
                // it out is better than inventing one.
                guard let date = row.text("date").flatMap({ LocalDate(parsing: $0) }) else { continue }
                records.append(VisitRecord(customerName: row.text("customer_name") ?? "", date: date, note: row.text("note")))
            }
            return records
        }
    }

    /// Adds a visit to the log.
    public func logVisit(_ record: VisitRecord) throws(WorkspaceError) {
        let name = record.customerName.trimmingWhitespace
        guard !name.isEmpty else { throw .book(.emptyName) }
        try change { db in
            let journal = try journal(db, .logVisit(name: name, date: record.date))
            var record = record
            record.customerName = name
            try Workspace.insert(record, db)
            try journal.markInserted(.visitLog, key: db.lastInsertedRowID)
            try journal.finish(keeping: undoLimit, rowBudget: undoRowBudget)
        }
    }
}

