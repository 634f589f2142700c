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
    /// Customers whose high axis is just above the cut, so a small fall moves
    /// them down ("which A customers are at risk of dropping?", 「Bから落ちそうな顧客は？」).
    case atRisk
    /// How the policy splits the visits between the segments, with the
    /// book's customers in each ("how much of my time should go to each segment?").
    case timeShares
    /// Customers with nothing from us on record: orders, sales and profit
    /// all zero ("which customers have no orders at all?", 「取引ゼロの顧客は？」).
    case noBusiness
    /// Customers by one axis score, highest first ("top 5 B customers by
    /// objective score", 「客観的評価が高い順に」).
    case topScore(Axis)
    /// Customers whose own business is shrinking, steepest first ("customers
    /// with negative growth", 「成長率がマイナスの顧客は？」).
    case declining
    /// "how much do my A customers buy from us in total?", 「平均売上は？」: the
    /// sum (or, with `average`, the mean) of one metric over the customers asked about.
    case total(Metric, average: Bool)
    /// "B customers with more than 300 employees": the customers past a bound on one metric.
    case threshold(MetricThreshold)
    /// "who's responsible for those?" after a list: each listed customer's rep.
    case owners
    /// "and the rest?" after a list shown whole: the customers of its segments it did not hold.
    case rest
    /// "船橋の客ってどれ？", "which customers are in chiba?": the customers
    /// whose names hold that place (`PlaceList`), the list having no address.
    case place(kanji: String, reading: String)

    /// `detect(_:namesRep:)` worked out (see `CustomerListQuestion+LastAnswer.swift`).
    static func detectAnew(_ text: QuestionText, namesRep: Bool) -> CustomerListQuestion? {
        let lookup = PhraseLookup(text)
        let compact = lookup.compact
        func has(_ phrases: [String]) -> Bool { lookup.hasWords(phrases) }
        func hasJapanese(_ phrases: [String]) -> Bool { lookup.hasText(phrases) }

        // Asking what something means, or how to treat it, is a method question.
        if asksAtRisk(text) { return .atRisk }
        // "rank the reps by sales", 「担当者ランキング」: the reps side by side, not their customers ranked.
        // "rank my three reps": a rank word then, within two words, "reps" — never with customers asked for.
        let words = text.asciiWords.map(\.text)
        let ranksReps = words.indices.contains { i in
            ["rank", "ranked", "ranking"].contains(words[i]) && words[(i + 1)..<min(words.count, i + 4)].contains("reps")
        } && !words.contains("customers") && !words.contains("accounts")
        if lookup.has(english: CustomerListQuestion.rankReps.english, japanese: CustomerListQuestion.rankReps.japanese) || ranksReps {
            return .repBreakdown
        }
        // "who is overdue?", "what's overdue among A accounts": by each segment's
        // cadence, unless a gap is given in words ("in over 3 months").
        if lookup.has(english: lists.overdueEnglish, japanese: lists.overdueJapanese), !text.chars.contains(where: \.isNumber),
            // "which rep has the most overdue A customers?" ranks the reps.
            !lookup.has(english: lists.repsMostEnglish, japanese: lists.repsMostJapanese),
            !lookup.hasWords(["mean", "means", "meaning", "define"])
        {
            return .overdue
        }
        // "who should I follow up with?", 「誰をフォローすべき？」: the customers due a
        // visit, A's follow-ups first; "how should I follow up with A?" is the guidance.
        // 「フォローが必要な人いる？」 is a person: a rep who needs help, below.
        if asksWhoToFollowUp(lookup), !asksHelp(text) { return .overdue }
        // "how much of my time should go to each segment?", 「各セグメントにどれくらい時間を割くべき？」.
        if lookup.has(english: lists.timeEnglish, japanese: lists.timeJapanese),
            lookup.has(english: lists.eachSegmentEnglish, japanese: lists.eachSegmentJapanese),
            lookup.has(english: lists.shouldEnglish, japanese: lists.shouldJapanese)
        {
            return .timeShares
        }
        let unclassified = lookup.has(english: lists.unclassifiedEnglish, japanese: lists.unclassifiedJapanese)
        // "what should I do with customers that have no transaction data?": the
        // customers themselves, with what to fill in; "what does unclassified mean?" is the idea.
        // A count of them ("how many are unclassified?") stays a count.
        if unclassified, lookup.has(english: lists.nounsEnglish, japanese: lists.nounsJapanese),
            !lookup.has(english: lists.countEnglish, japanese: lists.countJapanese)
        {
            return .unclassified
        }
        // "B customers with more than 300 employees", 「従業員300人以上」: a bound on a metric.
        if let bound = MetricThreshold.read(text) { return .threshold(bound) }
        // A sum or an average of a metric (our sales when "buy" is all it says):
        // "what's the total profit of C?" is a figure, not the idea of C.
        let average = lookup.has(english: lists.averageEnglish, japanese: lists.averageJapanese)
        // Not visits or a plan ("five visits total"): those are the plan's numbers.
        let aboutVisits = lookup.has(english: ["visit", "visits", "plan", "schedule", "week"], japanese: ["訪問", "計画", "予定"])
        // "sales per segment?", 「セグメント別の売上」: the total, split by segment as every total is.
        let perSegment = lookup.has(
            english: ["per segment", "by segment", "each segment", "per group", "by group"],
            japanese: ["セグメント別", "セグメントごと", "領域別", "領域ごと", "ランク別"])
        if average || perSegment || lookup.has(english: lists.totalEnglish, japanese: lists.totalJapanese), !aboutVisits,
            let metric = metricNamed(text) ?? (lookup.hasWords(["buy", "spend", "spent", "bought"]) || lookup.hasText(["買"]) ? .sales : nil)
        {
            return .total(metric, average: average)
        }
        // 「Xとは」 asks what X is; 「伝えることは？」 only has the same two kana in it.
        let aboutIdea = japanese.aboutTheIdea.contains { phrase in
            phrase == "とは" ? compact.replacingOccurrences(of: "ことは", with: "").contains(phrase) : compact.contains(phrase)
        }
        if has(english.aboutTheIdea) || aboutIdea { return nil }
        if unclassified { return .unclassified }
        // "which customers have no orders at all?", 「一度も買ってくれていない顧客」:
        // the customers, not the article on B; the answer starts with how many.
        if lookup.has(english: lists.noBusinessEnglish, japanese: lists.noBusinessJapanese) { return .noBusiness }
        if lookup.has(english: lists.decliningEnglish, japanese: lists.decliningJapanese) { return .declining }

        // "top 5 B customers by objective score": that axis, before any metric it names.
        if let axis = rankedAxis(lookup) { return .topScore(axis) }
        // "customers last visited over 3 months ago", 「最後の訪問から3か月以上経っている顧客」:
        // a gap since the last visit asks who has not been seen for that long.
        if statesGap(text), lookup.has(english: lists.lastVisitEnglish + lists.elapsedEnglish, japanese: lists.lastVisitJapanese + lists.elapsedJapanese) {
            return .notSeenLately
        }
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
        // About the team, the visit log per rep; about oneself ("am I spending
        // too much time on C?") it stays the plan check.
        // Before a ranking: "who spends the most time on C?" is about visits, not sales.
        // "why is it bad to spend too much time on C?" asks for the reason, the C trap itself.
        // 「足立さんの今週の計画、C比率はポリシー内？」 asks of the week's plan: its check, not the visits made.
        if lookup.has(english: lists.comfortEnglish, japanese: lists.comfortJapanese),
            namesRep || lookup.has(english: lists.comfortWhoEnglish, japanese: lists.comfortWhoJapanese),
            !lookup.has(english: ["why", "what's wrong", "whats wrong"], japanese: ["なぜ", "なんで", "どうして", "何がいけない"]),
            !lookup.has(english: ["plan", "planned", "this week's visits"], japanese: ["計画", "予定", "プラン"])
        {
            return .comfort
        }
        // "C share per rep vs the policy", 「担当者ごとのC比率は方針内？」: each rep's visits to C against
        // the policy's limit, which is what the method weighs, not how many C customers each holds.
        // 「チーム全体でCの比率は方針を超えてる？」: the team's visits to C against the policy too.
        if !namesRep,
            lookup.has(english: ["c share", "share of c", "c ratio", "c percentage"], japanese: ["Cの割合", "C比率", "Cの比率", "C率", "cの割合", "c比率", "cの比率"]),
            lookup.has(english: ["per rep", "each rep", "by rep", "every rep", "all reps"], japanese: ["担当者ごと", "担当ごと", "担当別", "担当者別", "各担当", "全員"])
                || (lookup.has(english: ["team", "everyone"], japanese: ["チーム", "全体", "みんな"])
                    && lookup.has(english: ["policy", "limit"], japanese: ["方針", "ポリシー", "上限", "超え"]))
        {
            return .comfort
        }
        // "which rep has the largest C share in sales?": the reps compared, not the top customers.
        // ("which rep has the most D's?" is the reps ranked by that count: `repsBySegment` below.)
        if lookup.has(english: ["which rep", "which of the reps", "which salesperson", "who on the team"], japanese: ["どの担当", "どの営業"]),
            lookup.has(english: ["share", "ratio", "percentage", "proportion"], japanese: ["割合", "比率", "シェア", "構成比"])
        {
            return .repBreakdown
        }
        // "which rep has the most C customers, and how much of his sales is C?": the reps first
        // when a rep is the word asked for ("who has the most sales?" is still the customers).
        if lookup.has(english: lists.repsMostEnglish, japanese: lists.repsMostJapanese),
            lookup.has(english: ["rep", "reps", "salesperson"], japanese: ["担当者", "どの担当", "営業担当", "どの営業"])
        {
            return .repsBySegment
        }
        if let metric = topMetric(lookup) { return .top(metric) }
        if lookup.has(english: lists.repsMostEnglish, japanese: lists.repsMostJapanese) {
            return .repsBySegment
        }
        // 「誰がサポート必要？」, "who needs help?": a person who needs help is a rep.
        if asksHelp(text), lookup.has(english: ["who", "whos", "who's", "which rep", "anyone"], japanese: ["誰", "だれ", "どの担当", "どなた"]) {
            return .repBreakdown
        }
        if lookup.has(english: lists.repsBreakdownEnglish, japanese: lists.repsBreakdownJapanese) {
            // 「A先でしばらく行けてないところ、担当別に」: who is unseen, each with the rep, not the counts.
            let unseen = (lookup.hasWords(lists.negations) && lookup.hasWords(lists.visitVerbsEnglish))
                || lookup.hasText(lists.notVisitedJapanese) || has(english.notSeen) || hasJapanese(japanese.notSeen)
            return unseen ? .overdue : .repBreakdown
        }
        // Who has not been seen is a request for customers however it is put
        // ("B accounts I haven't visited since September", 「2ヶ月以上訪問してないB顧客」).
        if lookup.has(english: lists.neverEnglish, japanese: lists.neverJapanese) { return .neverVisited }

        let negatedVisit = lookup.hasWords(lists.negations) && lookup.hasWords(lists.visitVerbsEnglish)
        if negatedVisit || lookup.hasText(lists.notVisitedJapanese) { return .notSeenLately }
        // The visits made: never when negated ("visits I haven't logged" is not the log).
        // Nor when it asks what should be done ("how many visits should I make?", 「何件訪問すればいい？」): that is the plan.
        if !lookup.hasWords(lists.negations), !PhraseSearch.contains(compact, "ない"),
            !lookup.has(english: lists.shouldEnglish, japanese: lists.shouldJapanese),
            lookup.has(english: lists.visitLogEnglish, japanese: lists.visitLogJapanese)
        {
            return .visitLog
        }
        // A terse request names the customers it wants ("Emily's borderline customers", 「ボーダーラインの顧客」).
        let asksForCustomers = has(english.asksForCustomers) || hasJapanese(japanese.asksForCustomers)
            || compact.hasSuffix("?") || compact.hasSuffix("？")
            || (lookup.has(english: lists.nounsEnglish, japanese: lists.nounsJapanese) && !lookup.has(english: lists.countEnglish, japanese: lists.countJapanese))
            // "borderline B only", 「ボーダーラインのBだけ」: a filter on customers.
            || (lookup.has(english: ["only", "just"], japanese: ["だけ", "のみ"]) && !Interpreter.asksWhy(text))
        // "how many are borderline?", 「ボーダーラインは何社？」: the list, whose first line is the count.
        let borderline = has(english.borderline) || hasJapanese(japanese.borderline)
        if borderline, lookup.has(english: lists.countEnglish, japanese: lists.countJapanese) { return .borderline }
        guard asksForCustomers else { return nil }
        if borderline { return .borderline }
        if has(english.notSeen) || hasJapanese(japanese.notSeen) || notSeenRecently(lookup) { return .notSeenLately }
        return nil
    }

    /// The axis a ranking asks to sort by ("by objective score", 「取り引き実績の高い順」):
    /// a superlative or an order, and one axis named as a score.
    private static func rankedAxis(_ lookup: PhraseLookup) -> Axis? {
        let ordered = lookup.has(english: lists.topEnglish + lists.lowEnglish + lists.rankedByEnglish, japanese: lists.topJapanese + lists.lowJapanese + lists.rankedByJapanese)
        guard ordered else { return nil }
        let objective = lookup.has(english: lists.axisObjectiveEnglish, japanese: lists.axisObjectiveJapanese)
        let record = lookup.has(english: lists.axisRecordEnglish, japanese: lists.axisRecordJapanese)
        if objective == record { return nil }
        return objective ? .objective : .record
    }

    /// Whether the question gives a length of time ("over 90 days", 「3か月以上」).
    static func statesGap(_ text: QuestionText) -> Bool {
        // Any day will do as today: only whether a gap is named matters.
        VisitWindow.gapDays(in: String(text.chars), today: LocalDate(year: 2000, month: 1, day: 1)!) != nil
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
        let superlative = lookup.has(english: lists.topEnglish + lists.lowEnglish, japanese: lists.topJapanese + lists.lowJapanese)
        // "top 5 B accounts by upside": upside is the segment's own order, not a metric.
        guard superlative, !lookup.has(english: lists.upsideEnglish, japanese: lists.upsideJapanese) else { return nil }
        var best: (metric: Metric, length: Int)? = nil
        for (metric, phrases) in metricPhrases {
            for phrase in phrases.english where PhraseSearch.contains(joined, " \(phrase) ") && phrase.count > (best?.length ?? 0) { best = (metric, phrase.count) }
            for phrase in phrases.japanese where PhraseSearch.contains(compact, phrase) && phrase.count > (best?.length ?? 0) { best = (metric, phrase.count) }
        }
        if let best { return best.metric }
        // "who are my biggest customers?": sized by what they buy from us;
        // 「一番大きい会社は？」, "the smallest company": by the company's own revenue.
        let size = lookup.has(english: lists.sizeEnglish + lists.lowSizeEnglish, japanese: lists.sizeJapanese + lists.lowSizeJapanese)
        if size, lookup.has(english: lists.companiesEnglish, japanese: lists.companiesJapanese) { return .companyRevenue }
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
            for phrase in phrases.english where PhraseSearch.contains(joined, " \(phrase) ") && phrase.count > (best?.length ?? 0) { best = (metric, phrase.count) }
            for phrase in phrases.japanese where PhraseSearch.contains(compact, phrase) && phrase.count > (best?.length ?? 0) { best = (metric, phrase.count) }
        }
        return best?.metric
    }

    /// Every metric a question names, in the book's column order: "sales and
    /// profit by rep?" asks for two. The longest phrase takes its words first,
    /// so 「売上高」 (their revenue) is not also 「売上」 (our sales).
    /// The one axis a question names ("on the transaction record", 「客観的評価が」), nil for none or both.
    static func axisNamed(_ text: QuestionText) -> Axis? {
        let lookup = PhraseLookup(text)
        let record = lookup.has(
            english: ["transaction record", "record", "business with us"], japanese: ["取引実績", "取り引き実績", "実績"])
        let objective = lookup.has(
            english: ["objective", "objective evaluation", "company's own"], japanese: ["客観的評価", "客観評価", "客観"])
        return record == objective ? nil : record ? .record : .objective
    }

    static func metricsNamed(_ text: QuestionText) -> [Metric] {
        let lookup = PhraseLookup(text)
        var compact = lookup.compact
        var spaced = lookup.spaced
        let phrases = metricPhrases.flatMap { metric, phrases in
            phrases.english.map { (metric, $0, true) } + phrases.japanese.map { (metric, $0, false) }
        }
        .sorted { $0.1.count > $1.1.count }
        var found: Set<Metric> = []
        for (metric, phrase, english) in phrases {
            if english, PhraseSearch.contains(spaced, " \(phrase) ") {
                found.insert(metric)
                spaced = spaced.replacingOccurrences(of: " \(phrase) ", with: " · ")
            } else if !english, PhraseSearch.contains(compact, phrase) {
                found.insert(metric)
                compact = compact.replacingOccurrences(of: phrase, with: "・")
            }
        }
        return Metric.allCases.filter(found.contains)
    }

    /// "what's the biggest B opportunity?", 「伸びしろが一番大きいBは？」: the
    /// segment's customers by upside, its own order, not the segment's article.
    static func asksTopByUpside(_ text: QuestionText) -> Bool {
        let lookup = PhraseLookup(text)
        return lookup.has(english: lists.upsideEnglish, japanese: lists.upsideJapanese)
            && lookup.has(english: lists.topEnglish + ["best", "most promising"], japanese: lists.topJapanese)
    }

    /// Whether the question asks who could fall out of a segment soon ("at
    /// risk of dropping", 「落ちそう」), which is no question about past moves.
    static func asksAtRisk(_ text: QuestionText) -> Bool {
        PhraseLookup(text).has(english: lists.atRiskEnglish, japanese: lists.atRiskJapanese)
    }

    /// "and the average per B customer?" right after a total: the same metric,
    /// summed or averaged as now asked; nil when the question asks neither.
    static func followingTotal(_ text: QuestionText, after last: CustomerListQuestion?) -> CustomerListQuestion? {
        // 「粗利だと？」, "and by profit?" right after a ranking: the same ranking by that figure.
        if case .top(let ranked) = last, let metric = metricNamed(text), metric != ranked, text.chars.count <= 24,
            PhraseLookup(text).has(
                english: ["and", "what about", "how about", "by", "instead", "what if"],
                japanese: ["だと", "では", "なら", "は？", "は?", "で見ると", "でいうと", "の方"])
        {
            return .top(metric)
        }
        guard case .total(let metric, _) = last else { return nil }
        let lookup = PhraseLookup(text)
        let average = lookup.has(english: lists.averageEnglish, japanese: lists.averageJapanese)
        guard average || lookup.has(english: lists.totalEnglish, japanese: lists.totalJapanese) else { return nil }
        return .total(metricNamed(text) ?? metric, average: average)
    }

    /// "how should I handle my D customers?", 「Dの顧客はどう扱えばいい？」: how to work a segment.
    static func asksHandling(_ text: QuestionText) -> Bool {
        PhraseLookup(text).has(english: handlingPhrases.english, japanese: handlingPhrases.japanese)
    }

    /// `[phrases segment-handling-en]` and `-ja`, read once.
    private static let handlingPhrases = (
        english: Understanding.standard.phrases("segment-handling-en"), japanese: Understanding.standard.phrases("segment-handling-ja")
    )

    /// "should I spend more time on B?", 「Bの顧客にもっと時間を使うべき？」: how
    /// much of the week a segment deserves, which is advice, not its members.
    static func asksTimeForSegment(_ text: QuestionText) -> Bool {
        let lookup = PhraseLookup(text)
        return lookup.has(english: lists.timeEnglish, japanese: lists.timeJapanese)
            && lookup.has(english: lists.shouldEnglish + ["more", "less", "fewer"], japanese: lists.shouldJapanese + ["もっと", "減ら", "増や"])
    }

    /// Whether this is a ranking by an axis score.
    var isScoreRanking: Bool {
        if case .topScore = self { return true }
        return false
    }

    /// Whether this is a sum or an average of a metric, or a bound on one:
    /// figures asked of the book, answered even when the intent read is a count.
    var isTotal: Bool {
        switch self {
        case .total, .threshold: true
        default: false
        }
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
        let english = CustomerListPattern.nearEnglish
        if let match = text.cased.firstMatch(of: english) { return Segment(letter: match.1) }
        let folded = String(text.chars)
        let japanese = CustomerListPattern.nearJapanese
        if let match = folded.firstMatch(of: japanese), let letter = match.1 ?? match.2 { return Segment(letter: letter) }
        return nil
    }

    /// Whether the question asks about drifting to C ("too much time on C?", 「Cに偏ってない？」).
    /// A question that names the plan ("does my plan lean on C?") is about the plan.
    static func asksComfort(_ text: QuestionText) -> Bool {
        let lookup = PhraseLookup(text)
        return lookup.has(english: lists.comfortEnglish, japanese: lists.comfortJapanese)
            && !lookup.has(english: lists.comfortPlanEnglish, japanese: lists.comfortPlanJapanese)
    }

    /// Whether the question asks for the bottom of a ranking ("the smallest", 「一番少ない」).
    static func asksLowest(_ text: QuestionText) -> Bool {
        PhraseLookup(text).has(english: lists.lowEnglish + lists.lowSizeEnglish, japanese: lists.lowJapanese + lists.lowSizeJapanese)
    }

    /// Whether the question asks for the top of a ranking ("the most", 「一番大きい」).
    static func asksHighest(_ text: QuestionText) -> Bool {
        PhraseLookup(text).has(english: lists.topEnglish + lists.sizeEnglish, japanese: lists.topJapanese + lists.sizeJapanese)
    }

    /// Whether the question speaks of companies ("the biggest company", 「会社」).
    static func mentionsCompanies(_ text: QuestionText) -> Bool {
        PhraseLookup(text).has(english: lists.companiesEnglish, japanese: lists.companiesJapanese)
    }

    /// Whether the question speaks of a rep's whole book ("my book", "Daniel's portfolio", 担当先).
    static func mentionsBook(_ text: QuestionText) -> Bool {
        let lookup = PhraseLookup(text)
        // "book a visit", "can you book it": the verb, not a rep's book.
        let verb = lookup.hasWords(["book a", "book an", "book me", "book it", "book the", "book in", "to book", "booking", "booked"])
        return !verb && lookup.has(english: lists.bookEnglish, japanese: lists.bookJapanese)
    }

    /// Whether `word` is a word for the rep's own book or customers (担当先, 顧客リスト).
    static func namesBook(_ word: String) -> Bool {
        (lists.nounsJapanese + lists.bookJapanese).contains { word == $0 || (word.hasPrefix($0) && word.count <= $0.count + 2) }
    }

    /// Whether the question speaks of customers or accounts ("my customers", 「担当先」).
    static func mentionsCustomers(_ text: QuestionText) -> Bool {
        PhraseLookup(text).has(english: lists.nounsEnglish + lists.bookEnglish, japanese: lists.nounsJapanese + lists.bookJapanese)
    }

    /// Whether a near-A phrase ends in the segment itself, a capital A
    /// ("closest to A", "almost an A"), not in the article ("close to a segment change").
    private static func endsInSegmentA(_ text: QuestionText) -> Bool {
        text.cased.contains(CustomerListPattern.nearA)
    }

    /// Whether the question asks who a customer's rep is ("who is the rep for
    /// Initech?", 「Initechの担当は誰？」).
    static func asksRep(_ text: QuestionText) -> Bool {
        let lookup = PhraseLookup(text)
        // 「森田塗装の担当は？」: 担当 at the very end asks who; 「…の担当は何社？」 does not.
        // Each sentence of the line: 「あさひやの担当は？あと最後いつ行った？」 asks it first.
        let sentences = lookup.compact.split { "?？。".contains($0) }.map { $0.trimmingCharacters(in: .whitespaces) }
        return lookup.has(english: lists.repEnglish, japanese: lists.repJapanese)
            // 「…どのセグメント？担当は？」: a sentence that is only 担当は asks it too.
            || sentences.contains {
                $0.hasSuffix("担当は") || $0.hasSuffix("担当者は") || $0.hasSuffix("の担当者") || $0.hasSuffix("の担当")
            }
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
    /// "which customers have an axis score of exactly 50?", 「ちょうど50の顧客は？」:
    /// customers asked for whose score is on the cut itself.
    static func asksOnTheCut(_ text: QuestionText) -> Bool {
        let lookup = PhraseLookup(text)
        // Asked for by name ("which", 「どれ」), not how the rule treats them ("what happens on the cut?").
        return lookup.has(
            english: ["exactly 50", "exactly fifty", "exactly on the cut", "exactly at the cut", "exactly on the line", "50 exactly", "exactly 50.0"],
            japanese: ["ちょうど50", "ぴったり50", "丁度50", "50ちょうど", "50ぴったり", "基準線ちょうど", "ちょうど基準線", "基準ちょうど"])
            && lookup.has(english: ["which", "who", "any", "list", "show"], japanese: ["どれ", "どこ", "誰", "だれ", "いる", "ある", "一覧", "教えて"])
            && !lookup.has(english: ["what happens", "how does", "how do", "what does"], japanese: ["どうなる", "どう扱", "どういう扱"])
    }

    static func asksForSeveral(_ text: QuestionText) -> Bool {
        let lookup = PhraseLookup(text)
        // 「Aにするには受注あと何件いる？」: いる there is "needed", a count of orders, not "are there any?".
        if lookup.has(english: [], japanese: ["あと何", "何件いる", "何件必要", "いくついる", "いくら必要", "いくらいる"]) { return false }
        return lookup.has(english: lists.severalEnglish, japanese: lists.severalJapanese)
    }

    /// Whether the question asks when a customer was last visited
    /// ("when did I last visit X?", 「Xは最後にいつ訪問した？」): the explanation carries it.
    static func asksLastVisit(_ text: QuestionText) -> Bool {
        PhraseLookup(text).has(english: lists.lastVisitEnglish, japanese: lists.lastVisitJapanese)
    }

    /// A follow-up asked about by who or which customer, not how: the rep
    /// wants names, the ones whose follow-up is due.
    static func asksWhoToFollowUp(_ lookup: PhraseLookup) -> Bool {
        lookup.has(english: lists.followUpEnglish, japanese: lists.followUpJapanese)
            && lookup.has(english: lists.followUpWhoEnglish, japanese: lists.followUpWhoJapanese)
            && !lookup.has(english: lists.followUpHowEnglish, japanese: lists.followUpHowJapanese)
    }

    /// Whether a list question asks for the one customer most in need
    /// ("who needs a follow-up the most?", 「一番フォローが必要なのは誰？」):
    /// that one is named before the list.
    static func asksSingleMost(_ text: QuestionText) -> Bool {
        PhraseLookup(text).has(english: lists.singleMostEnglish, japanese: lists.singleMostJapanese)
    }

    /// Whether a question about the reps asks who needs help ("who needs help
    /// the most?", 「苦戦してる担当は？」) rather than for their counts.
    static func asksHelp(_ text: QuestionText) -> Bool {
        PhraseLookup(text).has(english: lists.repsHelpEnglish, japanese: lists.repsHelpJapanese)
    }

    /// Whether the customers asked about are someone's own ("her A accounts",
    /// 「エマさんのA客」): with a last-visit cue that is their list with dates,
    /// not the method's advice on the segment.
    static func namesOwner(_ text: QuestionText) -> Bool {
        let words = text.words(joiningApostrophes: true).map { $0.text.lowercased() }
        if words.contains(where: { ["my", "her", "his", "their", "our"].contains($0) || $0.hasSuffix("'s") || $0.hasSuffix("’s") }) { return true }
        let joined = String(text.compact.chars)
        return ["さんの", "私の", "自分の", "僕の", "俺の", "うちの", "担当の"].contains { joined.contains($0) }
    }

    /// Phrases, matched as whole words of the folded question
    /// (`[phrases list-…-en]` under knowledge/understanding/).
    static let english = phrases("en")

    /// Every Japanese phrase above: a word such as ギリギリ is a cue, never an unknown company's name.
    static var japanesePhrases: [String] {
        japanese.aboutTheIdea + japanese.focus + japanese.asksForCustomers + japanese.borderline + japanese.notSeen
            + lists.topJapanese + lists.repJapanese + lists.nearAJapanese + lists.neverJapanese + lists.visitLogJapanese + lists.repsBreakdownJapanese + lists.comfortJapanese
            + lists.recentJapanese + lists.notVisitedJapanese + lists.lowJapanese + lists.lowSizeJapanese
            + lists.lastVisitJapanese + lists.elapsedJapanese
            + lists.timeJapanese + lists.eachSegmentJapanese + lists.shouldJapanese + lists.unclassifiedJapanese + lists.overdueJapanese + lists.atRiskJapanese
            + lists.noBusinessJapanese + lists.rankedByJapanese + lists.decliningJapanese
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
        repsHelpEnglish: Understanding.standard.phrases("reps-help-en"),
        upsideEnglish: Understanding.standard.phrases("upside-en"),
        comfortEnglish: Understanding.standard.phrases("comfort-en"),
        comfortJapanese: Understanding.standard.phrases("comfort-ja"),
        comfortWhoEnglish: Understanding.standard.phrases("comfort-who-en"),
        comfortWhoJapanese: Understanding.standard.phrases("comfort-who-ja"),
        upsideJapanese: Understanding.standard.phrases("upside-ja"),
        repsBreakdownJapanese: Understanding.standard.phrases("reps-breakdown-ja"),
        repsHelpJapanese: Understanding.standard.phrases("reps-help-ja"),
        visitLogJapanese: Understanding.standard.phrases("list-visit-log-ja"),
        visitVerbsEnglish: Understanding.standard.phrases("list-visit-verbs-en"),
        notVisitedJapanese: Understanding.standard.phrases("list-not-visited-ja"),
        unclassifiedEnglish: Understanding.standard.phrases("list-unclassified-en"),
        unclassifiedJapanese: Understanding.standard.phrases("list-unclassified-ja"),
        overdueEnglish: Understanding.standard.phrases("list-overdue-en"),
        overdueJapanese: Understanding.standard.phrases("list-overdue-ja"),
        atRiskEnglish: Understanding.standard.phrases("list-at-risk-en"),
        atRiskJapanese: Understanding.standard.phrases("list-at-risk-ja"),
        elapsedEnglish: Understanding.standard.phrases("list-elapsed-en"),
        lowEnglish: Understanding.standard.phrases("top-low-en"),
        countEnglish: Understanding.standard.phrases("asks-count-en"),
        noBusinessEnglish: Understanding.standard.phrases("list-no-business-en"),
        bookEnglish: Understanding.standard.phrases("book-nouns-en"),
        totalEnglish: Understanding.standard.phrases("list-total-en"),
        totalJapanese: Understanding.standard.phrases("list-total-ja"),
        averageEnglish: Understanding.standard.phrases("list-average-en"),
        averageJapanese: Understanding.standard.phrases("list-average-ja"),
        decliningEnglish: Understanding.standard.phrases("list-declining-en"),
        decliningJapanese: Understanding.standard.phrases("list-declining-ja"),
        bookJapanese: Understanding.standard.phrases("book-nouns-ja"),
        noBusinessJapanese: Understanding.standard.phrases("list-no-business-ja"),
        rankedByEnglish: Understanding.standard.phrases("ranked-by-en"),
        rankedByJapanese: Understanding.standard.phrases("ranked-by-ja"),
        axisObjectiveEnglish: Understanding.standard.phrases("axis-objective-en"),
        axisObjectiveJapanese: Understanding.standard.phrases("axis-objective-ja"),
        axisRecordEnglish: Understanding.standard.phrases("axis-record-en"),
        axisRecordJapanese: Understanding.standard.phrases("axis-record-ja"),
        countJapanese: Understanding.standard.phrases("asks-count-ja"),
        comfortPlanEnglish: Understanding.standard.phrases("comfort-plan-en"),
        comfortPlanJapanese: Understanding.standard.phrases("comfort-plan-ja"),
        timeEnglish: Understanding.standard.phrases("time-split-en"),
        timeJapanese: Understanding.standard.phrases("time-split-ja"),
        eachSegmentEnglish: Understanding.standard.phrases("each-segment-en"),
        eachSegmentJapanese: Understanding.standard.phrases("each-segment-ja"),
        shouldEnglish: Understanding.standard.phrases("should-en"),
        shouldJapanese: Understanding.standard.phrases("should-ja"),
        lowJapanese: Understanding.standard.phrases("top-low-ja"),
        lowSizeEnglish: Understanding.standard.phrases("top-low-size-en"),
        lowSizeJapanese: Understanding.standard.phrases("top-low-size-ja"),
        companiesEnglish: Understanding.standard.phrases("company-nouns-en"),
        companiesJapanese: Understanding.standard.phrases("company-nouns-ja"),
        elapsedJapanese: Understanding.standard.phrases("list-elapsed-ja"),
        followUpEnglish: Understanding.standard.phrases("follow-up-words-en"),
        followUpJapanese: Understanding.standard.phrases("follow-up-words-ja"),
        followUpWhoEnglish: Understanding.standard.phrases("follow-up-who-en"),
        followUpWhoJapanese: Understanding.standard.phrases("follow-up-who-ja"),
        followUpHowEnglish: Understanding.standard.phrases("follow-up-how-en"),
        followUpHowJapanese: Understanding.standard.phrases("follow-up-how-ja"),
        singleMostEnglish: Understanding.standard.phrases("single-most-en"),
        singleMostJapanese: Understanding.standard.phrases("single-most-ja")
    )

    private static func phrases(_ language: String) -> (
        aboutTheIdea: [String], focus: [String], asksForCustomers: [String], borderline: [String], notSeen: [String]
    ) {
        let understanding = Understanding.standard
        func list(_ name: String) -> [String] { understanding.phrases("list-\(name)-\(language)") }
        return (list("about-the-idea"), list("focus"), list("asks-for-customers"), list("borderline"), list("not-seen"))
    }

    /// A ranking by a figure ("top 5 by sales", "top 5 B by objective score"):
    /// "make it 3" or 「上位3社の合計は？」 after it asks for the same ranking again.
    var isRanking: Bool {
        switch self {
        case .top, .topScore: true
        default: false
        }
    }
}

