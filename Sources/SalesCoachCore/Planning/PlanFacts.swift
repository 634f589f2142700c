/// What a plan check computes once from the plan, the book and the policy;
/// every `PlanRule` reads it and none computes it again.
public struct PlanFacts: Sendable {
    public let policy: PlanPolicy
    public let unit: PlanUnit
    /// The week checked (the earliest `week` of the plan's entries, else the
    /// week `Planner` would plan on `today`).
    public let week: PlanWeek
    /// Planned per segment, in `unit`, for classified customers of the book.
    public let amounts: [Segment: Double]
    /// Distinct customers planned per segment.
    public let customers: [Segment: Int]
    /// Everything planned for classified customers; shares are of this.
    public let total: Double
    /// Planned for names the book does not have or cannot classify.
    public let uncounted: Double
    /// B customers in the planner's order that the plan leaves out, then those it has.
    public let bOpen: [String]
    public let bPlanned: [String]
    /// Name keys of the customers the plan names.
    let plannedKeys: Set<String>
    /// The book as the planner reads it (for the A follow-up).
    let candidates: PlanCandidates
    /// The week's capacity, as the planner would have been given it: every
    /// visit in the plan, counted or not. It decides the A cadence the plan can hold.
    public let capacity: Int
    /// Problems with single entries (not in the book, another rep's,
    /// unclassified), in the order the plan names them.
    public let entryWarnings: [PlanWarning]
    /// True when the plan has no entry with something planned.
    public let isEmpty: Bool

    /// One visit in `unit`: 1, or the policy's hours per visit.
    public var visitSize: Double { unit == .visits ? 1 : policy.hoursPerVisit.doubleValue }

    /// `total` in whole visits.
    public var totalVisits: Double { total / visitSize }

    public func amount(_ segment: Segment) -> Double { amounts[segment] ?? 0 }

    /// The book as the planner reads it, as made or reused for these facts:
    /// a caller may keep it for the next check of the same classifications.
    public let planBook: PlanBook

    /// Reads a plan against a classified book.
    /// - Parameters:
    ///   - owners: for names not in this book, the rep who owns them elsewhere
    ///     in the team (by `Book.key`), so the warning names them.
    ///   - week: the week checked, when the caller has chosen it.
    ///   - reusing: a `PlanBook` made earlier, taken whole when it was made
    ///     from these same classifications (`sameClassifications`, which the
    ///     caller vouches for) and fits the visit log, policy, week and day;
    ///     otherwise a new one is made, with its name keys when the names are the same.
    ///   - changes: the rows where `classifications` differ from those
    ///     `earlier` was made from, when known: it is then updated rather than made again.
    public init(
        planned: [PlannedVisit], classifications: [Classification], policy: PlanPolicy,
        visitLog: [VisitRecord] = [], owners: [String: String] = [:], week: PlanWeek? = nil,
        today: LocalDate, reusing earlier: PlanBook? = nil, sameClassifications: Bool = false,
        changes: ClassificationChanges? = nil
    ) {
        let unit: PlanUnit = planned.contains { $0.hours != nil } ? .hours : .visits
        let hoursPerVisit = policy.hoursPerVisit.doubleValue
        let week =
            week ?? planned.compactMap(\.week).min().map { PlanWeek(start: $0) }
            ?? PlanWeek(containing: today)
        let visitSize = unit == .visits ? 1 : hoursPerVisit
        let capacity = PlanCheck.ceilWhole(
            planned.reduce(0.0) { sum, entry in
                let raw = unit == .hours ? (entry.hours ?? Double(entry.visits) * hoursPerVisit) : Double(entry.visits)
                return raw.isFinite && raw > 0 ? sum + raw : sum
            } / visitSize)
        let planBook =
            earlier.flatMap {
                sameClassifications && $0.candidates.keys.count == classifications.count
                    && $0.fits(visitLog: visitLog, policy: policy, week: week, today: today) ? $0 : nil
            }
            ?? earlier.flatMap { earlier in
                changes.flatMap {
                    PlanBook.updating(
                        earlier, classifications: classifications, changes: $0, visitLog: visitLog, policy: policy, week: week,
                        today: today)
                }
            }
            ?? PlanBook(
                classifications: classifications, visitLog: visitLog, policy: policy, week: week, today: today,
                reusingKeysOf: earlier)
        let book = planBook.candidates
        let byKey = planBook.positions

        // Merge entries for the same customer, in the order they first appear.
        var order: [String] = []
        var merged: [String: (name: String, amount: Double)] = [:]
        for entry in planned {
            let raw =
                unit == .hours
                ? (entry.hours ?? Double(entry.visits) * hoursPerVisit) : Double(entry.visits)
            guard raw.isFinite, raw > 0 else { continue }
            let key = VisitHistory.key(entry.customerName)
            if merged[key] == nil { order.append(key) }
            merged[key, default: (entry.customerName.trimmingWhitespace, 0)].amount += raw
        }

        var amounts: [Segment: Double] = [:]
        var customers: [Segment: Int] = [:]
        var uncounted = 0.0
        var entryWarnings: [PlanWarning] = []
        for key in order {
            guard let (name, amount) = merged[key] else { continue }
            guard let index = byKey[key] else {
                uncounted += amount
                if let owner = owners[key] {
                    entryWarnings.append(.otherRep(name: name, owner: owner))
                } else {
                    let suggestions = Suggestions.closest(
                        to: name, in: classifications.map(\.name), limit: 3)
                    entryWarnings.append(.notInBook(name: name, suggestions: suggestions))
                }
                continue
            }
            let classification = classifications[index]
            guard let segment = classification.segment else {
                uncounted += amount
                entryWarnings.append(
                    .unclassified(name: classification.name, missing: classification.missingAxes))
                continue
            }
            amounts[segment, default: 0] += amount
            customers[segment, default: 0] += 1
        }
        let plannedKeys = Set(order)
        let bRanked = book.customers(in: .b)
        self.policy = policy
        self.unit = unit
        self.week = week
        self.amounts = amounts
        self.customers = customers
        self.total = Segment.allCases.reduce(0) { $0 + (amounts[$1] ?? 0) }
        self.uncounted = uncounted
        // A team export read as one book holds an account once per rep: name it once.
        var named: Set<String> = []
        let bOnce = bRanked.filter { named.insert(book.keys[$0.index]).inserted }
        self.bOpen = bOnce.filter { !plannedKeys.contains(book.keys[$0.index]) }.map(\.name)
        self.bPlanned = bOnce.filter { plannedKeys.contains(book.keys[$0.index]) }.map(\.name)
        self.plannedKeys = plannedKeys
        self.candidates = book
        self.planBook = planBook
        self.capacity = capacity
        self.entryWarnings = entryWarnings
        self.isEmpty = order.isEmpty
    }
}
