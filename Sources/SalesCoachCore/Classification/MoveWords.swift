/// The fixed words of a move's sentence in one language, as bytes, made once.
///
/// An export writes a sentence on nearly every row of a million; with the
/// words kept as `String`s, appending them piece by piece (and building a
/// `String` for the out-of-reach factor) cost as much as finding the moves.
/// Here each sentence is three ready-made pieces around its two numbers:
/// the opening names the metric (and, in English, what it would need to do),
/// the piece between the numbers says the rest of that, and the closing names
/// the axis, its new level and the segment. A class, so that taking a
/// language's words for a row shares one table rather than copying (and
/// counting references to) each of its arrays.
final class MoveWords: Sendable {
    /// `opening[metric.index][kind]`: the words before the target value.
    let opening: [[[UInt8]]]
    /// `between[kind]`: the words between the target and today's value.
    let between: [[UInt8]]
    /// `closing[axis][raise ? 1 : 0][segment]`: the words after today's value, with the full stop.
    let closing: [[[[UInt8]]]]
    /// The full stop's length in bytes, taken off before an out-of-reach note.
    let stopLength: Int
    /// The note for a move with no factor to give (growth, or from nothing).
    let outOfReach: [UInt8]
    /// Around the share of today's value a fall keeps.
    let shareOpening: [UInt8]
    let shareClosing: [UInt8]
    /// Around how many times today's value a raise needs.
    let timesOpening: [UInt8]
    let timesClosing: [UInt8]

    init(
        opening: [[[UInt8]]], between: [[UInt8]], closing: [[[[UInt8]]]], stopLength: Int, outOfReach: [UInt8],
        shareOpening: [UInt8], shareClosing: [UInt8], timesOpening: [UInt8], timesClosing: [UInt8]
    ) {
        self.opening = opening
        self.between = between
        self.closing = closing
        self.stopLength = stopLength
        self.outOfReach = outOfReach
        self.shareOpening = shareOpening
        self.shareClosing = shareClosing
        self.timesOpening = timesOpening
        self.timesClosing = timesClosing
    }

    static let english = MoveWords(
        opening: Metric.allCases.map { metric in
            [" would need to reach ", " would need to exceed ", " would have to fall to ", " would have to fall below "]
                .map { Array((metric.label + $0).utf8) }
        },
        between: Array(repeating: Array(" (now ".utf8), count: 4),
        closing: Axis.allCases.map { axis in
            [" to become low: it would move to ", " to become high: it would move to "].map { level in
                Segment.allCases.map { Array((") for the " + axis.label + level + $0.rawValue + ".").utf8) }
            }
        },
        stopLength: 1,
        outOfReach: Array("; out of reach as one step.".utf8),
        shareOpening: Array("; out of reach as one step (".utf8), shareClosing: Array("% of today's).".utf8),
        timesOpening: Array("; out of reach as one step (".utf8), timesClosing: Array("× today's).".utf8))

    static let japanese = MoveWords(
        opening: Metric.allCases.map { metric in Array(repeating: Array((metric.labelJapanese + "が").utf8), count: 4) },
        between: ["に達すれば", "を上回れば", "まで下がると", "を下回ると"].map { Array(($0 + "（現在 ").utf8) },
        closing: Axis.allCases.map { axis in
            ["が「低」になり、", "が「高」になり、"].map { level in
                Segment.allCases.map { Array(("）" + axis.labelJapanese + level + $0.rawValue + "に移ります。").utf8) }
            }
        },
        stopLength: 3,
        outOfReach: Array("（一度に届く変化ではありません）。".utf8),
        shareOpening: Array("（現在の".utf8), shareClosing: Array("%：一度に届く変化ではありません）。".utf8),
        timesOpening: Array("（現在の".utf8), timesClosing: Array("倍：一度に届く変化ではありません）。".utf8))

    static func of(_ language: Language) -> MoveWords { language == .en ? english : japanese }

    /// A target's place in `opening` and `between`.
    static func kind(_ target: Move.Target) -> Int {
        switch target {
        case .reach: 0
        case .exceed: 1
        case .fallTo: 2
        case .fallBelow: 3
        }
    }

    /// A segment's place in `closing`.
    static func index(_ segment: Segment) -> Int {
        switch segment {
        case .a: 0
        case .b: 1
        case .c: 2
        case .d: 3
        }
    }
}
