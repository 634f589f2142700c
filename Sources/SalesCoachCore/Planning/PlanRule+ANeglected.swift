extension PlanRule {
    /// An A customer due for its follow-up by the end of the plan's week (as
    /// the planner counts it) has no visit planned. Kept apart because what
    /// "due" means follows the planner's policy.
    public static let aNeglected = PlanRule(code: .aNeglected) { facts in
        let neglected = facts.candidates.customers(in: .a).filter {
            $0.eligible && !facts.plannedKeys.contains(facts.candidates.keys[$0.index])
        }
        guard !neglected.isEmpty else { return [] }
        return [
            .aNeglected(
                customers: neglected.map {
                    NeglectedAccount(name: $0.name, daysSinceLastVisit: $0.daysSince, sales: $0.sales)
                }, cadenceWeeks: facts.policy.followUpWeeksA)
        ]
    }
}
