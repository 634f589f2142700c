/// Turns a classified book into a week's visits, in the method's order.
///
/// The order, which holds however short the week is:
/// 1. **A keeps its follow-up.** Every A customer is seen on a cadence; when
///    A's share of the week cannot hold the policy's cadence for this many A
///    customers, the cadence is stretched to the one it can hold (said once,
///    in a note, with what it would take to keep the policy's), and the A
///    customers rotate, longest unseen first.
/// 2. **B gets the most time**: its share, the largest, and any visit another
///    segment cannot use once every due A customer has one.
/// 3. **C and D only when overdue, and only with capacity left**: their
///    visits go to due A customers first, so a C or D visit is never kept
///    while an A customer past its cadence is left out.
///
/// How the numbers are made:
/// 1. The capacity is split into per-segment visits by the policy's shares
///    (largest-remainder rounding; ties go B, A, C, D).
/// 2. Each segment fills its visits from its eligible customers in priority
///    order (see `PlanCandidates`), one visit per customer: every B customer is
///    eligible; A customers when their follow-up falls due by the end of the
///    week; C and D customers only when overdue or with a logged reason.
/// 3. C's and D's visits go to due A customers while any is left out.
/// 4. Visits a segment cannot use go to due A customers (when the cadence was
///    stretched, also to those the policy's cadence has due, longest unseen
///    first), then to B, never to C or D; what is still left stays free and
///    the plan says so.
/// 5. The visits are spread over the working days still ahead in the week.
///
/// `PlanCheck` reads a plan with the same candidates and cadence, so a plan
/// made here never draws a warning from it.
///
/// ```swift
/// let plan = Planner.plan(classifications: results, visitLog: log, policy: .standard,
///                         capacity: .visits(10), today: LocalDate(year: 2026, month: 3, day: 2)!)
/// plan.picks[0].reason.text(in: .en)  // "A: 3 weeks since the last visit, 12M of sales at stake"
/// ```
public enum Planner {
    /// The order in which shares break ties and unused visits are handed on.
    static let priority: [Segment] = [.b, .a, .c, .d]

