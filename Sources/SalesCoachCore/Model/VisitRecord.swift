/// A visit the rep made, as logged with `visit NAME [DATE]`; the planner reads
/// the log to see who has been neglected and where time really went.
public struct VisitRecord: Sendable, Hashable, Codable {
    /// The customer visited (matched to the book by `Book.key`).
    public var customerName: String
    public var date: LocalDate
    /// What happened, in the rep's words.
    public var note: String?

    public init(customerName: String, date: LocalDate, note: String? = nil) {
        self.customerName = customerName
        self.date = date
        self.note = note
    }
}
