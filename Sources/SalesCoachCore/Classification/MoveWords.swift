/// The fixed words of a move's sentence in one language, as bytes, made once.
///
/// An export writes a sentence on nearly every row of a million; with the
/// words kept as `String`s, appending them piece by piece (and building a
/// `String` for the out-of-reach factor) cost as much as finding the moves.
/// Here each sentence is three ready-made pieces around its two numbers:
/// the opening names the metric (and, in English, what it would need to do),
/// the piece between the numbers says the rest of that, and the closing names
/// the axis, its new level and the segment. The pieces are `ByteTable`s, so
/// that the rows written on both cores read them without counting references.
struct MoveWords: Sendable {
    /// `opening[metric.index × 4 + kind]`: the words before the target value.
    private let opening: ByteTable
    /// `between[kind]`: the words between the target and today's value.
    private let between: ByteTable
    /// `closing[(axis × 2 + (raise ? 1 : 0)) × 4 + segment]`: the words after today's value, with the full stop.
    private let closing: ByteTable
    /// The out-of-reach note for a move with no factor to give (growth, or
    /// from nothing), then the words around the share of today's value a
    /// fall keeps, then those around how many times today's value a raise needs.
    private let notes: ByteTable
    /// The full stop's length in bytes, taken off before an out-of-reach note.
    let stopLength: Int

    /// The tables from the words: `opening(metric, kind)`, `between(kind)`,
    /// `closing(axis, isRaise, segment)`, the full stop, and the notes.
    private init(
        opening: (Metric, Int) -> String, between: (Int) -> String, closing: (Axis, Bool, Segment) -> String,
        stop: String, outOfReach: String, share: (String, String), times: (String, String)
    ) {
        let kinds = 0..<4
        self.opening = ByteTable(Metric.allCases.flatMap { metric in kinds.map { opening(metric, $0) } })
        self.between = ByteTable(kinds.map(between))
        self.closing = ByteTable(Axis.allCases.flatMap { axis in
            [false, true].flatMap { isRaise in Segment.allCases.map { closing(axis, isRaise, $0) } }
        })
        stopLength = stop.utf8.count
        notes = ByteTable([outOfReach, share.0, share.1, times.0, times.1])
    }

    func opening(_ metric: Metric, kind: Int) -> UnsafeBufferPointer<UInt8> { opening[metric.index * 4 + kind] }
    func between(kind: Int) -> UnsafeBufferPointer<UInt8> { between[kind] }
    func closing(_ axis: Axis, isRaise: Bool, to segment: Segment) -> UnsafeBufferPointer<UInt8> {
        closing[((axis == .objective ? 0 : 2) + (isRaise ? 1 : 0)) * 4 + MoveWords.index(segment)]
    }
    var outOfReach: UnsafeBufferPointer<UInt8> { notes[0] }
    var share: (opening: UnsafeBufferPointer<UInt8>, closing: UnsafeBufferPointer<UInt8>) { (notes[1], notes[2]) }
    var times: (opening: UnsafeBufferPointer<UInt8>, closing: UnsafeBufferPointer<UInt8>) { (notes[3], notes[4]) }

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
