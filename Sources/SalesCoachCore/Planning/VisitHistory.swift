/// When each customer was last seen, from the book's `last_visit` and the visit log together.
///
/// The later of the two wins, so a visit logged in the REPL counts even when
/// the imported `last_visit` is older. Log entries dated after `today` are
/// appointments, not visits, and are left out. Names match the book's way
/// (case, width and spacing ignored).
public struct VisitHistory: Sendable {
    private var latest: [String: LocalDate] = [:]
    private var latestNote: [String: (date: LocalDate, note: String)] = [:]

    public init(customers: [Customer], visitLog: [VisitRecord], today: LocalDate) {
        for record in visitLog where record.date <= today {
            let key = Book.key(record.customerName)
            if latest[key].map({ $0 < record.date }) ?? true { latest[key] = record.date }
            if let note = record.note, !note.trimmingWhitespace.isEmpty,
                latestNote[key].map({ $0.date <= record.date }) ?? true
            {
                latestNote[key] = (record.date, note)
            }
        }
        for customer in customers {
            guard let date = customer.lastVisit, date <= today else { continue }
            let key = Book.key(customer.name)
            if latest[key].map({ $0 < date }) ?? true { latest[key] = date }
        }
    }

    /// The last visit to the customer named `name`, if any is known.
    public func lastVisit(_ name: String) -> LocalDate? { latest[Book.key(name)] }

    /// The note of the customer's most recent logged visit, when that visit is
    /// also the last known one (a later visit means the note has been acted on).
    public func noteOfLastVisit(_ name: String) -> String? { noteOfLastVisit(key: Book.key(name)) }

    func lastVisit(key: String) -> LocalDate? { latest[key] }

    func noteOfLastVisit(key: String) -> String? {
        guard let entry = latestNote[key], entry.date == latest[key] else { return nil }
        return entry.note
    }
}
