/// A customer whose segment at the end of a period differs from the one it
/// held at the start.
public struct SegmentMove: Sendable, Hashable {
    public var key: String
    public var name: String
    public var rep: String?
    public var from: Segment
    public var to: Segment
    /// The day of the last change of segment inside the period.
    public var date: LocalDate
    public var objective: Double?
    public var record: Double?

    public init(
        key: String, name: String, rep: String?, from: Segment, to: Segment, date: LocalDate,
        objective: Double? = nil, record: Double? = nil
    ) {
        self.key = key
        self.name = name
        self.rep = rep
        self.from = from
        self.to = to
        self.date = date
        self.objective = objective
        self.record = record
    }

    /// How the method reads a move, in the order a rep wants to see them.
    public enum Kind: Int, Sendable, Hashable, Comparable, CaseIterable {
        /// B→A: the visits in B paid off; what the method is for.
        case conversion
        /// C→A or D→A: a gain, though not the one the method plans for.
        case otherGainToA
        /// A→anything: a key account slipped, a loss to look into.
        case lossFromA
        /// Anything else (C→B, B→C, D→B …).
        case other

        public static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    public var kind: Kind {
        switch (from, to) {
        case (.b, .a): .conversion
        case (_, .a): .otherGainToA
        case (.a, _): .lossFromA
        default: .other
        }
    }

    /// "B→A".
    public var label: String { "\(from.rawValue)→\(to.rawValue)" }
}
