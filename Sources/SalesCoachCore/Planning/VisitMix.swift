/// Where logged visits went over a date range: counts per segment.
///
/// Each log record is one visit. Names are matched to the book the way the
/// book matches them; visits to names not in the book and to unclassified
/// customers are counted apart and stay out of the shares.
///
/// With a segment history, a visit counts in the segment the customer held
/// on the day of the visit (a visit to a B customer that has since become A
/// was time in B); without one, or before it starts, in today's segment.
public struct VisitMix: Sendable, Hashable {
    /// First and last day counted, both included.
    public let from: LocalDate
    public let through: LocalDate
    /// Visits per segment (every segment present, zero when none).
    public let counts: [Segment: Int]
    /// Visits to classified customers; the shares are of this.
    public let total: Int
    /// Visits to names the book does not have, distinct names in log order.
    public let unknownNames: [String]
    /// Visits to names the book does not have.
    public let unknownVisits: Int
    /// Visits to customers without a segment.
    public let unclassifiedVisits: Int

    public init(
        visitLog: [VisitRecord], classifications: [Classification], from: LocalDate,
        through: LocalDate, history: SegmentHistory? = nil
    ) {
        var segments: [String: Segment?] = [:]
        for classification in classifications
        where segments[VisitHistory.key(classification.name)] == nil {
            segments[VisitHistory.key(classification.name)] = .some(classification.segment)
        }
        var counts = Dictionary(uniqueKeysWithValues: Segment.allCases.map { ($0, 0) })
        var unknown: [String] = []
        var seenUnknown: Set<String> = []
        var unknownVisits = 0
        var unclassified = 0
        for record in visitLog where record.date >= from && record.date <= through {
            let key = VisitHistory.key(record.customerName)
            // In the book: its segment on the day, when the history knows it.
            if segments[key] != nil,
                let then = history?.entry(of: record.customerName, on: record.date).flatMap({ $0.isPresent ? $0.segment : nil })
            {
                counts[then, default: 0] += 1
                continue
            }
            switch segments[key] {
            case .some(.some(let segment)):
                counts[segment, default: 0] += 1
            case .some(.none): unclassified += 1
            case .none:
                unknownVisits += 1
                if seenUnknown.insert(key).inserted { unknown.append(record.customerName) }
            }
        }
        self.from = from
        self.through = through
        self.counts = counts
        self.total = counts.values.reduce(0, +)
        self.unknownNames = unknown
        self.unknownVisits = unknownVisits
        self.unclassifiedVisits = unclassified
    }

    public func count(_ segment: Segment) -> Int { counts[segment] ?? 0 }

    /// The segment's share of visits to classified customers, 0–1 (0 when there were none).
    public func share(_ segment: Segment) -> Double {
        total == 0 ? 0 : Double(count(segment)) / Double(total)
    }

    /// Monday to Sunday of the week before the one containing `today`.
    public static func lastWeek(before today: LocalDate) -> (from: LocalDate, through: LocalDate) {
        let monday = today.startOfWeek.adding(days: -7)
        return (monday, monday.adding(days: 6))
    }
}
