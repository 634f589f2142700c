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
        self.init(keys: customers.map { VisitHistory.key($0.name) }, lastVisits: customers.map(\.lastVisit), visitLog: visitLog, today: today)
    }

    /// The same from name keys already computed (`keys[i]` goes with `lastVisits[i]`).
    init(keys: [String], lastVisits: [LocalDate?], visitLog: [VisitRecord], today: LocalDate) {
        for record in visitLog where record.date <= today {
            let key = VisitHistory.key(record.customerName)
            if latest[key].map({ $0 < record.date }) ?? true { latest[key] = record.date }
            if let note = record.note, !note.trimmingWhitespace.isEmpty,
                latestNote[key].map({ $0.date <= record.date }) ?? true
            {
                latestNote[key] = (record.date, note)
            }
        }
        for (key, date) in zip(keys, lastVisits) {
            guard let date, date <= today else { continue }
            if latest[key].map({ $0 < date }) ?? true { latest[key] = date }
        }
    }

    /// The last visit to the customer named `name`, if any is known.
    public func lastVisit(_ name: String) -> LocalDate? { latest[VisitHistory.key(name)] }

    /// The note of the customer's most recent logged visit, when that visit is
    /// also the last known one (a later visit means the note has been acted on).
    public func noteOfLastVisit(_ name: String) -> String? { noteOfLastVisit(key: VisitHistory.key(name)) }

    func lastVisit(key: String) -> LocalDate? { latest[key] }

    func noteOfLastVisit(key: String) -> String? {
        guard let entry = latestNote[key], entry.date == latest[key] else { return nil }
        return entry.note
    }

    /// `Book.key(name)`, with a fast path for plain ASCII names that gives the
    /// same key (lower case, runs of white space as one space, trimmed):
    /// planning a 10,000-customer book looks up every name.
    static func key(_ name: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(name.utf8.count)
        var pendingSpace = false
        for byte in name.utf8 {
            if byte >= 0x80 { return Book.key(name) }
            if byte == 0x20 || (0x09...0x0D).contains(byte) {
                pendingSpace = !bytes.isEmpty
                continue
            }
            if pendingSpace { bytes.append(0x20) }
            pendingSpace = false
            bytes.append((0x41...0x5A).contains(byte) ? byte | 0x20 : byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
