/// Follow-ups: short questions that lean on the previous answer.
///
/// - "why?" / "なぜ？" after a plan asks for the plan's reasons; after an
///   explanation or a comparison it asks again about the same customers.
/// - "and Acme?" / "山田工業は？" / "what about C?" repeats the last question
///   for a new customer or segment.
/// - "yes" / "はい" after "did you mean X?" asks the last question about X.
extension Interpreter {
    // The words are data: `[words …]` and `[phrases …]` under knowledge/understanding/.
    static let followUpCues = PhraseMatcher<Bool>(Understanding.standard.phrases("follow-up").map { ($0, true) })

    static let whyWords = Understanding.standard.words("why-en")
    static let whyJapanese = Set(Understanding.standard.phrases("why-ja"))
    static let yesWords = Understanding.standard.words("yes")

    func resolveFollowUp(
        _ reading: Interpretation, scores: IntentScorer.Scores, prepared: PreparedQuestion, context: ConversationContext,
        mentionsCustomers: Bool = false
    ) -> Interpretation? {
        guard let last = context.lastIntent else { return nil }
        let compact = String(prepared.compact.filter { !$0.isPunctuation && $0 != "?" && !$0.isWhitespace })
        var result = reading
        result.isFollowUp = true
        result.confidence = 0.8

        let onlyWords = !prepared.words.isEmpty && prepared.words.allSatisfy { Interpreter.whyWords.contains($0) }
        let asksWhy = (onlyWords && prepared.words.contains("why")) || Interpreter.whyJapanese.contains(compact)
        if asksWhy && reading.customers.isEmpty && reading.segments.isEmpty {
            result.number = context.number
            // The plan's own customers are not what "why?" names; others carry over.
            if ![.weeklyPlan, .planReasons].contains(last.kind) {
                result.customers = context.customers
                result.segments = context.segments
            }
            switch last.kind {
            case .weeklyPlan, .planReasons: result.intent = .planReasons
            case .explainCustomer, .whatWouldItTake: result.intent = .explainCustomer
            case .compare: result.intent = .compare
            case .segmentMembers, .segmentAdvice, .countAndShare:
                // "why?" after the borderline list asks what makes them borderline, not about a segment.
                if let topic = context.list.flatMap(Interpreter.whyTopic) {
                    result.intent = .method(topic: topic)
                    result.segments = []
                    result.customers = []
                } else {
                    result.intent = .method(topic: context.segments.first.map(TopicCues.segmentTopic) ?? TopicCues.fallback)
                }
            case .method: result.intent = last
            case .planCheck where context.typedPlan == nil && !context.customers.isEmpty:
                // 「なんで？」 after 「やんばる観光は絶対いれて」: why the customers just put in belong there.
                result.intent = .planReasons
                result.customers = context.customers
                // Asked of those customers by name, as "why is X in it?" would be.
                result.isFollowUp = false
            case .planCheck:
                // "why?" after "check this plan: …": that plan's verdict, explained.
                result.intent = last
                result.typedPlan = context.typedPlan
                result.customers = context.typedPlan == nil ? result.customers : []
            case .help, .outOfScope: return nil
            }
            return result
        }

        // After a plan, or its check (a plan changed in words ends with one): "is it ok now?", "make it 8".
        if [.weeklyPlan, .planReasons, .planCheck].contains(last.kind),
            let planFollowUp = afterPlan(reading, prepared: prepared, context: context)
        {
            result.intent = planFollowUp.intent
            result.number = planFollowUp.number
            // "why is it in the plan?" after a plan asked with one customer to keep in it: that one.
            if planFollowUp.intent == .planReasons, reading.customers.isEmpty, let kept = context.lastSingle,
                context.listed.contains(kept),
                // "why is it in the plan?", 「それはなんで入ってるの？」; not "why is it so A-heavy?" (the plan).
                (prepared.words.contains("it") && prepared.words.contains(where: { ["in", "on", "included", "there", "put", "picked", "chosen", "chose"].contains($0) }))
                    || (["それ", "そこ", "その会社", "その顧客"].contains(where: { String(prepared.compact).contains($0) })
                        && ["入って", "入れ", "選"].contains(where: { String(prepared.compact).contains($0) }))
            {
                result.customers = [kept]
                result.isFollowUp = false
            }
            return result
        }

        let saysYes = prepared.words.count <= 2 && !prepared.words.isEmpty
            && prepared.words.allSatisfy { Interpreter.yesWords.contains($0) || $0 == "please" }
        if (saysYes || Interpreter.yesWords.contains(compact)), let suggestion = context.suggestions.first {
            result.intent = last
            result.customers = [suggestion]
            result.segments = context.segments
            return result
        }

        let named = !reading.customers.isEmpty || !reading.segments.isEmpty
        let ownCues = scores.cues.filter { $0.key != .explainCustomer }.values.max() ?? 0
        let cued = !Interpreter.followUpCues.matches(in: prepared).isEmpty
        let leftover = prepared.words.count + prepared.compact.filter { $0.isJapanese }.count
        // "honda or hitachi first?" names two customers and asks to compare them, whatever came before.
        // "compare rose garden and green table" with one name sure and one only likely counts too.
        let comparesTwo = reading.intent.kind == .compare
            && reading.customers.count + reading.didYouMean.filter { !reading.customers.contains($0) }.count >= 2
        guard named, ownCues < 3, !comparesTwo, cued || leftover <= 2 else { return nil }
        // 「yamamoto shokuhin kogyoのセグメントは？」 after a comparison asks about that one customer.
        let asksSegment = prepared.words.contains { $0.hasPrefix("segment") } || compact.contains("セグメント")
            || compact.contains("ランク") || compact.contains("区分")
        // 「古河金属の最終訪問日は？」, 「二宮いちご農協の粗利は？」 after a comparison: that customer's figure or last visit.
        let asksFigure = CustomerListQuestion.metricNamed(QuestionText(prepared.words.joined(separator: " "))) != nil
            || CustomerListQuestion.metricNamed(QuestionText(compact)) != nil
            || ["最終訪問", "最後に行", "最後に訪問", "いつ行", "前回の訪問"].contains { compact.contains($0) }
            || (prepared.words.contains("last") && prepared.words.contains { $0.hasPrefix("visit") || $0 == "seen" || $0 == "saw" })
        if last.kind == .compare, reading.customers.count == 1, asksSegment || asksFigure {
            result.intent = .explainCustomer
            return result
        }
        return inherit(last, reading: reading, context: context, into: result, mentionsCustomers: mentionsCustomers)
    }

