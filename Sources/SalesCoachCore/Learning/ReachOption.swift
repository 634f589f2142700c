/// One answer offered in the quiz's "which move is within your reach?"
/// question: a move from the customer's own classification, or the claim that
/// none of them is.
///
/// The rep can change the transaction record (orders, our sales, our profit),
/// not the company's own size or growth; and a change to more than double or
/// less than half of today's value is not one step (`Move.isWithinReach`).
public enum ReachOption: Sendable, Hashable {
    case move(Move)
    /// Offered only beside a move that is within reach, so never right.
    case noneOfThese

    /// The one kind of move the question counts as right: a rise of the
    /// transaction record small enough to make in one step.
    public var isRepsStep: Bool {
        guard case .move(let move) = self else { return false }
        return ReachOption.isRepsStep(move)
    }

    static func isRepsStep(_ move: Move) -> Bool {
        move.axis == .record && move.target.isRaise && move.isWithinReach
    }

    /// The option as offered: the move's plain sentence, with nothing said of
    /// its reach, so the learner weighs it from the numbers.
    public func text(in language: Language) -> String {
        switch self {
        case .move(let move): language == .en ? move.sentence(in: language).capitalizedFirst : move.sentence(in: language)
        case .noneOfThese:
            language == .en
                ? "None of these: only the company's own growth could move it."
                : "どれでもない。会社自体が成長しない限り動かない。"
        }
    }

    /// After the answer: the move with its reach, and whose lever it is.
    public func verdict(in language: Language) -> String {
        switch self {
        case .noneOfThese:
            return language == .en
                ? "Not so: one of the moves above is yours to make."
                : "そうではありません。上のうち一つは、あなたが動かせる変化です。"
        case .move(let move):
            let why: String
            if move.axis == .objective {
                why =
                    language == .en
                    ? "The company's own size and growth are not yours to change."
                    : "会社自体の規模や成長は、あなたには動かせません。"
            } else if !move.target.isRaise {
                why = language == .en ? "A fall in the business is no goal." : "取り引きが減ることは目標になりません。"
            } else if move.isWithinReach {
                why =
                    language == .en
                    ? "Yours to make: the transaction record, within double today's value."
                    : "あなたが動かせる取り引き実績で、現在の2倍以内に収まります。"
            } else {
                why =
                    language == .en
                    ? "Yours, but not one step: more than double (or less than half) of today's value."
                    : "あなたが動かせる数字ですが、現在の2倍を超える（または半分を下回る）変化で、一度には届きません。"
            }
            let sentence = move.sentenceWithReach(in: language)
            return (language == .en ? sentence.capitalizedFirst + " " : sentence) + why
        }
    }
}
