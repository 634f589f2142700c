import Synchronization

/// Everything the assistant answers from, prepared once per book change:
/// the classified book with its name index, counts and per-segment order,
/// plus the things that change more often (visit log, planned visits, today),
/// which can be set without rebuilding the rest.
///
/// The week's plan, the plan check and the comfort check are made on the
/// first question that needs them and kept until one of those three changes,
/// so a second plan question costs a look-up, not a planner run.
/// What the plan on the screen was asked for, so a change in words ("make it
/// 3", "drop friday", 「Cは入れないで」) keeps the rest of the request.
public struct ShownPlan: Sendable, Equatable {
    public var visits: Int?
    public var onlyDays: Set<Int>?
    public var perDay: Int?
    /// Limits on a segment's visits ("no C", 「Cは1件まで」).
    public var caps: [Segment: Int]
    /// Customers the rep asked to have in the plan ("osu bakery has to be in
    /// it"): a change to the plan keeps them, even over a limit.
    public var pinned: [String]
    /// Customers the rep took out of the plan ("take the hospital out"): a
    /// change to the plan ("make it 5") leaves them out.
    public var excluded: [String]
    /// The day each customer was moved to ("move harbor view to thursday"),
    /// by `Book.key`: "why is X in there?" next names the day shown.
    public var pinnedDays: [String: Int]
    /// The day each customer had on the screen, by `Book.key`: "why is
    /// nordic in there?" names the day the rep saw, whatever a plan made
    /// again would give.
    public var shownDays: [String: LocalDate] = [:]

    public init(
        visits: Int?, onlyDays: Set<Int>?, perDay: Int?, caps: [Segment: Int] = [:], pinned: [String] = [], excluded: [String] = [],
        pinnedDays: [String: Int] = [:]
    ) {
        self.visits = visits
        self.onlyDays = onlyDays
        self.perDay = perDay
        self.caps = caps
        self.pinned = pinned
        self.excluded = excluded
        self.pinnedDays = pinnedDays
    }
}

public struct AssistantData: Sendable {
    /// The book, classified, in book order.
    public let classifications: [Classification]
    /// Classification rule (for the cut line in explanations) and planning policy.
    public let config: Config
    /// The method's guidance.
    public let guidance: any GuidanceSource
    // Setting the same values again keeps the plan already made: callers
    // refresh these before every question.

    /// Logged visits.
    public var visitLog: [VisitRecord] { didSet { if oldValue != visitLog { week = WeekCache() } } }
    /// The rep's own planned visits, for a plan check.
    public var planned: [PlannedVisit] { didSet { if oldValue != planned { week = WeekCache() } } }
    /// The day questions are asked on.
    public var today: LocalDate { didSet { if oldValue != today { week = WeekCache() } } }
    /// Set when the plans asked about are for a week ahead, whose Monday is
    /// then `today` (as `WeekPlan.make` plans such a week): answers name that week.
    public var weekAhead: PlanWeek?
    /// The size and days of the plan just shown ("make it 4", "only Tuesday
    /// and Thursday"), so "is it ok?" right after it checks that plan, not the
    /// one at the policy's capacity.
    public var shownPlan: ShownPlan?
    /// Every customer's segments over time (the workspace's history), for
    /// questions about moves and whether the time in B pays off.
    public var history: SegmentHistory {
        get { historySource.history }
        set { historySource = HistorySource(newValue) }
    }
    /// Whether the history ranks the book these classifications rank (the
    /// whole book, not one rep's), so past visits may be placed by it.
    public var historyRanksThisBook = true
    /// Where `history` comes from: read only when a question needs it.
    public var historySource = HistorySource(SegmentHistory([]))

    /// The rep a question named, when the book is that rep's customers
    /// ("how many B customers does Emily have?"): answers say "Emily Carter's", not "your".
    public var namedRep: String?

    /// Reads questions against this book's names.
    public let interpreter: Interpreter
    /// Counts and shares per segment.
    public let summary: SegmentSummary
    /// Classification positions by `Book.key` of the name.
    let positions: [String: Int]
    /// The names and reps the interpreter and `positions` were made for: the
    /// next data compares its own with these to know whether it may reuse them.
    private let names: [String]
    private let reps: [String]
    /// Classification positions per segment, in the order members are shown.
    let ranked: [Segment: [Int]]
    /// Each customer's rep as the book spells it, and the key that orders it
    /// within its segment (`displayKey`), by position: what the next data
    /// updates `ranked` from after a change to a few customers.
    private let spellings: [String?]
    private let displayKeys: [Double]
    /// The week's plan and checks, once made.
    private var week = WeekCache()
    /// The planner's candidates over the whole book, made on first use (see `planBook`).
    private let plans: PlanBookSlot

