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
    let share: (opening: [UInt8], closing: [UInt8])
    /// Around how many times today's value a raise needs.
    let times: (opening: [UInt8], closing: [UInt8])

    /// The tables from the words: `opening(metric, kind)`, `between(kind)`,
    /// `closing(axis, isRaise, segment)`, the full stop, and the notes.
    private init(
        opening: (Metric, Int) -> String, between: (Int) -> String, closing: (Axis, Bool, Segment) -> String,
        stop: String, outOfReach: String, share: (String, String), times: (String, String)
    ) {
        let kinds = 0..<4
        self.opening = Metric.allCases.map { metric in kinds.map { Array(opening(metric, $0).utf8) } }
        self.between = kinds.map { Array(between($0).utf8) }
        self.closing = Axis.allCases.map { axis in
            [false, true].map { isRaise in Segment.allCases.map { Array(closing(axis, isRaise, $0).utf8) } }
        }
        stopLength = stop.utf8.count
        self.outOfReach = Array(outOfReach.utf8)
        self.share = (Array(share.0.utf8), Array(share.1.utf8))
        self.times = (Array(times.0.utf8), Array(times.1.utf8))
    }

    static let english = MoveWords(
        opening: { metric, kind in
            metric.label + [" would need to reach ", " would need to exceed ", " would have to fall to ", " would have to fall below "][kind]
        },
        between: { _ in " (now " },
        closing: { axis, isRaise, segment in
            ") for the " + axis.label + (isRaise ? " to become high" : " to become low") + ": it would move to " + segment.rawValue + "."
        },
        stop: ".", outOfReach: "; out of reach as one step.",
        share: ("; out of reach as one step (", "% of today's)."), times: ("; out of reach as one step (", "× today's)."))

    static let japanese = MoveWords(
        opening: { metric, _ in metric.labelJapanese + "が" },
        between: { kind in ["に達すれば", "を上回れば", "まで下がると", "を下回ると"][kind] + "（現在 " },
        closing: { axis, isRaise, segment in
            "）" + axis.labelJapanese + (isRaise ? "が「高」になり、" : "が「低」になり、") + segment.rawValue + "に移ります。"
        },
        stop: "。", outOfReach: "（一度に届く変化ではありません）。",
        share: ("（現在の", "%：一度に届く変化ではありません）。"), times: ("（現在の", "倍：一度に届く変化ではありません）。"))

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
