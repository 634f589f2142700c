/// Questions whose honest answer is a list of the user's own customers, not
/// an article about the method: where to focus, who is borderline, who has
/// not been seen for a while.
///
/// "what should I focus on?" is the method's central question and is answered
/// from the book (the B customers with the most upside, the A customers due
/// for follow-up); "any borderline customers?" names them; "who haven't I
/// seen in a while?" reads `last_visit` and the visit log. A question about
/// the idea itself ("what does borderline mean?", 「境界線ギリギリの顧客はどう扱う？」)
/// still gets the knowledge entry: only a request for customers is read here.
public enum CustomerListQuestion: Sendable, Hashable {
    /// Where the rep's time should go.
    case focus
    /// Customers with an axis score within the borderline margin of the cut.
    case borderline
    /// Customers by time since their last visit, longest first.
    case notSeenLately
    /// Customers with no visit on record at all ("which customers have never been visited?").
    case neverVisited
    /// Customers by one metric, highest first ("who brings the most sales?").
    case top(Metric)
    /// Reps by how many customers of the named segment they hold ("who has the most B customers?").
    case repsBySegment
    /// The B customers closest to A: the candidates to move ("which B customers are closest to becoming A?").
    case nearA
    /// The customers of `from` closest to `to` on the one axis that separates
    /// them ("which D customers could become C soon?"); B→A is `nearA`.
    case near(from: Segment, to: Segment)
    /// The logged visits against the C trap, per rep ("is anyone spending too much time on C?").
    case comfort
    /// Every rep's customers by segment ("segments by rep", 「担当者別のセグメント数」).
    case repBreakdown
    /// The visits made, newest first ("what visits did I log this week?", 「訪問記録見せて」).
    case visitLog
    /// The customers no segment could be given, with the axis that has no
    /// value ("which customers are not in any segment?", 「分類できない顧客は？」).
    case unclassified
    /// Customers past their segment's cadence, A first ("who is overdue?", 「訪問が遅れている顧客は？」).
    case overdue

    /// The list a question asks for, if it asks for one.
    /// `namesRep`: the question names one of the book's reps ("is Okada
    /// spending too much time on C?"), which makes a comfort question one about the team.
    static func detect(_ text: QuestionText, namesRep: Bool = false) -> CustomerListQuestion? {
        let lookup = PhraseLookup(text)
        let compact = lookup.compact
        func has(_ phrases: [String]) -> Bool { lookup.hasWords(phrases) }
        func hasJapanese(_ phrases: [String]) -> Bool { lookup.hasText(phrases) }

        // Asking what something means, or how to treat it, is a method question.
        // "who is overdue?", "what's overdue among A accounts": by each segment's
        // cadence, unless a gap is given in words ("in over 3 months").
        if lookup.has(english: lists.overdueEnglish, japanese: lists.overdueJapanese), !text.chars.contains(where: \.isNumber),
            // "which rep has the most overdue A customers?" ranks the reps.
            !lookup.has(english: lists.repsMostEnglish, japanese: lists.repsMostJapanese),
            !lookup.hasWords(["mean", "means", "meaning", "define"])
        {
            return .overdue
        }
        if has(english.aboutTheIdea) || hasJapanese(japanese.aboutTheIdea) { return nil }
        if lookup.has(english: lists.unclassifiedEnglish, japanese: lists.unclassifiedJapanese) { return .unclassified }
        // "closest to A": the English phrases end in "a", so the question must
        // write it as the segment, a capital standing alone ("close to a
        // segment change" is about the borderline).
        // The customers one step below the goal: B for A, D for B or C (the
        // interpreter swaps in another segment the question names).
        switch nearTarget(text) {
        case .a: return .nearA
        case .b, .c: return .near(from: .d, to: nearTarget(text)!)
        case .d, nil: break
        }
        if lookup.hasText(lists.nearAJapanese) || (lookup.hasWords(lists.nearAEnglish) && endsInSegmentA(text)) { return .nearA }
        if has(english.focus) || hasJapanese(japanese.focus) { return .focus }
        if let metric = topMetric(lookup) { return .top(metric) }
        if lookup.has(english: lists.repsMostEnglish, japanese: lists.repsMostJapanese) {
            return .repsBySegment
        }
        // About the team, the visit log per rep; about oneself ("am I spending
        // too much time on C?") it stays the plan check.
        if lookup.has(english: lists.comfortEnglish, japanese: lists.comfortJapanese),
            namesRep || lookup.has(english: lists.comfortWhoEnglish, japanese: lists.comfortWhoJapanese)
        {
            return .comfort
        }
        if lookup.has(english: lists.repsBreakdownEnglish, japanese: lists.repsBreakdownJapanese) { return .repBreakdown }
        // Who has not been seen is a request for customers however it is put
        // ("B accounts I haven't visited since September", 「2ヶ月以上訪問してないB顧客」).
        if lookup.has(english: lists.neverEnglish, japanese: lists.neverJapanese) { return .neverVisited }

        let negatedVisit = lookup.hasWords(lists.negations) && lookup.hasWords(lists.visitVerbsEnglish)
        if negatedVisit || lookup.hasText(lists.notVisitedJapanese) { return .notSeenLately }
        // The visits made: never when negated ("visits I haven't logged" is not the log).
        if !lookup.hasWords(lists.negations), !compact.contains("ない"),
            lookup.has(english: lists.visitLogEnglish, japanese: lists.visitLogJapanese)
        {
            return .visitLog
        }
        let asksForCustomers = has(english.asksForCustomers) || hasJapanese(japanese.asksForCustomers)
            || compact.hasSuffix("?") || compact.hasSuffix("？")
        guard asksForCustomers else { return nil }
        if has(english.borderline) || hasJapanese(japanese.borderline) { return .borderline }
        if has(english.notSeen) || hasJapanese(japanese.notSeen) || notSeenRecently(lookup) { return .notSeenLately }
        return nil
    }

