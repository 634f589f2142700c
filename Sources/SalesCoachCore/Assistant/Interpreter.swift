/// Turns a question in English or Japanese into an `Interpretation`.
///
/// ```swift
/// let interpreter = Interpreter(index: NameIndex(book: book))
/// let reading = interpreter.interpret("why is 田中商事 in C?")
/// reading.intent     // .explainCustomer
/// reading.customers  // ["田中商事"]
/// reading.language   // .en
/// ```
///
/// Steps: find customer names and mask them; decide the language from what
/// is left; find segments and a number; score every intent from the cue
/// tables, add the learnt model's vote and the weight of unfamiliar words;
/// resolve follow-ups against the conversation. Deterministic: the same
/// question, book and context always give the same reading.
public struct Interpreter: Sendable {
    public let matcher: CustomerMatcher
    /// What the interpreter listens for: the files under knowledge/understanding/.
    let understanding: Understanding
    let scorer: IntentScorer
    let vocabulary: Vocabulary
    /// The one learnt scorer, fitted from the understanding's tune questions.
    let classifier: IntentClassifier
    /// The words of the reps' names, folded: never an unknown company's name
    /// (「岡田さん担当で一番売上あるのは？」).
    var repWords: Set<String> = []
    /// The book's reps, for a question that names two of them ("compare Daniel and Priya").
    var reps: [String] = []
    /// The customers' names as the book spells them, so a rep's word that is
    /// also in a customer's name is not taken for the rep.
    var customerNames: [String] = []

    public init(index: NameIndex) {
        self.init(matcher: CustomerMatcher(index: index))
    }

    /// With the shipped understanding, compiled and fitted once per process.
    init(matcher: CustomerMatcher) {
        self.matcher = matcher
        understanding = .standard
        scorer = Interpreter.sharedScorer
        vocabulary = Interpreter.sharedVocabulary
        classifier = Interpreter.sharedClassifier
    }

    /// With understanding other than the shipped files (tuning experiments, tests):
    /// its tables, settings and tune questions replace the shipped ones.
    init(matcher: CustomerMatcher, understanding: Understanding, fitting: IntentClassifier.Fitting = IntentClassifier.Fitting()) {
        self.matcher = matcher
        self.understanding = understanding
        scorer = IntentScorer(understanding: understanding)
        vocabulary = Vocabulary(understanding: understanding)
        classifier = Interpreter.classifier(
            learning: understanding.tuneQuestions, scorer: scorer, vocabulary: vocabulary, understanding: understanding,
            fitting: fitting)
    }

    public init(names: [String], reps: [String] = []) {
        self.init(index: NameIndex(names: names))
        repWords = Interpreter.repWords(of: reps)
        self.reps = reps
        customerNames = names
    }

    /// The folded words of the reps' names, and for a kanji name its romaji
    /// readings ("okada" for 岡田), as `RepName.named` recognises them.
    static func repWords(of reps: [String]) -> Set<String> {
        var words: Set<String> = []
        for rep in reps {
            for word in NameKey.normalize(rep).split(separator: " ") where word.count >= 2 {
                words.insert(String(word))
                // "Suzuki Aya" typed as 「鈴木さん」: the family name's kanji are the rep too.
                if !word.contains(where: \.isJapanese) { words.formUnion(RepName.kanjiSpellings(of: String(word))) }
                guard word.contains(where: \.isJapanese) else { continue }
                for reading in JapaneseNameReadings.readings(of: Array(word)) where reading.count == 1 && reading[0].count >= 4 {
                    words.insert(reading[0])
                }
            }
        }
        return words
    }

    /// Whether the question names one of the book's reps (a word of the
    /// name, or its romaji), so "is Okada spending too much time on C?" is about that rep.
    func namesRep(_ text: QuestionText) -> Bool {
        let folded = NameKey.normalize(String(text.chars))
        let words = folded.split { !$0.isLetter && !$0.isNumber }
        return repWords.contains { word in
            word.contains(where: \.isJapanese) ? folded.contains(word) : words.contains { $0 == word || $0 == word + "s" }
        }
    }

    /// Questions are read up to this many characters: no rep types more, and
    /// pasted text must not make an answer slow.
    public static let maximumLength = 500

    // The shipped tables are constant; compile them and learn once per process.
    static let sharedScorer = IntentScorer(understanding: .standard)
    static let sharedVocabulary = Vocabulary(understanding: .standard)
    /// Read from the model an earlier run stored when one is offered
    /// (`prepareShared(stored:build:)`), fitted otherwise.
    static let sharedClassifier = sharedModel()
    /// Builds the shared tables and fits the scorer now, on the caller's
    /// thread, instead of on the first question. Safe to call from any thread.
    public static func prepareShared() {
        _ = (sharedScorer, sharedVocabulary, sharedClassifier)
    }

