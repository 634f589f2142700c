/// Who deserves the next visit, for the whole book: the planner's own order,
/// read from the same candidates it plans from, so the plan, the assistant's
/// "which first?" and `list --sort priority` can never disagree.
///
/// The order: A customers past their follow-up (longest unseen first), then B
/// (largest upside first, those seen since last week behind), then A customers
/// due by the week's end, the other A customers, C and D overdue or with a
/// logged reason, the other C and D, and last the unclassified.
public struct PlanPriority: Sendable {
    public enum Group: Int, Sendable, Comparable {
        case aOverdue, b, aDue, aLater, cOverdue, dOverdue, c, d, unclassified

        public static func < (x: Group, y: Group) -> Bool { x.rawValue < y.rawValue }
    }

    /// Each customer's group and place (0 = first) in the order, by name key.
    private let places: [String: (group: Group, position: Int)]
    /// The A cadence the week holds (see `PlanPolicy.followUpWeeks`).
    public let cadenceWeeksA: Int

    /// - Parameter made: the candidates already made from these same
    ///   classifications (the caller vouches for that), used when they fit.
    public init(
        classifications: [Classification], visitLog: [VisitRecord], policy: PlanPolicy, today: LocalDate,
        made: PlanBook? = nil
    ) {
        let week = PlanWeek(containing: today)
        let book =
            made.flatMap {
                $0.candidates.keys.count == classifications.count
                    && $0.fits(visitLog: visitLog, policy: policy, week: week, today: today) ? $0.candidates : nil
            }
            ?? PlanCandidates(
                classifications: classifications, visitLog: visitLog, policy: policy, week: week, today: today,
                extraReasons: [:])
        var grouped: [(Group, String)] = []
        for candidate in book.customers(in: .a) {
            let group: Group = !candidate.eligible ? .aLater : candidate.pastCadence ? .aOverdue : .aDue
            grouped.append((group, book.keys[candidate.index]))
        }
        for candidate in book.customers(in: .b) { grouped.append((.b, book.keys[candidate.index])) }
        for candidate in book.customers(in: .c) { grouped.append((candidate.eligible ? .cOverdue : .c, book.keys[candidate.index])) }
        for candidate in book.customers(in: .d) { grouped.append((candidate.eligible ? .dOverdue : .d, book.keys[candidate.index])) }
        for name in book.unclassified { grouped.append((.unclassified, VisitHistory.key(name))) }
        // Groups in the method's order, each keeping the planner's order within it.
        let ordered = grouped.enumerated().sorted { ($0.element.0, $0.offset) < ($1.element.0, $1.offset) }
        var places: [String: (Group, Int)] = [:]
        for (position, item) in ordered.enumerated() where places[item.element.1] == nil {
            places[item.element.1] = (item.element.0, position)
        }
        self.places = places
        cadenceWeeksA = book.cadenceWeeksA
    }

    /// The customer's group and place, or nil for a name the book does not have.
    public func place(of name: String) -> (group: Group, position: Int)? { places[VisitHistory.key(name)] }
}
