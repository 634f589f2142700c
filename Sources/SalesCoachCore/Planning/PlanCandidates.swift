/// The book sorted the way the planner and the check both read it: per
/// segment, every customer in priority order, eligible ones first.
///
/// Priorities (each ends with the name, so equal data gives the same order):
/// - B: customers not seen since the start of last week first (this rotates
///   the B visits week to week), then the largest upside (objective score
///   minus record score), then company size (company revenue, then employees).
/// - A: those due for follow-up (deadline = last visit + the follow-up cadence
///   the week's capacity can hold, see `PlanPolicy.followUpWeeks`, on or
///   before the end of the plan's week); among them those already past the
///   deadline first, longest unseen first (the A customers rotate), then those
///   due by the week's end, by our sales at stake. Behind them, A customers
///   due by the policy's own cadence though not by the stretched one, longest
///   unseen first: what a visit A's share or the week cannot otherwise use goes to.
/// - C and D: those with a logged reason or not seen for longer than the
///   policy's overdue weeks; logged reasons first, then the most overdue
///   (no visit on record counts as the most overdue).
struct PlanCandidates {
    struct Candidate {
        let index: Int
        let name: String
        let segment: Segment
        let daysSince: Int?
        let sales: Double?
        let eligible: Bool
        /// A: the follow-up deadline has passed.
        let pastCadence: Bool
        /// A, not eligible: due by the policy's cadence when the week's capacity stretched it.
        var dueByPolicy = false
        /// C and D: the reason the rep logged.
        let loggedReason: String?
        /// B: visited since the start of last week.
        let recent: Bool
        /// B: objective − record as an unreduced fraction (denominator > 0), compared by cross-multiplying.
        var upsideNumerator: Int128
        var upsideDenominator: Int128
        /// The same as a `Double`, worked out once: what the comparison falls
        /// back to when cross-multiplying would overflow, and converting 128-bit
        /// integers in every comparison was most of a large book's plan.
        var upsideApproximation: Double
        let revenue: Double?
        let employees: Double?

        /// Sets the upside to `objective` − `record`.
        mutating func setUpside(_ objective: Rational, _ record: Rational) {
            let upside = PlanCandidates.difference(objective, record)
            upsideNumerator = upside.numerator
            upsideDenominator = upside.denominator
            upsideApproximation = Rational.quotient(upside.numerator, upside.denominator)
        }
    }

    /// Every classified customer, per segment, in priority order (eligible first).
    private(set) var ordered: [Segment: [Candidate]] = [:]
    /// Eligible customers per segment.
    private(set) var eligibleCount: [Segment: Int] = [:]
    /// A customers not eligible under the stretched cadence but due under the
    /// policy's: the first to take a visit that would otherwise stay free.
    private(set) var dueByPolicyA = 0
    /// B customers by upside alone, by classification index (1 = biggest upside; 0 for others).
    private(set) var upsideRank: [Int]
    /// Names of customers without a segment, in book order.
    private(set) var unclassified: [String] = []

    /// Name keys of `classifications`, in the same order; empty when made
    /// without them (`keepKeys`).
    let keys: [String]
    /// How many A customers the book has.
    private(set) var customersA: Int
    /// The A customers one rep's week must keep up with (see `FollowUpLoad`).
    private(set) var loadA: FollowUpLoad
    /// The A follow-up cadence in force: the policy's, or longer when the
    /// usual week cannot keep it for this many A customers (see
    /// `PlanPolicy.followUpWeeks(customersA:)`).
    let cadenceWeeksA: Int

    /// What every row's candidate is made from besides its classification,
    /// kept so that a later book of the same inputs can be updated row by row.
    private let context: Context

    struct Context {
        let history: VisitHistory
        let reasons: [String: String]
        let policy: PlanPolicy
        let week: PlanWeek
        let today: LocalDate
        let recentSince: LocalDate
        let cadenceWeeksA: Int
        /// Whether a row's key is needed to find its visits and reasons.
        let needsKeys: Bool
    }