    /// Reads `question`, resolving follow-ups against `context`.
    public func interpret(_ question: String, context: ConversationContext = ConversationContext()) -> Interpretation {
        let question = Interpreter.correctingTypos(question)
        let text = QuestionText(String(question.prefix(Interpreter.maximumLength)))
        var names = matcher.match(text)
        // "compare Suzuki and Ito" beside a customer 鈴木商店: two reps named are
        // the reps, not a customer guessed from one family name.
        if names.names.isEmpty, !names.likely.isEmpty, reps.count >= 2,
            RepName.allNamed(in: question, reps: reps, customerNames: customerNames).count >= 2
        {
            names = NameMatches()
        }
        // "Show Emily Carter's D customers": a guess that the rep's own name sounds
        // like a customer's (盛岡オートパーツ) is no customer at all.
        if names.names.isEmpty, !names.likely.isEmpty || !names.suggestions.isEmpty, !names.spans.isEmpty,
            // The whole name, two words or more: one word ("suzuki" for 鈴木板金) may be the customer's.
            names.spans.allSatisfy({ span in
                let typed = String(text.chars[span]).lowercased()
                return typed.contains(" ") && reps.contains { NameKey.normalize($0).lowercased() == typed }
            })
        {
            names = NameMatches()
        }
        let masked = text.masking(names.spans)
        let language = context.replyLanguage ?? LanguageDetector.language(of: masked, original: text, fallback: context.language)
        let prepared = prepare(masked)
        let segments = SegmentRecognizer.segments(in: masked, prepared: prepared)
        let number = Interpreter.number(in: masked)
        // A company the book lacks: one that starts like a customer ("northwind
        // logistics"), else capitalised or leading words no table knows.
        let unknown = names.names.isEmpty && names.suggestions.isEmpty
            ? names.others.first.map(Interpreter.titleCased) ?? Interpreter.unknownName(in: text, masked: masked, ignoring: repWords)
            : nil
        // A near-miss name still says the question is about a customer.
        let customerCount = names.names.count + min(names.suggestions.count, 1)
        var scores = scorer.score(prepared)
        let ngrams = IntentFeatures.extract(prepared, segments: segments)
        let features = Interpreter.classifierFeatures(
            cues: scores, ngrams: ngrams, customers: customerCount, segments: segments.count, unknownName: unknown != nil,
            request: understanding.requests[Interpreter.bare(text)],
            unfamiliar: Interpreter.isUnfamiliar(ngrams, cues: scores, understanding: understanding, known: classifier.knows))
        scores.probability = Dictionary(uniqueKeysWithValues: zip(classifier.kinds, classifier.probabilities(features)))

        var reading = decide(
            scores, language: language, names: names, segments: segments, number: number,
            canNameCustomer: customerCount > 0 || unknown != nil || !context.customers.isEmpty)
        // 「気仙沼ホテル株式会社」 beside 気仙沼マリン: offered, and said to be missing.
        if names.names.isEmpty, !names.suggestions.isEmpty { reading.missingBesideSuggestion = names.others.first }
        if let followUp = resolveFollowUp(
            reading, scores: scores, prepared: prepared, context: context, mentionsCustomers: CustomerListQuestion.mentionsCustomers(text))
        {
            reading = followUp
        }
        // A request for the user's own customers (focus, borderline, not seen
        // lately) when no customer is named: answered from the book.
        // A plan question ("where should I spend my time this week?") stays a
        // plan; one that asks who is borderline or unseen ("which customers
        // haven't been visited in 2 months?") is that list.
        let planKinds: Set<Intent.Kind> = [.weeklyPlan, .planReasons, .planCheck, .compare, .whatWouldItTake]
        let detected = CustomerListQuestion.detect(text, namesRep: namesRep(text))
        let followedTotal = detected == nil ? CustomerListQuestion.followingTotal(text, after: context.list) : nil
        let listAsked = detected ?? followedTotal
        // "Emily's overdue customers": a rep's name, possessive or not, names no company.
        // "the most D's", "how many Bs": a segment's letter in the plural is no company either.
        let unknownCompany = unknown.flatMap {
            Interpreter.namesOnlyReps($0, repWords) || $0.wholeMatch(of: InterpreterPattern.segmentPlural) != nil ? nil : $0
        }
        // A bound or a total ("従業員300人以上のB顧客") is never a company's name.
        if names.names.isEmpty, names.suggestions.isEmpty, unknownCompany == nil || listAsked?.isTotal == true,
            // A whole question of its own ("which B customers are closest to A?") is no follow-up.
            !reading.isFollowUp || reading.intent == .outOfScope
                || (listAsked?.isRanking == true && reading.intent == .weeklyPlan)
                || (([.nearA, .neverVisited, .notSeenLately, .visitLog, .overdue, .atRisk, .unclassified, .noBusiness, .declining,
                      .repsBySegment, .repBreakdown]
                    .contains(listAsked) || listAsked?.isTotal == true)
                    && !ProgressQuestion.refersBack(text)),
            let list = listAsked,
            !planKinds.contains(reading.intent.kind)
                || (reading.intent == .weeklyPlan && (list == .borderline || list == .notSeenLately || list == .neverVisited))
                // "what should I focus on this week?": where the time goes, not a plan; "plan my week, focus on B" stays a plan.
                || (reading.intent == .weeklyPlan && list == .focus && !reading.isFollowUp
                    && !PhraseLookup(text).has(
                        english: ["plan", "schedule", "visit", "visits", "see", "call on"], japanese: ["計画", "予定", "訪問", "回る", "回れ", "行く", "行け"]))
                // 「フォロー漏れしてるAの顧客は？」 right after a plan: the segment's overdue customers, not the plan's reasons.
                || ([.overdue, .notSeenLately, .neverVisited].contains(list) && !segments.isEmpty)
                || list == .nearA || (list == .visitLog && reading.intent == .weeklyPlan) || list == .comfort || list == .timeShares
                // 「3人の担当者を比べてください」: the reps side by side, whatever the number reads as.
                || list == .repBreakdown || (list == .repsBySegment && segments.count == 1)
                || list == .noBusiness || list == .declining || list.isScoreRanking || list.isTotal
                // 「売上トップ10教えて」 right after a plan is a ranking, not ten visits.
                || (list.isRanking && reading.isFollowUp && reading.intent == .weeklyPlan),
            // "how much time should B get?" is advice about B, not a list.
            list != .focus || segments.isEmpty,
            // "compare Suzuki and Ito: total sales": the reps side by side, which gives the totals.
            !list.isTotal || reps.count < 2 || RepName.allNamed(in: question, reps: reps, customerNames: customerNames).count < 2,
            // Reps are ranked by a segment's count: one must be named.
            list != .repsBySegment || segments.count == 1,
            // "is it close to becoming an A?" is about the customer just discussed.
            list != .nearA || context.customers.isEmpty || !ProgressQuestion.refersBack(text)
        {
            reading.intent = .segmentMembers
            reading.customerList = list
            if list == .borderline { reading.borderlineAxis = CustomerListQuestion.axisNamed(text) }
            // "which customers have missing data?": the empty cells too, not only those no segment holds.
            if list == .unclassified {
                reading.asksEmptyCells = PhraseLookup(text).has(
                    english: ["missing", "empty", "blank", "blanks", "gaps", "incomplete", "lack", "lacking"],
                    japanese: ["空欄", "未入力", "入力漏れ", "欠損", "抜けて", "欠けて", "データが足りない", "データ不足", "値がない"])
            }
            // 「粗利だと？」 after 「売上トップ5は？」: the same five, by the other figure.
            if followedTotal != nil, case .top = list, reading.number == nil { reading.number = context.number }
            reading.asksHelp = list == .repBreakdown && CustomerListQuestion.asksHelp(text)
            if list == .repsBySegment {
                reading.asksWhetherVisited = PhraseLookup(text).has(
                    english: ["visiting them", "visit them", "seeing them", "see them", "visited them", "been visited", "calling on them"],
                    japanese: ["訪問できて", "訪問して", "行けて", "行って", "回れて", "会えて"])
            }
            if list.isTotal {
                reading.asksTopPerRep = PhraseLookup(text).has(
                    english: ["top customer", "biggest customer", "largest customer", "top account", "biggest account", "largest account"],
                    japanese: ["トップの顧客", "トップ顧客", "一番大きい顧客", "最大の顧客", "一番の顧客", "トップの客", "一番大きい客"])
            }
            if list == .repBreakdown || list.isTotal { reading.askedMetrics = CustomerListQuestion.metricsNamed(text) }
            // 「担当者別の合計だして」: totals with no figure named are all three of the record's.
            if list == .repBreakdown, reading.askedMetrics.isEmpty,
                PhraseLookup(text).has(english: ["total", "totals", "sum", "sums"], japanese: ["合計", "総計", "トータル", "集計"])
            {
                reading.askedMetrics = [.orders, .sales, .profit]
            }
            // 「売上合計とDの数も」: the total of everyone, and how many D's beside it.
            // Over a bound, "how many A customers have sales over 10M" counts within A.
            if case .total = list, case let counted = Interpreter.countedSegments(in: text), !counted.isEmpty {
                reading.countedSegments = counted
                reading.segments.removeAll(where: counted.contains)
            }
            // "which of them are borderline?" right after a list: among those customers.
            if context.listed.count >= 2, [.borderline, .atRisk, .notSeenLately, .neverVisited, .noBusiness, .declining].contains(list)
                || list.isScoreRanking || list.isTotal,
                PhraseLookup(text).has(english: Interpreter.listedWords.english, japanese: Interpreter.listedWords.japanese)
            {
                reading.within = context.listed
                reading.isFollowUp = true
            }
            // "which C customers are closest to A?": the segment named is where they start.
            if let to = list.nearGoal, let from = segments.first(where: { $0 != to }) {
                reading.customerList = from == .b && to == .a ? .nearA : .near(from: from, to: to)
            }
            // "this week", "in over 3 months": the answer reads the days from the words.
            reading.progressWords = question
            reading.confidence = max(reading.confidence, 0.7)
        }
        // "and the average?" after "the total sales of Emma's A customers": over the same segment.
        if followedTotal != nil, reading.customerList == followedTotal, reading.segments.isEmpty {
            reading.segments = context.segments
        }
        // "what's the biggest B opportunity?": that segment's customers, most upside first.
        if names.names.isEmpty, unknown == nil, segments.count == 1, [.segmentAdvice, .outOfScope, .method].contains(reading.intent.kind),
            reading.contrast == nil, CustomerListQuestion.asksTopByUpside(text)
        {
            reading.intent = .segmentMembers
            reading.segments = segments
            reading.customerList = nil
            reading.topicIsFallback = false
            reading.confidence = max(reading.confidence, 0.7)
        }
        // "sales of the A companies", 「Aの顧客の売上を教えて」, 「A顧客を売上順に」: the
        // segment's customers each with the figure named (it was their scores,
        // or a refusal), and what they add up to.
        if names.names.isEmpty, unknownCompany == nil, !segments.isEmpty, reading.customerList == nil, reading.progress == nil,
            reading.contrast == nil, !reading.isFollowUp,
            // A figure and a segment named are the book's, whatever else read as off topic.
            [.segmentMembers, .outOfScope].contains(reading.intent.kind),
            let metric = CustomerListQuestion.metricNamed(text),
            !PhraseLookup(text).has(
                english: ["why", "how many", "what does", "what is a", "mean", "forecast", "predict", "next year"],
                japanese: ["なぜ", "なんで", "どうして", "何社", "とは", "意味", "予測", "見込み", "来期", "来年"])
        {
            reading.intent = .segmentMembers
            reading.segments = segments
            reading.customerList = .top(metric)
            reading.segmentFigures = true
            reading.topicIsFallback = false
            reading.confidence = max(reading.confidence, 0.7)
        }
        if reading.intent == .countAndShare {
            reading.asksTooMuch = PhraseLookup(text).has(
                english: ["too high", "too many", "too much", "too big", "too large", "excessive", "against the policy", "vs the policy",
                          "versus the policy", "within the policy", "within policy", "compared to the policy", "policy", "over the limit",
                          "above the limit", "within the limit", "over limit", "exceed", "exceeds", "exceeding"],
                japanese: ["多すぎ", "高すぎ", "多過ぎ", "高過ぎ", "多くない", "高くない", "方針", "範囲内", "ポリシー", "基準内", "基準を超", "超えて", "以内", "守れて"])
        }
        // "average margin by segment", 「米沢精密の粗利率は？」: our profit over our sales.
        if Interpreter.asksMargin(text), reading.progress == nil {
            reading.asksMargin = true
            if names.names.count == 1 || (names.names.isEmpty && names.likely.count == 1 && names.suggestions == names.likely) {
                reading.intent = .explainCustomer
                reading.customers = names.names.isEmpty ? names.likely : names.names
                reading.customerList = nil
                reading.askedMetric = .profit
            } else if names.names.isEmpty, names.suggestions.isEmpty {
                reading.intent = .segmentMembers
                reading.segments = segments
                reading.customerList = .total(.profit, average: true)
                reading.customers = []
                reading.unknownName = nil
            }
            reading.topicIsFallback = false
            reading.confidence = max(reading.confidence, 0.7)
        }
        reading.mentionsCustomers = CustomerListQuestion.mentionsCustomers(text)
        // "should I spend more time on B customers?": the advice on B (its share
        // of the week and why), not the list of its members.
        if names.names.isEmpty, segments.count == 1, reading.intent == .segmentMembers, reading.customerList == nil,
            reading.progress == nil, CustomerListQuestion.asksTimeForSegment(text) || CustomerListQuestion.asksHandling(text)
        {
            reading.intent = .segmentAdvice
            reading.segments = segments
        }
        // "what's in my book?", "show me Daniel's portfolio": the book itself,
        // segment by segment, not the method's overview.
        if names.names.isEmpty, names.suggestions.isEmpty, segments.isEmpty, reading.customerList == nil, reading.progress == nil,
            reading.topicIsFallback || (reading.intent == .outOfScope && !reading.hasOutOfScopeCue),
            CustomerListQuestion.mentionsBook(text)
        {
            reading.intent = .segmentMembers
            reading.isFollowUp = false
            reading.topicIsFallback = false
            reading.unknownName = nil
            reading.confidence = max(reading.confidence, 0.7)
        }
        if reading.intent == .compare {
            // "compare X and Y", "which is bigger, X or Y?", 「XとYを比べて」: the two
            // side by side, not only which to visit first.
            reading.asksDifference = PhraseLookup(text).has(
                english: Interpreter.differenceWords.english, japanese: Interpreter.differenceWords.japanese)
        }
        // 「木曜と金曜だけにして」 right after a plan, "I've got Thursday free, what should I
        // do?": weekdays named for the plan are a plan request on those days.
        // "actually drop friday, just thursday" is a new plan, not the reasons for the last one.
        let asksWhy = PhraseLookup(masked).has(english: ["why", "reason", "reasons"], japanese: ["なぜ", "なんで", "どうして", "理由"])
        // "can you book a meeting room for friday" after a plan: a day named for something else entirely.
        let elsewhere = reading.intent == .outOfScope && reading.hasOutOfScopeCue && PlanDays.dropped(String(masked.chars)).isEmpty
            && !PhraseLookup(masked).has(
                english: ["plan", "schedule", "visit", "visits", "see", "customers", "who"],
                japanese: ["計画", "予定", "プラン", "訪問", "回る", "回れ", "行く", "件", "誰", "だれ"])
        if names.names.isEmpty, reading.customerList == nil, reading.intent != .weeklyPlan, reading.intent != .planReasons || !asksWhy,
            !elsewhere,
            PlanDays.read(String(masked.chars)) != nil || !PlanDays.dropped(String(masked.chars)).isEmpty
                // 「木曜は半日にして」, 「木曜は半日しか動けない」 right after a plan.
                || (!PlanDays.halfDays(String(masked.chars)).isEmpty
                    && [.weeklyPlan, .planReasons, .planCheck].contains(context.lastIntent?.kind ?? .help)),
            [.weeklyPlan, .planReasons, .planCheck].contains(context.lastIntent?.kind ?? .help)
                || PhraseLookup(masked).has(english: ["free", "open", "available"], japanese: ["空いて", "空き", "あいて", "暇"])
                // 「今週の訪問予定立てて。金曜は終日会議」: a plan asked for, a day taken by something else.
                || (!PlanDays.dropped(String(masked.chars)).isEmpty
                    && PhraseLookup(masked).has(english: ["plan", "schedule", "week"], japanese: ["計画", "予定", "プラン"]))
        {
            reading.intent = .weeklyPlan
            reading.isFollowUp = context.lastIntent != nil
            // The count typed in this line, not the one the last answer carried: the plan shown fills in the rest.
            reading.number = number
            reading.confidence = max(reading.confidence, 0.7)
        }
        // 「1日3件にして」, "make it 3 a day" after a question about one of the plan's customers:
        // visits a day are asked of a plan only, whatever came just before.
        if names.names.isEmpty, reading.customerList == nil, reading.intent != .weeklyPlan, !asksWhy,
            [.outOfScope, .explainCustomer, .countAndShare].contains(reading.intent.kind), Interpreter.visitsPerDay(in: masked) != nil,
            context.lastIntent != nil
        {
            reading.intent = .weeklyPlan
            reading.customers = []
            reading.isFollowUp = true
            reading.number = number
            reading.confidence = max(reading.confidence, 0.7)
        }
        // 「明日は休みだから金曜に3件だけ回るなら誰？」, "i'm off tomorrow, who do i see friday":
        // a day off is the plan's limit, not a question about holidays.
        // 「来週の予定、1日3件まで、水曜は午後会議なんで午前だけ」: a half day and a daily limit are the plan's too.
        let maskedText = String(masked.chars)
        if reading.intent == .outOfScope,
            !PlanDays.dropped(maskedText).isEmpty || !PlanDays.relativeOff(maskedText).isEmpty || !PlanDays.halfDays(maskedText).isEmpty
                || Interpreter.visitsPerDay(in: masked) != nil,
            PhraseLookup(masked).has(
                english: ["plan", "schedule", "visit", "visits", "see", "who"],
                japanese: ["計画", "予定", "プラン", "回る", "回れ", "行く", "訪問", "件", "誰", "だれ"])
        {
            reading.intent = .weeklyPlan
            reading.number = number
            reading.confidence = max(reading.confidence, 0.7)
        }
        // 「来週は月〜水で5件、Cは1件まで。はかたせいき必ず入れて」: a plan asked for with a
        // customer that must be in it, not a question about that customer.
        // Right after a plan it once read as "why is it in the plan?": a customer to keep is no question why.
        if [.explainCustomer, .outOfScope].contains(reading.intent.kind) || (reading.intent.kind == .planReasons && !asksWhy),
            // With limits, one to keep in and one to leave out: 「水曜休みで1日2件まで。今治工場は絶対入れて、道後菓子舗は外して」.
            PlanEditStatement.asksToInclude(question)
                || (PlanEditStatement.mayChangePlan(question) && PlanEditStatement.statesPlanLimits(question))
                || PlanEditStatement.asksToLeaveOut(question, matcher: matcher),
            !(names.names + names.likely).isEmpty,
            PhraseLookup(masked).has(english: ["plan", "schedule", "week"], japanese: ["計画", "予定", "プラン", "来週", "今週", "件"])
                || PlanDays.read(String(masked.chars)) != nil || !PlanDays.segmentCaps(String(masked.chars)).isEmpty
        {
            reading.intent = .weeklyPlan
            reading.customers = names.names.isEmpty ? names.likely : names.names
            reading.number = number
            reading.confidence = max(reading.confidence, 0.7)
        }
        // 「計画を作ってください。水曜は研修で無理です」: a day taken by training or a trip is
        // a plan's day off, not a question about training.
        if reading.intent == .outOfScope, !PlanDays.dropped(String(masked.chars)).isEmpty,
            PhraseLookup(masked).has(
                english: ["plan", "schedule", "visits"], japanese: ["計画", "予定", "プラン", "スケジュール", "組み直", "組みなお", "組んで", "組み替え"])
        {
            reading.intent = .weeklyPlan
            reading.hasOutOfScopeCue = false
            reading.confidence = max(reading.confidence, 0.7)
        }
        if reading.intent == .weeklyPlan || reading.intent == .planReasons {
            reading.hours = Interpreter.hours(in: masked)
            reading.hoursPerVisit = Interpreter.hoursPerVisit(in: masked)
            if reading.hours != nil { reading.number = nil }
            reading.visitsPerDay = Interpreter.visitsPerDay(in: masked)
            if reading.visitsPerDay != nil { reading.number = nil }
            // "drop friday, just thursday", 「金曜じゃなくて月曜にして」: the days taken away are not kept.
            reading.droppedDays = PlanDays.dropped(String(masked.chars))
            reading.halfDays = PlanDays.halfDays(String(masked.chars))
            let kept = PlanDays.read(String(masked.chars))?.subtracting(reading.droppedDays)
            reading.onlyDays = kept?.isEmpty == true ? nil : kept
            reading.dayCount = PlanDays.dayCount(String(text.chars))
            if let days = reading.dayCount, reading.number == days, String(masked.chars).matches(of: InterpreterPattern.digits).count <= 1 {
                reading.number = nil
            }
            // "max 2 C visits", 「Cは1件まで」: a limit on one segment, not the size of the week.
            reading.segmentCaps = PlanDays.segmentCaps(String(text.chars))
            if let number = reading.number, reading.segmentCaps.values.contains(number),
                String(masked.chars).matches(of: InterpreterPattern.digits).count <= reading.segmentCaps.count
            {
                reading.number = nil
            }
            reading.saysTotal = PhraseLookup(masked).has(
                english: ["in total", "total", "in all", "altogether", "overall"], japanese: ["全部で", "合計", "全体で", "トータル", "計"])
            reading.addsDays = reading.onlyDays != nil
                && PhraseLookup(masked).has(english: ["too", "also", "as well", "add"], japanese: ["も", "追加", "足して"])
            // "only tomorrow and friday": a day named beside another, or with "only", keeps the plan to it.
            // "6 hours tomorrow, who should I see?", 「明日誰に会えばいい？」: the day named is the plan's day;
            // "starting tomorrow", 「明日から」 is where a week's plan begins, not its only day.
            reading.droppedRelative = PlanDays.relativeOff(String(masked.chars))
            let relative = PlanDays.relative(String(masked.chars)).subtracting(reading.droppedRelative)
            if !relative.isEmpty,
                !PhraseLookup(masked).has(english: ["from", "starting", "after", "onwards", "beginning"], japanese: ["から", "以降"])
            {
                reading.relativeDays = relative
            }
        }
        // An omitted subject or a pronoun ("what would it take to get it into
        // A?", 「じゃあAになるには？」, 「それってギリギリ？」) is the customer last discussed.
        // "my C customers, how much time should I spend on them": "them" is the customers of the segment named.
        let aboutSegmentsCustomers = !segments.isEmpty && CustomerListQuestion.asksForSeveral(text)
        // 「どうしたらAになる？」 right after one customer: what would move that customer, not the segment's article.
        // 「じゃあ何があればAになる？」 once read as the A list: the customer's move too.
        if [.segmentAdvice, .method, .outOfScope].contains(reading.intent.kind)
            || (reading.intent == .segmentMembers && reading.customerList == nil),
            reading.customers.isEmpty, names.names.isEmpty,
            names.likely.isEmpty, unknown == nil, segments.count == 1, context.customers.count == 1, !aboutSegmentsCustomers,
            [.explainCustomer, .whatWouldItTake, .compare].contains(context.lastIntent?.kind),
            PhraseLookup(text).has(english: Interpreter.becomeSegmentWords.english, japanese: Interpreter.becomeSegmentWords.japanese)
        {
            reading.intent = .whatWouldItTake(target: segments[0])
        } else if reading.intent == .outOfScope, !reading.hasOutOfScopeCue, reading.customers.isEmpty, names.names.isEmpty,
            names.likely.isEmpty, unknown == nil, segments.isEmpty, context.customers.count == 1,
            [.explainCustomer, .whatWouldItTake].contains(context.lastIntent?.kind),
            // Not 「じゃあどうすればいい？」, which asks what to do with it.
            PhraseLookup(text).has(
                english: ["what would move it", "what would it take", "what would change it", "what moves it"],
                japanese: ["何が変われば", "何を変えれば", "何が変わると", "どうなったら", "動くには"])
        {
            // 「何が変われば動く？」 right after one customer: what would move it, to any segment.
            reading.intent = .whatWouldItTake(target: nil)
        }
        if reading.intent.kind.needsCustomer, reading.customers.isEmpty, reading.didYouMean.isEmpty, unknown == nil,
            !aboutSegmentsCustomers,
            !context.customers.isEmpty, reading.intent.kind != .compare || context.customers.count >= 2,
            // One customer last discussed, or a conversation about customers (not a plan's list of picks).
            context.customers.count == 1 || [.explainCustomer, .whatWouldItTake, .compare].contains(context.lastIntent?.kind)
        {
            reading.customers = reading.intent.kind == .compare ? context.customers : [context.customers[0]]
            reading.isFollowUp = true
        } else if reading.customers.isEmpty, reading.didYouMean.isEmpty, unknown == nil, context.customers.count == 1,
            CustomerListQuestion.asksAboutBorderline(text), !CustomerListQuestion.asksForSeveral(text),
            // "what's a borderline customer?", 「ボーダーラインって何？」 asks what the word means.
            !PhraseLookup(text).has(
                english: ["what is a", "whats a", "what is an", "what does", "mean", "meaning", "define", "definition"],
                japanese: ["とは", "って何", "ってなに", "ってなん", "意味", "どういう"])
        {
            reading.intent = .explainCustomer
            reading.customers = context.customers
            reading.customerList = nil
            reading.isFollowUp = true
        }
        // 「Bってどういう意味？」 then 「自分の客だとどれ？」, "which of mine are those?": the
        // segment just explained, among the rep's own customers.
        if [.outOfScope, .method, .segmentMembers].contains(reading.intent.kind), !reading.hasOutOfScopeCue, segments.isEmpty,
            reading.customerList == nil, names.names.isEmpty, names.likely.isEmpty, unknown == nil, context.segments.count == 1,
            [.method, .segmentAdvice].contains(context.lastIntent?.kind),
            PhraseLookup(text).has(
                english: ["which of my", "which of mine", "my customers", "my accounts", "in my book", "which ones", "which are mine", "who are they"],
                japanese: ["自分の客", "自分の顧客", "うちの客", "うちの顧客", "私の顧客", "僕の顧客", "担当だと", "どれ", "どこ", "誰", "だれ"])
        {
            reading.intent = .segmentMembers
            reading.segments = context.segments
            reading.isFollowUp = true
            reading.confidence = max(reading.confidence, 0.7)
        }
        // "which customers have an axis score of exactly 50?", 「ちょうど50の顧客は？」: those on the cut.
        if reading.customers.isEmpty, names.names.isEmpty, CustomerListQuestion.asksOnTheCut(text) {
            reading.settle(as: .segmentMembers, customers: [], followUp: false)
            reading.customerList = .borderline
            reading.onTheCut = true
            reading.borderlineAxis = CustomerListQuestion.axisNamed(text)
            reading.confidence = max(reading.confidence, 0.7)
        }
        // "what should i do with it" right after one customer: what to do about that one.
        if reading.intent == .outOfScope, !reading.hasOutOfScopeCue, reading.customers.isEmpty, reading.didYouMean.isEmpty,
            unknown == nil, names.names.isEmpty, context.customers.count == 1,
            [.explainCustomer, .whatWouldItTake, .compare].contains(context.lastIntent?.kind),
            PhraseLookup(text).has(english: Interpreter.customerAdviceEnglish, japanese: Interpreter.customerAdviceJapanese)
        {
            reading.intent = .explainCustomer
            reading.customers = context.customers
            reading.isFollowUp = true
        }
        if reading.intent == .explainCustomer, reading.customers.count == 1, !reading.asksVisitWorth,
            PhraseLookup(text).has(english: Interpreter.customerAdviceEnglish, japanese: Interpreter.customerAdviceJapanese)
        {
            reading.asksAction = true
        }
        // 「Abashiri Agri Machinery の取引実績って何点？」: a customer's score on an axis,
        // which its explanation opens with, not the article about that axis.
        let asksScore = PhraseLookup(text).has(
            english: ["score", "scores", "points", "how high", "how low"], japanese: ["何点", "点数", "スコア", "何ポイント", "いくつ"])
        if names.names.count == 1, reading.intent.kind == .method, asksScore {
            reading.intent = .explainCustomer
            reading.customers = names.names
        }
        if reading.intent.kind == .whatWouldItTake, asksScore { reading.asksScore = true }
        if names.names.count == 1, reading.intent == .outOfScope || reading.intent.kind == .method,
            !reading.hasOutOfScopeCue, CustomerListQuestion.asksLastVisit(text)
        {
            // "when did I last visit X?": the explanation ends with the last visit.
            reading.intent = .explainCustomer
            reading.customers = names.names
        }
        // "how many B does mori have and when did he last see each", "my B customers
        // and their last visits": the segment's list, each with its last visit.
        if names.names.isEmpty, names.suggestions.isEmpty, reading.customerList == nil, reading.progress == nil,
            [.segmentMembers, .countAndShare].contains(reading.intent.kind)
                || (reading.intent.kind == .segmentAdvice && !segments.isEmpty && CustomerListQuestion.namesOwner(text)),
            !segments.isEmpty || reading.mentionsCustomers, CustomerListQuestion.asksLastVisit(text)
        {
            reading.intent = .segmentMembers
            reading.asksLastVisit = true
        }
        // "and the segments?", 「セグメントって何？」: the four of them, which the
        // method's one page sets side by side, rather than "which segment?".
        if reading.intent.kind.needsSegment, segments.isEmpty, reading.customerList == nil, reading.progress == nil,
            !reading.mentionsCustomers, names.names.isEmpty, names.suggestions.isEmpty,
            PhraseLookup(text).has(
                english: ["segments", "segment", "quadrants", "categories", "the four", "four groups"],
                japanese: ["セグメント", "領域", "区分", "象限", "ランク", "分類"])
        {
            reading.intent = .method(topic: "method-overview")
        }
        // One customer named, surely or as the one a typo or short form fits.
        let clearlyLikely = names.names.isEmpty && names.suggestions.count == 1 && names.likely == names.suggestions
        let oneNamed = names.names.count == 1 ? names.names : clearlyLikely ? names.likely : []
        func takeOneNamed() {
            reading.intent = .explainCustomer
            reading.customers = oneNamed
            reading.customerList = nil
            if clearlyLikely {
                reading.takenAs = oneNamed[0]
                reading.didYouMean = []
            }
        }
        // "is Kimura Print worth a visit this week?", 「田中商事に行くべき？」: the
        // explanation, with the method's verdict for this week first.
        // 「来週は5件、はかたせいき必ず入れて」 is a plan with that customer in it, not whether to see it.
        let plansWithIt = reading.intent == .weeklyPlan && PlanEditStatement.asksToInclude(question)
        if oneNamed.count == 1, CustomerListQuestion.asksVisitWorth(text), ![.compare, .planReasons].contains(reading.intent.kind),
            !plansWithIt
        {
            takeOneNamed()
            reading.asksVisitWorth = true
            // "when should I next visit sunrise?", 「次いつ行くべき？」: a day, not only yes or no.
            reading.asksWhen = PhraseLookup(text).has(english: ["when"], japanese: ["いつ"])
        } else if names.names.isEmpty, names.suggestions.isEmpty, unknown == nil, context.customers.count == 1,
            [.explainCustomer, .whatWouldItTake].contains(context.lastIntent?.kind), CustomerListQuestion.asksVisitWorth(text),
            ProgressQuestion.refersBack(text) || Interpreter.omitsSubject(text), segments.isEmpty,
            // 「今日どこ行くべき？」 right after a customer asks where to go, which is the plan.
            !PhraseLookup(text).has(english: ["where", "who", "which"], japanese: ["どこ", "誰", "だれ", "どの"])
        {
            // "so should I stop visiting them twice a month?", 「月2回行ってるけど多すぎ？」
            // right after a customer: the visit verdict for that customer.
            reading.intent = .explainCustomer
            reading.customers = context.customers
            reading.customerList = nil
            reading.asksVisitWorth = true
            reading.asksWhen = PhraseLookup(text).has(english: ["when"], japanese: ["いつ"])
            reading.isFollowUp = true
        }
        // "what's Acme's profit?", 「さくら電機の受注件数はいくつ？」, "when was I last at
        // Harbor Light?": that customer's figure or last visit on the first line.
        if oneNamed.count == 1, ![.compare, .whatWouldItTake, .planReasons, .weeklyPlan].contains(reading.intent.kind),
            reading.customerList == nil, reading.progress == nil
        {
            let metric = CustomerListQuestion.metricNamed(text)
            let lastVisit = CustomerListQuestion.asksLastVisit(text)
            // 「売上が高いのになんでC？」: why, with a figure as the objection, not the figure asked for.
            let asksWhy = PhraseLookup(text).has(english: ["why", "how come"], japanese: ["なぜ", "なんで", "どうして"])
            if let metric, asksWhy, !lastVisit, reading.intent.kind == .explainCustomer {
                takeOneNamed()
                reading.whyDespite = metric
            } else if metric != nil || lastVisit, !CustomerListQuestion.asksVisitWorth(text) {
                takeOneNamed()
                reading.askedMetric = metric
                reading.asksLastVisit = lastVisit
            }
        }
        // "and its growth?", 「粗利は？」 right after one customer: that customer's figure, not the book's.
        // Not two names, a trade or a place (「ゴルフ場の売上は？」), nor a plan request.
        if names.names.isEmpty, names.likely.isEmpty, names.suggestions.isEmpty, unknown == nil, segments.isEmpty,
            context.customers.count == 1, context.lastIntent?.kind == .explainCustomer,
            ![.weeklyPlan, .planCheck, .planReasons].contains(reading.intent.kind),
            PlaceList.trade(in: question) == nil, PlaceList.place(in: question) == nil, { if case .total? = reading.customerList { true } else { reading.customerList == nil } }(),
            reading.progress == nil, let metric = CustomerListQuestion.metricNamed(text),
            text.chars.filter({ !$0.isWhitespace && !$0.isPunctuation }).count <= 18,
            !PhraseLookup(text).has(
                english: ["customers", "accounts", "all", "total", "average", "each", "every", "who", "which", "top", "rank"],
                japanese: ["顧客", "合計", "平均", "全体", "誰", "どの", "どれ", "順", "一番", "全部"])
        {
            reading.settle(as: .explainCustomer, customers: context.customers, followUp: true)
            reading.askedMetric = metric
        }
        // "is it still overdue?", 「まだ遅れてる？」 right after a customer: that one's
        // cadence, yes or no, not the book's overdue list with it left out.
        if reading.customerList == .overdue || reading.customerList == .notSeenLately, names.names.isEmpty, names.likely.isEmpty, unknown == nil, segments.isEmpty,
            context.customers.count == 1, ProgressQuestion.refersBack(text) || Interpreter.omitsSubject(text),
            !PhraseLookup(text).has(english: ["who", "which", "customers", "accounts"], japanese: ["誰", "だれ", "どの", "どこ", "顧客", "客"])
        {
            reading.intent = .explainCustomer
            reading.customerList = nil
            reading.customers = context.customers
            reading.asksOverdue = true
            reading.isFollowUp = true
        }
        // "Is 立山ホテル overdue?", 「水戸薬品はフォロー遅れてる？」: that one customer's cadence,
        // yes or no first, not the book's overdue list or the customer's page alone.
        if names.names.count == 1, segments.isEmpty, !Interpreter.asksWhy(text),
            [.explainCustomer, .segmentMembers, .outOfScope].contains(reading.intent.kind),
            reading.customerList == nil || reading.customerList == .overdue || reading.customerList == .notSeenLately,
            [.overdue, .notSeenLately].contains(CustomerListQuestion.detect(text))
        {
            reading.settle(as: .explainCustomer, customers: names.names, followUp: false)
            reading.asksOverdue = true
        }
        // "which of those belong to Emily?", 「その中で佐藤さんの担当は？」 right after a list: the
        // listed customers by rep (on that rep's book, only theirs), not a refusal.
        if names.names.isEmpty, context.listed.count >= 2, reading.customerList == nil || reading.intent == .outOfScope,
            PhraseLookup(text).has(english: Interpreter.listedWords.english, japanese: Interpreter.listedWords.japanese),
            PhraseLookup(text).has(
                english: ["belong to", "belongs to", "whose", "handled by", "looked after by", "are for", "covered by", "account of", "accounts of"],
                japanese: ["担当", "の分", "の客", "の顧客"])
        {
            reading.intent = .segmentMembers
            reading.customerList = .owners
            reading.within = context.listed
            reading.segments = []
            reading.customers = []
            reading.unknownName = nil
            reading.isFollowUp = true
            reading.confidence = max(reading.confidence, 0.7)
            return reading
        }
        // "which A follow-ups wait for next week then?", 「今週から外れたAは？」 right after a plan:
        // the customers of that segment the plan left out, not the segment's overdue list whole.
        if [.weeklyPlan, .planReasons].contains(context.lastIntent?.kind), names.names.isEmpty, names.likely.isEmpty, unknown == nil,
            PhraseLookup(text).has(
                english: ["wait", "waits", "waiting", "left out", "leave out", "didn't make", "didnt make", "not in the plan",
                          "postponed", "pushed", "put off", "left over"],
                japanese: ["来週に回", "後回し", "外れ", "入らなかった", "入ってない", "入っていない", "漏れた", "待ち", "待たさ", "待たせ", "持ち越"]),
            !PhraseLookup(text).has(english: ["why"], japanese: ["なぜ", "なんで", "どうして"])
        {
            reading.intent = .planReasons
            reading.asksLeftOut = true
            reading.number = context.number
            reading.segments = segments
            reading.customerList = nil
            reading.customers = []
            reading.isFollowUp = true
            reading.confidence = max(reading.confidence, 0.7)
            return reading
        }
        // 「じゃあBはどれくらい入ってる？」, "how many B visits are in it?" right after a plan or
        // its check: that segment's part of the plan, not the plan's reasons again.
        // "In this week's plan, what share of the visits goes to C?": the plan named in the line.
        let namesPlan = PhraseLookup(text).has(
            english: ["plan", "plan's", "schedule", "this week's visits"], japanese: ["計画", "予定", "プラン"])
        if [.weeklyPlan, .planReasons, .planCheck].contains(context.lastIntent?.kind) || namesPlan, segments.count == 1,
            names.names.isEmpty, names.likely.isEmpty, unknown == nil,
            PhraseLookup(text).has(
                english: ["how many", "how much", "what share", "what part", "what percent", "share of", "percentage"],
                japanese: ["どれくらい", "どのくらい", "何件", "いくつ", "何割", "何%", "何％", "どれだけ"]),
            !PhraseLookup(text).has(
                english: ["customers", "accounts", "clients", "book", "total"], japanese: ["全体", "全部で", "顧客", "お客", "何社", "リスト"])
        {
            reading.intent = .planReasons
            reading.planShare = segments[0]
            reading.customerList = nil
            reading.customers = []
            reading.isFollowUp = true
            reading.confidence = max(reading.confidence, 0.7)
        }
        // 「それって現実的？」, "is that realistic?" right after what would move a customer:
        // whether those changes are within reach, not a refusal.
        if case .whatWouldItTake(let target) = context.lastIntent, context.customers.count == 1, names.names.isEmpty,
            names.likely.isEmpty, unknown == nil,
            PhraseLookup(text).has(
                english: ["realistic", "doable", "achievable", "feasible", "possible", "within reach", "can i", "could i", "likely"],
                japanese: ["現実的", "できそう", "可能", "無理", "届く", "届きそう", "いけそう", "行けそう", "実現"])
        {
            reading.intent = .whatWouldItTake(target: target)
            reading.customers = context.customers
            reading.customerList = nil
            reading.asksReach = true
            reading.isFollowUp = true
            reading.confidence = max(reading.confidence, 0.7)
        }
        // "when was it last visited?", 「最後に行ったのいつだっけ？」 right after a customer:
        // that customer's last visit, not the week's plan the word "visited" once pulled up.
        if names.names.isEmpty, names.likely.isEmpty, unknown == nil, reading.customerList == nil || reading.customerList == .visitLog,
            reading.progress == nil, context.customers.count == 1, segments.isEmpty, CustomerListQuestion.asksLastVisit(text),
            ProgressQuestion.refersBack(text) || Interpreter.omitsSubject(text)
                || PhraseLookup(text).has(english: ["there", "that place", "that customer"], japanese: ["そこ", "あそこ"]),
            !PhraseLookup(text).has(english: ["who", "which", "customers", "accounts"], japanese: ["誰", "だれ", "どの", "どこ", "顧客", "客"])
        {
            reading.intent = .explainCustomer
            reading.customers = context.customers
            reading.customerList = nil
            reading.askedMetric = nil
            reading.asksLastVisit = true
            reading.isFollowUp = true
            reading.confidence = max(reading.confidence, 0.7)
        }
        // "is that a problem?", 「それって問題？」 right after a list of customers left unseen:
        // yes or no from how far past the follow-up the key accounts in it are, not a refusal.
        // A list of one leaves its customer as the one discussed, not as listed.
        let unseenListed = context.listed.isEmpty ? context.customers : context.listed
        let asksIfProblem = names.names.isEmpty && names.likely.isEmpty && unknown == nil && segments.isEmpty
            && text.chars.filter({ !$0.isWhitespace && !$0.isPunctuation }).count <= 40
            && PhraseLookup(text).has(english: Interpreter.problemWords.english, japanese: Interpreter.problemWords.japanese)
        // "Does Emily spend too much time on C?": a yes-or-no question, answered yes or no
        // before the figures; "who leans on C the most?" names the rep instead.
        if reading.customerList == .comfort,
            !PhraseLookup(text).has(
                english: ["who", "which", "whose", "how", "what", "show"],
                japanese: ["誰", "だれ", "どの", "どっち", "どちら", "どれくらい", "どのくらい", "何", "見せて"])
        {
            reading.asksIfProblem = true
        }
        // 「それは問題ですか？」 right after who leans on C, or who holds the most C customers
        // (holding them is no fault; the visits they take are): yes or no on the visits.
        if asksIfProblem, context.list == .comfort || (context.list == .repsBySegment && context.segments == [.c]) {
            reading.settle(as: .segmentMembers, customers: [], followUp: true)
            reading.customerList = .comfort
            reading.asksIfProblem = true
            reading.segments = []
            reading.confidence = max(reading.confidence, 0.7)
        }
        // "is that a problem?" right after one rep's book by segment (11 C, 4 D, no B): the verdict
        // on the time C takes in it, as after who holds the most C.
        if asksIfProblem, context.lastIntent?.kind == .countAndShare, context.customers.isEmpty, context.segments.isEmpty,
            reading.customerList == nil
        {
            reading.settle(as: .segmentMembers, customers: [], followUp: true)
            reading.customerList = .comfort
            reading.asksIfProblem = true
            reading.segments = []
        }
        // 「それって問題ある？」, "is that ok?" right after a plan: that plan checked.
        // Not "is it ok to plan 6 visits?" nor 「大丈夫、来週のも作って」: a plan asked for again.
        if asksIfProblem, [.weeklyPlan, .planReasons].contains(context.lastIntent?.kind), reading.customerList == nil,
            reading.intent.kind != .planCheck, reading.intent.kind != .weeklyPlan, number == nil
        {
            reading.settle(as: .planCheck, customers: [], followUp: true)
            reading.confidence = max(reading.confidence, 0.7)
        }
        readYesNo(
            &reading, text: text, context: context, namesSomeone: !names.names.isEmpty || !names.likely.isEmpty || unknown != nil,
            segments: segments, number: number)
        // "is that a problem?" right after one customer's last visit: the verdict on visiting it;
        // after anything else about that one customer, whether it is at risk.
        // Not 「今週の計画は大丈夫？」 (the plan), nor a question readYesNo has already settled.
        if asksIfProblem, reading.customerList == nil, context.customers.count == 1,
            [.explainCustomer, .whatWouldItTake].contains(context.lastIntent?.kind),
            ![.weeklyPlan, .planCheck, .planReasons].contains(reading.intent.kind),
            !reading.asksVisitWorth, reading.confirmsSegment == nil, reading.confirmsScore == nil,
            !PhraseLookup(text).has(
                english: ["plan", "week", "schedule"], japanese: ["計画", "予定", "プラン", "今週", "来週"]),
            case let aboutVisit = PhraseLookup(QuestionText(context.lastQuestion ?? "")).has(
                english: ["last visit", "last visited", "last seen", "last saw", "last went", "when was i", "when did i"],
                japanese: ["最終訪問", "最後に行", "最後に訪問", "いつ行", "前回の訪問", "訪問日"]),
            aboutVisit || !reading.asksRisk
        {
            reading.settle(as: .explainCustomer, customers: context.customers, followUp: true)
            reading.asksVisitWorth = aboutVisit
            reading.asksRisk = !aboutVisit
            reading.segments = []
        }
        // "what if its sales halved?", 「伊那ベアリングの受注が倍になったらAになる？」: one customer's
        // figure changed in thought; the segment it would land in, not the moves toward one.
        // Not a list ("which customers would be A if their orders doubled?") nor the history.
        if ![.weeklyPlan, .planCheck, .planReasons].contains(reading.intent.kind), reading.typedPlan == nil,
            reading.progress == nil,
            !PhraseLookup(text).has(english: ["which", "who", "customers", "accounts", "clients"], japanese: ["どの", "どれ", "誰", "だれ", "顧客は"]),
            let change = WhatIfChange.read(text)
        {
            let one: String? =
                names.names.count == 1 ? names.names[0]
                : names.names.isEmpty && names.likely.count == 1 ? names.likely[0]
                : names.names.isEmpty && names.likely.isEmpty && unknown == nil && context.customers.count == 1 ? context.customers[0]
                : nil
            if let one {
                // A question about moving between segments, answered with the move imagined.
                reading.settle(as: .whatWouldItTake(target: segments.last), customers: [one], followUp: names.names.isEmpty && names.likely.isEmpty)
                reading.whatIf = change
                reading.customerList = nil
                reading.segments = segments
                reading.askedMetric = nil
                reading.asksRisk = false
                reading.asksVisitWorth = false
            }
        }
        if asksIfProblem, !unseenListed.isEmpty, context.list == .overdue || context.list == .notSeenLately {
            reading.intent = .segmentMembers
            reading.within = unseenListed
            reading.asksIfProblem = true
            reading.customerList = nil
            reading.customers = []
            reading.segments = []
            reading.isFollowUp = true
            reading.confidence = max(reading.confidence, 0.7)
        }
        // 「Cは何社？売上は？」, "how many A? and their sales?": a figure alone right after a
        // segment's count or list is that segment's total, not "which segment?".
        if names.names.isEmpty, names.likely.isEmpty, unknown == nil, segments.isEmpty, !context.segments.isEmpty,
            [.countAndShare, .segmentMembers].contains(context.lastIntent?.kind), context.list == nil,
            reading.customerList == nil, reading.progress == nil, !reading.hasOutOfScopeCue,
            // Only where the reading would ask "which segment?" back or decline.
            (reading.intent.kind.needsSegment && reading.segments.isEmpty) || reading.intent == .outOfScope,
            let metric = CustomerListQuestion.metricNamed(text),
            text.chars.filter({ !$0.isWhitespace && !$0.isPunctuation }).count <= 16,
            // 「売上を伸ばすには？」, 「受注ゼロは？」, "sales over 10m?": a way or a filter, not the total.
            !PhraseLookup(text).has(
                english: ["top", "highest", "lowest", "most", "least", "biggest", "rank", "ranking", "who", "which", "how",
                          "no", "zero", "over", "under", "above", "below", "increase", "grow", "raise", "improve"],
                japanese: ["トップ", "上位", "一番", "ランキング", "順", "誰", "どこ", "どの", "ない", "少な", "ゼロ", "0件",
                           "のは", "には", "どう", "伸ば", "増や", "上げ", "以上", "以下", "未満", "超"])
        {
            reading.intent = .segmentMembers
            reading.customerList = .total(metric, average: PhraseLookup(text).has(english: ["average", "mean"], japanese: ["平均"]))
            reading.segments = context.segments
            reading.customers = []
            reading.isFollowUp = true
            reading.confidence = max(reading.confidence, 0.7)
        }
        // 「それぞれ最後に行ったのいつ？」, "when was each of them last visited?" right after a
        // list: each listed customer's last visit, not a refusal.
        if names.names.isEmpty, names.likely.isEmpty, unknown == nil, segments.isEmpty, context.listed.count >= 2,
            reading.progress == nil,
            reading.customerList == nil || reading.customerList == .visitLog,
            CustomerListQuestion.asksLastVisit(text),
            // "when", 「いつ」, 「最後」: a date asked, not "are they being kept up with?".
            PhraseLookup(text).has(
                english: ["when", "last visit", "last visited", "last seen", "last time", "last saw", "dates"],
                japanese: ["いつ", "最後", "前回", "最終", "日付"]),
            PhraseLookup(text).has(
                english: Interpreter.listedWords.english + ["each", "those", "them", "these", "they", "all of"],
                japanese: Interpreter.listedWords.japanese + ["それぞれ", "各社", "それら", "これら", "全部", "みんな", "どれも"])
                || Interpreter.omitsSubject(text)
        {
            reading.intent = .segmentMembers
            reading.within = context.listed
            reading.asksLastVisit = true
            reading.segments = []
            reading.customers = []
            reading.customerList = nil
            reading.unknownName = nil
            reading.isFollowUp = true
            reading.confidence = max(reading.confidence, 0.7)
        }
        if reading.asksLastVisit {
            reading.lastVisitBeforeToday = PhraseLookup(text).has(
                english: ["before today", "before this morning", "previous visit", "visit before that", "before that"],
                japanese: ["今日より前", "今日の前", "その前", "前々回", "今日以前"])
        }
        // "who is the rep for Initech?", 「その会社の担当は誰？」: the explanation, rep first.
        // "which rep has the most B?" ranks the reps: no one customer's rep, even right after one.
        if CustomerListQuestion.asksRep(text), ![.compare, .whatWouldItTake, .planReasons, .weeklyPlan].contains(reading.intent.kind),
            reading.customerList != .repsBySegment, reading.customerList != .repBreakdown
        {
            if oneNamed.count == 1 {
                takeOneNamed()
                reading.asksRep = true
            } else if names.names.isEmpty, reading.customers.isEmpty, context.listed.count >= 2,
                PhraseLookup(text).has(
                    english: Interpreter.listedWords.english + ["those", "them", "these", "they"],
                    japanese: Interpreter.listedWords.japanese + ["それら", "これら", "その顧客", "この顧客"])
            {
                // "who's responsible for those?" after a list: each one's rep.
                reading.intent = .segmentMembers
                reading.customerList = .owners
                reading.within = context.listed
                reading.segments = []
                reading.isFollowUp = true
                reading.confidence = max(reading.confidence, 0.7)
            } else if names.names.isEmpty, reading.customers.count == 1 || (reading.customers.isEmpty && context.customers.count == 1) {
                // "and who's the rep?" after a customer: that customer's rep.
                if reading.customers.isEmpty {
                    reading.customers = context.customers
                    reading.isFollowUp = true
                }
                reading.intent = .explainCustomer
                reading.customerList = nil
                reading.asksRep = true
            }
        }
        // 「じゃあそれの客観的評価のスコアは？」, "and its record score?" right after one
        // customer: that customer's scores, not how scores are made.
        if names.names.isEmpty, names.suggestions.isEmpty, unknown == nil, context.customers.count == 1,
            [.explainCustomer, .whatWouldItTake, .compare].contains(context.lastIntent?.kind), reading.intent.kind == .method,
            ProgressQuestion.refersBack(text),
            PhraseLookup(text).has(
                english: ["score", "scores", "objective", "record", "axis", "evaluation"],
                japanese: ["スコア", "点数", "客観的評価", "取り引き実績", "取引実績", "評価", "軸"])
        {
            reading.settle(as: .explainCustomer, customers: context.customers, followUp: true)
            reading.topicIsFallback = false
        }
        // 「それはなぜC？」, "why is it a B?", 「なぜBなの？」 right after a customer:
        // that customer's segment, not the segment's members or article.
        if names.names.isEmpty, names.suggestions.isEmpty, unknown == nil, context.customers.count == 1,
            [.explainCustomer, .whatWouldItTake].contains(context.lastIntent?.kind), segments.count == 1, !aboutSegmentsCustomers,
            reading.intent.kind != .compare, reading.intent.kind != .whatWouldItTake,
            ProgressQuestion.refersBack(text) || (Interpreter.asksWhy(text) && Interpreter.isShort(text))
        {
            reading.intent = .explainCustomer
            reading.customers = context.customers
            reading.customerList = nil
            reading.isFollowUp = true
        }
        if reading.asksVisitWorth {
            reading.asksTooOften = PhraseLookup(text).has(english: Interpreter.tooOftenWords.english, japanese: Interpreter.tooOftenWords.japanese)
        }
        if reading.intent == .explainCustomer, reading.customers.count == 1, CustomerListQuestion.asksAboutBorderline(text) {
            reading.asksBorderline = true
        }
        // "which customers moved from B to A this year?", 「今期AからBに落ちた顧客は？」,
        // "is my time in B paying off?", "how has Acme changed over time?":
        // answered from the segment history. A move still to come ("what
        // would move Acme to A?") keeps its own reading.
        // A word that is off topic elsewhere ("paid") is part of the phrase
        // here ("paying off"), so the phrase decides.
        let namesSomeone = !names.names.isEmpty || !names.suggestions.isEmpty
        // "what if its growth dropped a bit?" imagines a change; it asks of no past.
        if reading.intent.kind != .compare, reading.whatIf == nil,
            let progress = ProgressQuestion.detect(
                question, text, segments: segments,
                namesOneCustomer: oneNamed.count == 1 || (namesSomeone && reading.customers.count == 1)
                    || (!namesSomeone && context.customers.count == 1 && ProgressQuestion.refersBack(text))),
            reading.intent.kind != .whatWouldItTake || (!namesSomeone && progress != .history)
                || (progress == .history && ProgressQuestion.speaksOfThePast(text)),
            // A method, advice or plan question keeps its reading unless the
            // question clearly speaks of the past ("why should B get more time than A?").
            ![.method, .segmentAdvice, .planReasons, .weeklyPlan, .planCheck].contains(reading.intent.kind)
                || ProgressQuestion.isClearlyAboutProgress(question, text),
            // "why did you drop Kimura?" after a plan is about the plan; "why did Orion drop?" is not.
            progress != .history || ![.planReasons, .weeklyPlan, .planCheck].contains(reading.intent.kind)
                || !PhraseLookup(text).hasWords(["you"])
        {
            if progress != .history { reading.customers = [] }
            if progress == .history, oneNamed.isEmpty, reading.customers.isEmpty, context.customers.count == 1 {
                reading.customers = context.customers
                reading.isFollowUp = true
            }
            if progress == .history, oneNamed.count == 1 { takeOneNamed() }
            reading.intent = progress == .history ? .explainCustomer : .segmentMembers
            reading.customerList = nil
            reading.progress = progress
            reading.progressWords = question
            reading.confidence = max(reading.confidence, 0.7)
        }
        // "why is Wayne Enterprises a B?", 「ソニー株式会社はどのランク？」: a company the
        // book does not have, asked about by its segment. Say it is not in the
        // list rather than declining the question as off topic.
        // A method reading ("なぜB" is the why-focus-b topic) gives way too: the
        // question is about the company it names.
        if reading.intent == .outOfScope || reading.intent.kind == .method
            || (reading.intent.kind.needsSegment && segments.isEmpty && reading.customerList == nil),
            !reading.hasOutOfScopeCue, let unknown, !["セグメント", "区分", "ランク", "領域"].contains(where: unknown.contains),
            !segments.isEmpty
                || ["ランク", "区分", "領域", "セグメント", "segment", "which box", "どこに入", "どこに分類", "どこに属"]
                    .contains(where: { String(text.chars).contains($0) })
        {
            reading.intent = .explainCustomer
        }
        // "how is Toyota doing", "is Hakata Marine Foods one of ours?", 「パナソニックの状況は？」,
        // 「博多フーズってうちの客？」: a company the book lacks, asked about as a customer of
        // ours. Say it is not in the list; declining would leave the rep wondering.
        // Asked whether it is a customer at all, no stray word elsewhere makes it off topic.
        let asked = PhraseLookup(text)
        if reading.intent == .outOfScope || reading.intent.kind == .method || (reading.intent.kind.needsSegment && segments.isEmpty),
            unknownCompany != nil, names.names.isEmpty, names.suggestions.isEmpty,
            asked.has(english: Interpreter.membershipWords.english, japanese: Interpreter.membershipWords.japanese)
                // 「ヤマダ電機は？」: the name and a particle, nothing else.
                || unknownCompany.map({ String(text.chars).filter { !$0.isWhitespace }.count <= $0.count + 3 }) == true
                || (!reading.hasOutOfScopeCue
                    && asked.has(english: Interpreter.companyStatusWords.english, japanese: Interpreter.companyStatusWords.japanese))
        {
            reading.intent = .explainCustomer
        }
        // "should I visit Contoso Ltd this week?": a company the book lacks,
        // asked about by name; say it is not in the list rather than plan the week.
        // 「星病院 今週行くべき？」 with 星総合病院 in the book: "did you mean" that one, not the week's plan.
        if unknown != nil || !names.suggestions.isEmpty, names.names.isEmpty, CustomerListQuestion.asksVisitWorth(text),
            [.weeklyPlan, .outOfScope, .planCheck].contains(reading.intent.kind),
            names.suggestions.isEmpty || !PhraseLookup(text).has(english: ["where", "who", "which"], japanese: ["どこ", "誰", "だれ", "どの"])
        {
            reading.intent = .explainCustomer
            if reading.didYouMean.isEmpty { reading.didYouMean = names.suggestions }
        }
        // "小林包送ってなんでC？", "why is Kobayahsi in B?": one customer clearly
        // meant, though mistyped. Answered about it, and the answer says so.
        if reading.intent.kind.needsCustomer, reading.intent.kind != .compare, reading.customers.isEmpty,
            names.names.isEmpty, names.suggestions.count == 1, names.likely == names.suggestions
        {
            reading.customers = names.likely
            reading.didYouMean = []
            reading.takenAs = names.likely[0]
        }
        // "Kobe Bearing or Takara, who first?": one name sure, the other a short form only one customer fits.
        if reading.intent.kind == .compare, names.names.count == 1, names.likely.count == 1, names.suggestions == names.likely {
            reading.customers = names.names + names.likely
            reading.didYouMean = []
            reading.takenAs = names.likely[0]
        }
        // 「岐阜の2社、どっちが優先？」, "the two gifu ones, which first?": a short form
        // several customers share, asked which of them comes first: those customers ranked.
        if reading.customers.isEmpty, names.names.isEmpty, names.likely.isEmpty, (2...8).contains(Set(names.suggestions).count),
            Interpreter.asksWhichOfSeveral(text)
        {
            var seen = Set<String>()
            reading.settle(as: .compare, customers: names.suggestions.filter { seen.insert($0).inserted }, followUp: false)
            reading.didYouMean = []
            reading.unknownName = nil
        }
        // "shinchi engineering or acme trading, which first?": one of the two is no
        // customer of the book; said, rather than answering about the other alone.
        if names.names.count == 1, reading.customers.count == 1, [.explainCustomer, .compare].contains(reading.intent.kind),
            PhraseLookup(text).has(
                english: ["which first", "who first", "which one", "compare", "versus", "vs", " or "],
                japanese: ["どっち", "どちら", "優先", "比べ", "比較", "先に"]),
            let other = Interpreter.unknownName(in: text, masked: masked, ignoring: repWords)
                ?? Interpreter.uncommonRun(in: masked, ignoring: repWords)
        {
            reading.missingOther = other
        }
        // 「船橋の客ってどれ？」, "which customers are in chiba?": the customers named
        // after that place (the list has no address), not "did you mean one of them?";
        // when no name holds the place, that is said rather than the whole book listed.
        // 「焼津の客は？」 with 焼津漁業協同組合 (its name, legal form aside, is the place itself)
        // beside 焼津水産 and 焼津かつお節: the place's customers too, not that one alone.
        // Customers this line names, not those a follow-up carried over (「気仙沼の顧客は？」 after a comparison).
        let namedHere = reading.customers.filter { (names.names + names.likely).contains($0) }
        // Or the place alone found one name by its short form (「宇都宮の客」 for 宇都宮精工 beside
        // 宇都宮精工所 and 宇都宮中央青果): the name as a whole is not in the line.
        let placeIsOneName = { (place: (kanji: String, reading: String)) -> Bool in
            guard names.names.count == 1, names.names == namedHere else { return false }
            let name = NameKey.normalize(names.names[0]).lowercased()
            let asked = NameKey.normalize(question).lowercased()
            let shortForm = name.hasPrefix(place.kanji) && asked.contains(place.kanji) && !asked.contains(CompanyAffixes.strip(name))
            return (CompanyAffixes.strip(name) == place.kanji || shortForm)
                && PlaceList.customers(at: place, in: Array(Set(self.matcher.index.entries.map(\.name)))).count >= 2
        }
        if reading.customerList == nil,
            let place = PlaceList.place(in: question)
                // 「十勝の客」: a word two names share, read only where it would be refused as an unknown company.
                ?? PlaceList.sharedWord(in: question, names: Array(Set(matcher.index.entries.map(\.name))))
                    .flatMap({ word in unknown.map(NameKey.normalize) == word ? (kanji: word, reading: "") : nil }),
            // "which of the two gifu ones first?" ranks them instead (below).
            PlaceList.asksList(text)
                || (PlaceList.asksList(text, before: place)
                    && !PhraseLookup(text).has(
                        english: ["first", "priority", "prioritize", "prioritise", "compare", "sooner"], japanese: ["先", "優先", "比べ", "比較"])),
            (namedHere.isEmpty && names.names.isEmpty && (names.likely.count != 1 || names.suggestions.count > 1))
                || placeIsOneName(place),
            // "Kawamura Yuki のCの顧客": a rep's given name that is also a place (結城) names the rep.
            !repWords.contains(place.reading), !repWords.contains(place.kanji)
        {
            reading.settle(as: .segmentMembers, customers: [], followUp: false)
            reading.customerList = .place(kanji: place.kanji, reading: place.reading)
            reading.segments = segments
            reading.didYouMean = []
            reading.unknownName = nil
            reading.confidence = max(reading.confidence, 0.7)
        }
        // "the shipyards — list them with segment and rep", 「造船所の売上合計は？」, "show me the
        // hospitals": the customers whose names say that trade, listed, or the pool a total or
        // ranking is taken over.
        // Never a why-question, nor a question that only mentions the trade ("can you book me a hotel?").
        // 「ホテルの売上合計は？」 where ホテル starts two names: the word asked is the trade, not "which hotel?".
        let onlyTradeWord = { () -> Bool in
            guard let trade = PlaceList.trade(in: question), trade.word.contains(where: \.isJapanese) else { return false }
            let guesses = names.likely + names.suggestions
            return !guesses.isEmpty && guesses.allSatisfy { NameKey.normalize($0).contains(trade.word) }
        }
        if names.names.isEmpty, names.likely.isEmpty || onlyTradeWord(),
            reading.customers.isEmpty || (onlyTradeWord() && Set(reading.customers).isSubset(of: Set(names.likely + names.suggestions))),
            !asksWhy,
            !PhraseLookup(text).has(english: [], japanese: ["理由", "根拠"]),
            [.segmentMembers, .countAndShare].contains(reading.intent.kind)
                || (onlyTradeWord()
                    && (reading.customerList != nil || PlaceList.asksList(text) || CustomerListQuestion.detectAnew(text, namesRep: false) != nil))
                || ([.segmentAdvice, .method, .outOfScope, .help].contains(reading.intent.kind)
                    && (PlaceList.asksList(text)
                        || PhraseLookup(text).has(english: ["show", "list", "how many"], japanese: ["一覧", "何社", "見せて"]))),
            let trade = PlaceList.trade(in: question)
        {
            let all = Array(Set(matcher.index.entries.map(\.name)))
            let held = PlaceList.customers(ofTrade: trade.parts, in: all)
            // The list the line asks for, read again without the names its trade word suggested.
            if reading.customerList == nil, onlyTradeWord() { reading.customerList = CustomerListQuestion.detectAnew(text, namesRep: false) }
            switch reading.customerList {
            case .total?, .top?, .topScore?, .borderline?, .notSeenLately?, .atRisk?, .neverVisited?, .threshold?, .nearA?, .near?:
                // The pool a total or ranking is taken over; with no name saying the trade, the list says so.
                if !held.isEmpty {
                    reading.within = held.sorted()
                    reading.poolTrade = trade.word
                    reading.intent = .segmentMembers
                } else {
                    reading.settle(as: .segmentMembers, customers: [], followUp: false)
                    reading.customerList = .place(kanji: trade.word, reading: "")
                    reading.tradeParts = trade.parts
                }
            case .some:
                // Another list asked (the reps, a place, the visit log): left as it is.
                break
            case nil:
                reading.settle(as: .segmentMembers, customers: [], followUp: false)
                reading.customerList = .place(kanji: trade.word, reading: "")
                reading.tradeParts = trade.parts
                reading.segments = segments
                reading.unknownName = nil
                reading.didYouMean = []
                reading.hasOutOfScopeCue = false
            }
        }
        // 「焼津ってどう？」: that customer, and the others carrying the place in their names said first.
        if reading.customerList == nil, reading.intent == .explainCustomer, let place = PlaceList.place(in: question),
            placeIsOneName(place)
        {
            let others = PlaceList.customers(at: place, in: Array(Set(matcher.index.entries.map(\.name)))).filter { $0 != names.names[0] }
            reading.alsoNamedSo = .init(word: place.kanji, others: others.sorted())
        }
        // 「祇園フーズ株式会社 はどこ？」: a name with a legal form is a company the book lacks,
        // not a segment to ask back for.
        if reading.intent.kind.needsSegment, reading.segments.isEmpty, segments.isEmpty, reading.customers.isEmpty,
            names.names.isEmpty, names.suggestions.isEmpty, reading.customerList == nil, let unknown,
            CompanyAffixes.strip(NameKey.normalize(unknown).lowercased()) != NameKey.normalize(unknown).lowercased()
        {
            reading.intent = .explainCustomer
        }
        // "whats Sunrise Welding": a company's name and hardly anything else is a question
        // about that company, which the book lacks; said so rather than refused.
        if reading.intent == .outOfScope, !reading.hasOutOfScopeCue, reading.customers.isEmpty, reading.didYouMean.isEmpty,
            let unknown, unknown.split(separator: " ").count >= 2,
            prepared.words.count - unknown.split(separator: " ").count <= 2
        {
            reading.intent = .explainCustomer
        }
        // 「梅田阪急ホテルの区分は？」: the only out-of-scope word (ホテル) is inside a company's
        // name, so the question is about that company, which the book lacks.
        if reading.intent == .outOfScope, reading.hasOutOfScopeCue, reading.customers.isEmpty, reading.didYouMean.isEmpty,
            let unknown, unknown.contains(where: \.isJapanese), question.contains(unknown)
        {
            let rest = prepare(QuestionText(question.replacingOccurrences(of: unknown, with: "　")))
            if (scorer.score(rest).cues[.outOfScope] ?? 0) == 0 {
                reading.intent = .explainCustomer
                reading.hasOutOfScopeCue = false
            }
        }
        if reading.intent.kind.needsCustomer && reading.customers.isEmpty && reading.didYouMean.isEmpty {
            reading.unknownName = unknown
        }
        // "why isn't Helios in this week's plan?", 「なぜ山田工業は計画に入ってない？」:
        // the plan's reason for that customer, not its segment.
        if !names.names.isEmpty, [.explainCustomer, .weeklyPlan, .planCheck, .planReasons].contains(reading.intent.kind),
            Interpreter.asksWhy(text), PhraseLookup(text).has(english: Interpreter.inPlanWords.english, japanese: Interpreter.inPlanWords.japanese)
        {
            reading.intent = .planReasons
            reading.customers = names.names
            reading.isFollowUp = false
            reading.customerList = nil
            reading.confidence = max(reading.confidence, 0.7)
        }
        // "why is Blue Ridge on it?" right after a plan: whether it is in that
        // plan, and why (or why not), never only its segment.
        // A change in words to the plan ends in its check: "swap X for Y" next is still about that plan.
        let planShown = ([.weeklyPlan, .planReasons].contains(context.lastIntent?.kind) && !context.listed.isEmpty)
            || context.lastIntent?.kind == .planCheck && context.typedPlan == nil
        if planShown, names.names.count == 1, Interpreter.asksWhy(text),
            [.explainCustomer, .planReasons, .weeklyPlan].contains(reading.intent.kind),
            PhraseLookup(text).has(english: Interpreter.inItWords.english, japanese: Interpreter.inItWords.japanese)
        {
            reading.intent = .planReasons
            reading.customers = names.names
            reading.isFollowUp = false
            reading.customerList = nil
            // After a check of a typed plan nothing was listed: the plan is made again, not taken as empty.
            reading.within = context.listed.isEmpty ? nil : context.listed
        }
        // "is 水戸薬品 in it?", 「水戸薬品は入ってる？」 right after a plan: whether that
        // plan holds it, yes or no first, with its day or why it waits; never its segment alone.
        if planShown, !names.names.isEmpty, names.names.count <= 3, !Interpreter.asksWhy(text), Interpreter.asksWhetherIn(text),
            [.explainCustomer, .planReasons, .weeklyPlan, .segmentMembers].contains(reading.intent.kind)
        {
            reading.settle(as: .planReasons, customers: names.names, followUp: false)
            reading.within = context.listed.isEmpty ? nil : context.listed
            reading.asksWhetherInPlan = true
        }
        // "swap Blue Ridge for Quantum next week", 「AをBに入れ替えて」 after a plan:
        // what the plan shown holds of the two, before anything is changed.
        // One of the two may be a short form only one customer fits ("swap ashiya residence for izumi").
        let swapped = names.names.count == 2 ? names.names
            : names.names.count + names.likely.count == 2 && names.suggestions == names.likely
                ? names.inOrder(names.names + names.likely) : []
        if planShown, swapped.count == 2,
            PhraseLookup(text).has(english: Interpreter.swapWords.english, japanese: Interpreter.swapWords.japanese)
        {
            // "Y instead of X" names the one to put in first; 「Xの代わりにY」 names the one out first.
            let reversed = PhraseLookup(text).hasWords(["instead of"])
            reading.settle(as: .planReasons, customers: swapped, followUp: false)
            reading.takenAs = names.likely.first
            reading.didYouMean = []
            reading.swap = reversed ? (swapped[1], swapped[0]) : (swapped[0], swapped[1])
            reading.within = context.listed
        }
        // "ok what should I replace?", 「どれを入れ替えればいい？」 right after a typed plan was
        // checked: the changes that bring that plan in line.
        if context.lastIntent?.kind == .planCheck, let typed = context.typedPlan, names.names.isEmpty,
            PhraseLookup(text).has(english: Interpreter.changeWords.english, japanese: Interpreter.changeWords.japanese)
        {
            reading.settle(as: .planCheck, customers: [], followUp: true)
            reading.typedPlan = typed
            reading.asksChanges = true
        }
        // "ok do that, rebuild it", 「じゃあそれで組み直して」 right after a typed plan was
        // checked: the plan the method would make in its place (the session keeps its week and size).
        if context.lastIntent?.kind == .planCheck, context.typedPlan != nil, names.names.isEmpty,
            PhraseLookup(text).has(english: Interpreter.rebuildWords.english, japanese: Interpreter.rebuildWords.japanese)
        {
            reading.settle(as: .weeklyPlan, customers: [], followUp: true)
            reading.typedPlan = nil
            reading.asksChanges = false
        }
        // "swap one of them for minami denshi", 「どれか1つをミナミ電子に替えて」: that
        // customer in, the plan's size kept; the planner gives up its least needed visit.
        let single = names.names.count == 1 ? names.names
            : names.names.isEmpty && names.likely.count == 1 && names.suggestions == names.likely ? names.likely : []
        if planShown, swapped.isEmpty, single.count == 1,
            PhraseLookup(text).has(english: Interpreter.swapWords.english, japanese: Interpreter.swapWords.japanese),
            PhraseLookup(text).has(english: Interpreter.anyOneWords.english, japanese: Interpreter.anyOneWords.japanese)
        {
            reading.settle(as: .weeklyPlan, customers: single, followUp: true)
            reading.takenAs = names.likely.first
            reading.didYouMean = []
            reading.includesCustomers = true
            reading.number = reading.number ?? context.number
        }
        // "did that get logged?", 「ちゃんと記録された？」 after a visit was told,
        // "was my visit to Acme recorded?": that customer's visits on record.
        if PhraseLookup(text).has(english: Interpreter.loggedCheckWords.english, japanese: Interpreter.loggedCheckWords.japanese)
            || Interpreter.asksIfRecorded(text)
        {
            // Right after a report nothing was logged from: "no", and why.
            if let unlogged = context.unlogged, names.names.isEmpty {
                reading.intent = .segmentMembers
                reading.customerList = .visitLog
                reading.customers = []
                reading.notLogged = unlogged
                reading.isFollowUp = true
                reading.unknownName = nil
                reading.confidence = max(reading.confidence, 0.7)
                return reading
            }
            // "did you log those?" after several reports: every visit just logged.
            let recent = !context.logged.isEmpty ? context.logged : context.customers.count == 1 ? context.customers : []
            let about = names.names.isEmpty ? (unknown == nil ? recent : []) : names.names
            if !about.isEmpty || (names.suggestions.isEmpty && unknown == nil) {
                reading.intent = .segmentMembers
                reading.customerList = .visitLog
                reading.customers = about
                reading.isFollowUp = names.names.isEmpty && !about.isEmpty
                reading.progressWords = nil
                reading.unknownName = nil
                reading.confidence = max(reading.confidence, 0.7)
                return reading
            }
        }
        // "what's the difference between an A and a C customer?", 「BとCの違いは？」:
        // two segments set side by side, whatever else the words suggested.
        let distinct = segments.reduce(into: [Segment]()) { if !$0.contains($1) { $0.append($1) } }
        // 「Bのお客さんってなんで一番大事なんですか」, "why does B matter most?": the reason B
        // gets most of the time, not the list of B customers.
        if distinct == [.b], !namesSomeone, Interpreter.asksWhy(text),
            PhraseLookup(text).has(
                english: ["important", "matter", "matters", "priority", "most time", "focus"],
                japanese: ["大事", "重要", "優先", "重点", "大切", "力を入れ"])
        {
            reading.intent = .method(topic: "why-focus-b")
            reading.customerList = nil
            reading.customers = []
            reading.unknownName = nil
            reading.confidence = max(reading.confidence, 0.7)
            return reading
        }
        // "what's the biggest customer by sales?": a ranking by that figure, not why B gets the time
        // ("why not just visit my biggest customers?" is that article).
        if reading.intent == .method(topic: "why-focus-b"), !Interpreter.asksWhy(text), !namesSomeone,
            let metric = CustomerListQuestion.metricNamed(text),
            PhraseLookup(text).has(english: ["biggest", "largest", "top", "highest", "best"], japanese: ["一番", "最大", "トップ", "いちばん"])
        {
            reading.intent = .segmentMembers
            reading.customerList = .top(metric)
            reading.customers = []
            reading.unknownName = nil
            reading.confidence = max(reading.confidence, 0.7)
            return reading
        }
        // "total sales in A vs C?", 「AとCの売上合計は？」: the figure for each, not the two segments' articles.
        if distinct.count == 2, !namesSomeone, let metric = CustomerListQuestion.metricNamed(text),
            PhraseLookup(text).has(english: ["total", "sum", "how much"], japanese: ["合計", "トータル", "いくら"])
        {
            reading.intent = .segmentMembers
            reading.customerList = .total(metric, average: false)
            reading.segments = distinct
            reading.customers = []
            reading.unknownName = nil
            reading.confidence = max(reading.confidence, 0.7)
            return reading
        }
        // 「BとAどっちに時間使うべき？」, "should I spend more time on A or B?": which of the two
        // the week leans on, with the contrast behind it, not both lists.
        // "which A or B accounts haven't I seen?" asks for customers, not a verdict.
        let asksWhichGetsTime = distinct.count == 2 && !namesSomeone && reading.progress == nil
            && reading.customerList == nil && !reading.mentionsCustomers
            && PhraseLookup(text).has(english: Interpreter.timeChoiceWords.english, japanese: Interpreter.timeChoiceWords.japanese)
            && PhraseLookup(text).has(english: ["which", "or"], japanese: ["どっち", "どちら"])
            // "how should I split my time between A and B?" asks for the split, not a winner.
            && !PhraseLookup(text).has(
                english: ["split", "divide", "allocate", "balance", "how much"], japanese: ["配分", "割り振", "割合", "比率", "バランス", "どのくらい", "どれくらい", "何割"])
        if distinct.count == 2, !namesSomeone, reading.progress == nil, reading.intent != .outOfScope || !reading.hasOutOfScopeCue,
            asksWhichGetsTime
                || PhraseLookup(text).has(english: Interpreter.differenceWords.english, japanese: Interpreter.differenceWords.japanese)
        {
            reading.asksWhichGetsTime = asksWhichGetsTime
            reading.intent = .segmentAdvice
            reading.segments = distinct
            reading.contrast = (distinct[0], distinct[1])
            reading.customers = []
            reading.customerList = nil
            reading.isFollowUp = false
            reading.unknownName = nil
            reading.confidence = max(reading.confidence, 0.7)
        }
        // "compare Daniel and Priya", "how are Emily and Ken doing?": the reps' books side by side.
        // A count "then and now" is read from "compare … number of A": with two reps named it is the reps.
        let countsOverTime = { if case .counts = reading.progress { return true } else { return false } }()
        if reps.count >= 2, names.names.isEmpty, reading.progress == nil || countsOverTime,
            !reading.hasOutOfScopeCue || reading.intent != .outOfScope
        {
            let named = RepName.allNamed(in: question, reps: reps, customerNames: customerNames)
            if named.count >= 2 {
                reading.intent = .segmentMembers
                reading.customerList = .repBreakdown
                reading.reps = named
                reading.progress = nil
                reading.customers = []
                reading.didYouMean = []
                reading.unknownName = nil
                reading.isFollowUp = false
                reading.confidence = max(reading.confidence, 0.7)
                return reading
            }
        }
        let lookup = PhraseLookup(text)
        // 「新人です。何から始めればいいですか」, "I'm new, where do I start?": the method's
        // one page and the lesson, not a week's plan for the whole team.
        // About the tool itself ("…with this tool") it stays help; a plan asked for stays a plan.
        if names.names.isEmpty, unknown == nil, segments.isEmpty, reading.customerList == nil, reading.progress == nil,
            lookup.has(english: Interpreter.newcomerWords.english, japanese: Interpreter.newcomerWords.japanese),
            lookup.has(english: Interpreter.startWords.english, japanese: Interpreter.startWords.japanese),
            !lookup.has(
                english: ["tool", "app", "salescoach", "assistant", "command", "commands", "plan", "schedule", "visit"],
                japanese: ["ツール", "アプリ", "アシスタント", "コマンド", "計画", "予定", "訪問", "回れ", "回る"])
        {
            reading.intent = .method(topic: TopicCues.fallback)
            reading.asksLesson = true
            reading.asksStart = true
            reading.isFollowUp = false
            reading.topicIsFallback = false
            reading.confidence = max(reading.confidence, 0.7)
            return reading
        }
        let unplacedList = names.names.isEmpty && reading.customerList == nil && reading.progress == nil
        let generalKinds: Set<Intent.Kind> = [.outOfScope, .method, .help, .segmentAdvice, .segmentMembers]
        if unplacedList, generalKinds.contains(reading.intent.kind), lookup.has(english: Interpreter.lessonWords.english, japanese: Interpreter.lessonWords.japanese) {
            // "give me a quick lesson", 「基本を教えて」: the overview (or the segment
            // named), and how to start the lesson with its quiz.
            reading.intent = .method(topic: segments.first.map(TopicCues.segmentTopic) ?? TopicCues.fallback)
            reading.asksLesson = true
            reading.unknownName = nil
        } else if unplacedList, unknown == nil, segments.isEmpty, generalKinds.contains(reading.intent.kind),
            lookup.has(english: Interpreter.methodWorksWords.english, japanese: Interpreter.methodWorksWords.japanese),
            // "how does it work?" asks how the method goes, not whether it pays.
            !lookup.has(english: ["how does", "how do", "how will", "how would"], japanese: [])
        {
            // "does this method actually work?", 「この方法を使うと売上が本当に上がるの？」:
            // why the time in B pays, with the C trap beside it.
            reading.intent = .method(topic: "why-focus-b")
        }
        // "what's the difference between objective evaluation and transaction
        // record?", 「客観的評価と取り引き実績ってなに？」: both axes side by side, not one of them.
        let topicIDs = Set(scores.topics.map(\.topic))
        if !namesSomeone, topicIDs.isSuperset(of: ["axis-objective", "axis-record"]),
            lookup.has(english: Interpreter.differenceWords.english, japanese: Interpreter.differenceWords.japanese)
                // 「用語がわからん。客観的評価とか取り引き実績ってなに」 asks for the glossary.
                || (reading.intent.kind == .method && reading.intent != .method(topic: "glossary") && reading.customerList == nil
                    && reading.segments.isEmpty)
        {
            reading.intent = .method(topic: "axis-objective")
            reading.contrastsAxes = true
            reading.customerList = nil
            reading.segments = []
            reading.contrast = nil
        }
        reading.asksComfort = CustomerListQuestion.asksComfort(text)
        reading.asksWhose = lookup.has(english: Interpreter.whoseWords.english, japanese: Interpreter.whoseWords.japanese)
        // "how much of our profit comes from C customers?": the share of that figure, not of sales.
        if reading.intent == .countAndShare, reading.askedMetrics.isEmpty { reading.askedMetrics = CustomerListQuestion.metricsNamed(text) }
        // "why should I spend most of my time on B and not C?", 「なぜBに時間をかけるべきなの？」:
        // the method's reason for B, not the lists of B and C.
        if names.names.isEmpty, reading.segments.contains(.b), reading.customerList == nil,
            [.segmentMembers, .segmentAdvice, .countAndShare].contains(reading.intent.kind), Interpreter.asksWhy(text),
            PhraseLookup(text).has(
                english: ["time", "focus", "spend", "visits", "effort", "priority", "prioritize", "prioritise"],
                japanese: ["時間", "注力", "重点", "優先", "力を入れ", "訪問"])
        {
            reading.intent = .method(topic: "why-focus-b")
            reading.segments = []
        }
        // "why is it bad to spend too much time on C?", 「Cに時間をかけすぎるとなぜダメ？」:
        // the reason, the C trap, not a check of whose visits lean on C.
        if reading.asksComfort, names.names.isEmpty, reps.isEmpty || RepName.named(in: question, reps: reps) == nil,
            [.planCheck, .segmentAdvice, .segmentMembers].contains(reading.intent.kind), Interpreter.asksWhy(text),
            !PhraseLookup(text).has(english: ["my plan", "this week", "my visits", "am i"], japanese: ["計画", "今週", "私"])
        {
            reading.intent = .method(topic: "c-trap")
            reading.asksComfort = false
            reading.customerList = nil
            reading.segments = []
        }
        // "why shouldn't I spend my week on C customers?", "why shouldn't I just visit my C
        // customers, they like me": the C trap, not the C list.
        if names.names.isEmpty, reading.segments == [.c], Interpreter.asksWhy(text),
            [.segmentMembers, .segmentAdvice, .countAndShare, .planCheck].contains(reading.intent.kind),
            PhraseLookup(text).has(
                english: ["shouldn't", "shouldnt", "should not", "not", "bad", "wrong", "can't", "cant"],
                japanese: ["ダメ", "だめ", "いけない", "よくない", "良くない", "しない方", "しないほう"])
        {
            reading.intent = .method(topic: "c-trap")
            reading.asksComfort = false
            reading.customerList = nil
            reading.segments = []
        }
        // "where am I wasting time?": the check of the week against the C trap,
        // not "which segment?".
        if reading.asksComfort, names.names.isEmpty, reading.customerList == nil, reading.progress == nil,
            (reading.intent.kind.needsSegment && reading.segments.isEmpty) || (reading.intent == .outOfScope && !reading.hasOutOfScopeCue)
        {
            reading.intent = .planCheck
            reading.confidence = max(reading.confidence, 0.7)
        }
        reading.asksSum = PhraseLookup(text).has(
            english: ["total", "sum", "combined", "together", "add up", "adds up"], japanese: ["合計", "合わせて", "足すと", "トータル"])
        // 「上位3社の合計は？」 right after a ranking: the same ranking, that many, added up.
        if names.names.isEmpty, names.suggestions.isEmpty, reading.asksSum, number != nil, segments.isEmpty,
            context.list?.isRanking == true, reading.customerList == nil || reading.customerList == context.list
        {
            reading.intent = .segmentMembers
            reading.customerList = context.list
            reading.segments = context.segments
            reading.number = number
            reading.isFollowUp = true
            reading.confidence = max(reading.confidence, 0.7)
            return reading
        }
        // "top 5 customers by sales" then "only A ones", 「Aだけ」: the same ranking, of that
        // segment; then "make it 3", 「3社にして」: the same ranking, that many.
        let recount = number != nil && segments.isEmpty && text.words(joiningApostrophes: true).count <= 4
            // 「5件にして」 after a ranking is five companies; visits and plans are the plan's.
            && !PhraseLookup(text).has(english: ["visit", "visits", "plan"], japanese: ["訪問", "計画"])
        if names.names.isEmpty, names.suggestions.isEmpty, !segments.isEmpty || recount, context.list?.isRanking == true,
            reading.customerList == nil, reading.progress == nil,
            recount || [.segmentMembers, .countAndShare, .segmentAdvice].contains(reading.intent.kind),
            recount || PhraseLookup(text).has(english: ["only", "just", "ones"], japanese: ["だけ", "のみ"])
                || Interpreter.startsWithLeadIn(text)
        {
            reading.intent = .segmentMembers
            reading.customerList = context.list
            reading.segments = recount ? context.segments : segments
            reading.number = number ?? context.number
            reading.isFollowUp = true
            reading.confidence = max(reading.confidence, 0.7)
            return reading
        }
        // "which one of those is the best", 「じゃあその中で一番は？」 right after a segment's
        // list, naming no figure: the list is already in the method's order (B by
        // upside, A by our sales), so its first customer, shown in full.
        let refersToListed = PhraseLookup(text).has(english: Interpreter.listedWords.english, japanese: Interpreter.listedWords.japanese)
            || Interpreter.startsWithLeadIn(text)
        // After a ranking ("top 5 by sales"), its first is the top one of the figure it ranked by.
        if names.names.isEmpty, names.suggestions.isEmpty, context.listed.count >= 2,
            (context.list == nil && !context.segments.isEmpty) || context.list?.isRanking == true,
            refersToListed, CustomerListQuestion.metricNamed(text) == nil,
            !CustomerListQuestion.mentionsCompanies(text), !CustomerListQuestion.asksLowest(text),
            // "which of those matters most?" asks for the visiting order, below.
            context.list?.isRanking == true
                || !PhraseLookup(text).has(english: Interpreter.mattersMostWords.english, japanese: Interpreter.mattersMostWords.japanese),
            PhraseLookup(text).has(
                english: ["best", "top", "number one", "most promising", "first", "the one"],
                japanese: ["一番", "いちばん", "トップ", "ベスト", "最も", "最有力"])
        {
            reading.intent = .explainCustomer
            reading.customers = [context.listed[0]]
            reading.firstOfListed = true
            reading.segments = []
            reading.customerList = nil
            reading.unknownName = nil
            reading.isFollowUp = true
            reading.confidence = max(reading.confidence, 0.7)
            return reading
        }
        // "which one has the higher profit?", 「どっちが売上大きい？」 right after two customers
        // were compared: those two, ranked by that figure (it was "which segment?").
        let comparedTwo = context.lastIntent?.kind == .compare && context.customers.count == 2 ? context.customers
            : context.list?.isRanking == true && context.listed.count == 2 ? context.listed : []
        if names.names.isEmpty, names.suggestions.isEmpty, comparedTwo.count == 2,
            PhraseLookup(text).has(
                english: ["which", "who"], japanese: ["どっち", "どちら", "どの", "どこ", "誰", "だれ"]),
            CustomerListQuestion.asksLowest(text) || CustomerListQuestion.asksHighest(text)
                || PhraseLookup(text).has(english: ["higher", "bigger", "larger", "more", "better"], japanese: ["大きい", "多い", "高い", "上"]),
            case let metric = CustomerListQuestion.metricNamed(text)
                ?? (CustomerListQuestion.mentionsCompanies(text) ? .companyRevenue : nil),
            metric != nil || PhraseLookup(text).has(english: ["bigger", "larger", "smaller"], japanese: ["大きい", "小さい"])
        {
            reading.settleRanking(
                metric ?? .companyRevenue, within: comparedTwo,
                lowest: CustomerListQuestion.asksLowest(text)
                    || PhraseLookup(text).has(english: ["lower", "smaller", "less", "fewer"], japanese: ["小さい", "少ない", "低い"]))
            return reading
        }
        // "which deserves the visit first?", 「どっちを先に行くべき？」 right after two customers
        // were compared: those two again, which comes first — not the week's plan.
        if names.names.isEmpty, names.suggestions.isEmpty, context.lastIntent?.kind == .compare, context.customers.count == 2,
            segments.isEmpty,
            PhraseLookup(text).has(english: ["which", "who"], japanese: ["どっち", "どちら"]),
            PhraseLookup(text).has(
                english: ["first", "priority", "prioritize", "deserves", "sooner", "before"], japanese: ["先", "優先", "最初"])
        {
            reading.intent = .compare
            reading.customers = context.customers
            reading.customerList = nil
            reading.unknownName = nil
            reading.isFollowUp = true
            reading.confidence = max(reading.confidence, 0.7)
            return reading
        }
        // "which of those has the most sales?", 「その中で一番大きい会社は？」, "and
        // the smallest?" right after a list: those customers, ranked.
        if names.names.isEmpty, names.suggestions.isEmpty, context.listed.count >= 2,
            let ranking = Interpreter.rankingOfListed(text, context: context)
        {
            reading.settleRanking(ranking.metric, within: context.listed, lowest: ranking.lowest)
        } else if case .top = reading.customerList, CustomerListQuestion.asksLowest(text) {
            reading.lowestFirst = true
        } else if names.names.isEmpty, context.listed.count >= 2, let goal = CustomerListQuestion.detect(text)?.nearGoal,
            PhraseLookup(text).has(english: Interpreter.listedWords.english, japanese: Interpreter.listedWords.japanese)
        {
            // 「その中でBになりそうなのは？」 after the borderline list: which of those are one
            // step from B (an A that could slip, a D that could rise), not which are B now.
            reading.intent = .segmentMembers
            reading.customerList = goal == .a ? .nearA : .near(from: .d, to: goal)
            reading.segments = [goal]
            reading.within = context.listed
            reading.isFollowUp = true
            reading.confidence = max(reading.confidence, 0.7)
        } else if names.names.isEmpty, names.suggestions.isEmpty, context.listed.count >= 2, !segments.isEmpty,
            [.segmentMembers, .segmentAdvice, .countAndShare].contains(reading.intent.kind), reading.customerList == nil,
            reading.progress == nil, reading.contrast == nil,
            PhraseLookup(text).has(english: Interpreter.listedWords.english, japanese: Interpreter.listedWords.japanese)
        {
            // 「その中でAはどれ？」, "which of those are B?" right after a list: those
            // customers in that segment, not the whole book's.
            reading.intent = .segmentMembers
            reading.segments = segments
            reading.within = context.listed
            reading.isFollowUp = true
            reading.confidence = max(reading.confidence, 0.7)
        }
        // "which of those matters most?", 「その中で一番大事なのは？」 right after a list:
        // those customers in the order to visit them, never the whole book by sales.
        // 「じゃあ一番優先すべきなのはどこ？」 after a plan: a lead-in refers to the list as "of those" does.
        if names.names.isEmpty, names.likely.isEmpty, context.listed.count >= 2,
            PhraseLookup(text).has(english: Interpreter.listedWords.english, japanese: Interpreter.listedWords.japanese)
                || Interpreter.startsWithLeadIn(text),
            PhraseLookup(text).has(english: Interpreter.mattersMostWords.english, japanese: Interpreter.mattersMostWords.japanese)
        {
            reading.settle(as: .compare, customers: context.listed, followUp: true)
            reading.segments = []
            reading.within = nil
            reading.progress = nil
            reading.contrast = nil
            reading.unknownName = nil
            reading.lowestFirst = false
        }
        // "plan for the whole team", 「担当者ごとの今週の計画は？」: each rep's week, not the
        // reps' counts and not one rep's week spread over the team.
        let teamLookup = PhraseLookup(text)
        if [.weeklyPlan, .segmentMembers].contains(reading.intent.kind), reading.typedPlan == nil, reading.customers.isEmpty,
            reading.intent == .weeklyPlan || reading.customerList == .repBreakdown,
            teamLookup.has(english: Interpreter.teamPlanWords.english, japanese: Interpreter.teamPlanWords.japanese),
            reading.intent == .weeklyPlan
                || teamLookup.has(english: ["plan", "plans", "schedule", "schedules", "itinerary"], japanese: ["計画", "予定", "プラン", "スケジュール"])
        {
            reading.settle(as: .weeklyPlan, customers: [], followUp: false)
            reading.asksHelp = false
            reading.asksTeamPlan = true
        }
        // 「AとかBとかって何？」, "what are A and B?": the idea of several segments is
        // the method's one page, which sets them side by side, not the first one's article.
        if case .method(let topic) = reading.intent, topic.hasPrefix("segment-"), Set(reading.segments).count >= 2 {
            reading.intent = .method(topic: "method-overview")
        }
        return reading
    }