    /// The indexes over the names that a later data may reuse, without the
    /// classifications a change to the book has made stale: what a session
    /// keeps between a change and the next question, so a large book's old
    /// classifications are not held beside the new ones.
    public struct Reusable: Sendable {
        let names: [String]
        let reps: [String]
        let interpreter: Interpreter
        let positions: [String: Int]
        /// Empty for indexes made without classifications (at start-up).
        var spellings: [String?] = []
        var displayKeys: [Double] = []
        var ranked: [Segment: [Int]] = [:]
        /// The planner's candidates the data made, if it made them.
        public var planBook: PlanBook?
    }

    /// The planner's candidates this data made, if a question needed them.
    public var madePlanBook: PlanBook? { plans.made }

    public var reusable: Reusable {
        Reusable(
            names: names, reps: reps, interpreter: interpreter, positions: positions, spellings: spellings,
            displayKeys: displayKeys, ranked: ranked, planBook: plans.made)
    }

    /// The name indexes for a book whose customers are `names` with `reps`
    /// (as `RepName.reps(spelledAs:)` lists them), made before any data is:
    /// a session builds them on its other core while it starts, so the first
    /// question finds them ready instead of indexing the whole book itself.
    /// `positions`: each name's position by `Book.key`, first of a key kept,
    /// when already at hand (a book's own, for a book of unique names).
    public static func indexes(names: [String], reps: [String], positions: [String: Int]? = nil) -> Reusable {
        Reusable(
            names: names, reps: reps, interpreter: Interpreter(names: names, reps: reps),
            positions: positions ?? AssistantData.positions(of: names))
    }

    /// Positions by `Book.key` of the name, the first of a key kept.
    private static func positions(of names: [String]) -> [String: Int] {
        var positions: [String: Int] = [:]
        positions.reserveCapacity(names.count)
        for i in names.indices {
            let key = Book.key(names[i])
            if positions[key] == nil { positions[key] = i }
        }
        return positions
    }

    /// Builds the indexes; this is the part that costs time on a large book.
    public init(
        classifications: [Classification], config: Config = .standard, guidance: any GuidanceSource = NoGuidance(),
        visitLog: [VisitRecord] = [], planned: [PlannedVisit] = [], today: LocalDate, reusing previous: AssistantData? = nil
    ) {
        self.init(
            classifications: classifications, config: config, guidance: guidance, visitLog: visitLog, planned: planned,
            today: today, reusingIndexes: previous?.reusable)
    }

    /// `init(…reusing:)` from what an earlier data left to reuse.
    /// - Parameters:
    ///   - changes: the rows where `classifications` differ from those
    ///     `previous` was made from, when known (see `ClassifiedBook`): the
    ///     order of each segment is then updated for those rows alone.
    ///   - planBook, planChanges: the planner's candidates made earlier, and
    ///     the rows where `classifications` differ from theirs, when known:
    ///     the plan's candidates are then updated rather than made again.
    ///   - positions: each name's position by `Book.key`, first of a key
    ///     kept, when already at hand (a book's own, when the classifications
    ///     are that book's in its order): after a customer is added or
    ///     removed, normalising every name again was a third of the next question.
    public init(
        classifications: [Classification], config: Config = .standard, guidance: any GuidanceSource = NoGuidance(),
        visitLog: [VisitRecord] = [], planned: [PlannedVisit] = [], today: LocalDate, reusingIndexes previous: Reusable?,
        changes: ClassificationChanges? = nil, planBook: PlanBook? = nil, planChanges: ClassificationChanges? = nil,
        positions knownPositions: [String: Int]? = nil
    ) {
        self.classifications = classifications
        self.config = config
        self.guidance = guidance
        self.visitLog = visitLog
        self.planned = planned
        self.today = today
        plans = PlanBookSlot(base: planBook, changes: planChanges)
        summary = SegmentSummary(classifications)
        if let previous, let changes,
            let order = AssistantData.updatedOrder(of: previous, classifications: classifications, changes: changes)
        {
            // A change to a few customers' values: the names, reps and their
            // indexes stay, and only those customers move in their segments.
            (names, reps, interpreter, positions, spellings) =
                (previous.names, previous.reps, previous.interpreter, previous.positions, previous.spellings)
            (displayKeys, ranked) = order
            return
        }
        // The name index depends on the names alone: after a change that
        // keeps them (a `set`, a new setting), the previous one is reused,
        // which is most of what rebuilding cost on a large book.
        // Classifications are read in place throughout (closures and indices,
        // never `for … in` or key paths): each copy of one retains its
        // customer, axes and moves, which on a large book cost more than the work.
        // One pass through a buffer: `map` and a lazy map hand each element
        // over as a copy, which was half of this set-up after a change.
        var names: [String] = []
        var spellings: [String?] = []
        var groups: [Segment: [Int]] = [:]
        var keys: [Double] = []
        names.reserveCapacity(classifications.count)
        spellings.reserveCapacity(classifications.count)
        keys.reserveCapacity(classifications.count)
        classifications.withUnsafeBufferPointer { items in
            for i in items.indices {
                names.append(items[i].customer.name)
                spellings.append(items[i].customer.rep)
                let segment = items[i].segment
                if let segment { groups[segment, default: []].append(i) }
                keys.append(
                    AssistantData.displayKey(
                        segment: segment, objective: items[i].objective?.value, record: items[i].record?.value,
                        sales: items[i].customer[.sales]))
            }
        }
        let reps = RepName.reps(spelledAs: spellings)
        let sameNames = previous.map { $0.names == names } ?? false
        let sameReps = sameNames && previous.map { $0.reps == reps } ?? false
        self.names = names
        self.reps = reps
        self.spellings = spellings
        self.displayKeys = keys
        interpreter = sameReps ? previous!.interpreter : Interpreter(names: names, reps: reps)
        self.positions = sameNames ? previous!.positions : knownPositions ?? AssistantData.positions(of: names)
        // One key per customer, then a sort of plain numbers: comparing
        // classifications directly would copy them at every comparison.
        self.ranked = groups.mapValues { indices in
            indices.sorted { keys[$0] != keys[$1] ? keys[$1] < keys[$0] : names[$0] < names[$1] }
        }
    }