/// Compiled once per process: a regular expression written as a literal in a
/// function is parsed again at every call (see `PlanDaysPattern`).
private enum CustomerListPattern {
    nonisolated(unsafe) static let nearEnglish = #/(?i:closest to moving up to|closest to moving to|close to moving up to|closest to|close to|nearest to|nearly|almost|about to become|next to become|ready to become|could become|might become|could soon become|likely to become|becoming|could move up to|could move to|could turn into|moving up to|moving to|move up to|moving into)\s+(?:an?\s+)?([ABCD])(?![A-Za-z])/#
    nonisolated(unsafe) static let nearJapanese = #/([a-dＡ-Ｄa-d])(?:ランク|領域)?(?:に一番近い|にいちばん近い|に最も近い|に近い|になりそう|に上がりそう|に上がれそう|に届きそう|になれそう|候補|の候補)|もう少しで([a-dＡ-Ｄa-d])/#
    nonisolated(unsafe) static let nearA = #/(?i:closest to|close to|nearest to|nearly|almost|about to become|next to become|ready to become|becoming|being)\s+(?:an?\s+)?A(?![A-Za-z])|\bA\s+(?i:candidates?)/#
}

extension CustomerListQuestion {
    /// `[phrases rank-reps-en]`, `[phrases rank-reps-ja]`: the reps ranked, not their customers.
    static let rankReps = (english: Understanding.standard.phrases("rank-reps-en"), japanese: Understanding.standard.phrases("rank-reps-ja"))
}