    /// "haven't been visited lately", "not seen recently", 「最近会ってない」: a
    /// negation with a word for recent (alone, "who did I visit recently?" asks for the log).
    private static func notSeenRecently(_ lookup: PhraseLookup) -> Bool {
        let negated = lookup.hasWords(lists.negations)
        let recent = lookup.hasWords(lists.recent)
        let japanese = lookup.hasText(lists.recentJapanese) && lookup.hasText(lists.notRecentJapanese)
        return (negated && recent) || japanese
    }

    /// The metric a superlative asks about ("the most sales", 「利益が一番」),
    /// the longest metric phrase first, so 売上高 is company revenue, not our sales.
    private static func topMetric(_ lookup: PhraseLookup) -> Metric? {
        let (compact, joined) = (lookup.compact, lookup.spaced)
        let superlative = lookup.has(english: lists.topEnglish, japanese: lists.topJapanese)
        // "top 5 B accounts by upside": upside is the segment's own order, not a metric.
        guard superlative, !lookup.has(english: lists.upsideEnglish, japanese: lists.upsideJapanese) else { return nil }
        var best: (metric: Metric, length: Int)? = nil
        for (metric, phrases) in metricPhrases {
            for phrase in phrases.english where joined.contains(" \(phrase) ") && phrase.count > (best?.length ?? 0) { best = (metric, phrase.count) }
            for phrase in phrases.japanese where compact.contains(phrase) && phrase.count > (best?.length ?? 0) { best = (metric, phrase.count) }
        }
        if let best { return best.metric }
        // "who are my biggest customers?": sized by what they buy from us.
        let size = lookup.has(english: lists.sizeEnglish, japanese: lists.sizeJapanese)
        let aboutCustomers = lookup.has(english: lists.nounsEnglish, japanese: lists.nounsJapanese)
        return size && aboutCustomers ? .sales : nil
    }

    /// The metric a question names ("profit", 「受注件数」), the longest phrase
    /// first so 売上高 is company revenue, not our sales.
    static func metricNamed(_ text: QuestionText) -> Metric? {
        let lookup = PhraseLookup(text)
        let (compact, joined) = (lookup.compact, lookup.spaced)
        var best: (metric: Metric, length: Int)? = nil
        for (metric, phrases) in metricPhrases {
            for phrase in phrases.english where joined.contains(" \(phrase) ") && phrase.count > (best?.length ?? 0) { best = (metric, phrase.count) }
            for phrase in phrases.japanese where compact.contains(phrase) && phrase.count > (best?.length ?? 0) { best = (metric, phrase.count) }
        }
        return best?.metric
    }

