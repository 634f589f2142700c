extension PlanRule {
    /// Fewer A customers due for follow-up are planned than the plan owes
    /// them: A's share of the week, plus every C and D visit (those wait while
    /// a due A customer has none), plus visits to A customers not yet due.
    /// "Due" is by the end of the plan's week, on the cadence the plan's
    /// capacity holds, as the planner counts it, so the planner's own plan
    /// never warns. Kept apart because it follows the planner's policy.
    public static let aNeglected = PlanRule(code: .aNeglected) { facts in
        let book = facts.candidates
        let aCandidates = book.customers(in: .a)
        let dueA = aCandidates.filter(\.eligible)
        let neglected = dueA.filter { !facts.plannedKeys.contains(book.keys[$0.index]) }
        let notDueA = aCandidates.filter { !$0.eligible && facts.plannedKeys.contains(book.keys[$0.index]) }.count
        let shareA = ShareSplit.split(facts.capacity, shares: facts.policy.shares, order: Planner.priority)[.a] ?? 0
        let owed = min(
            dueA.count, shareA + PlanCheck.ceilWhole((facts.amount(.c) + facts.amount(.d)) / facts.visitSize) + notDueA)
        let plannedDueA = dueA.count - neglected.count
        guard plannedDueA < owed else { return [] }
        return [
            .aNeglected(
                customers: neglected.prefix(owed - plannedDueA).map {
                    NeglectedAccount(name: $0.name, daysSinceLastVisit: $0.daysSince, sales: $0.sales)
                }, cadenceWeeks: book.cadenceWeeksA,
                // The rest due and unplanned: said, so the count is every due A customer left out.
                alsoDue: neglected.dropFirst(owed - plannedDueA).map(\.name))
        ]
    }
}
