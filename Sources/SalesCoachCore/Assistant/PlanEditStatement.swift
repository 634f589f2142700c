/// "add Marui Shoten to the plan", 「いろは寿司とやまと精肉も入れて」, "ok drop
/// those two again": a change to the plan just discussed, carried out as
/// `planned add` / `planned remove` for that plan's week.
///
/// Why it is read before any command: `add NAME` creates a customer, and
/// "add Marui Shoten to it, the owner is an old friend" once made a customer
/// of that whole sentence. A line that names the plan as where the customer
/// goes is a plan change, and a plan change never creates a customer: a
/// name the book lacks is refused with nothing changed.
public struct PlanEditStatement: Sendable, Hashable {
    public enum Action: Sendable, Hashable {
        case add
        case remove
    }

    public let action: Action
    /// The customers to add or take out, as the book spells them.
    public let customers: [String]
    /// What the line seems to name that matches no customer, when nothing matched.
    public let unmatched: Bool
    /// Close names offered when nothing matched for certain.
    public let suggestions: [String]

    /// The same change for only the customers `keep` allows; nil when none is left.
    public func keeping(_ keep: (String) -> Bool) -> PlanEditStatement? {
        let kept = customers.filter(keep)
        guard !kept.isEmpty else { return nil }
        return PlanEditStatement(action: action, customers: kept, unmatched: unmatched, suggestions: suggestions)
    }

    /// Whether `line` has the words of a plan change at all: a cheap test
    /// made before any name is looked for, so a command line costs nothing.
    public static func mayChangePlan(_ line: String) -> Bool {
        let lookup = PhraseLookup(QuestionText(line))
        return lookup.has(english: lists.addEnglish, japanese: lists.addJapanese)
            || lookup.has(english: lists.removeEnglish, japanese: lists.removeJapanese)
            || (lookup.hasWords(["take"]) && lookup.hasWords(["out"]))
    }

    /// Every change a line makes: one, as `read` finds it, or, when the line
    /// both adds and takes out ("blue harbor must be in it. and drop
    /// oogawara", 「東北ハムは絶対入れて。仙台麩本舗はいらない」), one per clause.
    /// Read whole, such a line once took out the very customer it asked to
    /// keep. A clause with a change word but no customer found comes back
    /// unmatched, so the session says what it could not do.
    public static func readAll(
        _ line: String, matcher: CustomerMatcher, afterPlan: Bool, recent: [String], startsWithCommand: Bool = false
    ) -> [PlanEditStatement] {
        let lookup = PhraseLookup(QuestionText(line))
        let adds = lookup.has(english: lists.addEnglish, japanese: lists.addJapanese)
        let removes = lookup.has(english: lists.removeEnglish, japanese: lists.removeJapanese)
            || (lookup.hasWords(["take"]) && lookup.hasWords(["out"]))
        guard adds, removes else {
            return read(line, matcher: matcher, afterPlan: afterPlan, recent: recent, startsWithCommand: startsWithCommand).map { [$0] } ?? []
        }
        guard afterPlan || lookup.has(english: lists.targetEnglish, japanese: lists.targetJapanese),
            !lookup.has(english: ["instead of", "in place of", "swap"], japanese: Interpreter.swapWords.japanese),
            !lookup.has(english: lists.askingEnglish, japanese: lists.askingJapanese)
        else { return [] }
        let clauses = line.split(separator: PlanEditPattern.clauseBreak)
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        var edits: [PlanEditStatement] = []
        for clause in clauses {
            let words = PhraseLookup(QuestionText(clause))
            let clauseAdds = words.has(english: lists.addEnglish, japanese: lists.addJapanese)
            let clauseRemoves = words.has(english: lists.removeEnglish, japanese: lists.removeJapanese)
                || (words.hasWords(["take"]) && words.hasWords(["out"]))
            guard clauseAdds != clauseRemoves else { continue }
            if let edit = read(clause, matcher: matcher, afterPlan: true, recent: recent) {
                edits.append(edit)
            } else {
                let found = matcher.match(QuestionText(clause), commonWords: AssistantLexicon.commonWords)
                edits.append(PlanEditStatement(
                    action: clauseAdds ? .add : .remove, customers: [], unmatched: true, suggestions: found.likely + found.suggestions))
            }
        }
        return edits.contains(where: { !$0.unmatched }) ? edits : []
    }

    /// "plan next week, setsu mokuzai has to be in it", 「来週の予定、摂津木材は必ず入れて」:
    /// a plan request whose customers are to be in the plan, not taken out.
    public static func asksToInclude(_ line: String) -> Bool {
        let lookup = PhraseLookup(QuestionText(line))
        return lookup.has(english: lists.addEnglish, japanese: lists.addJapanese)
            && !lookup.has(english: lists.removeEnglish, japanese: lists.removeJapanese)
    }