    /// Plans the week containing `today` (the next week when `today` is a weekend day).
    ///
    /// - Parameters:
    ///   - classifications: the book, classified; unclassified customers are reported, never planned.
    ///   - visitLog: logged visits; with `last_visit` they decide who is due (see `VisitHistory`).
    ///   - policy: shares, cadences and overdue limits.
    ///   - capacity: visits or hours this week; nil uses `policy.capacity`.
    ///   - today: the day the plan is made.
    ///   - loggedReasons: reasons to see a C or D customer, by customer name, on top
    ///     of those found in notes (see `LoggedReasons`).
    ///   - onlyDays: the weekdays (1 = Monday) the visits go on, when the rep named some.
    /// - Returns: the picks with their reasons, the per-segment allocation and notes.
    public static func plan(
        classifications: [Classification],
        visitLog: [VisitRecord],
        policy: PlanPolicy,
        capacity: PlanCapacity? = nil,
        today: LocalDate,
        loggedReasons: [String: String] = [:],
        onlyDays: Set<Int>? = nil
    ) -> VisitPlan {
        let week = PlanWeek(containing: today)
        let visits = (capacity ?? .visits(policy.capacity)).visits(
            hoursPerVisit: policy.hoursPerVisit)
        let book = PlanCandidates(
            classifications: classifications, visitLog: visitLog, policy: policy, week: week,
            capacity: visits, today: today,
            extraReasons: loggedReasons)

        let targets = ShareSplit.split(visits, shares: policy.shares, order: priority)
        var planned: [Segment: Int] = [:]
        var notes: [PlanNote] = []
        if book.cadenceWeeksA > policy.followUpWeeksA {
            notes.append(
                .cadenceStretched(
                    customers: book.customersA, policyWeeks: policy.followUpWeeksA,
                    weeks: book.cadenceWeeksA,
                    visitsNeeded: policy.visitsForFollowUp(customersA: book.customersA),
                    visitsForA: Rational(Int128(visits)) * policy.share(of: .a) / Rational(100),
                    capacityNeeded: policy.capacityForFollowUp(customersA: book.customersA)))
        }
        var pool = 0
        for segment in Segment.allCases {
            let target = targets[segment] ?? 0
            let eligible = book.eligible(in: segment)
            planned[segment] = min(target, eligible)
            if target > eligible {
                pool += target - eligible
                let shortfall: PlanNote.Shortfall =
                    book.count(in: segment) == 0
                    ? .noCustomers
                    : .fewEligible(eligible: eligible, customers: book.count(in: segment))
                notes.append(
                    .unusedShare(segment: segment, visits: target - eligible, shortfall: shortfall))
            }
        }
        // C and D wait while an A customer due for follow-up has no visit.
        let dueA = book.eligible(in: .a)
        var toA = 0
        for segment in [Segment.c, .d] where (planned[.a] ?? 0) < dueA {
            let moved = min(planned[segment] ?? 0, dueA - (planned[.a] ?? 0))
            planned[segment, default: 0] -= moved
            planned[.a, default: 0] += moved
            toA += moved
        }
        if toA > 0 { notes.append(.followUpBeforeComfort(visits: toA)) }
        // Unused visits: due A customers first, then B, then (when the cadence
        // was stretched) the A customers the policy's own cadence has due,
        // longest unseen first; never C or D.
        var moved: [Segment: Int] = [:]
        let rooms: [(Segment, Int)] = [(.a, book.eligible(in: .a)), (.b, book.eligible(in: .b)), (.a, book.eligible(in: .a) + book.dueByPolicyA)]
        for (segment, limit) in rooms where pool > 0 {
            let extra = min(pool, max(limit - (planned[segment] ?? 0), 0))
            planned[segment, default: 0] += extra
            moved[segment, default: 0] += extra
            pool -= extra
        }
        if (moved[.b] ?? 0) + (moved[.a] ?? 0) > 0 {
            notes.append(.redistributed(toB: moved[.b] ?? 0, toA: moved[.a] ?? 0))
        }

        let plannedA = planned[.a] ?? 0
        if dueA > plannedA {
            let dropped = book.customers(in: .a)[plannedA..<dueA].map {
                DroppedFollowUp(name: $0.name, daysSinceLastVisit: $0.daysSince, sales: $0.sales)
            }
            notes.append(
                .followUpsDropped(
                    due: dueA, visits: plannedA, cadenceWeeks: book.cadenceWeeksA,
                    dropped: Array(dropped)))
        }
        for segment in [Segment.c, .d] where book.eligible(in: segment) > (planned[segment] ?? 0) {
            let waiting = book.eligible(in: segment) - (planned[segment] ?? 0)
            notes.append(.waiting(segment: segment, count: waiting, visits: planned[segment] ?? 0))
        }
        if pool > 0 { notes.append(.capacityExceedsNeeds(capacity: visits, needed: visits - pool)) }
        if !book.unclassified.isEmpty { notes.append(.unclassified(names: book.unclassified)) }

        var chosen: [(candidate: PlanCandidates.Candidate, reason: PlanReason)] = []
        for segment in Segment.allCases {
            for candidate in book.customers(in: segment).prefix(planned[segment] ?? 0) {
                chosen.append((candidate, book.reason(for: candidate, policy: policy)))
            }
        }
        // Only the weekdays the rep named, when any of them is still ahead.
        let left = week.workingDays(from: today)
        let kept = onlyDays.map { only in left.filter { only.contains($0.weekday) } } ?? left
        let days = kept.isEmpty ? left : kept
        let picks = chosen.enumerated().map { i, pick in
            // Even blocks in priority order: overdue follow-ups land early in the week.
            PlanPick(
                customer: pick.candidate.name, segment: pick.candidate.segment, reason: pick.reason,
                day: days[i * days.count / chosen.count])
        }
        let allocations = Segment.allCases.map { segment in
            SegmentAllocation(
                segment: segment, sharePercent: policy.share(of: segment),
                target: targets[segment] ?? 0,
                eligible: book.eligible(in: segment), customers: book.count(in: segment),
                planned: planned[segment] ?? 0)
        }
        return VisitPlan(
            week: week, today: today, capacity: visits, picks: picks, allocations: allocations,
            notes: notes)
    }
}
