/// "move Acme to next week", 「田中商事を来週に回して」: a request to move a
/// customer's planned visits to another week, carried out by `planned move`.
///
/// Taken only when it names one customer with certainty and a week ahead;
/// otherwise it is left to the assistant like any other line.
public struct MoveStatement: Sendable, Hashable {
    public let customer: String
    /// Weeks ahead of this one (1 = next week).
    public let weeksAhead: Int

    public static func read(_ line: String, matcher: CustomerMatcher) -> MoveStatement? {
        let text = QuestionText(line)
        let compact = String(text.chars)
        let joined = " " + text.words(joiningApostrophes: true).map(\.text).joined(separator: " ") + " "
        let english = ["move", "push", "postpone", "shift", "reschedule", "bump", "defer"].contains { joined.contains(" \($0) ") }
        let japanese = ["に移", "へ移", "に回", "へ回", "にずら", "へずら", "に延期", "へ延期", "に変更"].contains { compact.contains($0) }
        guard english || japanese, let weeks = WeekSpec.weeksAhead(in: line), weeks > 0 else { return nil }
        let matches = matcher.match(text, commonWords: AssistantLexicon.commonWords)
        guard matches.names.count == 1, let name = matches.names.first else { return nil }
        return MoveStatement(customer: name, weeksAhead: weeks)
    }
}
