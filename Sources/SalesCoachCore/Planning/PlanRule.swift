/// One rule of the plan check: a value with a stable code that reads the
/// facts and returns its warnings (none when the plan keeps the rule).
///
/// `PlanCheck.rules` lists them in the order the warnings come.
public struct PlanRule: Sendable {
    /// The code of the warnings this rule gives.
    public let code: PlanWarning.Code
    let evaluate: @Sendable (PlanFacts) -> [PlanWarning]

    public init(code: PlanWarning.Code, evaluate: @escaping @Sendable (PlanFacts) -> [PlanWarning]) {
        self.code = code
        self.evaluate = evaluate
    }

    public func warnings(_ facts: PlanFacts) -> [PlanWarning] { evaluate(facts) }
}

extension PlanRule {
    /// C's share is above `policy.maxShareC` (exactly), or C gets more than B
    /// while some B customer is left out. The warning says how much to move
    /// from C to B so that neither holds (whole visits), and to which B
    /// customers (the planner's top B picks, those not yet in the plan first;
    /// none named when every B customer is planned already).
    public static let cOverweight = PlanRule(code: .cOverweight) { facts in
        let (total, b, c) = (facts.total, facts.amount(.b), facts.amount(.c))
        let maxC = facts.policy.maxShareC.doubleValue
        guard total > 0, c * 100 > maxC * total || (c > b && !facts.bOpen.isEmpty) else { return [] }
        let size = facts.visitSize
        let byShare = (c - total * maxC / 100) / size
        let byB = (c - b) / 2 / size
        let visits = min(
            max(PlanCheck.ceilWhole(byShare), PlanCheck.ceilWhole(byB), 1),
            PlanCheck.ceilWhole(c / size))
        return [
            .cOverweight(
                c: c, b: b, total: total, maxSharePercent: facts.policy.maxShareC,
                // B customers not in the plan yet first, then more visits to the planned ones; with
                // every B already planned, naming them alone read as "add them", so none are named.
                move: Double(visits) * size, moveTo: facts.bOpen.isEmpty ? [] : Array((facts.bOpen + facts.bPlanned).prefix(visits)),
                unit: facts.unit)
        ]
    }

    /// B falls a whole visit or more below its share (the share rounded down
    /// to whole visits), while some B customer is not in the plan.
    public static let bUnderShare = PlanRule(code: .bUnderShare) { facts in
        let share = facts.policy.share(of: .b)
        let floor = (facts.totalVisits * share.doubleValue / 100 + 1e-9).rounded(.down)
        let bVisits = facts.amount(.b) / facts.visitSize
        guard bVisits + 1e-9 < floor, !facts.bOpen.isEmpty else { return [] }
        let short = PlanCheck.ceilWhole(floor - bVisits)
        return [
            .bUnderShare(
                b: facts.amount(.b), total: facts.total, sharePercent: share,
                shortBy: Double(short) * facts.visitSize,
                suggestions: Array(facts.bOpen.prefix(short)), unit: facts.unit)
        ]
    }

    /// D gets more than its share rounded up to whole visits.
    public static let dOverShare = PlanRule(code: .dOverShare) { facts in
        let share = facts.policy.share(of: .d)
        let ceiling = PlanCheck.ceilWhole(facts.totalVisits * share.doubleValue / 100)
        let d = facts.amount(.d)
        guard d / facts.visitSize > Double(ceiling) + 1e-9 else { return [] }
        return [
            .dOverShare(
                d: d, total: facts.total, sharePercent: share,
                overBy: d - Double(ceiling) * facts.visitSize, unit: facts.unit)
        ]
    }

    /// Entries the shares leave out: names not in the book (with "did you
    /// mean"), another rep's customers, unclassified customers; in plan order.
    public static let entries = PlanRule(code: .notInBook) { $0.entryWarnings }

    /// Nothing is planned.
    public static let emptyPlan = PlanRule(code: .emptyPlan) { facts in
        facts.isEmpty ? [.emptyPlan] : []
    }
}
