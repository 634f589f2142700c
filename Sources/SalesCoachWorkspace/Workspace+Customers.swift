import GRDB
import SalesCoachCore

/// The customer list: one row per customer, keyed by `Book.key(name)` so the
/// file enforces the same uniqueness as the book, ordered by `position`.
extension Workspace {
    /// The customer list in the user's order.
    public func loadBook() throws(WorkspaceError) -> Book {
        // The keys are stored beside the names (every lookup by name uses them), so they are not worked out again.
        let (customers, keys) = try read { db in try Workspace.fetchCustomersAndKeys(db) }
        do {
            return try Book(customers: customers, keys: keys)
        } catch {
            // The primary key makes this impossible unless another tool edited
            // the file; say so rather than silently dropping a customer.
            throw .damaged(path: displayPath, detail: .customerList(error))
        }
    }

    /// Adds the customer, or replaces the one with the same name (keeping its place in the list).
    ///
    /// - Returns: the customer as it was before, or nil when it was added.
    @discardableResult
    public func upsert(_ customer: Customer) throws(WorkspaceError) -> Customer? {
        var customer = customer
        customer.name = customer.name.trimmingWhitespace
        guard !customer.name.isEmpty else { throw .book(.emptyName) }
        let key = Book.key(customer.name)
        return try change { db in
            let previous = try Workspace.fetchCustomer(db, key: key)
            if previous == customer { return previous }
            let journal = try journal(
                db, previous == nil ? .addCustomer(name: customer.name) : .updateCustomer(name: customer.name))
            try journal.saveRow(.customers, key: key.stored)
            if previous == nil {
                try db.execute(
                    sql: "INSERT INTO customers(\(JournaledTable.customers.columnList)) VALUES (\(Workspace.placeholders))",
                    arguments: Workspace.arguments(customer, key: key, position: try Workspace.nextPosition(db)))
            } else {
                try Workspace.write(customer, key: key, db)
            }
            try journal.finish(keeping: undoLimit, rowBudget: undoRowBudget)
            return previous
        }
    }

    /// Renames a customer in the list, in the planned visits and in the visit log.
    ///
    /// - Returns: the customer under its new name.
    @discardableResult
    public func rename(from oldName: String, to newName: String) throws(WorkspaceError) -> Customer {
        defer { dropLatestHistory() }
        let trimmed = newName.trimmingWhitespace
        guard !trimmed.isEmpty else { throw .book(.emptyName) }
        let oldKey = Book.key(oldName)
        let newKey = Book.key(trimmed)
        return try change { db in
            guard var customer = try Workspace.fetchCustomer(db, key: oldKey) else {
                throw WorkspaceError.book(.notFound(name: oldName))
            }
            if newKey != oldKey, let other = try Workspace.fetchCustomer(db, key: newKey) {
                throw WorkspaceError.book(.duplicate(name: trimmed, existing: other.name))
            }
            guard customer.name != trimmed else { return customer }
            let journal = try journal(db, .renameCustomer(from: customer.name, to: trimmed))
            try journal.saveRow(.customers, key: oldKey.stored)
            try journal.saveRow(.customers, key: newKey.stored)
            try db.execute(
                sql: "UPDATE customers SET key = ?, name = ? WHERE key = ?", arguments: [newKey.stored, trimmed.stored, oldKey.stored])
            for table in [JournaledTable.plannedVisits, .visitLog] {
                try journal.saveRows(table, where: "customer_key = ?", arguments: [oldKey.stored])
                try db.execute(
                    sql: "UPDATE \(table.name) SET customer_key = ?, customer_name = ? WHERE customer_key = ?",
                    arguments: [newKey.stored, trimmed.stored, oldKey.stored])
            }
            // The customer's history follows it to the new name (undo takes it
            // back). A customer that once had the new name keeps its own
            // history apart, under a key tied to this change.
            try db.execute(
                sql: "UPDATE segment_history SET customer_key = ? WHERE customer_key = ?",
                arguments: [Workspace.setAsideKey(newKey, change: journal.changeID).stored, newKey.stored])
            try db.execute(
                sql: "UPDATE segment_history SET customer_key = ? WHERE customer_key = ?",
                arguments: [newKey.stored, oldKey.stored])
            try journal.finish(keeping: undoLimit, rowBudget: undoRowBudget)
            customer.name = trimmed
            return customer
        }
    }