    /// The metric and direction of a question that ranks the customers just
    /// listed: it refers to them ("of those", 「その中で」) or goes on from them
    /// ("and the smallest?"), and asks for a superlative. The metric is the
    /// one named, else a company's size for "company", else the last ranking's.
    static func rankingOfListed(_ text: QuestionText, context: ConversationContext) -> (metric: Metric, lowest: Bool)? {
        let lookup = PhraseLookup(text)
        let refers = lookup.has(english: listedWords.english, japanese: listedWords.japanese)
        guard refers || startsWithLeadIn(text) else { return nil }
        let lowest = CustomerListQuestion.asksLowest(text)
        guard lowest || CustomerListQuestion.asksHighest(text) else { return nil }
        var previous: Metric? = nil
        if case .top(let metric) = context.list { previous = metric }
        let metric = CustomerListQuestion.metricNamed(text)
            ?? (CustomerListQuestion.mentionsCompanies(text) ? .companyRevenue : nil) ?? previous ?? .sales
        return (metric, lowest)
    }

    /// Whether the line opens as one that goes on from the last answer
    /// ("what about …", "and …", 「じゃあ…」).
    static func startsWithLeadIn(_ text: QuestionText) -> Bool {
        let start = String(text.chars.prefix(12))
        return Understanding.standard.phrases("follow-up-lead-ins").contains { phrase in
            phrase.first?.isASCII == true ? start.hasPrefix(phrase + " ") || start == phrase : start.hasPrefix(phrase)
        }
    }