    /// - Parameters:
    ///   - keepKeys: whether to keep every customer's name key in `keys`
    ///     (the plan check and the priority read them; the planner does not).
    ///   - knownKeys: the name keys of `classifications`, in order, when the
    ///     caller has them from an earlier book of the same names; made here otherwise.
    init(
        classifications: [Classification], visitLog: [VisitRecord], policy: PlanPolicy,
        week: PlanWeek, today: LocalDate, extraReasons: [String: String], keepKeys: Bool = true,
        knownKeys: [String]? = nil
    ) {
        let knownKeys = knownKeys.flatMap { $0.count == classifications.count ? $0 : nil }
        let load = FollowUpLoad(classifications: classifications)
        self.customersA = load.customersA
        self.loadA = load
        let cadenceWeeksA = policy.followUpWeeks(customersA: load.perWeek)
        self.cadenceWeeksA = cadenceWeeksA
        var keys: [String] = []
        if keepKeys, knownKeys == nil { keys.reserveCapacity(classifications.count) }
        upsideRank = Array(repeating: 0, count: classifications.count)
        let history = VisitHistory(visitLog: visitLog, today: today)
        let reasons = Dictionary(
            extraReasons.compactMap { name, text -> (String, String)? in
                let trimmed = text.trimmingWhitespace
                return trimmed.isEmpty ? nil : (VisitHistory.key(name), trimmed)
            }, uniquingKeysWith: { first, _ in first })
        // A customer's key finds its logged visits and the reasons given for
        // it; with neither, no key is made (a tenth of a plan's time on a
        // 10,000-customer book), and an empty key finds nothing, as it should.
        let context = Context(
            history: history, reasons: reasons, policy: policy, week: week, today: today,
            recentSince: week.start.adding(days: -7), cadenceWeeksA: cadenceWeeksA,
            needsKeys: keepKeys || !history.isEmpty || !reasons.isEmpty)
        self.context = context
        var groups: [Segment: [Candidate]] = [:]
        var unclassified: [String] = []
        // Read each classification in place: copying whole values (customer,
        // axis scores, moves) dominated the time on a 10,000-customer book.
        classifications.withUnsafeBufferPointer { items in
            for index in items.indices {
                let key: String
                if let knownKeys {
                    key = knownKeys[index]
                } else {
                    key = context.needsKeys ? VisitHistory.key(items[index].customer.name) : ""
                    if keepKeys { keys.append(key) }
                }
                guard let candidate = PlanCandidates.candidate(items.baseAddress! + index, index: index, key: key, context)
                else {
                    unclassified.append(items[index].customer.name)
                    continue
                }
                groups[candidate.segment, default: []].append(candidate)
            }
        }
        self.keys = keepKeys ? knownKeys ?? keys : keys
        self.unclassified = unclassified
        for segment in Segment.allCases {
            let list = groups[segment] ?? []
            // Sort positions rather than the candidates themselves: cheaper moves on big books.
            var order = Array(list.indices)
            list.withUnsafeBufferPointer { items in
                guard let first = items.baseAddress else { return }
                if segment == .b {
                    order.sort { PlanCandidates.byUpside(first + $0, first + $1) }
                    // Every B is eligible; those seen recently move behind, keeping the upside order.
                    order = order.filter { !items[$0].recent } + order.filter { items[$0].recent }
                } else {
                    order.sort { PlanCandidates.precedes(first + $0, first + $1, in: segment) }
                }
            }
            ordered[segment] = order.map { list[$0] }
            count(segment)
        }
        rankUpsides()
    }

    /// The candidate for the classification at `item`, nil when it has no segment.
    private static func candidate(
        _ item: UnsafePointer<Classification>, index: Int, key: String, _ context: Context
    ) -> Candidate? {
        guard let objectiveHigh = item.pointee.objective?.isHigh,
            let recordHigh = item.pointee.record?.isHigh,
            let objectiveScore = item.pointee.objective?.score,
            let recordScore = item.pointee.record?.score
        else { return nil }
        let customer = item.pointee.customer
        let policy = context.policy
        let segment = Segment(objectiveHigh: objectiveHigh, recordHigh: recordHigh)
        let last = context.history.lastVisit(key: key, recorded: customer.lastVisit)
        let daysSince = last.map { $0.days(until: context.today) }
        var eligible = false
        var pastCadence = false
        var dueByPolicy = false
        var logged: String? = nil
        switch segment {
        case .b:
            eligible = true
        case .a:
            let deadline = last?.adding(days: 7 * context.cadenceWeeksA)
            eligible = deadline.map { $0 <= context.week.end } ?? true
            pastCadence = deadline.map { $0 < context.today } ?? true
            if !eligible, context.cadenceWeeksA > policy.followUpWeeksA,
                let due = last?.adding(days: 7 * policy.followUpWeeksA), due <= context.week.end
            {
                dueByPolicy = true
            }
        case .c, .d:
            let weeks = segment == .c ? policy.overdueWeeksC : policy.overdueWeeksD
            // No look-up in an empty table: hashing a Japanese key normalises it first.
            logged =
                (context.reasons.isEmpty ? nil : context.reasons[key])
                ?? LoggedReasons.reason(for: customer, key: key, history: context.history)
            eligible = logged != nil || (daysSince.map { $0 > 7 * weeks } ?? true)
        }
        var candidate =
            Candidate(
                index: index, name: customer.name, segment: segment, daysSince: daysSince,
                sales: PlanCandidates.finite(customer[.sales]), eligible: eligible,
                pastCadence: pastCadence,
                loggedReason: logged, recent: last.map { $0 >= context.recentSince } ?? false,
                upsideNumerator: 0, upsideDenominator: 1, upsideApproximation: 0,
                revenue: PlanCandidates.finite(customer[.companyRevenue]),
                employees: PlanCandidates.finite(customer[.employees]))
        candidate.dueByPolicy = dueByPolicy
        candidate.setUpside(objectiveScore, recordScore)
        return candidate
    }

