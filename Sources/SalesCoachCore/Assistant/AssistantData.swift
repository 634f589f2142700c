/// Everything the assistant answers from, prepared once per book change:
/// the classified book with its name index, counts and per-segment order,
/// plus the things that change more often (visit log, planned visits, today),
/// which `with(visitLog:planned:today:)` replaces without rebuilding the rest.
///
/// The week's plan, the plan check and the comfort check are computed here
/// too, so that questions about them cost a look-up, not a planner run.
public struct AssistantData: Sendable {
    /// The book, classified, in book order.
    public let classifications: [Classification]
    /// Classification rule (for the cut line in explanations) and planning policy.
    public let config: Config
    /// The method's guidance.
    public let guidance: any GuidanceSource
    /// Logged visits.
    public let visitLog: [VisitRecord]
    /// The rep's own planned visits, for a plan check.
    public let planned: [PlannedVisit]
    /// The day questions are asked on.
    public let today: LocalDate

    /// Reads questions against this book's names.
    public let interpreter: Interpreter
    /// Counts and shares per segment.
    public let summary: SegmentSummary
    /// Classification positions by `Book.key` of the name.
    let positions: [String: Int]
    /// Classification positions per segment, in the order members are shown.
    let ranked: [Segment: [Int]]
    /// The plan at the policy's capacity.
    let defaultPlan: VisitPlan
    /// The check of `planned`, nil when nothing is planned.
    let check: PlanCheckReport?
    /// Where the logged visits went over the comfort window.
    let comfort: ComfortCheck

    /// Builds the indexes; this is the part that costs time on a large book.
    public init(
        classifications: [Classification], config: Config = .standard, guidance: any GuidanceSource = NoGuidance(),
        visitLog: [VisitRecord] = [], planned: [PlannedVisit] = [], today: LocalDate
    ) {
        self.classifications = classifications
        self.config = config
        self.guidance = guidance
        self.visitLog = visitLog
        self.planned = planned
        self.today = today
        (defaultPlan, check, comfort) = AssistantData.week(classifications, config, visitLog, planned, today)
        interpreter = Interpreter(names: classifications.map(\.name))
        summary = SegmentSummary(classifications)
        var positions: [String: Int] = [:]
        var groups: [Segment: [Int]] = [:]
        for (i, classification) in classifications.enumerated() {
            let key = Book.key(classification.name)
            if positions[key] == nil { positions[key] = i }
            if let segment = classification.segment { groups[segment, default: []].append(i) }
        }
        self.positions = positions
        self.ranked = groups.mapValues { indices in
            indices.sorted { AssistantData.shownBefore(classifications[$0], classifications[$1]) }
        }
    }

    /// The same book with other visits, planned visits or day: the name index,
    /// counts and orders are kept, the plan and checks recomputed.
    public func with(visitLog: [VisitRecord]? = nil, planned: [PlannedVisit]? = nil, today: LocalDate? = nil) -> AssistantData {
        var copy = self
        copy.replace(visitLog ?? self.visitLog, planned ?? self.planned, today ?? self.today)
        return copy
    }

    private mutating func replace(_ visitLog: [VisitRecord], _ planned: [PlannedVisit], _ today: LocalDate) {
        self = AssistantData(
            keeping: self, visitLog: visitLog, planned: planned, today: today,
            week: AssistantData.week(classifications, config, visitLog, planned, today))
    }

    private init(
        keeping base: AssistantData, visitLog: [VisitRecord], planned: [PlannedVisit], today: LocalDate,
        week: (VisitPlan, PlanCheckReport?, ComfortCheck)
    ) {
        classifications = base.classifications
        config = base.config
        guidance = base.guidance
        interpreter = base.interpreter
        summary = base.summary
        positions = base.positions
        ranked = base.ranked
        self.visitLog = visitLog
        self.planned = planned
        self.today = today
        (defaultPlan, check, comfort) = week
    }

    private static func week(
        _ classifications: [Classification], _ config: Config, _ visitLog: [VisitRecord], _ planned: [PlannedVisit],
        _ today: LocalDate
    ) -> (VisitPlan, PlanCheckReport?, ComfortCheck) {
        let plan = Planner.plan(classifications: classifications, visitLog: visitLog, policy: config.plan, today: today)
        let check = planned.isEmpty
            ? nil
            : PlanCheck.check(
                planned: planned, classifications: classifications, policy: config.plan, visitLog: visitLog, today: today)
        let comfort = ComfortCheck(visitLog: visitLog, classifications: classifications, policy: config.plan, today: today)
        return (plan, check, comfort)
    }

    /// The classification of the customer named `name` (as the book spells it, or any case and width).
    public func classification(named name: String) -> Classification? {
        positions[Book.key(name)].map { classifications[$0] }
    }

    /// The members of `segment` in the order answers show them: A by our sales
    /// (what a competitor would take), B by upside (objective minus record),
    /// C by transaction record (the strongest pull), D by objective score.
    public func members(of segment: Segment) -> [Classification] {
        (ranked[segment] ?? []).map { classifications[$0] }
    }

    static func shownBefore(_ x: Classification, _ y: Classification) -> Bool {
        // Display order only, so doubles are precise enough; non-finite data sorts last.
        func key(_ c: Classification) -> Double {
            guard let objective = c.objective?.value, let record = c.record?.value else { return -.infinity }
            let value: Double
            switch c.segment {
            case .a?: value = c.customer[.sales] ?? -.infinity
            case .b?: value = objective - record
            case .c?: value = record
            case .d?, nil: value = objective
            }
            return value.isNaN ? -.infinity : value
        }
        let (kx, ky) = (key(x), key(y))
        return kx != ky ? ky < kx : x.name < y.name
    }
}
