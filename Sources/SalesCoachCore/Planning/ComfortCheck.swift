/// Whether the rep keeps drifting to comfortable accounts, from the visit log.
///
/// Over the last `policy.comfortWindowWeeks` weeks (ending `today`), C's share
/// of logged visits is compared with C's share of the book's *potential*. The
/// potential of a customer is its objective-evaluation score: what the company
/// could buy, whatever we sell it today. So C's share of potential is the sum
/// of the C customers' objective scores over the sum for all classified
/// customers; since C customers score low on that axis, it is usually well
/// below their share of customers.
///
/// The warning (`PlanWarning.comfortDrift`, knowledge entry `c-trap`) fires
/// when C's visit share is above both C's share of potential and the policy's
/// C share (so a rep who keeps to the policy is never warned), and C got at
/// least two visits (one visit is not yet a habit).
public struct ComfortCheck: Sendable, Hashable {
    public let weeks: Int
    public let visits: VisitMix
    /// C's share of the logged visits, 0–1.
    public let cVisitShare: Double
    /// C's share of the book's potential, 0–1.
    public let cPotentialShare: Double
    public let warning: PlanWarning?
    /// Fewer visits than this in the window say nothing either way: one or
    /// two visits a month are no pattern (one a week, and at least four).
    public let minimumVisits: Int

    /// Whether the log holds enough visits to judge; without them "no drift" would be a guess.
    public var hasEnoughVisits: Bool { visits.total >= minimumVisits }

    public init(
        visitLog: [VisitRecord], classifications: [Classification], policy: PlanPolicy,
        today: LocalDate, history: SegmentHistory? = nil
    ) {
        let weeks = max(policy.comfortWindowWeeks, 1)
        let mix = VisitMix(
            visitLog: visitLog, classifications: classifications,
            from: today.adding(days: 1 - 7 * weeks),
            through: today, history: history)
        var potential = 0.0
        var cPotential = 0.0
        for classification in classifications {
            guard let segment = classification.segment, let objective = classification.objective
            else { continue }
            let score = max(objective.score.doubleValue, 0)
            potential += score
            if segment == .c { cPotential += score }
        }
        let cPotentialShare = potential > 0 ? cPotential / potential : 0
        let cVisits = mix.count(.c)
        let cShare = mix.share(.c)
        let policyShare = policy.share(of: .c).doubleValue / 100
        self.weeks = weeks
        self.visits = mix
        self.cVisitShare = cShare
        self.cPotentialShare = cPotentialShare
        self.minimumVisits = max(4, weeks)
        // Below the minimum nothing is judged, a drift no more than its absence:
        // two visits, both to C, are no more a pattern than one of two.
        warning =
            mix.total >= max(4, weeks) && cVisits >= 2 && cShare > cPotentialShare && cShare > policyShare
            ? .comfortDrift(
                cVisits: cVisits, visits: mix.total, weeks: weeks, cPotentialShare: cPotentialShare)
            : nil
    }
}