    static let tooOftenWords = (
        english: Understanding.standard.phrases("too-often-en"), japanese: Understanding.standard.phrases("too-often-ja"))

    /// "is X in it?", "are X and Y on the list?", 「Xは入ってる？」: asking whether,
    /// not asking to put it in (「Xを入れて」) or why.
    static func asksWhetherIn(_ text: QuestionText) -> Bool {
        let lookup = PhraseLookup(text)
        let words = text.words(joiningApostrophes: true).map { $0.text.lowercased() }
        if let first = words.first, ["is", "are", "isn't", "isnt", "aren't", "arent", "did", "does", "was"].contains(first) {
            return lookup.has(english: Interpreter.inItWords.english + ["make it", "made it", "make the cut", "include", "includes"], japanese: [])
        }
        return lookup.has(
            english: [],
            japanese: ["入ってる", "入っている", "入ってます", "入っていま", "入ってない", "入っていない", "含まれてる", "含まれている", "含まれてます", "含まれていま", "入ってる？", "入った？"])
    }

    static let inItWords = (
        english: Understanding.standard.phrases("in-plan-en") + Understanding.standard.phrases("in-it-en"),
        japanese: Understanding.standard.phrases("in-plan-ja") + Understanding.standard.phrases("in-it-ja"))

    /// "which first", 「どっちが優先」 about a group named by what its members share
    /// ("the two", 「2社」, 「両方」): a ranking of that group, not "did you mean".
    static func asksWhichOfSeveral(_ text: QuestionText) -> Bool {
        let lookup = PhraseLookup(text)
        let which = lookup.has(
            english: ["which", "who first", "compare", "prioritize", "prioritise", "priority", "rank"],
            japanese: ["どっち", "どちら", "どれ", "どこ", "優先", "比べ", "比較", "順番"])
        let group = lookup.has(
            english: ["both", "the two", "two", "three", "ones", "all"],
            japanese: ["2社", "二社", "3社", "三社", "両社", "両方", "全部", "どっち", "どちら"])
        return which && group
    }

