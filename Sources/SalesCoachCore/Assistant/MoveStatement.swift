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
        guard PhraseLookup(text).has(english: verbs.english, japanese: verbs.japanese), let weeks = WeekSpec.weeksAhead(in: line), weeks > 0 else { return nil }
        let matches = matcher.match(text, commonWords: AssistantLexicon.commonWords)
        guard matches.names.count == 1, let name = matches.names.first else { return nil }
        return MoveStatement(customer: name, weeksAhead: weeks)
    }

    /// `[phrases move-verbs-en]` and `[phrases move-verbs-ja]` under knowledge/understanding/.
    private static let verbs = (
        english: Understanding.standard.phrases("move-verbs-en"), japanese: Understanding.standard.phrases("move-verbs-ja")
    )
}
