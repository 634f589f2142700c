/// The fields one `set` changes, kept apart from the rest of the customer.
///
/// A session's copy of the book can be a moment old when another session
/// edits the same customer; applying only the fields the user typed, to the
/// row as it is when the change is written, keeps both edits instead of
/// letting the stale copy overwrite the other one.
public struct CustomerPatch: Sendable, Hashable {
    /// Each metric set, with nil to clear it.
    public var metrics: [Metric: Double?] = [:]
    /// The last visit set (`.some(nil)` clears it).
    public var lastVisit: LocalDate?? = nil
    public var rep: String?? = nil
    public var notes: String?? = nil

    public init() {}

    /// True when the patch changes nothing.
    public var isEmpty: Bool { metrics.isEmpty && lastVisit == nil && rep == nil && notes == nil }

    /// The customer with the patch's fields written over its own.
    public func applied(to customer: Customer) -> Customer {
        var result = customer
        for (metric, value) in metrics { result[metric] = value }
        if let lastVisit { result.lastVisit = lastVisit }
        if let rep { result.rep = rep }
        if let notes { result.notes = notes }
        return result
    }

    /// The fields the patch changes, by their canonical column names, for messages.
    public var fieldNames: [String] {
        Metric.allCases.filter { metrics[$0] != nil }.map(\.rawValue)
            + (lastVisit != nil ? ["last_visit"] : []) + (rep != nil ? ["rep"] : []) + (notes != nil ? ["notes"] : [])
    }
}
