/// The session customer list: customers in the user's order, unique by name.
///
/// Name lookup ignores case and width differences ("ACME" finds "Acme",
/// full-width "Ａｃｍｅ" too) because reps type names as they remember them.
public struct Book: Sendable, Hashable {
    public private(set) var customers: [Customer]
    private var index: [String: Int]

    public init() {
        customers = []
        index = [:]
    }

    /// Builds a book, failing on the first name that appears twice.
    public init(_ customers: [Customer]) throws(BookError) {
        self.init()
        for customer in customers { try add(customer) }
    }

    /// A book whose keys (`Book.key` of each name) are already worked out,
    /// as a workspace stores them: opening a large workspace then costs no
    /// name normalisation. Fails on an empty name or a key given twice.
    public init(customers: [Customer], keys: [String]) throws(BookError) {
        precondition(customers.count == keys.count, "one key per customer")
        self.customers = customers
        index = Dictionary(minimumCapacity: customers.count)
        for (position, key) in keys.enumerated() {
            guard !key.isEmpty else { throw .emptyName }
            if let existing = index.updateValue(position, forKey: key) {
                throw .duplicate(name: customers[position].name, existing: customers[existing].name)
            }
        }
    }

    public var count: Int { customers.count }
    public var isEmpty: Bool { customers.isEmpty }

    public func customer(named name: String) -> Customer? {
        index[Book.key(name)].map { customers[$0] }
    }

    /// Where the customer named `name` stands in `customers`.
    public func position(of name: String) -> Int? { index[Book.key(name)] }

    public func contains(_ name: String) -> Bool { index[Book.key(name)] != nil }

    /// Each customer's position by key: the look-up `position(of:)` uses,
    /// shared with an index over the same customers instead of made again.
    public var positions: [String: Int] { index }

    /// Each customer's key, in the customers' order: read off the index
    /// rather than normalising every name again.
    public var keys: [String] {
        var keys = [String](repeating: "", count: customers.count)
        for (key, position) in index { keys[position] = key }
        return keys
    }

    public mutating func add(_ customer: Customer) throws(BookError) {
        let trimmed = customer.name.trimmingWhitespace
        guard !trimmed.isEmpty else { throw .emptyName }
        let key = Book.key(trimmed)
        if let existing = index[key] { throw .duplicate(name: trimmed, existing: customers[existing].name) }
        var customer = customer
        customer.name = trimmed
        index[key] = customers.count
        customers.append(customer)
    }

    /// Replaces the customer with the same name (or `oldName` when renaming).
    public mutating func update(_ customer: Customer, replacing oldName: String? = nil) throws(BookError) {
        let oldKey = Book.key(oldName ?? customer.name)
        guard let position = index[oldKey] else { throw .notFound(name: oldName ?? customer.name) }
        let newKey = Book.key(customer.name)
        if newKey != oldKey {
            guard !customer.name.trimmingWhitespace.isEmpty else { throw .emptyName }
            if let other = index[newKey] { throw .duplicate(name: customer.name, existing: customers[other].name) }
            index[oldKey] = nil
            index[newKey] = position
        }
        customers[position] = customer
    }

    @discardableResult
    public mutating func remove(named name: String) throws(BookError) -> Customer {
        let key = Book.key(name)
        guard let position = index[key] else { throw .notFound(name: name) }
        let removed = customers.remove(at: position)
        // The customers after it move up one place; their keys stay, so no
        // name of a large book is normalised again.
        index[key] = nil
        index = index.mapValues { $0 > position ? $0 - 1 : $0 }
        return removed
    }

    /// The key a name is stored under: width-folded, case-folded, whitespace collapsed.
    public static func key(_ name: String) -> String { NameKey.normalize(name) }
}

/// Problems with the contents of a book.
public enum BookError: Error, Sendable, Equatable {
    case emptyName
    case duplicate(name: String, existing: String)
    case notFound(name: String)
}
