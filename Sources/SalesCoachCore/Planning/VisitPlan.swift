/// A week's visits as the planner proposes them, with the reason for each and
/// notes on what it could not or would not do.
public struct VisitPlan: Sendable, Hashable {
    /// The week the visits are for.
    public let week: PlanWeek
    /// The day the plan was made.
    public let today: LocalDate
    /// The number of visits the week holds.
    public let capacity: Int
    /// The visits, A then B then C then D, each segment in its priority order.
    public let picks: [PlanPick]
    /// How each segment's share turned into visits, in A–D order.
    public let allocations: [SegmentAllocation]
    /// What was moved, dropped, left free or left out, in the order it matters.
    public let notes: [PlanNote]

    public init(
        week: PlanWeek, today: LocalDate, capacity: Int, picks: [PlanPick],
        allocations: [SegmentAllocation],
        notes: [PlanNote]
    ) {
        self.week = week
        self.today = today
        self.capacity = capacity
        self.picks = picks
        self.allocations = allocations
        self.notes = notes
    }

    /// The allocation of one segment.
    public func allocation(_ segment: Segment) -> SegmentAllocation {
        allocations.first { $0.segment == segment }
            ?? SegmentAllocation(
                segment: segment, sharePercent: .zero, target: 0, eligible: 0, customers: 0,
                planned: 0)
    }

    /// The picks of one segment, in priority order.
    public func picks(in segment: Segment) -> [PlanPick] { picks.filter { $0.segment == segment } }

    /// Visits the plan leaves free because the book does not need them this week.
    public var unusedVisits: Int { capacity - picks.count }
}

/// One visit in a plan.
public struct PlanPick: Sendable, Hashable {
    public let customer: String
    public let segment: Segment
    public let reason: PlanReason
    /// The working day the visit is pencilled in for.
    public let day: LocalDate

    public init(customer: String, segment: Segment, reason: PlanReason, day: LocalDate) {
        self.customer = customer
        self.segment = segment
        self.reason = reason
        self.day = day
    }
}

/// How one segment's share became visits.
public struct SegmentAllocation: Sendable, Hashable {
    public let segment: Segment
    /// The policy's share, in percent.
    public let sharePercent: Rational
    /// The share in whole visits (largest-remainder rounding of capacity × share).
    public let target: Int
    /// Customers of the segment that may be visited this week (due, overdue, with a reason; every B).
    public let eligible: Int
    /// Customers of the segment in the book.
    public let customers: Int
    /// Visits planned, after unused shares moved to B and A.
    public let planned: Int

    public init(
        segment: Segment, sharePercent: Rational, target: Int, eligible: Int, customers: Int,
        planned: Int
    ) {
        self.segment = segment
        self.sharePercent = sharePercent
        self.target = target
        self.eligible = eligible
        self.customers = customers
        self.planned = planned
    }
}
