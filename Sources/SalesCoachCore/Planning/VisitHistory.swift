/// When each customer was last seen, from the book's `last_visit` and the visit log together.
///
/// The later of the two wins, so a visit logged in the REPL counts even when
/// the imported `last_visit` is older. Dates after `today` are appointments,
/// not visits, and are left out. Names match the book's way (case, width
/// and spacing ignored).
public struct VisitHistory: Sendable {
    private let today: LocalDate
    /// The latest logged visit per name key.
    private var logged: [String: LocalDate] = [:]
    /// The note of the latest logged visit that has one, per name key.
    private var notes: [String: (date: LocalDate, note: String)] = [:]
    /// `last_visit` per name key, for lookups by name.
    private var recorded: [String: LocalDate] = [:]

    public init(customers: [Customer], visitLog: [VisitRecord], today: LocalDate) {
        self.init(visitLog: visitLog, today: today)
        for customer in customers {
            guard let date = customer.lastVisit else { continue }
            let key = VisitHistory.key(customer.name)
            if recorded[key].map({ $0 < date }) ?? true { recorded[key] = date }
        }
    }

    /// The log alone; the planner adds each customer's `last_visit` as it
    /// goes, and so does `lastVisit(of:)`.
    public init(visitLog: [VisitRecord], today: LocalDate) {
        self.today = today
        for record in visitLog where record.date <= today {
            let key = VisitHistory.key(record.customerName)
            if logged[key].map({ $0 < record.date }) ?? true { logged[key] = record.date }
            if let note = record.note, !note.trimmingWhitespace.isEmpty,
                notes[key].map({ $0.date <= record.date }) ?? true
            {
                notes[key] = (record.date, note)
            }
        }
    }

    /// Whether no visit was logged (up to today): then no customer's key finds anything.
    var isEmpty: Bool { logged.isEmpty }

    /// The last visit to the customer named `name`, if any is known.
    public func lastVisit(_ name: String) -> LocalDate? {
        let key = VisitHistory.key(name)
        return lastVisit(key: key, recorded: recorded[key])
    }

    /// The last visit to a customer of the book, its own `last_visit` taken
    /// with the log's: what `lastVisit(_:)` gives for a book's customer (whose
    /// key no other customer shares) without a history of the whole book, so
    /// a table of a few thousand rows reads only those. Without a log no key is made.
    public func lastVisit(of customer: Customer) -> LocalDate? {
        lastVisit(key: logged.isEmpty ? "" : VisitHistory.key(customer.name), recorded: customer.lastVisit)
    }

    /// The note of the customer's most recent logged visit, when that visit is
    /// also the last known one (a later visit means the note has been acted on).
    public func noteOfLastVisit(_ name: String) -> String? {
        let key = VisitHistory.key(name)
        return noteOfLastVisit(key: key, recorded: recorded[key])
    }

    /// The later of `recorded` (the book's `last_visit`) and the log's latest visit.
    func lastVisit(key: String, recorded: LocalDate?) -> LocalDate? {
        let fromBook = recorded.flatMap { $0 <= today ? $0 : nil }
        guard !logged.isEmpty, let fromLog = logged[key] else { return fromBook }
        guard let fromBook else { return fromLog }
        return max(fromBook, fromLog)
    }

    func noteOfLastVisit(key: String, recorded: LocalDate?) -> String? {
        guard !notes.isEmpty, let entry = notes[key],
            entry.date == lastVisit(key: key, recorded: recorded)
        else {
            return nil
        }
        return entry.note
    }

    /// `Book.key(name)`, through the importer's fast path for ASCII and plain
    /// Japanese names: planning a 10,000-customer book looks up every name.
    static func key(_ name: String) -> String { ImportKey.key(name) }
}