    /// "it must include X", 「Xは絶対入れて」: a customer the plan has to hold,
    /// rather than one more visit ("add X to it").
    public static func keepsFirm(_ line: String) -> Bool {
        PhraseLookup(QuestionText(line)).has(english: lists.firmEnglish, japanese: lists.firmJapanese)
    }

    /// "leave out 豊前物流 and make it 6 visits": the number of visits a plan
    /// change also asks for, read with the customers' names masked (a name
    /// may hold digits); nil when it names none.
    public static func statedCount(_ line: String, matcher: CustomerMatcher) -> Int? {
        let text = QuestionText(line)
        // Only a number said as the plan's size: "add 2 visits to Acme" is visits to Acme.
        guard PhraseLookup(text).has(
            english: ["make it", "make that", "in total", "in all", "visits total", "total of"],
            japanese: ["にして", "件で", "件に", "全部で", "合計"])
        else { return nil }
        return Interpreter.number(in: text.masking(matcher.match(in: line).spans))
    }

    /// 「木曜休みで、1日3件まで。可児電子は必ず入れて」: a customer to keep in a
    /// plan asked for again with limits (a day off, visits per day, a
    /// segment's cap, days named) is that new plan's, not one visit added to
    /// the plan shown — added, it kept Thursday and the day's count as they were.
    /// Whether `line` asks for a plan to be made (「今週の予定つくって」, "plan my week"):
    /// a customer to keep in it is then a term of that plan, not a visit
    /// added to a plan the rep has not seen.
    public static func asksForPlan(_ line: String) -> Bool {
        PhraseLookup(QuestionText(line)).has(
            english: ["plan my week", "plan the week", "plan my", "make a plan", "make me a plan", "build a plan", "build me a plan",
                      "schedule my week", "make my plan", "plan for"],
            japanese: ["予定つくって", "予定作って", "予定を作って", "予定をつくって", "予定立てて", "予定を立てて", "予定組んで", "予定を組んで",
                       "計画つくって", "計画作って", "計画を作って", "計画立てて", "計画を立てて", "計画組んで", "計画を組んで", "プラン作って",
                       "プランつくって", "予定たてて", "計画たてて"])
    }

    public static func statesPlanLimits(_ line: String) -> Bool {
        let text = QuestionText(line)
        let plain = String(text.chars)
        // A day named alone is not a limit: "add X on friday" puts X on that day of the plan shown.
        return !PlanDays.dropped(plain).isEmpty || !PlanDays.segmentCaps(plain).isEmpty
            || !PlanDays.halfDays(plain).isEmpty || Interpreter.visitsPerDay(in: text) != nil
    }

    /// 「Emilyさんの今週のプラン、三輪素麺は外して」: a plan asked for with a
    /// customer to leave out of it, told, not asked ("should I drop X?").
    public static func asksToLeaveOut(_ line: String, matcher: CustomerMatcher) -> Bool {
        guard mayChangePlan(line), !PhraseLookup(QuestionText(line)).has(english: lists.askingEnglish, japanese: lists.askingJapanese)
        else { return false }
        return keptAndLeftOut(line, matcher: matcher) != nil
    }