    static let teamPlanWords = (
        english: Understanding.standard.phrases("team-plan-en"), japanese: Understanding.standard.phrases("team-plan-ja"))

    static let mattersMostWords = (
        english: Understanding.standard.phrases("matters-most-en"), japanese: Understanding.standard.phrases("matters-most-ja"))

    static let swapWords = (
        english: Understanding.standard.phrases("swap-en"), japanese: Understanding.standard.phrases("swap-ja"))

    static let anyOneWords = (
        english: Understanding.standard.phrases("any-one-en"), japanese: Understanding.standard.phrases("any-one-ja"))

    /// "profit margin", 「粗利率」, and not the borderline's margin round the cut.
    static func asksMargin(_ text: QuestionText) -> Bool {
        let lookup = PhraseLookup(text)
        return lookup.has(
            english: ["margin", "margins", "profit margin", "gross margin", "margin rate", "profitability", "profit rate"],
            japanese: ["粗利率", "利益率", "マージン", "利幅", "粗利益率"])
            && !lookup.has(english: ["borderline", "cut", "cutoff", "cut-off", "border"], japanese: ["境界", "ボーダー", "基準線"])
    }

    /// "I'm new", 「新人です」: who is asking, for `asksStart`.
    static let newcomerWords = (
        english: ["i'm new", "im new", "i am new", "new hire", "new here", "just joined", "just started", "first week", "new to this job"],
        japanese: ["新人", "新入社員", "入社したばかり", "入ったばかり", "配属されたばかり", "異動してきたばかり", "初めての営業"]
    )
    /// "where do I start?", 「何から始めれば」: asking for the first step.
    static let startWords = (
        english: ["where do i start", "where should i start", "where to start", "what do i do first", "what should i do first",
                  "how do i start", "where do i begin", "how do i begin", "first step", "first steps", "get started", "start"],
        japanese: ["何から", "どこから", "まず何", "最初に何", "始めれば", "始めたら", "始めるには", "最初の一歩"]
    )
    static let lessonWords = (
        english: Understanding.standard.phrases("lesson-en"), japanese: Understanding.standard.phrases("lesson-ja"))

