/// "swap senboku and umeda", 「泉北と梅田の日を入れ替えて」 right after a plan
/// that has both on its days: the two trade days. Short forms count when
/// each fits one of the plan's customers, since the plan on the screen is
/// what the rep is looking at. "swap X for Y" is one in the other's place,
/// which a plan holding both already says it need not do.
public struct DaySwapStatement: Sendable, Hashable {
    public let first: String
    public let second: String

    /// The two customers of `planned` the line asks to swap, in the order typed; nil when it is no such line.
    public static func read(_ line: String, matcher: CustomerMatcher, planned: [String]) -> DaySwapStatement? {
        let text = QuestionText(line)
        let lookup = PhraseLookup(text)
        guard lookup.has(english: Interpreter.swapWords.english, japanese: Interpreter.swapWords.japanese),
            // "swap X for Y", 「Xの代わりにY」 puts one in the other's place: with Y in the plan already, nothing to do.
            !lookup.has(english: ["for", "instead", "in place of"], japanese: ["代わりに", "かわりに", "代わりで"])
        else { return nil }
        let matches = matcher.match(text, commonWords: AssistantLexicon.commonWords)
        let inPlan = Set(planned.map(Book.key))
        var found = matches.inOrder(matches.names + matches.likely)
        if found.count < 2 { found += matches.suggestions.filter { !found.contains($0) } }
        let onPlan = found.filter { inPlan.contains(Book.key($0)) }
        guard onPlan.count == 2, found.count == 2 else { return nil }
        return DaySwapStatement(first: onPlan[0], second: onPlan[1])
    }
}
