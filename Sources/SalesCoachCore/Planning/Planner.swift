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
/// 5. A limit the rep set on a segment ("max 1 C visit") is never exceeded by
///    steps 3 and 4, and customers the rep asked for ("osu bakery has to be
///    in it") are in the plan: each takes a visit of its own segment first,
///    and when its segment has no visit left, one from D, C, B, then A, the
///    other way round from the method's order.
/// 6. The visits are spread over the working days still ahead in the week.
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
    ///   - limits: the most visits a segment may get, when the rep set a limit
    ///     (its share in `policy` should already be cut to it, see `PlanPolicy.capped`).
    ///   - pinned: names of customers the rep asked to have in the plan; they
    ///     are in it even over a limit, as the rep's own choice.
    ///   - pinnedDays: the weekday (1 = Monday) a customer asked for is to be
    ///     seen on ("move rokko hotel to friday"), when that day is still ahead.
    ///   - made: the candidates already made from these same classifications
    ///     (the caller vouches for that), used when they fit the visit log,
    ///     policy, week and day and no reasons are added.
    /// - Returns: the picks with their reasons, the per-segment allocation and notes.
    public static func plan(
        classifications: [Classification],
        visitLog: [VisitRecord],
        policy: PlanPolicy,
        capacity: PlanCapacity? = nil,
        today: LocalDate,
        loggedReasons: [String: String] = [:],
        onlyDays: Set<Int>? = nil,
        limits: [Segment: Int] = [:],
        pinned: [String] = [],
        pinnedDays: [String: Int] = [:],
        made: PlanBook? = nil
    ) -> VisitPlan {
        let week = PlanWeek(containing: today)
        let visits = (capacity ?? .visits(policy.capacity)).visits(
            hoursPerVisit: policy.hoursPerVisit)
        let book =
            made.flatMap {
                loggedReasons.isEmpty && $0.candidates.upsideRank.count == classifications.count
                    && $0.fits(visitLog: visitLog, policy: policy, week: week, today: today) ? $0.candidates : nil
            }
            ?? PlanCandidates(
                classifications: classifications, visitLog: visitLog, policy: policy, week: week, today: today,
                extraReasons: loggedReasons, keepKeys: false)

        let targets = ShareSplit.split(visits, shares: policy.shares, order: priority)
        var planned: [Segment: Int] = [:]
        var notes: [PlanNote] = []
        if book.cadenceWeeksA > policy.followUpWeeksA {
            // In one rep's customers ranked with the team: the team's busiest rep sets the rhythm, and is named.
            let team = (policy.teamCustomersA ?? 0) > book.loadA.perWeek
            let customers = team ? policy.teamCustomersA ?? 0 : book.loadA.perWeek
            notes.append(
                .cadenceStretched(
                    customers: customers, policyWeeks: policy.followUpWeeksA,
                    weeks: book.cadenceWeeksA,
                    visitsNeeded: policy.visitsForFollowUp(customersA: customers),
                    visitsForA: Rational(Int128(policy.capacity)) * policy.share(of: .a) / Rational(100),
                    capacityNeeded: policy.capacityForFollowUp(customersA: customers), rep: team ? policy.teamBusiestRep : book.loadA.busiestRep))
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
        let roomA = { min(dueA, limits[.a] ?? dueA) }
        for segment in [Segment.c, .d] where (planned[.a] ?? 0) < roomA() {
            let moved = min(planned[segment] ?? 0, roomA() - (planned[.a] ?? 0))
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
        for (segment, room) in rooms where pool > 0 {
            let limit = min(room, limits[segment] ?? room)
            let extra = min(pool, max(limit - (planned[segment] ?? 0), 0))
            planned[segment, default: 0] += extra
            moved[segment, default: 0] += extra
            pool -= extra
        }
        if (moved[.b] ?? 0) + (moved[.a] ?? 0) > 0 {
            notes.append(.redistributed(toB: moved[.b] ?? 0, toA: moved[.a] ?? 0))
        }

        // The customers asked for. Under a limit, or in C or D, they take their own
        // segment's visits ("max 1 C" with osu bakery asked for keeps that C); otherwise
        // each one the rules would not have picked gets a visit of its own,
        // from those left free, else from D, C, B, then A, so a due follow-up
        // is the last to give way.
        let asked = Set(pinned.map(VisitHistory.key))
        var askedIn: [Segment: Int] = [:]
        var extra = 0
        for segment in Segment.allCases where !asked.isEmpty {
            let list = book.customers(in: segment)
            let count = list.reduce(0) { $0 + (asked.contains(book.key(of: $1)) ? 1 : 0) }
            guard count > 0 else { continue }
            askedIn[segment] = count
            let picked = list.prefix(planned[segment] ?? 0).reduce(0) { $0 + (asked.contains(book.key(of: $1)) ? 1 : 0) }
            // A C or D asked for takes its segment's own visit before any other: a visit left
            // free never goes to C or D, so the rules' own C pick gives way, not a free slot.
            let ownShareFirst = limits[segment] != nil || segment == .c || segment == .d
            let more = ownShareFirst ? max(count - (planned[segment] ?? 0), 0) : count - picked
            planned[segment, default: 0] += more
            extra += more
        }
        let free = min(extra, pool)
        pool -= free
        extra -= free
        for giver in [Segment.d, .c, .b, .a] where extra > 0 {
            let taken = min(max((planned[giver] ?? 0) - (askedIn[giver] ?? 0), 0), extra)
            planned[giver, default: 0] -= taken
            extra -= taken
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
            // The ones asked for, then the rest in priority order; listed in priority order.
            var others = max((planned[segment] ?? 0) - (askedIn[segment] ?? 0), 0)
            var askedLeft = askedIn[segment] ?? 0
            for candidate in book.customers(in: segment) {
                if others == 0 && askedLeft == 0 { break }
                if asked.contains(book.key(of: candidate)) {
                    askedLeft -= 1
                    let reason = candidate.eligible
                        ? book.reason(for: candidate, policy: policy)
                        : .asked(segment: segment, daysSinceLastVisit: candidate.daysSince)
                    chosen.append((candidate, reason))
                } else if others > 0 {
                    others -= 1
                    chosen.append((candidate, book.reason(for: candidate, policy: policy)))
                }
            }
        }
        // Only the weekdays the rep named, when any of them is still ahead.
        let left = week.workingDays(from: today)
        let kept = onlyDays.map { only in left.filter { only.contains($0.weekday) } } ?? left
        let days = kept.isEmpty ? left : kept
        // A customer given a day keeps it; the others spread over the days as before.
        let dayFor = Dictionary(pinnedDays.map { (VisitHistory.key($0.key), $0.value) }, uniquingKeysWith: { _, last in last })
        let fixed: [Int: LocalDate] = Dictionary(uniqueKeysWithValues: chosen.indices.compactMap { i in
            dayFor[book.key(of: chosen[i].candidate)].flatMap { weekday in left.first { $0.weekday == weekday } }.map { (i, $0) }
        })
        let spread = chosen.indices.filter { fixed[$0] == nil }
        var spreadDay: [Int: LocalDate] = [:]
        if fixed.isEmpty {
            for (k, i) in spread.enumerated() { spreadDay[i] = days[k * days.count / max(spread.count, 1)] }
        } else {
            // A day given to one customer counts toward that day's load, so the others fill
            // the days around it instead of piling onto it ("1日2件まで" then 「Xを木曜に」).
            let perDay = max(1, (chosen.count + days.count - 1) / days.count)
            var load: [LocalDate: Int] = [:]
            for day in fixed.values { load[day, default: 0] += 1 }
            var next = 0
            for i in spread {
                while next < days.count - 1, load[days[next], default: 0] >= perDay { next += 1 }
                spreadDay[i] = days[next]
                load[days[next], default: 0] += 1
            }
        }
        let picks = chosen.enumerated().map { i, pick in
            // Even blocks in priority order: overdue follow-ups land early in the week.
            PlanPick(
                customer: pick.candidate.name, segment: pick.candidate.segment, reason: pick.reason,
                day: fixed[i] ?? spreadDay[i]!)
        }
        .enumerated().sorted { ($0.element.day, $0.offset) < ($1.element.day, $1.offset) }.map(\.element)
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
