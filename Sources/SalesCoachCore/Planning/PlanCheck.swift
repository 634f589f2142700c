/// Checks a plan the rep made against the policy.
///
/// The facts (`PlanFacts`: shares per segment, the B customers left out, the
/// A customers due) are computed once; then each rule of `rules` gives its
/// warnings, in this order:
/// - **C overweight** (`c-overweight`): C's share is above the maximum, or C gets more than B.
/// - **B under its share** (`b-under-share`).
/// - **A neglected** (`a-neglected`): fewer A customers due for follow-up (by
///   the end of the plan's week, on the cadence the plan's capacity holds, as
///   the planner counts it) are planned than A's share of the plan, plus its
///   C and D visits, would allow.
/// - **D over its share** (`d-over-share`).
/// - Entries left out of the shares: names not in the book (`not-in-book`,
///   with "did you mean"), another rep's customers (`other-rep`), unclassified
///   customers (`unclassified`); then an empty plan (`empty-plan`).
///
/// Shares are taken of the visits (or hours) planned for classified
/// customers. A plan is counted in hours when any entry gives hours; entries
/// that give only visits then count `policy.hoursPerVisit` each. The plan's
/// week is the earliest `week` of its entries, else the week `Planner` would
/// plan on `today`.
public enum PlanCheck {
    /// The rules, in the order their warnings come (the order a rep should act on them).
    public static let rules: [PlanRule] = [
        .cOverweight, .bUnderShare, .aNeglected, .dOverShare, .entries, .emptyPlan,
    ]

    /// - Parameter owners: names of other reps' customers (by `Book.key`)
    ///   with their rep, so a plan naming one says whose it is.
    public static func check(
        planned: [PlannedVisit],
        classifications: [Classification],
        policy: PlanPolicy,
        visitLog: [VisitRecord] = [],
        owners: [String: String] = [:],
        today: LocalDate
    ) -> PlanCheckReport {
        check(
            planned: planned, classifications: classifications, policy: policy, visitLog: visitLog, owners: owners, today: today,
            reusing: nil, sameClassifications: false
        ).report
    }

    /// `check`, reusing what a `PlanBook` made earlier still holds (see
    /// `PlanFacts.init`), and handing back the one used, for the next check.
    public static func check(
        planned: [PlannedVisit], classifications: [Classification], policy: PlanPolicy, visitLog: [VisitRecord] = [],
        owners: [String: String] = [:], today: LocalDate, reusing earlier: PlanBook?, sameClassifications: Bool,
        changes: ClassificationChanges? = nil
    ) -> (report: PlanCheckReport, planBook: PlanBook) {
        let facts = PlanFacts(
            planned: planned, classifications: classifications, policy: policy, visitLog: visitLog,
            owners: owners, today: today, reusing: earlier, sameClassifications: sameClassifications, changes: changes)
        return (report(facts, rules: rules), facts.planBook)
    }

    /// The report for facts already computed, under the given rules.
    public static func report(_ facts: PlanFacts, rules: [PlanRule] = rules) -> PlanCheckReport {
        let rows = Segment.allCases.map { segment in
            PlanCheckReport.Row(
                segment: segment, amount: facts.amount(segment),
                share: facts.total > 0 ? facts.amount(segment) / facts.total : 0,
                targetPercent: facts.policy.share(of: segment),
                customers: facts.customers[segment] ?? 0)
        }
        return PlanCheckReport(
            unit: facts.unit, week: facts.week, rows: rows, total: facts.total,
            uncounted: facts.uncounted, warnings: rules.flatMap { $0.warnings(facts) })
    }

    /// The smallest whole number ≥ `value`, with a hair of tolerance for
    /// hours that do not divide exactly in binary.
    static func ceilWhole(_ value: Double) -> Int {
        guard value.isFinite else { return 0 }
        let rounded = (value - 1e-9).rounded(.up)
        return rounded <= 0 ? 0 : Int(min(rounded, Double(PlanCapacity.maximum)))
    }
}