    /// After a plan: a new count alone ("make it 3", 「じゃあ7件にして」)
    /// asks for the plan again; asking why it holds what it holds ("how did
    /// you pick those", "why is Helios at the top?", 「この計画の根拠は？」)
    /// asks for its reasons. "Why is Helios in A?" names a segment and no part
    /// of the plan, so it stays a question about the customer.
    private func afterPlan(_ reading: Interpretation, prepared: PreparedQuestion, context: ConversationContext)
        -> (intent: Intent, number: Int?)?
    {
        let words = Set(prepared.words)
        let compact = String(prepared.compact)
        // 「Cは入れないで」, "no C please": a limit on a segment changes the plan just shown.
        // "max 1 C visit" needs its spaces: the English limits are read from the words.
        if !PlanDays.segmentCaps(compact).isEmpty || !PlanDays.segmentCaps(prepared.words.joined(separator: " ")).isEmpty,
            reading.customers.isEmpty, !reading.hasOutOfScopeCue
        {
            return (.weeklyPlan, reading.number)
        }
        let asksWhy = !words.isDisjoint(with: Interpreter.reasonWords) || Interpreter.reasonJapanese.contains { compact.contains($0) }
        // 「そのプランでCの割合は？」, "what's C's share in that plan": the plan's split, which its check shows.
        let asksShare = !words.isDisjoint(with: ["share", "percent", "percentage", "ratio", "split"])
            || ["割合", "比率", "シェア", "何%", "何％", "何パーセント"].contains { compact.contains($0) }
        let namesPlan = ["plan", "schedule", "week"].contains(where: words.contains)
            || ["プラン", "計画", "予定"].contains { compact.contains($0) }
        if asksShare, !asksWhy, namesPlan, reading.customers.isEmpty, !reading.hasOutOfScopeCue {
            return (.planCheck, context.number)
        }
        // 「来週の計画、川崎重機は必ず入れて」, "and next week's plan?": a plan for that week.
        if !asksWhy, (WeekSpec.weeksAhead(in: prepared.words.joined(separator: " ") + " " + compact) ?? 0) > 0, reading.segments.isEmpty,
            !words.isDisjoint(with: Interpreter.planWords) || Interpreter.planJapanese.contains(where: { compact.contains($0) })
                // 「来週の予定組んで。…摂津木材は必ず入れて」: a week's schedule asked for.
                || ["予定", "スケジュール", "アポ"].contains(where: { compact.contains($0) }),
            !Interpreter.planOkJapanese.contains(where: { compact.contains($0) }), words.isDisjoint(with: Interpreter.planOkWords)
        {
            return (.weeklyPlan, reading.number)
        }
        // 「なんでこの5社なの？」 asks why, not for five visits.
        if !asksWhy, let number = reading.number, reading.customers.isEmpty, reading.segments.isEmpty,
            prepared.words.filter({ !$0.allSatisfy(\.isNumber) && Interpreter.numberWords[$0] == nil }).count <= 6,
            ![.planCheck, .countAndShare].contains(reading.intent.kind), !reading.hasOutOfScopeCue
        {
            return (.weeklyPlan, number)
        }
        // "is it ok?", "looks good?", 「これで大丈夫？」: a check of the plan just shown.
        let asksOk = !words.isDisjoint(with: Interpreter.planOkWords) || Interpreter.planOkJapanese.contains { compact.contains($0) }
        if asksOk, !asksWhy, reading.customers.isEmpty, reading.segments.isEmpty, prepared.words.count <= 6,
            compact.count <= 24, !reading.hasOutOfScopeCue
        {
            return (.planCheck, context.number)
        }
        // "who takes its place?", 「代わりは誰？」 right after a customer was left out: why the plan holds what it holds now.
        let replaces = (words.contains("place") && !words.isDisjoint(with: ["takes", "take", "took", "its"]))
            || words.contains("replacement") || ["代わりは", "代わりに", "かわりは", "かわりに"].contains { compact.contains($0) }
        let choice = replaces || !words.isDisjoint(with: Interpreter.choiceWords) || Interpreter.choiceJapanese.contains { compact.contains($0) }
        let aboutPlan = choice || !words.isDisjoint(with: Interpreter.planWords)
            || Interpreter.planJapanese.contains { compact.contains($0) }
        guard asksWhy || choice else { return nil }
        if aboutPlan || (reading.customers.isEmpty && reading.segments.isEmpty) {
            return (.planReasons, context.number)
        }
        return nil
    }

