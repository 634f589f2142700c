/// "move Acme to next week", 「田中商事を来週に回して」: a request to move a
/// customer's planned visits to another week, carried out by `planned move`.
///
/// Taken only when it names one customer with certainty and a week ahead;
/// otherwise it is left to the assistant like any other line.
public struct MoveStatement: Sendable, Hashable {
    public let customer: String
    /// Weeks ahead of this one (1 = next week).
    public let weeksAhead: Int
    /// "move rokko hotel to friday", 「住吉建設を木曜に移して」: the weekday
    /// (1 = Monday) in the week of the plan just discussed; then `weeksAhead` is 0.
    public var day: Int? = nil

    /// - Parameters:
    ///   - afterPlan: a day alone is a move only right after a plan: the plan it moves in.
    ///   - discussed: the customers the last answer was about; "move it to
    ///     friday", 「それ木曜に移して」 right after one customer moves that one.
    public static func read(_ line: String, matcher: CustomerMatcher, afterPlan: Bool = false, discussed: [String] = []) -> MoveStatement? {
        let text = QuestionText(line)
        // 「ちば冷機は月曜じゃなくて木曜にして」, "chiba reiki on thursday instead of monday":
        // one day taken away and another given is a move, whatever the verb.
        let dropped = PlanDays.dropped(line)
        let days = (PlanDays.read(line) ?? []).subtracting(dropped)
        let tradesDay = afterPlan && !dropped.isEmpty && days.count == 1
        guard tradesDay || PhraseLookup(text).has(english: verbs.english, japanese: verbs.japanese) else { return nil }
        let weeks = WeekSpec.weeksAhead(in: line) ?? 0
        guard weeks > 0 || (afterPlan && days.count == 1) else { return nil }
        let matches = matcher.match(text, commonWords: AssistantLexicon.commonWords)
        // "move rokko hotel to friday": a short form only one customer fits counts, as questions take it.
        let one = matches.names.count == 1 ? matches.names
            : matches.names.isEmpty && matches.likely.count == 1 && matches.suggestions == matches.likely ? matches.likely : []
        let pronoun = matches.names.isEmpty && matches.likely.isEmpty && discussed.count == 1 && namesByPronoun(line)
        guard let name = one.first ?? (pronoun ? discussed.first : nil) else { return nil }
        var move = MoveStatement(customer: name, weeksAhead: weeks)
        if weeks == 0 { move.day = days.first }
        return move
    }

    /// "move zenkoo to monday" right after a plan, with no customer the name
    /// fits: the name as typed and the customers it nearly fits, so the session
    /// says nothing moved instead of planning Monday alone. Nil when the line
    /// is no move, or names a customer.
    public static func unknown(_ line: String, matcher: CustomerMatcher, afterPlan: Bool) -> (typed: String, suggestions: [String])? {
        let text = QuestionText(line)
        guard PhraseLookup(text).has(english: verbs.english, japanese: verbs.japanese) else { return nil }
        let weeks = WeekSpec.weeksAhead(in: line) ?? 0
        guard weeks > 0 || (afterPlan && (PlanDays.read(line) ?? []).count == 1) else { return nil }
        let matches = matcher.match(text, commonWords: AssistantLexicon.commonWords)
        guard matches.names.isEmpty, matches.likely.count != 1 || matches.suggestions != matches.likely else { return nil }
        guard let typed = typedName(in: line), !typed.isEmpty else { return nil }
        // "move it to friday" with no one customer just named: which one is asked, as "" here.
        if namesByPronoun(line) { return ("", []) }
        return (typed, matches.suggestions)
    }

    /// What stands where the customer's name goes: "move X to friday", 「Xを木曜に移して」.
    private static func typedName(in line: String) -> String? {
        line.firstMatch(of: MoveStatementPattern.english).map { String($0.1) }
            ?? line.firstMatch(of: MoveStatementPattern.japanese).map { String($0.1) }
    }

    /// Whether the customer is named by a pronoun: "move it to friday", 「それ木曜に移して」.
    private static func namesByPronoun(_ line: String) -> Bool {
        guard let typed = typedName(in: line)?.lowercased() else { return false }
        let trimmed = typed.hasPrefix("じゃあ") ? String(typed.dropFirst(3)) : typed
        return ["it", "that", "this", "them", "that one", "this one", "that visit", "the visit", "それ", "これ", "そこ", "あれ", "その訪問", "そっち"]
            .contains(trimmed.trimmingCharacters(in: .whitespaces))
    }

    /// `[phrases move-verbs-en]` and `[phrases move-verbs-ja]` under knowledge/understanding/.
    private static let verbs = (
        english: Understanding.standard.phrases("move-verbs-en"), japanese: Understanding.standard.phrases("move-verbs-ja")
    )
}

/// Compiled once per process: a regular expression written as a literal in a
/// function is parsed again at every call (see `PlanDaysPattern`).
private enum MoveStatementPattern {
    nonisolated(unsafe) static let english = #/(?i:move|push|shift|bump|put)\s+(.+?)\s+(?i:to|on|till|until|into)\s/#
    nonisolated(unsafe) static let japanese = #/^(.+?)(?:を|は)?(?:来週|再来週|[月火水木金](?:曜日?)?)(?:に|へ)?(?:移|回|ずら|変更|動か)/#
}
