/// Checks a plan the rep made against the policy.
///
/// Shares are taken of the visits (or hours) planned for classified customers;
/// names not in the book and unclassified customers are warned about and left
/// out of the shares. Rules, in the order the warnings come:
/// - **C overweight**: C's share is above `policy.maxShareC` (exactly), or C gets
///   more than B. The warning says how much to move from C to B so that neither
///   holds, and to which B customers (the planner's top B picks, those not yet
///   in the plan first).
/// - **B under its share**: B falls a whole visit or more below its share
///   (the share rounded down to whole visits), while some B customer is not in the plan.
/// - **A neglected**: fewer A customers due for follow-up (by the end of the
///   plan's week, on the cadence the plan's capacity holds, as the planner
///   counts it) are planned than A's share of the plan, plus its C and D
///   visits, would allow.
/// - **D over its share**: D gets more than its share rounded up to whole visits.
/// - Names not in the book (with "did you mean"), unclassified customers, an empty plan.
///
/// A plan is counted in hours when any entry gives hours; entries that give
/// only visits then count `policy.hoursPerVisit` each. The plan's week is the
/// earliest `week` of its entries, else the week `Planner` would plan on `today`.
public enum PlanCheck {
    public static func check(
        planned: [PlannedVisit],
        classifications: [Classification],
        policy: PlanPolicy,
        visitLog: [VisitRecord] = [],
        today: LocalDate
    ) -> PlanCheckReport {
        let unit: PlanUnit = planned.contains { $0.hours != nil } ? .hours : .visits
        let hoursPerVisit = policy.hoursPerVisit.doubleValue
        let visitSize = unit == .visits ? 1 : hoursPerVisit
        let week =
            planned.compactMap(\.week).min().map { PlanWeek(start: $0) }
            ?? PlanWeek(containing: today)
        // The week's capacity, as the planner would have been given it: every
        // visit in the plan. It decides the A cadence the plan can hold.
        let capacity = ceilWhole(
            planned.reduce(0.0) { sum, entry in
                let raw = unit == .hours ? (entry.hours ?? Double(entry.visits) * hoursPerVisit) : Double(entry.visits)
                return raw.isFinite && raw > 0 ? sum + raw : sum
            } / visitSize)
        let book = PlanCandidates(
            classifications: classifications, visitLog: visitLog, policy: policy, week: week,
            capacity: capacity, today: today,
            extraReasons: [:])
        var byKey: [String: Int] = [:]
        byKey.reserveCapacity(book.keys.count)
        for (index, key) in book.keys.enumerated() where byKey[key] == nil { byKey[key] = index }

        // Merge entries for the same customer, in the order they first appear.
        var order: [String] = []
        var amounts: [String: (name: String, amount: Double)] = [:]
        for entry in planned {
            let raw =
                unit == .hours
                ? (entry.hours ?? Double(entry.visits) * hoursPerVisit) : Double(entry.visits)
            guard raw.isFinite, raw > 0 else { continue }
            let key = VisitHistory.key(entry.customerName)
            if amounts[key] == nil { order.append(key) }
            amounts[key, default: (entry.customerName.trimmingWhitespace, 0)].amount += raw
        }

        var perSegment: [Segment: Double] = [:]
        var customers: [Segment: Int] = [:]
        var uncounted = 0.0
        var warnings: [PlanWarning] = []
        var trailing: [PlanWarning] = []
        for key in order {
            guard let (name, amount) = amounts[key] else { continue }
            guard let index = byKey[key] else {
                uncounted += amount
                let suggestions = Suggestions.closest(
                    to: name, in: classifications.map(\.name), limit: 3)
                trailing.append(.notInBook(name: name, suggestions: suggestions))
                continue
            }
            let classification = classifications[index]
            guard let segment = classification.segment else {
                uncounted += amount
                trailing.append(
                    .unclassified(name: classification.name, missing: classification.missingAxes))
                continue
            }
            perSegment[segment, default: 0] += amount
            customers[segment, default: 0] += 1
        }
        let total = Segment.allCases.reduce(0) { $0 + (perSegment[$1] ?? 0) }
        let (b, c, d) = (perSegment[.b] ?? 0, perSegment[.c] ?? 0, perSegment[.d] ?? 0)
        let totalVisits = total / visitSize
        let plannedKeys = Set(order)
        let bRanked = book.customers(in: .b)
        let bOpen = bRanked.filter { !plannedKeys.contains(book.keys[$0.index]) }.map(\.name)

        // C overweight: the smallest whole-visit move from C to B that clears both conditions.
        let maxC = policy.maxShareC.doubleValue
        if total > 0, c * 100 > maxC * total || (c > b && !bOpen.isEmpty) {
            let byShare = (c - total * maxC / 100) / visitSize
            let byB = (c - b) / 2 / visitSize
            let visits = min(max(ceilWhole(byShare), ceilWhole(byB), 1), ceilWhole(c / visitSize))
            let bPlanned = bRanked.filter { plannedKeys.contains(book.keys[$0.index]) }.map(\.name)
            let names = Array((bOpen + bPlanned).prefix(visits))
            warnings.append(
                .cOverweight(
                    c: c, b: b, total: total, maxSharePercent: policy.maxShareC,
                    move: Double(visits) * visitSize,
                    moveTo: names, unit: unit))
        }
        // B under its share, by whole visits.
        let bFloor = (totalVisits * policy.share(of: .b).doubleValue / 100 + 1e-9).rounded(.down)
        let bVisits = b / visitSize
        if bVisits + 1e-9 < bFloor, !bOpen.isEmpty {
            let short = ceilWhole(bFloor - bVisits)
            warnings.append(
                .bUnderShare(
                    b: b, total: total, sharePercent: policy.share(of: .b),
                    shortBy: Double(short) * visitSize,
                    suggestions: Array(bOpen.prefix(short)), unit: unit))
        }
        // A neglected: fewer due A customers planned than the plan owes them —
        // A's share of the week, plus every C and D visit (those wait while a
        // due A customer has none), plus visits to A customers not yet due.
        let aCandidates = book.customers(in: .a)
        let dueA = aCandidates.filter(\.eligible)
        let neglected = dueA.filter { !plannedKeys.contains(book.keys[$0.index]) }
        let notDueA = aCandidates.filter { !$0.eligible && plannedKeys.contains(book.keys[$0.index]) }.count
        let shareA = ShareSplit.split(capacity, shares: policy.shares, order: Planner.priority)[.a] ?? 0
        let owed = min(dueA.count, shareA + ceilWhole((c + d) / visitSize) + notDueA)
        let plannedDueA = dueA.count - neglected.count
        if plannedDueA < owed {
            warnings.append(
                .aNeglected(
                    customers: neglected.prefix(owed - plannedDueA).map {
                        NeglectedAccount(
                            name: $0.name, daysSinceLastVisit: $0.daysSince, sales: $0.sales)
                    }, cadenceWeeks: book.cadenceWeeksA))
        }
        let dCeil = ceilWhole(totalVisits * policy.share(of: .d).doubleValue / 100)
        if d / visitSize > Double(dCeil) + 1e-9 {
            warnings.append(
                .dOverShare(
                    d: d, total: total, sharePercent: policy.share(of: .d),
                    overBy: d - Double(dCeil) * visitSize, unit: unit))
        }
        warnings += trailing
        if order.isEmpty { warnings.append(.emptyPlan) }

        let rows = Segment.allCases.map { segment in
            PlanCheckReport.Row(
                segment: segment, amount: perSegment[segment] ?? 0,
                share: total > 0 ? (perSegment[segment] ?? 0) / total : 0,
                targetPercent: policy.share(of: segment), customers: customers[segment] ?? 0)
        }
        return PlanCheckReport(
            unit: unit, week: week, rows: rows, total: total, uncounted: uncounted,
            warnings: warnings)
    }

    /// The smallest whole number ≥ `value`, with a hair of tolerance for
    /// hours that do not divide exactly in binary.
    static func ceilWhole(_ value: Double) -> Int {
        guard value.isFinite else { return 0 }
        let rounded = (value - 1e-9).rounded(.up)
        return rounded <= 0 ? 0 : Int(min(rounded, Double(PlanCapacity.maximum)))
    }
}
