/// The kinds of question a quiz mixes, each practising one part of the method.
public enum QuizTopic: String, Sendable, Hashable, CaseIterable {
    /// Which segment is X?
    case segmentOf
    /// Which of two customers deserves this week's visit?
    case whichFirst
    /// What should you do with X?
    case whatToDo
    /// What is wrong with this plan?
    case planMistake
    /// Which move is within your reach for X?
    case withinReach
    /// Why does X rank where it does on the objective axis, given its size?
    case relativeRank
}