    /// The plan at the policy's capacity.
    var defaultPlan: VisitPlan {
        week.plan {
            Planner.plan(classifications: classifications, visitLog: visitLog, policy: config.plan, today: today, made: planBook)
        }
    }

    /// The planner's candidates over the whole book for the week of `today`,
    /// made once (or updated from the ones the data was given) and kept
    /// while the visit log and the day stay.
    public var planBook: PlanBook {
        let (visitLog, policy, today) = (self.visitLog, config.plan, self.today)
        let week = PlanWeek(containing: today)
        return plans.book(fitting: { $0.fits(visitLog: visitLog, policy: policy, week: week, today: today) }) { kept, base, changes in
            if kept == nil, let base, let changes,
                let updated = PlanBook.updating(
                    base, classifications: classifications, changes: changes, visitLog: visitLog, policy: policy, week: week,
                    today: today)
            {
                return updated
            }
            return PlanBook(
                classifications: classifications, visitLog: visitLog, policy: policy, week: week, today: today,
                reusingKeysOf: kept ?? base)
        }
    }

    /// The plan for `visits` visits this week.
    func plan(visits: Int) -> VisitPlan {
        guard visits != config.plan.capacity else { return defaultPlan }
        return week.plan(visits: visits) {
            Planner.plan(
                classifications: classifications, visitLog: visitLog, policy: config.plan, capacity: .visits(visits),
                today: today, made: planBook)
        }
    }

    /// The plan with at most `caps` visits to the segments named ("max 2 C visits",
    /// 「Cは1件まで」): each capped segment's share is cut to its cap, and what
    /// it gives up goes to B, the method's main target. The customers the rep
    /// asked for (`pinned`) are in it, over a limit if need be. Made afresh.
    func plan(
        visits: Int, onlyDays: Set<Int>?, caps: [Segment: Int], pinned: [String] = [], excluded: [String] = [],
        pinnedDays: [String: Int] = [:]
    ) -> VisitPlan {
        let out = Set(excluded.map(Book.key))
        return Planner.plan(
            classifications: out.isEmpty ? classifications : classifications.filter { !out.contains(Book.key($0.name)) },
            visitLog: visitLog, policy: config.plan.capped(caps, visits: visits),
            capacity: .visits(visits), today: today, onlyDays: onlyDays, limits: caps, pinned: pinned, pinnedDays: pinnedDays,
            made: out.isEmpty && caps.isEmpty ? planBook : nil)
    }

    /// The plan for `visits` visits on the weekdays named (1 = Monday), made afresh.
    func plan(visits: Int, onlyDays: Set<Int>) -> VisitPlan {
        Planner.plan(
            classifications: classifications, visitLog: visitLog, policy: config.plan, capacity: .visits(visits),
            today: today, onlyDays: onlyDays, made: planBook)
    }

