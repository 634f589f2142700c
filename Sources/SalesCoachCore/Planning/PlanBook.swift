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
    /// The week planned, as of which day.
    public let week: PlanWeek
    public let today: LocalDate

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

    private init(candidates: PlanCandidates, positions: [String: Int], names: [String], from earlier: PlanBook) {
        self.candidates = candidates
        self.positions = positions
        self.names = names
        visitLog = earlier.visitLog
        policy = earlier.policy
        week = earlier.week
        today = earlier.today
    }

    /// `earlier` brought up to date with `classifications`, which differ
    /// from the ones it was made from only at the rows `changes` names (see
    /// `ClassifiedBook`); nil when the inputs differ or the change needs the
    /// whole book made again (see `PlanCandidates.updated`). A `set` on a
    /// large book moves a few customers, not the order of every one.
    public static func updating(
        _ earlier: PlanBook, classifications: [Classification], changes: ClassificationChanges, visitLog: [VisitRecord],
        policy: PlanPolicy, week: PlanWeek, today: LocalDate
    ) -> PlanBook? {
        guard earlier.fits(visitLog: visitLog, policy: policy, week: week, today: today),
            earlier.names.count == classifications.count,
            let candidates = earlier.candidates.updated(with: classifications, changes: changes)
        else { return nil }
        return PlanBook(candidates: candidates, positions: earlier.positions, names: earlier.names, from: earlier)
    }

    /// Whether this was made for `week` as of `today`.
    public func isFor(week: PlanWeek, today: LocalDate) -> Bool { self.week == week && self.today == today }

    /// Whether this was made from these inputs (the classifications are the
    /// caller's to match; of the policy, what the candidates read of it).
    public func fits(visitLog: [VisitRecord], policy: PlanPolicy, week: PlanWeek, today: LocalDate) -> Bool {
        self.week == week && self.today == today && self.policy.candidatesAlike(policy) && self.visitLog == visitLog
    }
}
