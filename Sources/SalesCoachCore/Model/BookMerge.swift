/// Merging an imported list into the session's book, as `load` does when the
/// book is not empty: new names are added, known names are updated with the
/// values the file has, and rows that change nothing are counted as skipped.
///
/// An empty cell carries no information, so it never erases a value the book
/// already holds: clearing a value is done with `set NAME field=`.
public struct BookMerge: Sendable, Hashable {
    public let book: Book
    public let added: [String]
    public let updated: [String]
    public let unchanged: [String]

    public init(merging incoming: [Customer], into book: Book) throws(BookError) {
        var result = book
        var added: [String] = []
        var updated: [String] = []
        var unchanged: [String] = []
        for customer in incoming {
            guard var existing = result.customer(named: customer.name) else {
                try result.add(customer)
                added.append(customer.name.trimmingWhitespace)
                continue
            }
            let before = existing
            for metric in Metric.allCases {
                if let value = customer[metric] { existing[metric] = value }
            }
            if let date = customer.lastVisit { existing.lastVisit = max(date, existing.lastVisit ?? date) }
            if let rep = customer.rep, !rep.isEmpty { existing.rep = rep }
            if let notes = customer.notes, !notes.isEmpty { existing.notes = notes }
            if existing == before {
                unchanged.append(existing.name)
            } else {
                try result.update(existing)
                updated.append(existing.name)
            }
        }
        self.book = result
        self.added = added
        self.updated = updated
        self.unchanged = unchanged
    }
}
