import Foundation

/// The four quadrants of the matrix.
///
/// A: both axes high. B: attractive company, little business with us yet.
/// C: small company, long history with us. D: both low.
public enum Segment: String, CaseIterable, Sendable, Hashable, Codable, Comparable {
    case a = "A"
    case b = "B"
    case c = "C"
    case d = "D"

    /// The segment for a pair of axis verdicts.
    public init(objectiveHigh: Bool, recordHigh: Bool) {
        switch (objectiveHigh, recordHigh) {
        case (true, true): self = .a
        case (true, false): self = .b
        case (false, true): self = .c
        case (false, false): self = .d
        }
    }

    public var objectiveHigh: Bool { self == .a || self == .b }
    public var recordHigh: Bool { self == .a || self == .c }

    /// Parses "A", "b", "Ａ" (full width) and nothing else.
    public init?(letter: some StringProtocol) {
        let trimmed = letter.trimmingCharacters(in: .whitespaces).uppercased()
        switch trimmed {
        case "A", "Ａ": self = .a
        case "B", "Ｂ": self = .b
        case "C", "Ｃ": self = .c
        case "D", "Ｄ": self = .d
        default: return nil
        }
    }

    public static func < (lhs: Segment, rhs: Segment) -> Bool { lhs.rawValue < rhs.rawValue }

    /// A few words on what the segment is, for tables and summaries.
    public var summary: String {
        switch self {
        case .a: "key account: keep up the follow-up"
        case .b: "main target: most of your time"
        case .c: "comfortable, but little upside"
        case .d: "little time"
        }
    }

    public var summaryJapanese: String {
        switch self {
        case .a: "重要顧客：フォローを切らさない"
        case .b: "最重点：時間の大半をここに"
        case .c: "居心地は良いが伸びしろは小さい"
        case .d: "時間はかけない"
        }
    }
}