    /// Counts the eligible customers of `segment` (and A's due by the policy).
    private mutating func count(_ segment: Segment) {
        var eligible = 0
        var dueByPolicy = 0
        for candidate in ordered[segment] ?? [] {
            if candidate.eligible { eligible += 1 }
            if candidate.dueByPolicy { dueByPolicy += 1 }
        }
        eligibleCount[segment] = eligible
        if segment == .a { dueByPolicyA = dueByPolicy }
    }

    /// Ranks B by upside alone: B's order is those not seen recently, then
    /// those seen, each run by upside, so the ranks are the two runs merged.
    private mutating func rankUpsides() {
        let list = ordered[.b] ?? []
        var ranks = [Int](repeating: 0, count: upsideRank.count)
        list.withUnsafeBufferPointer { items in
            guard let first = items.baseAddress else { return }
            let split = items.firstIndex { $0.recent } ?? items.count
            var (i, j, rank) = (0, split, 1)
            while i < split || j < items.count {
                let takeFirst = j == items.count || (i < split && PlanCandidates.byUpside(first + i, first + j))
                let k = takeFirst ? i : j
                ranks[items[k].index] = rank
                rank += 1
                if takeFirst { i += 1 } else { j += 1 }
            }
        }
        upsideRank = ranks
    }

    /// These candidates brought up to date with `classifications`, which
    /// differ from the ones they were made from only at the rows `changes`
    /// names (see `ClassifiedBook`); nil when a full rebuild is needed: a
    /// different size, a row that gained or lost its segment, a changed
    /// customer without one, a changed name, or a change to the A customers' cadence.
    ///
    /// Why it is the same as making them again: a candidate is made from its
    /// own classification and from inputs shared by the book (visit log,
    /// policy, week, day, cadence); the order in each segment is a strict
    /// total order (every comparison ends with the name and the position),
    /// so sorting the updated lists by it gives what sorting new ones gives.
    /// A few changes leave the lists nearly sorted, which an insertion sort
    /// repairs in about one pass.
    func updated(with classifications: [Classification], changes: ClassificationChanges) -> PlanCandidates? {
        guard classifications.count == upsideRank.count else { return nil }
        let changed = changes.rows
        if changed.isEmpty { return self }
        // The A customers' load sets every A customer's cadence: when the
        // cadence changes, every A customer's eligibility may.
        let load = FollowUpLoad(classifications: classifications)
        guard context.policy.followUpWeeks(customersA: load.perWeek) == cadenceWeeksA else { return nil }
        let edited = Set(changes.edited)
        var fresh: [Int: Candidate] = [:]
        fresh.reserveCapacity(changed.count)
        var next = self
        next.loadA = load
        next.customersA = load.customersA
        var touched = Set<Segment>()
        // The changed rows met in a list, by row: hashing each of the
        // thousands of rows one `set` may rescore showed in a profile.
        var found = [Bool](repeating: false, count: classifications.count)
        var foundCount = 0
        var failed = false
        classifications.withUnsafeBufferPointer { items in
            for segment in Segment.allCases {
                guard var list = next.ordered[segment] else { continue }
                var kept: [Candidate] = []
                var removed = false
                var listTouched = false
                list.withUnsafeMutableBufferPointer { slots in
                    for i in slots.indices {
                        let row = slots[i].index
                        guard changed.binarySearchContains(row) else { continue }
                        if !found[row] {
                            found[row] = true
                            foundCount += 1
                        }
                        let item = items.baseAddress! + row
                        guard let objective = item.pointee.objective, let record = item.pointee.record,
                            item.pointee.customer.name == slots[i].name
                        else {
                            failed = true
                            return
                        }
                        let now = Segment(objectiveHigh: objective.isHigh, recordHigh: record.isHigh)
                        listTouched = true
                        if !edited.contains(row), now == segment {
                            // The same customer in the same segment: only its upside can have moved.
                            slots[i].setUpside(objective.score, record.score)
                            continue
                        }
                        let key = keys.isEmpty ? (context.needsKeys ? VisitHistory.key(slots[i].name) : "") : keys[row]
                        guard let made = PlanCandidates.candidate(item, index: row, key: key, context) else {
                            failed = true
                            return
                        }
                        if made.segment == segment {
                            slots[i] = made
                        } else {
                            fresh[row] = made
                            removed = true
                        }
                    }
                }
                if failed { return }
                if listTouched { touched.insert(segment) }
                if removed {
                    kept.reserveCapacity(list.count)
                    for candidate in list where fresh[candidate.index] == nil { kept.append(candidate) }
                    list = kept
                }
                next.ordered[segment] = list
            }
        }
        guard !failed else { return nil }
        // A row in no list had no segment: fine when it still has none and
        // is the same customer (its name stays among the unclassified).
        if foundCount != changed.count {
            for row in changed where !found[row] {
                guard !edited.contains(row), classifications[row].segment == nil else { return nil }
            }
        }
        for made in fresh.values.sorted(by: { $0.index < $1.index }) {
            next.ordered[made.segment, default: []].append(made)
            touched.insert(made.segment)
        }
        for segment in Segment.allCases where touched.contains(segment) {
            next.ordered[segment]?.withUnsafeMutableBufferPointer { list in
                PlanCandidates.repairOrder(list) { PlanCandidates.precedes($0, $1, in: segment) }
            }
            next.count(segment)
        }
        if touched.contains(.b) { next.rankUpsides() }
        return next
    }

