/// Visits the rep intends to make to one customer, as the planner proposed
/// them or the rep adjusted them, kept in the workspace between sessions.
public struct PlannedVisit: Sendable, Hashable, Codable {
    /// The customer the visits are for (matched to the book by `Book.key`).
    public var customerName: String
    /// How many visits are planned.
    public var visits: Int
    /// Time set aside for them, when the plan is counted in hours.
    public var hours: Double?
    /// Who makes the visits, when a manager plans for a team.
    public var rep: String?
    /// The Monday of the week the visits are planned for; nil for "the current plan".
    public var week: LocalDate?

    public init(customerName: String, visits: Int, hours: Double? = nil, rep: String? = nil, week: LocalDate? = nil) {
        self.customerName = customerName
        self.visits = visits
        self.hours = hours
        self.rep = rep
        self.week = week
    }
}
