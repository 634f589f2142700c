/// Each recent week's visits per segment: the visits logged, or, for a week
/// with none logged, the visits planned. Drawn as one bar per week of C's
/// share against its limit, so drift into comfortable accounts shows as a
/// shape rather than a number to remember.
public struct WeeklyShares: Sendable, Hashable {
    public enum Basis: String, Sendable, Hashable {
        case logged
        case planned
    }

    public struct Week: Sendable, Hashable {
        public let week: PlanWeek
        public let counts: [Segment: Double]
        public let basis: Basis

        public var total: Double { counts.values.reduce(0, +) }

        /// The segment's share of the week, 0–1; nil for a week with nothing logged or planned.
        public func share(_ segment: Segment) -> Double? {
            total > 0 ? (counts[segment] ?? 0) / total : nil
        }
    }

    /// Oldest first, ending with the week that holds `today`.
    public let weeks: [Week]

    /// - Parameters:
    ///   - count: how many weeks, the current one last.
    ///   - planned: planned visits in any week (undated ones count for the current week).
    public init(
        weeks count: Int, visitLog: [VisitRecord], planned: [PlannedVisit], classifications: [Classification], today: LocalDate,
        history: SegmentHistory? = nil
    ) {
        let current = PlanWeek(containing: today)
        var segments: [String: Segment] = [:]
        for c in classifications {
            if let segment = c.segment { segments[VisitHistory.key(c.name)] = segment }
        }
        let plannedWeeks = PlannedWeeks(planned: planned, today: today)
        weeks = (0..<max(1, count)).reversed().map { back in
            let week = PlanWeek(start: current.start.adding(days: -7 * back))
            let mix = VisitMix(
                visitLog: visitLog, classifications: classifications, from: week.start, through: week.end, history: history)
            if mix.total > 0 {
                return Week(week: week, counts: mix.counts.mapValues(Double.init), basis: .logged)
            }
            var counts: [Segment: Double] = [:]
            for visit in plannedWeeks.visits(in: week) {
                if let segment = segments[VisitHistory.key(visit.customerName)] { counts[segment, default: 0] += Double(visit.visits) }
            }
            return Week(week: week, counts: counts, basis: .planned)
        }
    }

    /// Whether any week has anything to show.
    public var isEmpty: Bool { weeks.allSatisfy { $0.total == 0 } }
}
