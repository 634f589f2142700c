/// The book as the plan check reads it (`PlanCandidates`, with each name
/// key's position), made once and kept by a session between commands.
///
/// Sorting every customer into the planner's order and hashing every name
/// key was most of a `check` on a 10,000-customer book. None of it changes
/// while the classifications, the visit log, the policy, the week and the
/// day stay the same, and the keys and their positions depend on the names
/// alone, so a change to a customer's values (a `set`) reuses those.
public final class PlanBook: @unchecked Sendable {
    let candidates: PlanCandidates
    /// Each name key's first position in the classifications.
    let positions: [String: Int]
    /// The names the keys were made from, in order.
    private let names: [String]
    private let visitLog: [VisitRecord]
    private let policy: PlanPolicy
    private let week: PlanWeek
    private let today: LocalDate

    /// The candidates for `classifications` planned for `week`; the name
    /// keys and positions of `earlier` when it was made for the same names.
    public init(
        classifications: [Classification], visitLog: [VisitRecord], policy: PlanPolicy, week: PlanWeek, today: LocalDate,
        reusingKeysOf earlier: PlanBook? = nil
    ) {
        var names: [String] = []
        names.reserveCapacity(classifications.count)
        classifications.withUnsafeBufferPointer { items in
            for i in items.indices { names.append(items[i].customer.name) }
        }
        // Names a change left alone share their storage, so comparing them is quick.
        let sameNames = earlier.map { $0.names == names } ?? false
        let candidates = PlanCandidates(
            classifications: classifications, visitLog: visitLog, policy: policy, week: week, today: today, extraReasons: [:],
            knownKeys: sameNames ? earlier?.candidates.keys : nil)
        if sameNames, let earlier {
            positions = earlier.positions
        } else {
            var positions: [String: Int] = [:]
            positions.reserveCapacity(candidates.keys.count)
            for (index, key) in candidates.keys.enumerated() where positions[key] == nil { positions[key] = index }
            self.positions = positions
        }
        self.candidates = candidates
        self.names = names
        self.visitLog = visitLog
        self.policy = policy
        self.week = week
        self.today = today
    }

    /// Whether this was made from these inputs (the classifications are the caller's to match).
    public func fits(visitLog: [VisitRecord], policy: PlanPolicy, week: PlanWeek, today: LocalDate) -> Bool {
        self.week == week && self.today == today && self.policy == policy && self.visitLog == visitLog
    }
}
