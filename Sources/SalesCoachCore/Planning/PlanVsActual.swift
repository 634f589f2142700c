/// What share of the visits each segment was meant to get against what the
/// visit log says it got.
///
/// The intended shares come from the rep's planned visits when there are
/// any for classified customers, else from the policy.
public struct PlanVsActual: Sendable, Hashable {
    /// Where the intended shares came from.
    public enum Basis: String, Sendable, Hashable {
        case plan
        case policy
    }

    public struct Row: Sendable, Hashable {
        public let segment: Segment
        /// Intended share, 0–1.
        public let plannedShare: Double
        /// Visits logged to the segment.
        public let actualVisits: Int
        /// Logged share, 0–1.
        public let actualShare: Double

        public init(segment: Segment, plannedShare: Double, actualVisits: Int, actualShare: Double)
        {
            self.segment = segment
            self.plannedShare = plannedShare
            self.actualVisits = actualVisits
            self.actualShare = actualShare
        }

        /// Actual minus planned, in share points (−1…1).
        public var gap: Double { actualShare - plannedShare }
    }

    public let basis: Basis
    public let actual: VisitMix
    /// A, B, C, D.
    public let rows: [Row]

    /// Compares the log between `from` and `through` (both included) with the plan or the policy.
    public init(
        visitLog: [VisitRecord], classifications: [Classification], planned: [PlannedVisit],
        policy: PlanPolicy,
        from: LocalDate, through: LocalDate, history: SegmentHistory? = nil
    ) {
        let mix = VisitMix(
            visitLog: visitLog, classifications: classifications, from: from, through: through, history: history)
        let check = PlanCheck.check(
            planned: planned, classifications: classifications, policy: policy, today: from)
        let usePlan = check.total > 0
        basis = usePlan ? .plan : .policy
        actual = mix
        let totalShare = Segment.allCases.reduce(0.0) {
            $0 + max(policy.share(of: $1).doubleValue, 0)
        }
        rows = Segment.allCases.map { segment in
            let intended =
                usePlan
                ? check.row(segment).share
                : (totalShare > 0 ? max(policy.share(of: segment).doubleValue, 0) / totalShare : 0)
            return Row(
                segment: segment, plannedShare: intended, actualVisits: mix.count(segment),
                actualShare: mix.share(segment))
        }
    }

    public func row(_ segment: Segment) -> Row {
        rows.first { $0.segment == segment }
            ?? Row(segment: segment, plannedShare: 0, actualVisits: 0, actualShare: 0)
    }

    /// A line per segment: "B: planned 50%, visited 30% (3 visits)".
    public func lines(in language: Language) -> [String] {
        rows.map { row in
            switch language {
            case .en:
                let visits = row.actualVisits == 1 ? "1 visit" : "\(row.actualVisits) visits"
                let planned = basis == .plan ? "planned" : "policy"
                return
                    "\(row.segment.rawValue): \(planned) \(Formatting.percent(row.plannedShare)), "
                    + "visited \(Formatting.percent(row.actualShare)) (\(visits))"
            case .ja:
                let planned = basis == .plan ? "計画" : "方針"
                return "\(row.segment.rawValue)：\(planned) \(Formatting.percent(row.plannedShare))、"
                    + "実績 \(Formatting.percent(row.actualShare))（\(row.actualVisits)件）"
            }
        }
    }
}