    /// The check of `planned`, nil when nothing is planned.
    var check: PlanCheckReport? {
        guard !planned.isEmpty else { return nil }
        return week.check {
            PlanCheck.check(
                planned: planned, classifications: classifications, policy: config.plan, visitLog: visitLog, today: today,
                reusing: planBook, sameClassifications: true
            ).report
        }
    }

    /// Where the logged visits went over the comfort window; nil without a visit log.
    var comfort: ComfortCheck? {
        guard !visitLog.isEmpty else { return nil }
        return week.comfort {
            ComfortCheck(
                visitLog: visitLog, classifications: classifications, policy: config.plan, today: today,
                history: historyRanksThisBook ? history : nil)
        }
    }

    /// The classification of the customer named `name` (as the book spells it, or any case and width).
    public func classification(named name: String) -> Classification? {
        positions[Book.key(name)].map { classifications[$0] }
    }

    /// The members of `segment` in the order answers show them: A by our sales
    /// (what a competitor would take), B by upside (objective minus record),
    /// C by transaction record (the strongest pull), D by objective score.
    public func members(of segment: Segment, limit: Int = .max) -> [Classification] {
        (ranked[segment] ?? []).prefix(max(limit, 0)).map { classifications[$0] }
    }

    /// How many customers the segment has.
    public func memberCount(of segment: Segment) -> Int { ranked[segment]?.count ?? 0 }

    /// The A customers one rep's week keeps on the follow-up rhythm: the
    /// busiest rep's in a team's list, so the team's answers and each rep's
    /// plans name the same cadence.
    var followUpLoad: FollowUpLoad { FollowUpLoad(classifications: classifications) }

    /// How a customer stands for the next visit, the way the planner orders
    /// a week: the book's A cadence, and a B customer's place by upside.
    func visitPriority(_ classification: Classification, history: VisitHistory) -> VisitPriority {
        var upside: (rank: Int, of: Int)? = nil
        if classification.segment == .b, let position = ranked[.b]?.firstIndex(where: { classifications[$0].name == classification.name }) {
            upside = (position + 1, memberCount(of: .b))
        }
        return VisitPriority(classification, history: history, priority: priority, today: today, upsideRank: upside)
    }

    /// The planner's order over the book, for "which first?".
    var priority: PlanPriority {
        week.priority {
            PlanPriority(
                classifications: classifications, visitLog: visitLog, policy: config.plan, today: today, made: planBook)
        }
    }

    /// What orders a segment's members (higher first). Display order only, so
    /// doubles are precise enough; missing or non-finite data sorts last.
    /// Given the parts of a classification it reads, which are read in place.
    static func displayKey(segment: Segment?, objective: Double?, record: Double?, sales: Double?) -> Double {
        guard let objective, let record else { return -.infinity }
        let value: Double
        switch segment {
        case .a?: value = sales ?? -.infinity
        case .b?: value = objective - record
        case .c?: value = record
        case .d?, nil: value = objective
        }
        return value.isNaN ? -.infinity : value
    }
}

/// The week's plan and checks for one set of visits, planned visits and day,
/// made on first use. Shared by copies of the data until one of them changes
/// those inputs and gets a fresh cache.
final class WeekCache: Sendable {
    private let plan = Mutex<VisitPlan?>(nil)
    private let plans = Mutex<[Int: VisitPlan]>([:])
    private let check = Mutex<PlanCheckReport?>(nil)
    private let comfort = Mutex<ComfortCheck?>(nil)
    private let priority = Mutex<PlanPriority?>(nil)

    func plan(_ make: () -> VisitPlan) -> VisitPlan { WeekCache.value(plan, make) }

    /// The plan for another number of visits, kept per number.
    func plan(visits: Int, _ make: () -> VisitPlan) -> VisitPlan {
        plans.withLock { stored in
            if let plan = stored[visits] { return plan }
            let made = make()
            stored[visits] = made
            return made
        }
    }
    func check(_ make: () -> PlanCheckReport) -> PlanCheckReport { WeekCache.value(check, make) }
    func comfort(_ make: () -> ComfortCheck) -> ComfortCheck { WeekCache.value(comfort, make) }
    func priority(_ make: () -> PlanPriority) -> PlanPriority { WeekCache.value(priority, make) }

    private static func value<Value: Sendable>(_ slot: borrowing Mutex<Value?>, _ make: () -> Value) -> Value {
        slot.withLock { stored in
            if let stored { return stored }
            let made = make()
            stored = made
            return made
        }
    }
}