    static let methodWorksWords = (
        english: Understanding.standard.phrases("method-works-en"), japanese: Understanding.standard.phrases("method-works-ja"))

    /// 「どうしたらAになる？」 after one customer (`[phrases become-segment-…]`).
    static let becomeSegmentWords = (
        english: Understanding.standard.phrases("become-segment-en"), japanese: Understanding.standard.phrases("become-segment-ja"))
    static let listedWords = (
        english: Understanding.standard.phrases("listed-en"), japanese: Understanding.standard.phrases("listed-ja"))

    /// "why", 「なぜ」, 「なんで」, 「どうして」 anywhere in the question.
    static func asksWhy(_ text: QuestionText) -> Bool {
        PhraseLookup(text).has(english: ["why", "how come"], japanese: whyJapaneseWords)
    }

    /// A question of a few words ("why B?", 「なぜBなの？」): short enough to lean on what was just said.
    static func isShort(_ text: QuestionText) -> Bool {
        let words = text.words(joiningApostrophes: true).count
        let japanese = text.chars.filter(\.isJapanese).count
        return words <= 4 && japanese <= 8
    }

    /// A Japanese question with no subject of its own (「月2回行ってるけど多すぎ？」):
    /// it leans on what was just said. English always names one ("it", "them").
    static func omitsSubject(_ text: QuestionText) -> Bool {
        let compact = String(text.chars)
        return compact.contains(where: \.isJapanese) && !Interpreter.generalSubjectsJapanese.contains { compact.contains($0) }
    }

