/// The manager's one-page view: one row per rep with their book's segments,
/// their plan checked against their own book, what the visit log says they
/// did, and the C share week by week; worst first, then a team total.
///
/// Each rep's customers (the customer file's `rep` column, matched by
/// `RepName.key`) are classified as a book of their own
/// (`Classifier.classifyPerRep`), so a rep with small accounts is judged on
/// how they share their time, not on the size of their territory.
///
/// - The plan's `week` column is honoured: the week checked is the one
///   `Planner` would plan on `today` when the plan has entries for it, else
///   the latest week planned; entries of other weeks go into the trend only.
///   Entries without a week belong to the week of `today`.
/// - Customers without a rep have a row of their own, "(no rep)"; plan rows
///   without a rep are checked there against the whole book.
/// - A rep the plan names who owns no customer in the file is reported once,
///   as such (`unknown-rep`), and their plan is not checked; plan rows
///   without a rep are checked against the whole book.
/// - A planned customer who belongs to another rep is named as such (`other-rep`).
/// - When any plan row gives hours, the whole report is in hours.
public struct TeamReport: Sendable, Hashable {
    /// How a row's plan was checked.
    public enum Basis: String, Sendable, Hashable {
        /// Against the rep's own book.
        case ownBook = "own-book"
        /// Plan rows without a rep, against the whole file.
        case wholeBook = "whole-book"
        /// The rep owns no customer in the file; the plan is not checked.
        case unknownRep = "unknown-rep"
    }

    /// One week of the trend.
    public struct Week: Sendable, Hashable {
        /// The Monday.
        public let start: LocalDate
        /// Planned for the week per segment, in the report's unit.
        public let planned: [Segment: Double]
        /// Visits logged in the week per segment.
        public let visited: [Segment: Int]

        public var plannedTotal: Double { planned.values.reduce(0, +) }
        public var visitedTotal: Int { visited.values.reduce(0, +) }

        /// C's share of the visits logged, else of those planned; nil for a week with neither.
        public var cShare: Double? {
            if visitedTotal > 0 { return Double(visited[.c] ?? 0) / Double(visitedTotal) }
            if plannedTotal > 0 { return (planned[.c] ?? 0) / plannedTotal }
            return nil
        }

        /// C above the policy's maximum or above B, in what was logged (else planned).
        func isCHeavy(maxShareC: Double) -> Bool {
            if visitedTotal > 0 {
                let (c, b) = (Double(visited[.c] ?? 0), Double(visited[.b] ?? 0))
                return c * 100 > maxShareC * Double(visitedTotal) || c > b
            }
            let (c, b) = (planned[.c] ?? 0, planned[.b] ?? 0)
            return plannedTotal > 0 && (c * 100 > maxShareC * plannedTotal || c > b)
        }

        static func + (x: Week, y: Week) -> Week {
            Week(
                start: x.start, planned: x.planned.merging(y.planned, uniquingKeysWith: +),
                visited: x.visited.merging(y.visited, uniquingKeysWith: +))
        }
    }

    public struct Row: Sendable, Hashable {
        /// The rep as the customer file (else the plan) spells it; nil for plan rows without a rep.
        public let rep: String?
        public let basis: Basis
        /// Customers per segment in the rep's book (nil key: unclassified); for
        /// the row without a rep, the customers without one, ranked among themselves.
        public let customers: [Segment?: Int]
        /// The plan for the week checked.
        public let check: PlanCheckReport
        /// The weeks of the trend, oldest first.
        public let weeks: [Week]
        /// The first week of the current run of C-heavy weeks; nil when the latest week with data is not.
        public let driftingSince: LocalDate?

        public var warningCount: Int { check.warnings.count }
        public var isCOverweight: Bool { check.isCOverweight }
        /// True when the rep owns no customer in the file and was checked against the whole book.
        public var againstWholeBook: Bool { basis == .wholeBook }

        public func customers(_ segment: Segment?) -> Int { customers[segment] ?? 0 }

        /// Visits logged over the trend's weeks, per segment.
        public func visited(_ segment: Segment) -> Int { weeks.reduce(0) { $0 + ($1.visited[segment] ?? 0) } }
        public var visitedTotal: Int { weeks.reduce(0) { $0 + $1.visitedTotal } }
        /// C's share of the visits logged over the trend's weeks; nil with none logged.
        public var visitedCShare: Double? {
            visitedTotal > 0 ? Double(visited(.c)) / Double(visitedTotal) : nil
        }

        /// The rep's name, or "(no rep)" / "（担当者なし）".
        public func label(in language: Language) -> String {
            rep ?? (language == .en ? "(no rep)" : "（担当者なし）")
        }
    }

    /// The team as a whole: each rep's visits counted in that rep's segments.
    public struct Total: Sendable, Hashable {
        public let customers: [Segment?: Int]
        public let amounts: [Segment: Double]
        public let total: Double
        public let weeks: [Week]
        public let warningCount: Int
        /// C above the maximum share or above B, for the team's visits taken together.
        public let isCOverweight: Bool

        public func customers(_ segment: Segment?) -> Int { customers[segment] ?? 0 }
        public func amount(_ segment: Segment) -> Double { amounts[segment] ?? 0 }
        public func share(_ segment: Segment) -> Double { total > 0 ? amount(segment) / total : 0 }
        public var visitedTotal: Int { weeks.reduce(0) { $0 + $1.visitedTotal } }
        public var visitedCShare: Double? {
            let c = weeks.reduce(0) { $0 + ($1.visited[.c] ?? 0) }
            return visitedTotal > 0 ? Double(c) / Double(visitedTotal) : nil
        }
    }

    /// The version of the JSON this report writes (see docs/team-json.md).
    public static let jsonVersion = 1

    public let unit: PlanUnit
    /// The week whose plan is checked.
    public let week: PlanWeek
    /// Worst first: C-overweight plans, then reps drifting into C (longest
    /// first), then more warnings, then a larger C share, then by name.
    public let rows: [Row]
    public let total: Total
    /// Whether a plan was given (without one there is nothing to check).
    public let hasPlan: Bool

    /// True when any rep's plan is C-overweight.
    public var anyCOverweight: Bool { rows.contains { $0.isCOverweight } }

    /// Every warning with the rep whose plan it is, worst rep first.
    public var warnings: [(rep: String?, warning: PlanWarning)] {
        rows.flatMap { row in row.check.warnings.map { (row.rep, $0) } }
    }

    /// The `--strict` verdict: the most urgent rule class that fired, with
    /// the warnings of that class; nil when every plan keeps every rule.
    public var strictFailure: (rule: PlanWarning.StrictClass, warnings: [(rep: String?, warning: PlanWarning)])? {
        let all = warnings
        guard let worst = all.map(\.warning.code.strictClass).min() else { return nil }
        return (worst, all.filter { $0.warning.code.strictClass == worst })
    }
}