    /// The customers a plan request keeps in and leaves out, clause by clause
    /// (「今治工場は絶対入れて、道後菓子舗は外して」); nil when it leaves none out.
    public static func keptAndLeftOut(_ line: String, matcher: CustomerMatcher) -> (kept: [String], leftOut: [String])? {
        let lookup = PhraseLookup(QuestionText(line))
        guard lookup.has(english: lists.removeEnglish, japanese: lists.removeJapanese) else { return nil }
        let clauses = line.split(separator: #/[。．;；!！]\s*|\.\s+|[、,，]\s*|\s+(?i:and also|and then|and|also|but|then|plus)\s+/#)
        var kept: [String] = []
        var leftOut: [String] = []
        for clause in clauses {
            let words = PhraseLookup(QuestionText(String(clause)))
            let found = matcher.match(in: String(clause))
            let names = found.names.isEmpty && found.likely.count == 1 ? found.likely : found.names
            if words.has(english: lists.removeEnglish, japanese: lists.removeJapanese) {
                // "leave out 白子" with one customer whose name starts so: leaving it out of a proposal risks nothing.
                let out = names.isEmpty && found.likely.isEmpty && found.suggestions.count == 1 ? found.suggestions : names
                leftOut += out.filter { !leftOut.contains($0) }
            } else {
                kept += names.filter { !kept.contains($0) }
            }
        }
        return leftOut.isEmpty ? nil : (kept, leftOut)
    }

    /// - Parameters:
    ///   - afterPlan: whether the last answer was a plan or about one, so
    ///     "add X to it", 「Xも入れて」 refer to that plan.
    ///   - recent: the customers the last plan change named, for "drop those two again".
    ///   - startsWithCommand: the line's first word is a command (`add`,
    ///     `remove`): then only a line that names the plan, or "it" right
    ///     after one, is a plan change; `remove Acme` stays the command.
    public static func read(
        _ line: String, matcher: CustomerMatcher, afterPlan: Bool, recent: [String], startsWithCommand: Bool = false
    ) -> PlanEditStatement? {
        let text = QuestionText(line)
        let lookup = PhraseLookup(text)
        let adds = lookup.has(english: lists.addEnglish, japanese: lists.addJapanese)
        // "take Blue Ocean out again": the name between "take" and "out".
        let removes = lookup.has(english: lists.removeEnglish, japanese: lists.removeJapanese)
            || (lookup.hasWords(["take"]) && lookup.hasWords(["out"]))
        guard adds != removes else { return nil }
        // 「ミカワの代わりに富士宮ギア入れて」, "put X in instead of Y": a swap, which the
        // assistant makes (one out, one in), not two visits added.
        guard !lookup.has(english: ["instead of", "in place of", "swap"], japanese: Interpreter.swapWords.japanese) else { return nil }
        // "why did you include X?", "should I add X?": a question about the plan, not a change.
        guard !lookup.has(english: lists.askingEnglish, japanese: lists.askingJapanese) else { return nil }
        let namesPlan = lookup.has(english: lists.targetEnglish, japanese: lists.targetJapanese)
        let pointsBack = lookup.has(english: lists.pronounEnglish, japanese: lists.pronounJapanese)
        let namesIt = lookup.hasWords(lists.itEnglish)
        // Without the plan named, only right after a plan ("add X to it", 「Xも入れて」).
        guard namesPlan || (afterPlan && (namesIt || !startsWithCommand)) else { return nil }
        let matches = matcher.match(text, commonWords: AssistantLexicon.commonWords)
        var names = matches.names
        if names.isEmpty, removes, pointsBack, !recent.isEmpty { names = recent }
        // "take Tenjin out of the plan": a short form only one customer fits, as questions take it.
        if names.isEmpty, matches.likely.count == 1, matches.suggestions == matches.likely { names = matches.likely }
        if names.isEmpty {
            // "add Foo Ltd to the plan" where the book has no Foo: said, never created.
            guard namesPlan || namesIt else { return nil }
            return PlanEditStatement(
                action: adds ? .add : .remove, customers: [], unmatched: true,
                suggestions: matches.likely + matches.suggestions)
        }
        return PlanEditStatement(action: adds ? .add : .remove, customers: names, unmatched: false, suggestions: [])
    }

    // The phrases are data: `[phrases plan-edit-…]` under knowledge/understanding/.
    private static let lists = (
        addEnglish: Understanding.standard.phrases("plan-edit-add-en"),
        addJapanese: Understanding.standard.phrases("plan-edit-add-ja"),
        firmEnglish: Understanding.standard.phrases("plan-edit-firm-en"),
        firmJapanese: Understanding.standard.phrases("plan-edit-firm-ja"),
        removeEnglish: Understanding.standard.phrases("plan-edit-remove-en"),
        removeJapanese: Understanding.standard.phrases("plan-edit-remove-ja"),
        targetEnglish: Understanding.standard.phrases("plan-edit-target-en"),
        targetJapanese: Understanding.standard.phrases("plan-edit-target-ja"),
        pronounEnglish: Understanding.standard.phrases("plan-edit-those-en"),
        pronounJapanese: Understanding.standard.phrases("plan-edit-those-ja"),
        itEnglish: Understanding.standard.phrases("plan-edit-it-en"),
        askingEnglish: Understanding.standard.phrases("plan-edit-asking-en"),
        askingJapanese: Understanding.standard.phrases("plan-edit-asking-ja"))
}

/// Compiled once per process: a regular expression written as a literal in a
/// function is parsed again at every call (see `PlanDaysPattern`).
private enum PlanEditPattern {
    nonisolated(unsafe) static let clauseBreak = #/[。．;；!！]\s*|\.\s+|[、,，]\s*|\s+(?i:and also|and then|and|also|but|then|plus)\s+/#
}
