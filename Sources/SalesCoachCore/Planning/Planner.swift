/// Turns a classified book into a week's visits, by the policy's shares.
///
/// How a plan is made:
/// 1. The capacity is split into per-segment visits by the policy's shares
///    (largest-remainder rounding; ties go B, A, C, D).
/// 2. Each segment fills its visits from its eligible customers in priority
///    order (see `PlanCandidates`), one visit per customer: every B customer is
///    eligible; A customers when their follow-up falls due by the end of the
///    week; C and D customers only when overdue or with a logged reason.
/// 3. Visits a segment cannot use go to B, then to A, never to C or D; what
///    is still left stays free and the plan says so.
/// 4. The visits are spread over the working days still ahead in the week.
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
    /// - Returns: the picks with their reasons, the per-segment allocation and notes.
    public static func plan(
        classifications: [Classification],
        visitLog: [VisitRecord],
        policy: PlanPolicy,
        capacity: PlanCapacity? = nil,
        today: LocalDate,
        loggedReasons: [String: String] = [:]
    ) -> VisitPlan {
        let week = PlanWeek(containing: today)
        let visits = (capacity ?? .visits(policy.capacity)).visits(
            hoursPerVisit: policy.hoursPerVisit)
        let book = PlanCandidates(
            classifications: classifications, visitLog: visitLog, policy: policy, week: week,
            today: today,
            extraReasons: loggedReasons)

        let targets = ShareSplit.split(visits, shares: policy.shares, order: priority)
        var planned: [Segment: Int] = [:]
        var notes: [PlanNote] = []
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
        var moved: [Segment: Int] = [:]
        for segment in [Segment.b, .a] where pool > 0 {
            let room = book.eligible(in: segment) - (planned[segment] ?? 0)
            let extra = min(pool, max(room, 0))
            planned[segment, default: 0] += extra
            moved[segment] = extra
            pool -= extra
        }
        if (moved[.b] ?? 0) + (moved[.a] ?? 0) > 0 {
            notes.append(.redistributed(toB: moved[.b] ?? 0, toA: moved[.a] ?? 0))
        }

        let dueA = book.eligible(in: .a)
        let plannedA = planned[.a] ?? 0
        if dueA > plannedA {
            let dropped = book.customers(in: .a)[plannedA..<dueA].map {
                DroppedFollowUp(name: $0.name, daysSinceLastVisit: $0.daysSince, sales: $0.sales)
            }
            notes.append(
                .followUpsDropped(
                    due: dueA, visits: plannedA, cadenceWeeks: policy.followUpWeeksA,
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
        let days = week.workingDays(from: today)
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