    /// The goal of a "closest to X" list.
    var nearGoal: Segment? {
        switch self {
        case .nearA: .a
        case .near(_, let to): to
        default: nil
        }
    }

    /// The segment a "close to becoming X" question names as the goal
    /// ("closest to A", "could become C soon", 「Cになりそう」), if any.
    private static func nearTarget(_ text: QuestionText) -> Segment? {
        let english = #/(?i:closest to moving up to|closest to moving to|close to moving up to|closest to|close to|nearest to|nearly|almost|about to become|next to become|ready to become|could become|might become|could soon become|likely to become|becoming|could move up to|could move to|could turn into|moving up to|moving to|move up to|moving into)\s+(?:an?\s+)?([ABCD])(?![A-Za-z])/#
        if let match = text.cased.firstMatch(of: english) { return Segment(letter: match.1) }
        let folded = String(text.chars)
        let japanese = #/([a-dＡ-Ｄa-d])(?:ランク|領域)?(?:に一番近い|にいちばん近い|に最も近い|に近い|になりそう|に上がりそう|に上がれそう|に届きそう|になれそう|候補|の候補)|もう少しで([a-dＡ-Ｄa-d])/#
        if let match = folded.firstMatch(of: japanese), let letter = match.1 ?? match.2 { return Segment(letter: letter) }
        return nil
    }

    /// Whether the question speaks of customers or accounts ("my customers", 「担当先」).
    static func mentionsCustomers(_ text: QuestionText) -> Bool {
        PhraseLookup(text).has(english: lists.nounsEnglish, japanese: lists.nounsJapanese)
    }

