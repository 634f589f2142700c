/// Questions about progress over time, answered from the workspace's
/// segment history: who moved ("which customers moved from B to A this
/// year?", 「今期AからBに落ちた顧客は？」), whether the time in B pays off
/// ("is my time in B paying off?"), and one customer's history
/// ("how has Acme changed over time?", 「田中商事の推移」).
public enum ProgressQuestion: Sendable, Hashable {
    /// Customers that changed segment; `from`/`to` nil for any.
    case moves(from: Segment?, to: Segment?)
    /// Visits spent in B against the B→A moves.
    case payoff
    /// One customer's segments over time (the customer is the reading's).
    case history
    /// How many customers each segment held then and now; the segment asked about, if any.
    case counts(Segment?)
    /// The customers of a segment that stayed in it all the period ("B accounts that haven't moved all year").
    case stayed(Segment)

    /// The progress question `text` asks, if it asks one.
    /// - Parameters:
    ///   - segments: the segments the interpreter found, in order (key accounts → A).
    ///   - namesOneCustomer: whether exactly one customer of the book is named.
    static func detect(_ original: String, _ text: QuestionText, segments: [Segment], namesOneCustomer: Bool) -> ProgressQuestion? {
        // 「Bから落ちそうな顧客は？」 asks who could fall, not who fell.
        if !namesOneCustomer, CustomerListQuestion.asksAtRisk(text) { return nil }
        if isConditional(text) { return nil }
        let lookup = PhraseLookup(text)
        let lists = Self.lists
        if namesOneCustomer, lookup.has(english: lists.historyEnglish, japanese: lists.historyJapanese) { return .history }
        // A count of a segment over time; not a count of visits, and not a
        // move with both ends named (「Bから何社Aになった？」 lists the moves).
        if !namesOneCustomer, !segments.isEmpty, pair(in: original) == nil,
            lookup.has(english: lists.countEnglish, japanese: lists.countJapanese),
            lookup.has(english: lists.compareEnglish, japanese: lists.compareJapanese),
            !lookup.has(english: lists.visitWordsEnglish, japanese: lists.visitWordsJapanese)
        {
            return .counts(segments.first)
        }
        let mentionsB = segments.contains(.b) || Self.explicitLetters(original).contains(.b)
        if mentionsB, lookup.has(english: lists.payoffEnglish, japanese: lists.payoffJapanese) { return .payoff }
        if !namesOneCustomer, segments.isEmpty, lookup.has(english: lists.whatChangedEnglish, japanese: lists.whatChangedJapanese) {
            return .moves(from: nil, to: nil)
        }
        // A negated move ("haven't moved", 「Bのまま」) about one segment asks who stayed, not who moved.
        if !namesOneCustomer, segments.count == 1, pair(in: original) == nil,
            lookup.has(english: lists.stayedEnglish, japanese: lists.stayedJapanese)
        {
            return .stayed(segments[0])
        }
        let moved = lookup.has(english: lists.movedEnglish, japanese: lists.movedJapanese)
            || (lookup.hasWords(lists.baseEnglish) && lookup.has(english: lists.pastEnglish, japanese: lists.pastJapanese))
        guard moved else { return nil }
        if let pair = Self.pair(in: original) {
            return namesOneCustomer ? .history : .moves(from: pair.from, to: pair.to)
        }
        // A move with one end named: a rise is "to", a fall is "from".
        let falls = lookup.has(english: lists.fallEnglish, japanese: lists.fallJapanese)
        if namesOneCustomer { return .history }
        let aboutCustomers = !segments.isEmpty || lookup.has(english: lists.segmentWordsEnglish, japanese: lists.segmentWordsJapanese)
        guard aboutCustomers else { return nil }
        switch segments.count {
        case 0: return .moves(from: nil, to: nil)
        case 1: return falls ? .moves(from: segments[0], to: nil) : .moves(from: nil, to: segments[0])
        default: return .moves(from: segments[0], to: segments[1])
        }
    }

    /// Whether the question points back at the customer just discussed
    /// ("has it moved?", 「その会社は変わった？」) rather than at the whole book.
    static func refersBack(_ text: QuestionText) -> Bool {
        PhraseLookup(text).has(english: lists.pronounsEnglish, japanese: lists.pronounsJapanese)
    }

    /// Whether the question carries a sign of its own that it is about the
    /// past (a move with both ends, a word of the past, "what changed", a
    /// period, "history"/推移): needed to take over a reading the learnt scorer
    /// placed elsewhere ("which clients fall into D?" stays a list).
    static func isClearlyAboutProgress(_ original: String, _ text: QuestionText) -> Bool {
        // Any date up to the far future reads as a period here: only whether one is named matters.
        let today = LocalDate(year: 9999, month: 12, day: 31)!
        let lookup = PhraseLookup(text)
        if isConditional(text) { return false }
        return pair(in: original) != nil || lookup.has(english: lists.pastEnglish, japanese: lists.pastJapanese)
            || lookup.has(english: lists.whatChangedEnglish, japanese: lists.whatChangedJapanese)
            || lookup.has(english: lists.historyEnglish, japanese: lists.historyJapanese)
            || lookup.has(english: lists.payoffEnglish, japanese: lists.payoffJapanese)
            || HistoryPeriod.named(in: original, today: today) != nil
    }