    /// Sorts `list`, expected nearly sorted, by `precedes`: an insertion sort
    /// while it stays cheap, else a full sort.
    private static func repairOrder(
        _ list: UnsafeMutableBufferPointer<Candidate>,
        by precedes: (UnsafePointer<Candidate>, UnsafePointer<Candidate>) -> Bool
    ) {
        guard let first = list.baseAddress, list.count > 1 else { return }
        var budget = 8 * list.count + 256
        for i in 1..<list.count {
            var j = i
            while j > 0, precedes(first + j, first + j - 1) {
                list.swapAt(j, j - 1)
                j -= 1
                budget -= 1
            }
            if budget < 0 { break }
        }
        guard budget < 0 else { return }
        var order = Array(list.indices)
        order.sort { precedes(first + $0, first + $1) }
        let sorted = order.map { list[$0] }
        for i in list.indices { list[i] = sorted[i] }
    }

    func customers(in segment: Segment) -> [Candidate] { ordered[segment] ?? [] }

    /// The name key of `candidate`: from `keys`, or made now when they were not kept.
    func key(of candidate: Candidate) -> String {
        keys.isEmpty ? VisitHistory.key(candidate.name) : keys[candidate.index]
    }

    func count(in segment: Segment) -> Int { ordered[segment]?.count ?? 0 }

    func eligible(in segment: Segment) -> Int { eligibleCount[segment] ?? 0 }

    /// The reason a planned candidate is in the plan.
    func reason(for candidate: Candidate, policy: PlanPolicy) -> PlanReason {
        switch candidate.segment {
        case .b:
            return .upside(rank: upsideRank[candidate.index], of: count(in: .b))
        case .a:
            return .followUp(
                daysSinceLastVisit: candidate.daysSince, sales: candidate.sales,
                cadenceWeeks: cadenceWeeksA,
                pastCadence: candidate.pastCadence)
        case .c, .d:
            if let reason = candidate.loggedReason {
                return .logged(segment: candidate.segment, reason: reason)
            }
            return .overdue(
                segment: candidate.segment, daysSinceLastVisit: candidate.daysSince,
                thresholdWeeks: candidate.segment == .c
                    ? policy.overdueWeeksC : policy.overdueWeeksD)
        }
    }

    // MARK: Ordering
    //
    // The comparisons read both candidates through pointers into the list
    // being sorted: handed over as values, each comparison copied two whole
    // candidates (their names and reasons retained), which was most of the
    // time of sorting a 10,000-customer book.