    /// Removes a customer and the visits planned for it; the visit log keeps its history.
    ///
    /// - Returns: the customer removed.
    @discardableResult
    public func remove(named name: String) throws(WorkspaceError) -> Customer {
        let key = Book.key(name)
        return try change { db in
            guard let customer = try Workspace.fetchCustomer(db, key: key) else {
                throw WorkspaceError.book(.notFound(name: name))
            }
            let journal = try journal(db, .removeCustomer(name: customer.name))
            try journal.saveRow(.customers, key: key.stored)
            try journal.saveRows(.plannedVisits, where: "customer_key = ?", arguments: [key.stored])
            try db.execute(sql: "DELETE FROM customers WHERE key = ?", arguments: [key.stored])
            try db.execute(sql: "DELETE FROM planned_visits WHERE customer_key = ?", arguments: [key.stored])
            try journal.finish(keeping: undoLimit, rowBudget: undoRowBudget)
            return customer
        }
    }

    /// Adds a new customer; refuses a name already in the list, also one
    /// another session added a moment ago.
    ///
    /// - Returns: the customer as stored, as reading the list back gives it.
    @discardableResult
    public func add(_ customer: Customer) throws(WorkspaceError) -> Customer {
        var customer = customer
        customer.name = customer.name.trimmingWhitespace
        guard !customer.name.isEmpty else { throw .book(.emptyName) }
        let key = Book.key(customer.name)
        return try change { db in
            if let existing = try Workspace.fetchCustomer(db, key: key) {
                throw WorkspaceError.book(.duplicate(name: customer.name, existing: existing.name))
            }
            let journal = try journal(db, .addCustomer(name: customer.name))
            try journal.saveRow(.customers, key: key.stored)
            try db.execute(
                sql: "INSERT INTO customers(\(JournaledTable.customers.columnList)) VALUES (\(Workspace.placeholders))",
                arguments: Workspace.arguments(customer, key: key, position: try Workspace.nextPosition(db)))
            try journal.finish(keeping: undoLimit, rowBudget: undoRowBudget)
            return try Workspace.fetchCustomer(db, key: key) ?? customer
        }
    }

    /// Writes the fields of `patch` over the customer as it is stored now,
    /// leaving every other field as it is (another session may have just
    /// changed one).
    ///
    /// - Returns: the customer before and after; they are equal when nothing changed.
    /// - Throws: `.book(.notFound)` when no customer has that name any more.
    @discardableResult
    public func update(named name: String, with patch: CustomerPatch) throws(WorkspaceError) -> (before: Customer, after: Customer) {
        let key = Book.key(name)
        return try change { db in
            guard let before = try Workspace.fetchCustomer(db, key: key) else {
                throw WorkspaceError.book(.notFound(name: name))
            }
            let after = patch.applied(to: before)
            guard after != before else { return (before, after) }
            let journal = try journal(db, .updateCustomer(name: before.name))
            try journal.saveRow(.customers, key: key.stored)
            try Workspace.write(after, key: key, db)
            try journal.finish(keeping: undoLimit, rowBudget: undoRowBudget)
            return (before, after)
        }
    }

    /// Replaces the whole customer list, all or nothing, in one transaction:
    /// how an import is saved. Undo brings back the previous list.
    /// - Parameters:
    ///   - source: where the list came from (a file name), for the undo message.
    ///   - isCancelled: asked between rows; returning true rolls everything
    ///     back and throws `.cancelled` (Ctrl-C during a long import).
    public func replaceBook(
        _ book: Book, source: String? = nil, isCancelled: @escaping () -> Bool = { false }
    ) throws(WorkspaceError) {
        try change { db in
            try writeBook(book.customers, source: source, db, isCancelled: isCancelled)
        }
    }

    /// Merges imported customers into the list as it is when the change is
    /// written (not a copy read earlier), so what another session confirmed
    /// during a long import is kept; see `BookMerge` for the rule.
    /// - Returns: what was added, updated and left unchanged.
    public func merge(
        _ incoming: [Customer], source: String? = nil, isCancelled: @escaping () -> Bool = { false }
    ) throws(WorkspaceError) -> BookMerge {
        try change { db in
            let current = try Book(Workspace.fetchCustomers(db))
            let merge = try BookMerge(merging: incoming, into: current)
            if !merge.added.isEmpty || !merge.updated.isEmpty {
                try writeBook(merge.book.customers, source: source, db, isCancelled: isCancelled)
            }
            return merge
        }
    }

