/// The plan for one week: the visits carried over from the week before,
/// then the planner's picks for the capacity that is left.
public struct WeekPlan: Sendable {
    /// The planner's proposal for the capacity left after the carried visits.
    public let plan: VisitPlan
    /// Visits carried over from the week before, listed first.
    public let carried: [CarriedVisit]
    /// The visits the week holds, carried ones included.
    public let capacity: Int

    public var week: PlanWeek { plan.week }
    /// The planner's picks (never a customer carried over).
    public var picks: [PlanPick] { plan.picks }
    /// Visits in the plan, carried ones included.
    public var total: Int { carried.total + picks.count }

    /// Plans `week`: carried visits first, then the planner for the rest of its capacity.
    ///
    /// A week ahead is planned as of its Monday (who will be due then); the
    /// current week from `today`. The caller refuses a week that is over.
    /// - Parameters:
    ///   - planned: the workspace's planned visits, for what rolls over into `week`.
    ///   - capacity: visits or hours for the week; nil uses the policy's.
    ///   - limits, pinned: a segment's most visits and the customers asked for (see `Planner.plan`).
    ///   - made: the planner's candidates already made from these same
    ///     classifications, used when no visit is carried over (see `Planner.plan`).
    public static func make(
        week: PlanWeek, classifications: [Classification], visitLog: [VisitRecord], planned: [PlannedVisit],
        policy: PlanPolicy, capacity: PlanCapacity?, today: LocalDate, onlyDays: Set<Int>? = nil,
        limits: [Segment: Int] = [:], pinned: [String] = [], pinnedDays: [String: Int] = [:], made: PlanBook? = nil
    ) -> WeekPlan {
        // The segments by name are looked up only for visits carried over,
        // and made only when there is one: every name's key was most of the
        // work here on a large book, and most weeks carry nothing over.
        var segments: [String: Segment?]?
        let carried = PlannedWeeks(planned: planned, today: today).carriedOver(into: week, visitLog: visitLog) { name in
            if segments == nil {
                segments = Dictionary(
                    classifications.map { (Book.key($0.name), $0.segment) }, uniquingKeysWith: { first, _ in first })
            }
            return segments?[Book.key(name)] ?? nil
        }
        let visits = (capacity ?? .visits(policy.capacity)).visits(hoursPerVisit: policy.hoursPerVisit)
        // Carried customers are already in the week: the planner fills the rest from the others.
        let carriedKeys = Set(carried.map { Book.key($0.customerName) })
        let plan = Planner.plan(
            classifications: carriedKeys.isEmpty
                ? classifications : classifications.filter { !carriedKeys.contains(Book.key($0.name)) },
            visitLog: visitLog, policy: policy,
            capacity: .visits(max(0, visits - carried.total)), today: max(today, week.start), onlyDays: onlyDays,
            limits: limits, pinned: pinned, pinnedDays: pinnedDays, made: carriedKeys.isEmpty ? made : nil)
        return WeekPlan(plan: plan, carried: carried, capacity: visits)
    }

    /// The plan as planned visits for its week: what `plan accept` saves.
    /// - Parameter rep: the rep of a customer, by name, when the book says.
    public func plannedVisits(rep: (String) -> String? = { _ in nil }) -> [PlannedVisit] {
        var visits = carried.map {
            PlannedVisit(customerName: $0.customerName, visits: $0.visits, rep: rep($0.customerName), week: week.start)
        }
        for pick in picks {
            if let index = visits.firstIndex(where: { Book.key($0.customerName) == Book.key(pick.customer) }) {
                visits[index].visits += 1
            } else {
                visits.append(PlannedVisit(customerName: pick.customer, visits: 1, rep: rep(pick.customer), week: week.start))
            }
        }
        return visits
    }
}