    /// Whether the question speaks of a move that already happened ("when
    /// did Acme become A?"), not of one to come ("what would move Acme to A?").
    static func speaksOfThePast(_ text: QuestionText) -> Bool {
        !isConditional(text) && PhraseLookup(text).has(english: lists.pastEnglish, japanese: lists.pastJapanese)
    }

    /// 「何が変わったらBになる？」, 「Aになったら」: a past form with 〜たら is a
    /// condition, a move to come ("what would it take"), not one that happened.
    static func isConditional(_ text: QuestionText) -> Bool {
        PhraseLookup(text).compact.contains(ProgressQuestionPattern.conditional)
    }

    /// "B to A", "B→A", "from B into A", 「BからA」, with the letters as
    /// capitals in English (so the article "a" is never a segment).
    static func pair(in original: String) -> (from: Segment, to: Segment)? {
        let folded = original.compatibilityFolded
        let patterns = [
            ProgressQuestionPattern.arrowPair,
            ProgressQuestionPattern.toPair,
            // "B customers became A", "which B accounts turned into A ones".
            ProgressQuestionPattern.becamePair,
        ]
        for pattern in patterns {
            if let match = folded.firstMatch(of: pattern), let from = Segment(letter: match.1), let to = Segment(letter: match.2),
                from != to
            {
                return (from, to)
            }
        }
        // 「BからA」, 「Bから何社Aになった」: a few words may stand between, the target takes に or へ.
        if let match = folded.firstMatch(of: ProgressQuestionPattern.japanesePair),
            let from = Segment(letter: match.1), let to = Segment(letter: match.2 ?? match.3 ?? ""), from != to
        {
            return (from, to)
        }
        return nil
    }

    /// Capital segment letters written as words ("in B", "B customers").
    private static func explicitLetters(_ original: String) -> [Segment] {
        let characters = Array(original.compatibilityFolded)
        func isLatin(_ index: Int) -> Bool {
            characters.indices.contains(index) && characters[index].isASCII && (characters[index].isLetter || characters[index].isNumber)
        }
        return characters.indices.compactMap { index in
            guard "ABCD".contains(characters[index]), !isLatin(index - 1), !isLatin(index + 1) else { return nil }
            return Segment(letter: String(characters[index]))
        }
    }

    private static let lists = {
        let understanding = Understanding.standard
        return (
            movedEnglish: understanding.phrases("progress-moved-en"),
            movedJapanese: understanding.phrases("progress-moved-ja"),
            payoffEnglish: understanding.phrases("progress-payoff-en"),
            payoffJapanese: understanding.phrases("progress-payoff-ja"),
            historyEnglish: understanding.phrases("progress-history-en"),
            historyJapanese: understanding.phrases("progress-history-ja"),
            fallEnglish: understanding.phrases("progress-fall-en"),
            fallJapanese: understanding.phrases("progress-fall-ja"),
            segmentWordsEnglish: understanding.phrases("progress-about-customers-en"),
            segmentWordsJapanese: understanding.phrases("progress-about-customers-ja"),
            pronounsEnglish: understanding.phrases("progress-refers-back-en"),
            pronounsJapanese: understanding.phrases("progress-refers-back-ja"),
            whatChangedEnglish: understanding.phrases("progress-what-changed-en"),
            whatChangedJapanese: understanding.phrases("progress-what-changed-ja"),
            pastEnglish: understanding.phrases("progress-past-en"),
            pastJapanese: understanding.phrases("progress-past-ja"),
            baseEnglish: understanding.phrases("progress-move-base-en"),
            countEnglish: understanding.phrases("progress-count-en"),
            countJapanese: understanding.phrases("progress-count-ja"),
            compareEnglish: understanding.phrases("progress-compare-en"),
            compareJapanese: understanding.phrases("progress-compare-ja"),
            visitWordsEnglish: understanding.phrases("progress-visit-words-en"),
            visitWordsJapanese: understanding.phrases("progress-visit-words-ja"),
            stayedEnglish: understanding.phrases("progress-stayed-en"),
            stayedJapanese: understanding.phrases("progress-stayed-ja")
        )
    }()
}

/// Compiled once per process: a regular expression written as a literal in a
/// function is parsed again at every call (see `PlanDaysPattern`).
private enum ProgressQuestionPattern {
    nonisolated(unsafe) static let conditional = #/(変わっ|なっ|上がっ|下がっ|移っ|動い|落ち|増え|減っ)たら/#
    nonisolated(unsafe) static let arrowPair = #/\b([ABCD])\s*(?:→|->|=>|⇒)\s*([ABCD])\b/#
    nonisolated(unsafe) static let toPair = #/\b([ABCD])\s+(?:to|into)\s+([ABCD])\b/#
    nonisolated(unsafe) static let becamePair = #/\b([ABCD])\b[^.?!]*?\b(?:became|become|turned into|moved to|moved into|went to|got to|reached)\s+(?:an?\s+)?([ABCD])\b/#
    nonisolated(unsafe) static let japanesePair = #/([A-Da-d])(?:ランク|領域)?から(?:[^A-Da-d]{0,8}?([A-Da-d])(?:に|へ)|([A-Da-d]))/#
}