    private func writeBook(
        _ customers: [Customer], source: String?, _ db: Database, isCancelled: () -> Bool
    ) throws {
        if isCancelled() { throw WorkspaceError.cancelled }
        let journal = try journal(db, .replaceBook(customers: customers.count, source: source))
        try journal.saveTable(.customers)
        try db.execute(sql: "DELETE FROM customers")
        let insert = try db.makeStatement(
            sql: "INSERT INTO customers(\(JournaledTable.customers.columnList)) VALUES (\(Workspace.placeholders))")
        for (position, customer) in customers.enumerated() {
            if position % 1024 == 0, isCancelled() { throw WorkspaceError.cancelled }
            try insert.execute(
                arguments: Workspace.arguments(customer, key: Book.key(customer.name), position: Int64(position)))
        }
        try journal.finish(keeping: undoLimit, rowBudget: undoRowBudget)
        // The last moment to stop: after the commit the import is saved.
        if isCancelled() { throw WorkspaceError.cancelled }
    }

    // MARK: - Rows

    static let placeholders = JournaledTable.customers.columns.map { _ in "?" }.joined(separator: ", ")

    /// Every customer, in the user's order.
    static func fetchCustomersAndKeys(_ db: Database) throws -> (customers: [Customer], keys: [String]) {
        let statement = try db.makeStatement(
            sql: "SELECT \(JournaledTable.customers.columnList) FROM customers ORDER BY position, rowid")
        var customers: [Customer] = []
        var keys: [String] = []
        // Each row read straight from SQLite's columns: a generic row decoded
        // cell by cell was most of the start-up of a 10,000-customer session.
        let rows = try Row.fetchCursor(statement)
        while try rows.next() != nil {
            let columns = StatementColumns(statement.sqliteStatement)
            customers.append(Workspace.customer(from: columns))
            keys.append(columns.text(0) ?? "")
        }
        return (customers, keys)
    }

    static func fetchCustomers(_ db: Database) throws -> [Customer] {
        let rows = try Row.fetchCursor(
            db, sql: "SELECT \(JournaledTable.customers.columnList) FROM customers ORDER BY position, rowid")
        var customers: [Customer] = []
        while let row = try rows.next() { customers.append(Workspace.customer(from: row)) }
        return customers
    }

    /// Overwrites every field but the key and position of the row under `key`.
    static func write(_ customer: Customer, key: String, _ db: Database) throws {
        try db.execute(
            sql: """
                UPDATE customers SET name = ?, \(Metric.allCases.map { "\($0.rawValue) = ?" }.joined(separator: ", ")),
                    last_visit = ?, rep = ?, notes = ?
                WHERE key = ?
                """,
            arguments: StatementArguments([customer.name.stored] + fieldValues(customer) + [key.stored]))
    }

    static func fetchCustomer(_ db: Database, key: String) throws -> Customer? {
        try Row.fetchOne(
            db, sql: "SELECT \(JournaledTable.customers.columnList) FROM customers WHERE key = ?", arguments: [key.stored]
        ).map(customer(from:))
    }

    /// A customer from the current row of a statement over `JournaledTable.customers.columns`.
    static func customer(from row: StatementColumns) -> Customer {
        var metrics = MetricValues()
        for (offset, metric) in Metric.allCases.enumerated() { metrics[metric] = row.real(Int32(3 + offset)) }
        let afterMetrics = Int32(3 + Metric.allCases.count)
        return Customer(
            name: row.text(1) ?? "",
            metrics: metrics,
            lastVisit: row.text(afterMetrics).flatMap { LocalDate(parsing: $0) },
            rep: row.text(afterMetrics + 1),
            notes: row.text(afterMetrics + 2))
    }

    /// A customer from a row of `JournaledTable.customers.columns`, in that order.
    static func customer(from row: Row) -> Customer {
        var metrics = MetricValues()
        for (offset, metric) in Metric.allCases.enumerated() { metrics[metric] = row.real(at: 3 + offset) }
        let afterMetrics = 3 + Metric.allCases.count
        return Customer(
            name: row.text(at: 1) ?? "",
            metrics: metrics,
            lastVisit: row.text(at: afterMetrics).flatMap { LocalDate(parsing: $0) },
            rep: row.text(at: afterMetrics + 1),
            notes: row.text(at: afterMetrics + 2))
    }

    /// The six metrics, last visit, rep and notes, in column order.
    private static func fieldValues(_ customer: Customer) -> [(any DatabaseValueConvertible)?] {
        Metric.allCases.map { customer.metrics[$0] } + [customer.lastVisit?.description, customer.rep.stored, customer.notes.stored]
    }

    /// The position after the last customer's.
    private static func nextPosition(_ db: Database) throws -> Int64 {
        let last = try Row.fetchOne(db, sql: "SELECT max(position) AS last FROM customers")?.int64("last")
        guard let last else { return 0 }
        return last < Int64.max ? last + 1 : last
    }

    static func arguments(_ customer: Customer, key: String, position: Int64) -> StatementArguments {
        StatementArguments([key.stored, customer.name.stored, position] + fieldValues(customer))
    }
}
