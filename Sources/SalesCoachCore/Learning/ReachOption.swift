/// One answer offered in the quiz's "which move is within your reach?"
/// question: a move from the customer's own classification, or the claim that
/// none of them is.
///
/// The rep can change the transaction record (orders, our sales, our profit),
/// not the company's own size or growth; and a change to more than double or
/// less than half of today's value is not one step (`Move.isWithinReach`).
/// What is said of each is in knowledge/prose/quiz.prose.
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
        case .noneOfThese: ProseKey.quizReachOptionNoneOfThese.text(in: language)
        }
    }

    /// After the answer: the move with its reach, and whose lever it is.
    public func verdict(in language: Language) -> String {
        switch self {
        case .noneOfThese:
            return ProseKey.quizReachVerdictNoneOfThese.text(in: language)
        case .move(let move):
            let why: ProseKey
            if move.axis == .objective {
                why = .quizReachVerdictObjective
            } else if !move.target.isRaise {
                why = .quizReachVerdictFall
            } else if move.isWithinReach {
                why = .quizReachVerdictWithinReach
            } else {
                why = .quizReachVerdictOutOfReach
            }
            let sentence = move.sentenceWithReach(in: language)
            return (language == .en ? sentence.capitalizedFirst + " " : sentence) + why.text(in: language)
        }
    }
}