    static func precedes(_ x: UnsafePointer<Candidate>, _ y: UnsafePointer<Candidate>, in segment: Segment) -> Bool {
        if x.pointee.eligible != y.pointee.eligible { return x.pointee.eligible }
        switch segment {
        case .b:
            if x.pointee.recent != y.pointee.recent { return !x.pointee.recent }
            return byUpside(x, y)
        case .a:
            // Past the deadline first; among those the longest unseen, so the A
            // customers rotate and none is passed over week after week for a
            // bigger one seen more recently; then our sales at stake.
            if x.pointee.pastCadence != y.pointee.pastCadence { return x.pointee.pastCadence }
            if x.pointee.dueByPolicy != y.pointee.dueByPolicy { return x.pointee.dueByPolicy }
            if x.pointee.dueByPolicy, let order = longerAgo(x.pointee.daysSince, y.pointee.daysSince) { return order }
            if x.pointee.pastCadence, let order = longerAgo(x.pointee.daysSince, y.pointee.daysSince) { return order }
            if let order = descending(x.pointee.sales, y.pointee.sales) { return order }
            if let order = longerAgo(x.pointee.daysSince, y.pointee.daysSince) { return order }
        case .c, .d:
            let (xLogged, yLogged) = (x.pointee.loggedReason != nil, y.pointee.loggedReason != nil)
            if xLogged != yLogged { return xLogged }
            if let order = longerAgo(x.pointee.daysSince, y.pointee.daysSince) { return order }
        }
        return byName(x, y)
    }

    /// Biggest upside first, then the larger company, then the name.
    static func byUpside(_ x: UnsafePointer<Candidate>, _ y: UnsafePointer<Candidate>) -> Bool {
        let left = x.pointee.upsideNumerator.multipliedReportingOverflow(by: y.pointee.upsideDenominator)
        let right = y.pointee.upsideNumerator.multipliedReportingOverflow(by: x.pointee.upsideDenominator)
        if left.overflow || right.overflow {
            let a = x.pointee.upsideApproximation
            let b = y.pointee.upsideApproximation
            if a != b { return a > b }
        } else if left.partialValue != right.partialValue {
            return left.partialValue > right.partialValue
        }
        if let order = descending(x.pointee.revenue, y.pointee.revenue) { return order }
        if let order = descending(x.pointee.employees, y.pointee.employees) { return order }
        return byName(x, y)
    }

    /// By name in code-point order (byte order of UTF-8, cheaper than
    /// `String`'s `<` and just as stable), then by position in the book.
    static func byName(_ x: UnsafePointer<Candidate>, _ y: UnsafePointer<Candidate>) -> Bool {
        let order = UTF8Order.compare(x.pointee.name, y.pointee.name)
        return order == 0 ? x.pointee.index < y.pointee.index : order < 0
    }

    /// Larger first, a missing value last; nil when equal.
    static func descending(_ x: Double?, _ y: Double?) -> Bool? {
        switch (x, y) {
        case (nil, nil): return nil
        case (.some, nil): return true
        case (nil, .some): return false
        case (.some(let a), .some(let b)): return a == b ? nil : a > b
        }
    }

    /// Longer since the last visit first; never visited before anything; nil when equal.
    static func longerAgo(_ x: Int?, _ y: Int?) -> Bool? {
        switch (x, y) {
        case (nil, nil): return nil
        case (nil, .some): return true
        case (.some, nil): return false
        case (.some(let a), .some(let b)): return a == b ? nil : a > b
        }
    }

    /// a − b as an unreduced fraction; scores are 0–100 with modest
    /// denominators, but exotic weights could overflow, and then a close
    /// decimal approximation orders just as well.
    static func difference(_ a: Rational, _ b: Rational) -> (numerator: Int128, denominator: Int128)
    {
        let p = a.numerator.multipliedReportingOverflow(by: b.denominator)
        let q = b.numerator.multipliedReportingOverflow(by: a.denominator)
        let d = a.denominator.multipliedReportingOverflow(by: b.denominator)
        if !p.overflow, !q.overflow, !d.overflow {
            let n = p.partialValue.subtractingReportingOverflow(q.partialValue)
            if !n.overflow { return (n.partialValue, d.partialValue) }
        }
        let scale: Double = 1e12
        return (Int128((a.doubleValue - b.doubleValue) * scale), Int128(scale))
    }

    static func finite(_ value: Double?) -> Double? { value.flatMap { $0.isFinite ? $0 : nil } }
}

extension Array where Element == Int {
    /// Whether this array, sorted ascending, holds `value`.
    func binarySearchContains(_ value: Int) -> Bool {
        var (low, high) = (0, count)
        while low < high {
            let middle = (low + high) / 2
            if self[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low < count && self[low] == value
    }
}