    static let generalSubjectsJapanese = Understanding.standard.phrases("general-subjects-ja")
    /// `[phrases customer-advice-en]`, `[phrases customer-advice-ja]`: what to do about the customer just discussed.
    static let customerAdviceEnglish = Understanding.standard.phrases("customer-advice-en")
    static let customerAdviceJapanese = Understanding.standard.phrases("customer-advice-ja")

    static let whyJapaneseWords = Understanding.standard.phrases("why-ja")

    /// "was my visit to Vertex recorded?", "has the Acme visit been logged?":
    /// a yes/no question that ends on the past participle.
    static func asksIfRecorded(_ text: QuestionText) -> Bool {
        let words = text.words(joiningApostrophes: true).map { $0.text.lowercased() }
        guard let first = words.first, ["was", "were", "did", "is", "has", "have"].contains(first),
            let last = words.last, ["recorded", "logged", "saved"].contains(last)
        else { return false }
        return words.contains { $0 == "visit" || $0 == "visits" }
    }

    static let inPlanWords = (
        english: Understanding.standard.phrases("in-plan-en"), japanese: Understanding.standard.phrases("in-plan-ja"))

    static let rebuildWords = (
        english: Understanding.standard.phrases("plan-rebuild-en"), japanese: Understanding.standard.phrases("plan-rebuild-ja"))

    static let changeWords = (
        english: Understanding.standard.phrases("plan-changes-en"), japanese: Understanding.standard.phrases("plan-changes-ja"))

    static let loggedCheckWords = (
        english: Understanding.standard.phrases("logged-check-en"), japanese: Understanding.standard.phrases("logged-check-ja"))

    static let whoseWords = (english: Understanding.standard.phrases("whose-en"), japanese: Understanding.standard.phrases("whose-ja"))

    /// `[phrases time-choice-en]`, `[phrases time-choice-ja]`: spending the week's time or effort on something.
    static let timeChoiceWords = (
        english: Understanding.standard.phrases("time-choice-en"), japanese: Understanding.standard.phrases("time-choice-ja"))

    static let differenceWords = (
        english: Understanding.standard.phrases("segment-difference-en"),
        japanese: Understanding.standard.phrases("segment-difference-ja"))

    /// The question without spaces and punctuation: a one-word request ("plan", 「予定」).
    static func bare(_ text: QuestionText) -> String {
        String(text.chars.filter { !$0.isWhitespace && !$0.isPunctuation && $0 != "?" && $0 != "？" })
    }

    /// What the learnt scorer sees in a question, from what `interpret` has found.
    static func classifierFeatures(
        cues: IntentScorer.Scores, ngrams: [String], customers: Int, segments: Int, unknownName: Bool, request: Intent.Kind?,
        unfamiliar: Bool
    ) -> IntentClassifier.Features {
        var features: IntentClassifier.Features = []
        for kind in Intent.Kind.allCases {
            if let score = cues.cues[kind], score != 0 { features.append(("cue:" + kind.rawValue, score / 3)) }
        }
        if let best = cues.topics.first { features.append(("topic", best.weight / 4)) }
        features.append(("customers:\(min(customers, 2))", 1))
        features.append((segments > 0 ? "segment" : "no-segment", 1))
        if unknownName && customers == 0 { features.append(("unknown-name", 1)) }
        if let request { features.append(("request:" + request.rawValue, 1)) }
        if unfamiliar { features.append(("unfamiliar", 1)) }
        for gram in Set(ngrams).sorted() { features.append((gram, 1)) }
        return features
    }

    /// A question mostly of words no tune question used — two English words or
    /// five Japanese character pairs — and no clear cue phrase saying what it asks:
    /// it is likely about something the method does not cover.
    static func isUnfamiliar(
        _ ngrams: [String], cues: IntentScorer.Scores, understanding: Understanding, known: (String) -> Bool
    ) -> Bool {
        let strongestCue = cues.cues.filter { $0.key != .outOfScope }.values.max() ?? 0
        guard strongestCue < understanding.setting(.unfamiliarCueLimit) else { return false }
        var english = 0
        var japanese = 0
        for gram in Set(ngrams) where IntentFeatures.canBeNew(gram) && !known(gram) {
            if gram.hasPrefix("w:") { english += 1 } else { japanese += 1 }
        }
        return Double(english) >= understanding.setting(.unfamiliarWords) || Double(japanese) >= understanding.setting(.unfamiliarPairs)
    }

    /// The learnt scorer fitted to `questions` (those asked on their own). A
    /// question's unfamiliar words are counted against the other tune files,
    /// as a new question's are against all of them, so the model learns what
    /// unfamiliar wording says.
    static func classifier(
        learning questions: [LabeledQuestion], scorer: IntentScorer, vocabulary: Vocabulary, understanding: Understanding,
        fitting: IntentClassifier.Fitting = IntentClassifier.Fitting()
    ) -> IntentClassifier {
        let standalone = questions.filter { $0.previous == nil }
        let matcher = CustomerMatcher(index: NameIndex(names: Set(standalone.flatMap { $0.customers + $0.suggestions }).sorted()))
        let splits = Array(Set(standalone.map(\.split))).sorted()
        struct Seen {
            let kind: Intent.Kind
            let split: Int
            let cues: IntentScorer.Scores
            let ngrams: [String]
            let customers: Int
            let segments: Int
            let unknown: Bool
            let request: Intent.Kind?
        }
        let seen = standalone.map { question -> Seen in
            let text = QuestionText(question.question)
            let names = matcher.match(text)
            let masked = text.masking(names.spans)
            let prepared = prepare(masked, vocabulary: vocabulary)
            let segments = SegmentRecognizer.segments(in: masked, prepared: prepared)
            let unknown = names.names.isEmpty && names.suggestions.isEmpty && unknownName(in: text, masked: masked) != nil
            let customers = names.names.count + min(names.suggestions.count, 1)
            return Seen(
                kind: question.intent, split: splits.firstIndex(of: question.split)!,
                cues: scorer.score(prepared),
                ngrams: IntentFeatures.extract(prepared, segments: segments), customers: customers, segments: segments.count,
                unknown: unknown, request: understanding.requests[bare(text)])
        }
        var splitsOf: [String: Set<Int>] = [:]
        for example in seen {
            for gram in example.ngrams where IntentFeatures.canBeNew(gram) { splitsOf[gram, default: []].insert(example.split) }
        }
        return IntentClassifier(examples: seen.map { example in
            let unfamiliar = isUnfamiliar(example.ngrams, cues: example.cues, understanding: understanding) { gram in
                guard let found = splitsOf[gram] else { return false }
                return found.count > 1 || !found.contains(example.split)
            }
            return (example.kind, classifierFeatures(
                cues: example.cues, ngrams: example.ngrams, customers: example.customers, segments: example.segments,
                unknownName: example.unknown, request: example.request, unfamiliar: unfamiliar))
        }, fitting: fitting)
    }

    /// Stemmed, typo-corrected words and the compact characters of the masked question.
    func prepare(_ masked: QuestionText) -> PreparedQuestion {
        Interpreter.prepare(masked, vocabulary: vocabulary)
    }

    static func prepare(_ masked: QuestionText, vocabulary: Vocabulary) -> PreparedQuestion {
        let words = masked.asciiWords.flatMap { word -> [String] in
            // "what's a C customer" asks "what is": keep the verb the contraction hid.
            if let expanded = vocabulary.contractions[word.text] { return expanded }
            return [vocabulary.corrected(Stemmer.stem(word.text))]
        }
        return PreparedQuestion(words: words, compact: masked.compact.chars)
    }

    private func decide(
        _ scores: IntentScorer.Scores, language: Language, names: NameMatches, segments: [Segment], number: Int?,
        canNameCustomer: Bool
    ) -> Interpretation {
        // An intent about a customer cannot be what a question means when it
        // names none and none was just discussed ("why did the check warn
        // me?"); advice needs a segment. The scorer's next choice is read instead.
        let ranked = scores.ranked.filter { candidate in
            (canNameCustomer || !candidate.kind.needsCustomer) && (!segments.isEmpty || candidate.kind != .segmentAdvice)
        }
        let best = ranked[0]
        var kind = best.kind
        let inScopeBest = ranked.first { $0.kind != .outOfScope }?.probability ?? 0
        let minimum = understanding.setting(.minimumProbability)
        if inScopeBest < minimum { kind = .outOfScope }
        // A near-miss customer name makes a customer question likely even without a match.
        if kind == .outOfScope, !names.suggestions.isEmpty, (scores.cues[.outOfScope] ?? 0) == 0 {
            kind = .explainCustomer
        }
        let confidence = kind == best.kind ? best.probability : 0
        let alternatives = ranked.filter {
            $0.kind != kind && $0.kind != .outOfScope && $0.probability >= max(minimum - 0.05, best.probability - 0.15)
        }.prefix(2).map(\.kind)
        let intent = Interpreter.intent(kind, scores: scores, segments: segments)
        var reading = Interpretation(
            intent: intent, language: language, customers: names.names, segments: segments, number: number,
            confidence: confidence, alternatives: Array(alternatives), didYouMean: names.suggestions)
        reading.hasOutOfScopeCue = (scores.cues[.outOfScope] ?? 0) > 0
        reading.topicIsFallback = kind == .method && scores.topics.isEmpty && segments.isEmpty
        return reading
    }