    /// The knowledge entry that says why a list holds what it holds, for "why?" right after it.
    static func whyTopic(_ list: CustomerListQuestion) -> String? {
        switch list {
        case .borderline: "borderline"
        case .notSeenLately, .overdue, .neverVisited: "visit-cadence"
        case .focus: "why-focus-b"
        default: nil
        }
    }

    static let reasonWords = Understanding.standard.words("reason-en")
    static let reasonJapanese = Understanding.standard.phrases("reason-ja")
    static let choiceWords = Understanding.standard.words("choice-en")
    static let choiceJapanese = Understanding.standard.phrases("choice-ja")
    static let planWords = Understanding.standard.words("plan-en")
    static let planJapanese = Understanding.standard.phrases("plan-ja")
    static let planOkWords = Understanding.standard.words("plan-ok-en")
    static let planOkJapanese = Understanding.standard.phrases("plan-ok-ja")

    /// The last intent applied to the newly named customers or segments.
    private func inherit(
        _ last: Intent, reading: Interpretation, context: ConversationContext, into base: Interpretation, mentionsCustomers: Bool
    ) -> Interpretation?
    {
        var result = base
        let newCustomers = reading.customers
        let newSegments = reading.segments
        switch last.kind {
        case .explainCustomer:
            result.intent = newCustomers.isEmpty ? .segmentMembers : .explainCustomer
        case .whatWouldItTake:
            if newCustomers.isEmpty {
                result.customers = context.customers
                result.intent = .whatWouldItTake(target: newSegments.last)
            } else {
                result.intent = .whatWouldItTake(target: newSegments.last ?? context.segments.last)
                if newSegments.isEmpty { result.segments = context.segments }
            }
        case .compare:
            guard !newCustomers.isEmpty else { return nil }
            result.intent = .compare
            if newCustomers.count == 1, let kept = context.customers.first, kept != newCustomers[0] {
                result.customers = [kept, newCustomers[0]]
            }
        case .segmentMembers, .segmentAdvice, .countAndShare:
            // 「藤井さんの顧客は何社？」 then 「Bの顧客は？」: the B customers themselves (their
            // count comes with them), not one more count.
            // "how many in each group?" then "and in B?": the count of B was just given, so the
            // customers themselves; after "how many A?", "and B?" is B's count.
            let counted = context.segments.isEmpty || context.segments == newSegments
            let asksMembers = last.kind == .countAndShare
                && ((reading.intent.kind == .segmentMembers && mentionsCustomers) || counted)
            // 「さいたまフーズはB？」 right after the B list asks about that customer, as it would anywhere.
            let asksOfCustomer = !newCustomers.isEmpty && reading.intent.kind == .explainCustomer
            result.intent = newSegments.isEmpty || asksOfCustomer
                ? .explainCustomer : asksMembers ? .segmentMembers : Interpreter.intent(last.kind, newSegments)
        case .method:
            if let segment = newSegments.first {
                result.intent = .method(topic: TopicCues.segmentTopic(segment))
            } else {
                result.intent = .explainCustomer
            }
        case .weeklyPlan, .planReasons, .planCheck:
            result.intent = newCustomers.isEmpty ? .segmentMembers : .explainCustomer
        case .help, .outOfScope:
            return nil
        }
        return result
    }

    private static func intent(_ kind: Intent.Kind, _ segments: [Segment]) -> Intent {
        switch kind {
        case .segmentAdvice: .segmentAdvice
        case .countAndShare: .countAndShare
        default: .segmentMembers
        }
    }
}