    /// Whether a near-A phrase ends in the segment itself, a capital A
    /// ("closest to A", "almost an A"), not in the article ("close to a segment change").
    private static func endsInSegmentA(_ text: QuestionText) -> Bool {
        text.cased.contains(#/(?i:closest to|close to|nearest to|nearly|almost|about to become|next to become|ready to become|becoming|being)\s+(?:an?\s+)?A(?![A-Za-z])|\bA\s+(?i:candidates?)/#)
    }

    /// Whether the question asks who a customer's rep is ("who is the rep for
    /// Initech?", 「Initechの担当は誰？」).
    static func asksRep(_ text: QuestionText) -> Bool {
        PhraseLookup(text).has(english: lists.repEnglish, japanese: lists.repJapanese)
    }

    /// Whether the question asks if one customer deserves a visit now, or
    /// gets too many ("is Kimura Print worth a visit this week?", 「多すぎ？」).
    static func asksVisitWorth(_ text: QuestionText) -> Bool {
        PhraseLookup(text).has(english: lists.worthEnglish, japanese: lists.worthJapanese)
    }

    private static let metricPhrases: [(Metric, (english: [String], japanese: [String]))] = Metric.allCases.map { metric in
        (metric, (Understanding.standard.phrases("metric-\(metric.rawValue)-en"), Understanding.standard.phrases("metric-\(metric.rawValue)-ja")))
    }

    /// Whether the question speaks of being borderline at all ("is it borderline?", 「それってギリギリ？」).
    static func asksAboutBorderline(_ text: QuestionText) -> Bool {
        PhraseLookup(text).has(english: english.borderline, japanese: japanese.borderline)
    }

    /// Whether the question asks about several customers ("any borderline
    /// customers?", "who is close to switching?", 「ギリギリの顧客は？」): a list,
    /// never a follow-up about the one customer just discussed.
    static func asksForSeveral(_ text: QuestionText) -> Bool {
        PhraseLookup(text).has(english: lists.severalEnglish, japanese: lists.severalJapanese)
    }

    /// Whether the question asks when a customer was last visited
    /// ("when did I last visit X?", 「Xは最後にいつ訪問した？」): the explanation carries it.
    static func asksLastVisit(_ text: QuestionText) -> Bool {
        PhraseLookup(text).has(english: lists.lastVisitEnglish, japanese: lists.lastVisitJapanese)
    }

    /// Phrases, matched as whole words of the folded question
    /// (`[phrases list-…-en]` under knowledge/understanding/).
    static let english = phrases("en")

    /// Every Japanese phrase above: a word such as ギリギリ is a cue, never an unknown company's name.
    static var japanesePhrases: [String] {
        japanese.aboutTheIdea + japanese.focus + japanese.asksForCustomers + japanese.borderline + japanese.notSeen
            + lists.topJapanese + lists.repJapanese + lists.nearAJapanese + lists.neverJapanese + lists.visitLogJapanese + lists.repsBreakdownJapanese + lists.comfortJapanese
            + lists.recentJapanese + lists.notVisitedJapanese + lists.unclassifiedJapanese + lists.overdueJapanese
            + metricPhrases.flatMap(\.1.japanese)
    }

    /// Phrases, matched inside the folded question (`[phrases list-…-ja]`).
    static let japanese = phrases("ja")

    /// The smaller lists (`[phrases list-…]`).
    private static let lists = (
        negations: Understanding.standard.phrases("list-negations-en"),
        recent: Understanding.standard.phrases("list-recent-en"),
        recentJapanese: Understanding.standard.phrases("list-recent-ja"),
        notRecentJapanese: Understanding.standard.phrases("list-not-recent-ja"),
        severalEnglish: Understanding.standard.phrases("list-several-en"),
        severalJapanese: Understanding.standard.phrases("list-several-ja"),
        lastVisitEnglish: Understanding.standard.phrases("list-last-visit-en"),
        lastVisitJapanese: Understanding.standard.phrases("list-last-visit-ja"),
        topEnglish: Understanding.standard.phrases("top-en"),
        topJapanese: Understanding.standard.phrases("top-ja"),
        repEnglish: Understanding.standard.phrases("asks-rep-en"),
        repJapanese: Understanding.standard.phrases("asks-rep-ja"),
        sizeEnglish: Understanding.standard.phrases("top-size-en"),
        sizeJapanese: Understanding.standard.phrases("top-size-ja"),
        nounsEnglish: Understanding.standard.phrases("customer-nouns-en"),
        nounsJapanese: Understanding.standard.phrases("customer-nouns-ja"),
        worthEnglish: Understanding.standard.phrases("asks-visit-worth-en"),
        worthJapanese: Understanding.standard.phrases("asks-visit-worth-ja"),
        repsMostEnglish: Understanding.standard.phrases("reps-most-en"),
        repsMostJapanese: Understanding.standard.phrases("reps-most-ja"),
        neverEnglish: Understanding.standard.phrases("list-never-en"),
        neverJapanese: Understanding.standard.phrases("list-never-ja"),
        nearAEnglish: Understanding.standard.phrases("near-a-en"),
        nearAJapanese: Understanding.standard.phrases("near-a-ja"),
        visitLogEnglish: Understanding.standard.phrases("list-visit-log-en"),
        repsBreakdownEnglish: Understanding.standard.phrases("reps-breakdown-en"),
        upsideEnglish: Understanding.standard.phrases("upside-en"),
        comfortEnglish: Understanding.standard.phrases("comfort-en"),
        comfortJapanese: Understanding.standard.phrases("comfort-ja"),
        comfortWhoEnglish: Understanding.standard.phrases("comfort-who-en"),
        comfortWhoJapanese: Understanding.standard.phrases("comfort-who-ja"),
        upsideJapanese: Understanding.standard.phrases("upside-ja"),
        repsBreakdownJapanese: Understanding.standard.phrases("reps-breakdown-ja"),
        visitLogJapanese: Understanding.standard.phrases("list-visit-log-ja"),
        visitVerbsEnglish: Understanding.standard.phrases("list-visit-verbs-en"),
        notVisitedJapanese: Understanding.standard.phrases("list-not-visited-ja"),
        unclassifiedEnglish: Understanding.standard.phrases("list-unclassified-en"),
        unclassifiedJapanese: Understanding.standard.phrases("list-unclassified-ja"),
        overdueEnglish: Understanding.standard.phrases("list-overdue-en"),
        overdueJapanese: Understanding.standard.phrases("list-overdue-ja")
    )

    private static func phrases(_ language: String) -> (
        aboutTheIdea: [String], focus: [String], asksForCustomers: [String], borderline: [String], notSeen: [String]
    ) {
        let understanding = Understanding.standard
        func list(_ name: String) -> [String] { understanding.phrases("list-\(name)-\(language)") }
        return (list("about-the-idea"), list("focus"), list("asks-for-customers"), list("borderline"), list("not-seen"))
    }
}