    /// The intent with its details: the method's topic, the target segment.
    static func intent(_ kind: Intent.Kind, scores: IntentScorer.Scores, segments: [Segment]) -> Intent {
        switch kind {
        case .weeklyPlan: return .weeklyPlan
        case .planReasons: return .planReasons
        case .explainCustomer: return .explainCustomer
        case .segmentMembers: return .segmentMembers
        case .segmentAdvice: return .segmentAdvice
        case .countAndShare: return .countAndShare
        case .planCheck: return .planCheck
        case .compare: return .compare
        case .help: return .help
        case .outOfScope: return .outOfScope
        case .whatWouldItTake: return .whatWouldItTake(target: segments.last)
        case .method:
            let topic = scores.topics.first?.topic
            // "this A/B/C/D thing" is the method as a whole, not one segment.
            if segments.count >= 3, topic == nil || topic == TopicCues.fallback { return .method(topic: TopicCues.fallback) }
            // 「AとかBとかって何の分類？」: two letters asked about as a classification, the overview too.
            if segments.count >= 2, topic == TopicCues.fallback { return .method(topic: TopicCues.fallback) }
            if let segment = segments.first, topic == nil || topic == TopicCues.fallback {
                return .method(topic: TopicCues.segmentTopic(segment))
            }
            return .method(topic: topic ?? TopicCues.fallback)
        }
    }

    /// Words that look like a name the book does not have: capitalised Latin
    /// words the tables do not know ("Tanaka Shoji"), or the kanji and katakana
    /// a Japanese question opens with, before a particle, when they are no cue
    /// phrase ("鈴木商店はなぜC？").
    /// The question with everyday words mistyped put right (`[typos]`): "whcih
    /// rep has the most C accounts" is read, by every rule, as "which".
    static func correctingTypos(_ question: String) -> String {
        let typos = Understanding.standard.typos
        guard !typos.isEmpty, question.contains(where: { $0.isASCII && $0.isLetter }) else { return question }
        return question.replacing(InterpreterPattern.latinWord) { match in typos[match.output.lowercased()] ?? String(match.output) }
    }

    /// How a question asks after one company as a customer ("how is X doing",
    /// 「Xってうちの客？」): with a company the book lacks, the answer is that it is not in the list.
    static let companyStatusWords = (
        english: [
            "how is", "hows", "doing", "what about", "how about", "tell me about", "status", "info on", "anything on", "show me",
            "the deal with", "whats up with", "going on with",
            "look up", "pull up", "last visit", "last visited", "last seen",
        ],
        japanese: ["の状況", "はどう", "ってどう", "について", "の情報", "最終訪問", "訪問日", "最後に訪問", "いつ訪問"]
    )

    /// Whether a company is a customer at all ("is X one of ours?", 「Xってうちの客？」).
    static let membershipWords = (
        english: [
            "one of ours", "one of our", "our customer", "our customers", "a customer", "a client", "our client",
            "buy from us", "buys from us", "buying from us", "bought from us", "do business with", "doing business with",
            "our clients", "do we have", "do we sell", "in my list", "in our list", "on my list", "in my book", "in the list",
            "rep for", "whose customer", "whose account", "who handles", "who owns", "one of mine", "mine",
        ],
        japanese: [
            "うちの客", "うちの顧客", "うちのお客", "の顧客", "取引先", "って客", "ってお客", "はお客", "は客", "は顧客", "の担当ですか",
            "さんの担当", "の担当者", "の担当は", "担当にいます", "担当にいる", "担当先にいます", "リストにあります", "リストにいます", "リストにある", "ってある", "ってあります",
            "はある？", "はありますか",
        ]
    )

    static func unknownName(in text: QuestionText, masked: QuestionText, ignoring repWords: Set<String> = []) -> String? {
        let common = AssistantLexicon.commonWords
        var run: [String] = []
        var best: [String] = []
        for word in masked.asciiWords {
            let original = String(text.chars[word.range])
            // A capitalised everyday word inside a name goes on with it ("Tokyo Box Co"); it never starts one.
            let everyday = common.contains(word.text) || common.contains(Stemmer.stem(word.text))
            if word.capitalized && word.text.count >= 2 && (!everyday || !run.isEmpty) && !repWords.contains(word.text) {
                // 「ABCフーズの担当者」: the letters as typed, and the Japanese that goes on from them.
                let allCaps = word.range.allSatisfy { text.upper[$0] || !text.chars[$0].isLetter }
                var spelled = allCaps ? original.uppercased() : original.prefix(1).uppercased() + original.dropFirst()
                var end = word.range.upperBound
                while end < text.chars.count, text.chars[end].isJapanese, !Interpreter.isHiragana(text.chars[end]) {
                    spelled.append(text.chars[end])
                    end += 1
                }
                run.append(spelled)
            } else {
                if run.count > best.count { best = run }
                run = []
            }
        }
        if run.count > best.count { best = run }
        if !best.isEmpty { return best.joined(separator: " ") }
        if let named = placeLedName(masked.asciiWords.map(\.text), ignoring: repWords) { return named }
        // 「じゃあツヤマ金属はなんでA？」: the lead-in is no part of the name.
        let leadIns = ["じゃあ", "じゃ", "では", "それで", "ところで", "あと", "で、", "じゃあ、"]
        let start = leadIns.filter { masked.chars.starts(with: Array($0)) }.map(\.count).max() ?? 0
        if let named = leadingTradeName(Array(masked.chars.dropFirst(start)), ignoring: repWords) { return named }
        // "is 堺化学工業 in my list?": a company in kanji inside an English line, after a space.
        for start in masked.chars.indices.dropFirst() where masked.chars[start - 1] == " " && masked.chars[start].isJapanese {
            if let named = leadingTradeName(Array(masked.chars[start...]), ignoring: repWords) { return named }
            // "tell me about 帯広ビール株式会社": a legal form makes the run a company's name, whatever its trade.
            let run = String(masked.chars[start...].prefix { ($0.isJapanese && !Interpreter.isHiragana($0)) || "㈱㈲".contains($0) })
            if run.count >= 4, ["株式会社", "有限会社", "合同会社", "㈱", "㈲"].contains(where: run.contains) { return run }
        }
        // 「鹿児島ミート㈱はどのセグメント？」: a legal mark (read as "(株)") is part of the name.
        let chars = Interpreter.legalMarksJoined(masked.chars)
        let lead = chars.prefix { ($0.isJapanese && !Interpreter.isHiragana($0)) || "㈱㈲".contains($0) }
        // 「広島ガス株式会社 はどのセグメント？」: a space typed before the particle.
        let gap = chars[lead.count...].prefix { $0 == " " }.count
        guard lead.count >= 2, lead.count + gap < chars.count, "はがをのとにっさ".contains(chars[lead.count + gap]) else {
            return nil
        }
        let name = String(lead)
        // 「彼女はCに行きすぎ？」: a pronoun for the rep just discussed, no company.
        // 「自分の客だとどれ？」, 「うちの顧客」: the asker's own, no company.
        if ["彼", "彼女", "彼ら", "彼女ら", "自分", "自分たち", "私", "僕", "うち", "弊社", "当社", "我々"].contains(name) { return nil }
        // 「担当先の一覧」, 「顧客リストを見せて」: the rep's own book, no company.
        if CustomerListQuestion.namesBook(name) { return nil }
        // 「各担当に一言ずつ」, 「担当者ごとに」: the reps, no company.
        if name.hasPrefix("各") || name.hasPrefix("担当") { return nil }
        // 「週次レビューの準備をしてます」, 「来週の会議で」: a meeting the asker prepares, no company.
        if ["レビュー", "ミーティング", "会議", "面談", "打ち合わせ", "報告", "資料", "準備"].contains(where: name.hasSuffix) { return nil }
        // 「佐藤さんの…」 for the rep 佐藤健: the family name alone is the rep too.
        if repWords.contains(where: { name.contains($0) || $0.hasPrefix(name) }) { return nil }
        // 「ダーセルさんの…」: a katakana name with さん is a person (a rep), not a company.
        // 「セイコーマートの担当は誰？」 asks who handles a company, though: that is a company.
        let after = String(chars[(lead.count + gap)...])
        let asksWhoHandles = ["の担当は誰", "の担当はだれ", "の担当者", "の担当って誰", "の担当はどなた", "の担当営業"].contains(where: after.hasPrefix)
        if after.hasPrefix("さん") || (after.hasPrefix("の担当") && !asksWhoHandles), name.allSatisfy({ ($0.unicodeScalars.first?.value).map { (0x30A1...0x30FC).contains($0) } ?? false }) {
            return nil
        }
        // 「梅田阪急ホテルの区分は？」: a trade word ending a name (ホテル) is no cue of its own.
        let trade = JapaneseNameReadings.trades.keys.filter { name.hasSuffix($0) && name.count - $0.count >= 2 }.max { $0.count < $1.count }
        let front = trade.map { Array(name.dropLast($0.count)) } ?? Array(name)
        return isCuePhraseRun(front) ? nil : name
    }

    /// The question's characters with "(株)" and "(有)" (how ㈱ and ㈲ read
    /// once folded) back as one character each, so a name ending in one stays whole.
    static func legalMarksJoined(_ chars: [Character]) -> [Character] {
        guard chars.contains("(") else { return chars }
        var out: [Character] = []
        var i = 0
        while i < chars.count {
            if i + 2 < chars.count, chars[i] == "(", chars[i + 2] == ")", let mark = ["株": "㈱", "有": "㈲"][chars[i + 1]] {
                out.append(Character(mark))
                i += 3
            } else {
                out.append(chars[i])
                i += 1
            }
        }
        return out
    }

    /// "do we have osaka gas as a customer", "what about kobe steel": a
    /// company typed in lower case, told by a Japanese place that starts it
    /// and a word after the place that is a trade or no everyday word.
    static func placeLedName(_ words: [String], ignoring repWords: Set<String>) -> String? {
        let common = AssistantLexicon.commonWords
        for (i, word) in words.enumerated() where i + 1 < words.count && placeReadings.contains(word) {
            let next = words[i + 1]
            guard next.count >= 2, !repWords.contains(next), !repWords.contains(word),
                tradeReadings.contains(next) || !(common.contains(next) || common.contains(Stemmer.stem(next)))
            else { continue }
            return titleCased("\(word) \(next)")
        }
        return nil
    }

    /// Japanese places and trade words as typed in romaji or English ("osaka", "gas", "shoji").
    private static let placeReadings: Set<String> = Set(JapaneseNameReadings.places.values.flatMap { $0 }.filter { $0.count >= 4 })
    private static let tradeReadings: Set<String> = Set(
        JapaneseNameReadings.trades.values.flatMap { $0 } + JapaneseNameReadings.loanwords.values.flatMap { $0 })

    /// 「いずみ化学について教えて」: a company name at the front with kana in it,
    /// ending in a trade word (化学, 工業, 商事 …) before a particle. The run of
    /// kanji alone would miss it, and the question then fell to the customer
    /// last discussed: a confident answer about the wrong company.
    static func leadingTradeName(_ chars: [Character], ignoring repWords: Set<String>) -> String? {
        let particles: [String] = ["について", "って", "の", "は", "が", "を", "に", "で", "と", "も", " ", "?", "？"]
        for end in stride(from: min(chars.count, 16), through: 3, by: -1) where end < chars.count || end == chars.count {
            let name = chars[..<end]
            guard name.allSatisfy(\.isJapanese),
                tradeWords.contains(where: { name.count > $0.count && String(name).hasSuffix($0) })
            else { continue }
            let rest = String(chars[end...])
            guard rest.isEmpty || particles.contains(where: rest.hasPrefix) else { continue }
            let text = String(name)
            if repWords.contains(where: { text.contains($0) }) || isCuePhraseRun(Array(text)) { return nil }
            return text
        }
        return nil
    }

    /// "is that a problem?", 「それって問題ある？」: asking for a verdict on what was just shown.
    static let problemWords = (
        english: Understanding.standard.phrases("problem-words-en"), japanese: Understanding.standard.phrases("problem-words-ja"))

    /// The trade words of company names in kanji or katakana (化学, 工業, フーズ), from the readings table.
    private static let tradeWords: [String] = JapaneseNameReadings.trades.keys.filter { $0.count >= 2 }.sorted { $0.count > $1.count }

    /// Whether every word of a would-be unknown name is a word of a rep's
    /// name, possessive too ("Emily's", "Carters"): a person, never a company.
    static func namesOnlyReps(_ name: String, _ repWords: Set<String>) -> Bool {
        let words = NameKey.normalize(name).split { !$0.isLetter && !$0.isNumber }.map(String.init).filter { $0 != "s" }
        return !words.isEmpty && words.allSatisfy { word in
            repWords.contains(word) || (word.hasSuffix("s") && repWords.contains(String(word.dropLast())))
        }
    }

    /// Whether `run` holds a phrase of the tables or lies inside one. Set
    /// look-ups of its pieces, not a search of every phrase: this runs for
    /// every question and every tune question the model learns from.
    static func isCuePhraseRun(_ run: [Character]) -> Bool {
        if japanesePhrases.fragments.contains(String(run)) { return true }
        for start in run.indices {
            for end in (start + 1)...run.count where japanesePhrases.whole.contains(String(run[start..<end])) { return true }
        }
        return false
    }

    /// Every Japanese phrase of the tables (a run of kanji holding one is a
    /// cue, not a name), and every piece of one (a run inside one is too).
    private static let japanesePhrases: (whole: Set<String>, fragments: Set<String>) = {
        let phrases = (Understanding.standard.allCuePhrases + AssistantLexicon.segmentSynonyms.flatMap(\.phrases)
            + CustomerListQuestion.japanesePhrases).filter { !$0.allSatisfy(\.isASCII) }.map { QuestionText($0).chars }
        var fragments: Set<String> = []
        for chars in phrases {
            for start in chars.indices {
                for end in (start + 1)...chars.count { fragments.insert(String(chars[start..<end])) }
            }
        }
        return (Set(phrases.map { String($0) }), fragments)
    }()

    /// "northwind logistics" → "Northwind Logistics", for saying a name back.
    /// The longest run of Latin words no table knows, title-cased ("kokumi
    /// denso" in "shinchi engineering or kokumi denso, which first?", the
    /// name found masked out): a company typed in lower case. Nil when every
    /// word is an everyday one ("or the other one").
    static func uncommonRun(in masked: QuestionText, ignoring repWords: Set<String>) -> String? {
        let common = AssistantLexicon.commonWords
        var run: [String] = []
        var best: [String] = []
        for word in masked.asciiWords {
            // A company word ("trading", "foods") goes on with a name already begun ("acme trading").
            let goesOn = !run.isEmpty && CustomerMatcher.companyWords.contains(word.text)
            let known = common.contains(word.text) || common.contains(Stemmer.stem(word.text)) || repWords.contains(word.text)
                || word.text.allSatisfy(\.isNumber) || word.text.count < 2
            if known && !goesOn {
                if run.count > best.count { best = run }
                run = []
            } else {
                run.append(word.text)
            }
        }
        if run.count > best.count { best = run }
        guard best.contains(where: { $0.count >= 3 }) else { return nil }
        return titleCased(best.joined(separator: " "))
    }

    static func titleCased(_ name: String) -> String {
        name.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }

    static func isHiragana(_ c: Character) -> Bool {
        guard let scalar = c.unicodeScalars.first else { return false }
        return (0x3040...0x309F).contains(scalar.value)
    }
}

/// Compiled once per process: a regular expression written as a literal in a
/// function is parsed again at every call (see `PlanDaysPattern`).
extension Interpreter {
    /// The segments a line asks to count by a count word on the letter
    /// itself ("number of D customers", "how many Ds", 「Dの数」, 「Dは何社」).
    static func countedSegments(in text: QuestionText) -> [Segment] {
        let folded = String(text.chars)
        let found = folded.matches(of: InterpreterPattern.countedSegmentJapanese).map(\.output.1)
            + folded.matches(of: InterpreterPattern.countedSegmentEnglish).map(\.output.1)
        return Segment.allCases.filter { segment in found.contains { $0.uppercased() == segment.rawValue } }
    }
}

private enum InterpreterPattern {
    nonisolated(unsafe) static let countedSegmentJapanese = #/([abcd])(?:ランク|区分|領域|顧客|客|先)?(?:の(?:数|件数|社数|会社数)|(?:は|が)?何社)/#
    nonisolated(unsafe) static let countedSegmentEnglish = #/(?:number of|how many|count of) ([abcd])(?:'s|s)?\b/#
    nonisolated(unsafe) static let segmentPlural = #/[ABCDＡＢＣＤ](?:'s|’s|s)/#
    nonisolated(unsafe) static let digits = /[0-9]+/
    nonisolated(unsafe) static let latinWord = /[A-Za-z]+/
}

extension Interpretation {
    /// The customers just shown (or just compared) ranked by one figure, as a follow-up.
    mutating func settleRanking(_ metric: Metric, within names: [String], lowest: Bool) {
        intent = .segmentMembers
        customerList = .top(metric)
        lowestFirst = lowest
        within = names
        segments = []
        customers = []
        progress = nil
        contrast = nil
        unknownName = nil
        isFollowUp = true
        confidence = max(confidence, 0.7)
    }
}
