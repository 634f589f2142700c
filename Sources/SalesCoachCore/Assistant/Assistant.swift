/// The assistant in one call: interpret a question, answer it, and carry the
/// conversation forward.
///
/// ```swift
/// var context = ConversationContext()
/// let data = AssistantData(classifications: results, guidance: knowledge, today: today)
/// let answer = Assistant.answer("Aランクは何社？", context: &context, data: data)
/// print(answer.text)           // "A：全46社中7社（15%）、当社売上の38%。\n参考: segment-a"
/// Assistant.answer("Bは？", context: &context, data: data)  // follows on: counts B
/// ```
public enum Assistant {
    /// Answers `question` from `data`; `context` is read for follow-ups and
    /// replaced by the conversation after this answer.
    public static func answer(_ said: String, context: inout ConversationContext, data: AssistantData) -> Answer {
        let question = Aside.removed(from: Acknowledgement.stripped(said, customerNames: data.classifications.map(\.name)))
        // 「日本語で説明してもらえますか」, "in English please": the last question again, in that language.
        if let language = LanguageRequest.read(question), let last = context.lastQuestion {
            var again = context
            again.replyLanguage = language
            let answer = answerLine(last, context: &again, data: data)
            again.replyLanguage = context.replyLanguage
            again.lastQuestion = last
            context = again
            return answer
        }
        let answer = answerLine(question, context: &context, data: data)
        context.lastQuestion = question
        return answer
    }

    private static func answerLine(_ question: String, context: inout ConversationContext, data: AssistantData) -> Answer {
        // 「Aで訪問空いてるとこは？担当者も」, "overdue A accounts, with their reps": the list asked,
        // each row with its customer's rep.
        // Only a list gets them; 「田中商事の担当も教えて」 asks one customer's rep, read whole below.
        if let asked = withReps(question) {
            var trial = context
            var answer = Self.answerLine(asked, context: &trial, data: data)
            var withRep = 0
            answer.lines = answer.lines.map { line in
                guard line.hasPrefix("  "), !line.hasPrefix("   ") else { return line }
                let row = line.dropFirst(2).drop { "0123456789. ".contains($0) }
                guard let c = data.classifications.first(where: { row.hasPrefix($0.name + " ") || row.hasPrefix($0.name + "：") || row.hasPrefix($0.name + ":") }),
                    let rep = c.customer.rep.map(SingleLine.visible), rep.contains(where: { !$0.isWhitespace })
                else { return line }
                withRep += 1
                return line + answer.language.pick(" · rep: \(rep)", "・担当：\(rep)さん")
            }
            if withRep >= 2 {
                context = trial
                return answer
            }
        }
        let reading = read(question, context: context, data: data)
        // Two questions in one line: each answered in turn when the line read whole leaves one out.
        var parts = QuestionParts.split(question)
        // 「Bってどういう意味？自分の客だとどれ？（Emily Carter担当）」: words after the last question
        // that name no customer only say whose book it is; the two questions are what is asked.
        if parts.count >= 3, let last = parts.last, !last.hasSuffix("?"), !last.hasSuffix("？"),
            case let named = data.interpreter.matcher.match(in: last), (named.names + named.likely).isEmpty
        {
            parts.removeLast()
        }
        if parts.count >= 2, !(reading.intent == .planCheck && reading.typedPlan != nil) {
            var following = context
            var answers: [Answer] = []
            for part in parts {
                let partReading = read(part, context: following, data: data)
                if let last = answers.last, QuestionParts.repeats(partReading, last.interpretation) { continue }
                let answer = Answerer().answer(partReading, data: data, context: following)
                following = answer.followUpContext
                answers.append(answer)
            }
            let named = data.interpreter.matcher.match(in: parts[parts.count - 1])
            if answers.count >= 2, QuestionParts.askMore(
                answers.map(\.interpretation), than: reading, texts: parts, lastNamesCustomer: !(named.names + named.likely).isEmpty)
            {
                context = following
                return joined(answers)
            }
        }
        let answer = Answerer().answer(reading, data: data, context: context)
        context = answer.followUpContext
        return answer
    }

    /// The answers to the questions of one line, one after another with a
    /// blank line between; the conversation goes on from the last.
    private static func joined(_ answers: [Answer]) -> Answer {
        var whole = answers[answers.count - 1]
        whole.lines = answers.enumerated().flatMap { index, answer in index == 0 ? answer.lines : [""] + answer.lines }
        whole.language = answers[0].language
        whole.citations = answers.flatMap(\.citations).reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
        whole.data = answers.flatMap(\.data)
        return whole
    }

    /// Whether `line` reads as a question the assistant can answer (not out
    /// of scope, and not about a company the book lacks): how the session
    /// decides that a line starting with a command word but not written as
    /// that command is a question. `why Nobody Inc` keeps the command's own
    /// error, which a script sees in the exit status.
    public static func understands(_ line: String, context: ConversationContext, data: AssistantData) -> Bool {
        let reading = read(line, context: context, data: data)
        // A reading that would only ask back ("which segment?", "which
        // customer?") is not an answer: `show contoso` keeps the command's error.
        let listsWholeBook = reading.intent == .segmentMembers && reading.mentionsCustomers && !reading.isFollowUp
        let asksBack = (reading.intent.kind.needsSegment && reading.segments.isEmpty && reading.customerList == nil
            && reading.progress == nil && !listsWholeBook && reading.within == nil)
            || (reading.intent.kind.needsCustomer && reading.customers.isEmpty)
        return reading.intent != .outOfScope && reading.unknownName == nil && !asksBack
    }

    /// Whether `line` leans on what was just said rather than standing on its
    /// own: a follow-up the reader resolved, or a line naming no customer that
    /// goes on ("what about next week's plan", 「じゃあ来週は？」) or asks about the
    /// plan just discussed (「来週は？」, "is it ok?"). A session keeps
    /// the rep a question named for such lines.
    /// "why?", 「なんで？」, 「どうして？」 alone.
    public static func isBareWhy(_ line: String) -> Bool {
        let text = QuestionText(line)
        return Interpreter.asksWhy(text) && text.chars.filter({ !$0.isWhitespace && !$0.isPunctuation }).count <= 5
    }

    public static func continuesConversation(_ line: String, context: ConversationContext, data: AssistantData) -> Bool {
        let reading = data.interpreter.interpret(line, context: context)
        if reading.isFollowUp { return true }
        let text = QuestionText(line)
        let namesNothing = reading.customers.isEmpty && reading.unknownName == nil && reading.didYouMean.isEmpty
        let leadIn = Interpreter.startsWithLeadIn(text)
        let aboutThePlan = [.weeklyPlan, .planReasons, .planCheck].contains(reading.intent.kind)
        return namesNothing && (leadIn || aboutThePlan)
    }

    /// The plan typed into `line` that the assistant would check ("check this
    /// plan: mon rokko, suma; tue …"), when the line is one; nil otherwise.
    /// A session asks it to see whose week the plan is.
    public static func typedPlan(in line: String, context: ConversationContext, data: AssistantData) -> TypedPlan? {
        let reading = read(line, context: context, data: data)
        return reading.intent == .planCheck && !reading.isFollowUp ? reading.typedPlan : nil
    }

    /// Whether the assistant would read `word` as a typo of another word
    /// ("lsit" for "list") rather than as a word it knows ("visited").
    public static func isTypo(_ word: String, data: AssistantData) -> Bool {
        let stem = Stemmer.stem(word.lowercased())
        return data.interpreter.vocabulary.corrected(stem) != stem
    }

    /// A question and a trailing "with the reps too" (「担当者も」, "and their reps"):
    /// the question without it; nil when the line has none.
    static func withReps(_ line: String) -> String? {
        let trimmed = String(line.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
        let bare = "?？。".contains(trimmed.last ?? " ") ? String(trimmed.dropLast()) : trimmed
        for tail in ["担当者も教えて", "担当者も", "担当も教えて", "担当も", ", with their reps", " with their reps", ", and their reps", " and their reps",
                     ", with the reps", " with the reps", " with reps"]
        where bare.lowercased().hasSuffix(tail) {
            let asked = String(bare.dropLast(tail.count).reversed().drop { " 、,".contains($0) }.reversed())
            guard asked.filter({ !$0.isWhitespace && !$0.isPunctuation }).count >= 3 else { return nil }
            return asked
        }
        return nil
    }

    /// "yes", 「はい」, 「そうです」 alone: the answer to "did you mean …?".
    public static func saysYes(_ line: String) -> Bool {
        let words = line.lowercased().split { !$0.isLetter }.map(String.init)
        guard !words.isEmpty, words.count <= 3 else { return false }
        return words.allSatisfy { Interpreter.yesWords.contains($0) || $0 == "please" || $0 == "お願い" || $0 == "それで" }
    }

    /// "How is 伊藤 誠 doing? Is his week leaning on C?": a line that opens with
    /// a question the assistant reads as nothing of its own (how a rep is
    /// doing, which the session answers with the rep's page) before a question
    /// it does answer. The session shows the page first, then the answer.
    public static func opensWithStatusQuestion(_ question: String, data: AssistantData) -> Bool {
        let parts = QuestionParts.split(question)
        guard parts.count >= 2 else { return false }
        let first = read(parts[0], context: ConversationContext(), data: data)
        return first.intent == .outOfScope && !first.hasOutOfScopeCue && first.customers.isEmpty && first.didYouMean.isEmpty
            && Answerer.asksHowDoing(parts[0])
    }

    private static func read(_ question: String, context: ConversationContext, data: AssistantData) -> Interpretation {
        var reading = data.interpreter.interpret(question, context: context)
        // "why is it in C?" after a visit told and then a list of several: "it" is the one
        // discussed or logged that is in C, when exactly one is.
        if [.explainCustomer, .planReasons, .segmentMembers, .segmentAdvice].contains(reading.intent.kind), reading.customers.isEmpty,
            reading.didYouMean.isEmpty, reading.segments.count == 1, reading.customerList == nil,
            ProgressQuestion.refersBack(QuestionText(question)),
            reading.intent == .explainCustomer || Interpreter.asksWhy(QuestionText(question))
        {
            let candidates = (context.customers + context.logged + [context.lastSingle].compactMap { $0 }).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            let inSegment = candidates.filter { data.classification(named: $0)?.segment == reading.segments[0] }
            if inSegment.count == 1 {
                reading.intent = .explainCustomer
                reading.customers = inSegment
                reading.isFollowUp = true
            }
        }
        // 「どっちを先に行くべき？」 right after two customers were compared: those two, which first.
        // ("which one has the higher profit?" stays the two ranked by that figure.)
        if reading.customers.isEmpty, reading.didYouMean.isEmpty, reading.customerList == nil, reading.within == nil,
            context.lastIntent?.kind == .compare, context.customers.count == 2,
            PhraseLookup(QuestionText(question)).has(
                english: ["which one", "which first", "which of the two", "which of them", "which should"], japanese: ["どっち", "どちら"])
        {
            reading.intent = .compare
            reading.customers = context.customers
            reading.customerList = nil
            reading.isFollowUp = true
        }
        // 「それって何のセグメント？」 right after a visit was logged: "it" is the customer visited.
        if reading.customers.isEmpty, reading.didYouMean.isEmpty, reading.customerList == nil, reading.segments.isEmpty,
            [.method, .outOfScope, .explainCustomer, .segmentMembers].contains(reading.intent.kind),
            ProgressQuestion.refersBack(QuestionText(question)),
            PhraseLookup(QuestionText(question)).has(
                english: ["segment", "which group", "what group", "quadrant"], japanese: ["セグメント", "区分", "ランク", "領域", "どのグループ"]),
            case let visited = Set(context.logged + [context.lastSingle].compactMap { $0 } + (context.customers.count == 1 ? context.customers : [])),
            visited.count == 1, context.customers.count <= 1
        {
            reading.intent = .explainCustomer
            reading.customers = Array(visited)
            reading.isFollowUp = true
        }
        // 「松葉ガニの会社ってどこだっけ？」: no name, no segment, but a word of the question
        // in a customer's notes; that customer, not "which segment?".
        let asksBack = (reading.intent.kind.needsSegment && reading.segments.isEmpty && reading.within == nil)
            || (reading.intent.kind.needsCustomer && reading.customers.isEmpty)
            || (reading.intent == .outOfScope && !reading.hasOutOfScopeCue)
        if asksBack, reading.customers.isEmpty, reading.didYouMean.isEmpty, reading.customerList == nil,
            PhraseLookup(QuestionText(question)).has(
                english: ["which customer", "which company", "which one", "who makes", "who does", "who sells", "who was"],
                japanese: ["どこ", "どの会社", "どの顧客", "どの客", "誰", "だれ", "どれ"]),
            let hit = NotesSearch.find(in: question, among: data.classifications)
        {
            reading.foundInNotes = hit.term
            reading.unknownName = nil
            if hit.names.count == 1 {
                reading.intent = .explainCustomer
                reading.customers = hit.names
            } else {
                reading.intent = .explainCustomer
                reading.didYouMean = hit.names
            }
        }
        if reading.intent == .planCheck, reading.typedPlan == nil,
            PhraseLookup(QuestionText(question)).has(
                english: ["show me", "show", "let me see", "what's in", "whats in"], japanese: ["見せて", "みせて", "一覧", "中身", "見たい"])
        {
            reading.asksToSeePlan = true
        }
        // "check it", "check that plan" (the command word with only a pronoun after it): the plan checked.
        let bare = QuestionText(question).asciiWords.map(\.text)
        if bare.first == "check", bare.count <= 4, bare.dropFirst().allSatisfy(["it", "that", "this", "plan", "the", "my", "please", "pls", "now", "again"].contains) {
            reading.intent = .planCheck
            reading.customers = []
            reading.customerList = nil
        }
        if reading.customerList?.isRanking == true || reading.customerList == .atRisk, reading.number == nil, reading.within == nil {
            reading.asksOne = Interpreter.asksOne(QuestionText(question))
        }
        // "what's left on my plan now" with nothing entered as planned: what the week still
        // holds as the plan makes it from today (visits just logged count as made), not a check.
        if reading.intent == .planCheck, reading.typedPlan == nil, data.check == nil,
            case let lookup = PhraseLookup(QuestionText(question)),
            lookup.has(english: ["left", "remaining", "still to", "rest of"], japanese: ["残り", "残って", "あと何"]),
            !lookup.has(
                english: ["check", "ok", "okay", "sound", "balanced", "problem", "too many", "too much"],
                japanese: ["チェック", "大丈夫", "問題", "多すぎ", "偏"])
        {
            reading.intent = .weeklyPlan
        }
        // 「明日は休み」: tomorrow's weekday is a day off like any named one.
        if !reading.droppedRelative.isEmpty {
            // With days named beside it (「明日は休みだから金曜に3件」) those days are the plan's already.
            let off = PlanDays.weekdays(reading.droppedRelative, today: data.today)
            if let only = reading.onlyDays {
                reading.onlyDays = only.subtracting(off).isEmpty ? nil : only.subtracting(off)
            } else {
                reading.droppedDays.formUnion(off)
            }
        }
        if !reading.relativeDays.isEmpty {
            let days = PlanDays.weekdays(reading.relativeDays, today: data.today)
            if !days.isEmpty { reading.onlyDays = (reading.onlyDays ?? []).union(days) }
        }
        // 「金曜まで」 this week: from today, not from the Monday already past.
        if reading.intent == .weeklyPlan, let to = PlanDays.until(question), reading.onlyDays == Set(1...to),
            case let from = data.today.weekday, (1...to).contains(from)
        {
            reading.onlyDays = Set(from...to)
        }
        // "3 visits a day, thursday only half day": the days left at that pace, the half day at half of it.
        // Next week's ("来週、1日3件まで、水曜は午前だけ") counts all five of its days.
        if let perDay = reading.visitsPerDay, !reading.halfDays.isEmpty, reading.onlyDays == nil {
            let week = PlanWeek(start: data.today.startOfWeek.adding(days: 7 * (WeekSpec.weeksAhead(in: question) ?? 0)))
            let left = week.workingDays(from: data.today).map(\.weekday).filter { !reading.droppedDays.contains($0) }
            let half = left.filter { reading.halfDays.contains($0) }.count
            reading.number = perDay * (left.count - half) + (perDay + 1) / 2 * half
            reading.visitsPerDay = nil
        }
        if reading.intent == .weeklyPlan, !reading.customers.isEmpty, PlanEditStatement.asksToInclude(question) {
            reading.includesCustomers = true
        }
        // 「水曜休みで1日2件まで。今治工場は絶対入れて、道後菓子舗は外して」, "plan 4 days,
        // must include sanuki udon, leave out 21seiki": the ones to keep out of the plan asked for.
        if reading.intent == .weeklyPlan, reading.typedPlan == nil,
            let split = PlanEditStatement.keptAndLeftOut(question, matcher: data.interpreter.matcher), !split.leftOut.isEmpty
        {
            reading.excludedCustomers = split.leftOut
            reading.customers = split.kept
            reading.includesCustomers = !split.kept.isEmpty
        }
        // "hi", 「お疲れ様です」, "thanks!": a reply in kind, not a refusal.
        if let talk = SmallTalk.read(question) {
            reading.intent = .help
            reading.smallTalk = talk
            reading.customers = []
            reading.unknownName = nil
            reading.didYouMean = []
            reading.isFollowUp = false
            return reading
        }
        // "check plan: X, Y, Z", 「この計画チェックして：A、B、C」: the visits typed are the plan checked.
        if [.planCheck, .weeklyPlan, .planReasons].contains(reading.intent.kind) || TypedPlan.namesPlan(question),
            let typed = TypedPlan.read(question, matcher: data.interpreter.matcher)
        {
            reading.intent = .planCheck
            reading.typedPlan = typed
            reading.customers = typed.visits.map(\.customerName)
            reading.unknownName = nil
            reading.didYouMean = []
            reading.isFollowUp = false
            return reading
        }
        let text = QuestionText(question)
        // "show all", 「残りは？」 right after a list cut to its first few: that list, whole.
        if let cut = context.cutReading, ShowAllRequest.continuesList(text), reading.customers.isEmpty, reading.segments.isEmpty,
            reading.unknownName == nil, reading.didYouMean.isEmpty
        {
            // The same reading as the cut list (a follow-up flag on it would turn
            // the whole book into "which segment?"), only whole.
            var whole = cut
            whole.showsAll = true
            whole.takenAs = nil
            whole.language = reading.language
            return whole
        }
        // "and the rest?" after a list shown whole: it was all; the segment's other customers, if any.
        if context.cutReading == nil, context.lastIntent?.kind == .segmentMembers, !context.listed.isEmpty,
            ShowAllRequest.asksForRest(text), reading.customers.isEmpty, reading.segments.isEmpty,
            reading.unknownName == nil, reading.didYouMean.isEmpty
        {
            var rest = Interpretation(
                intent: .segmentMembers, language: reading.language, segments: context.segments, isFollowUp: true)
            rest.customerList = .rest
            rest.within = context.listed
            return rest
        }
        // "and the others?" after the reps ranked by a segment: every rep was in it; shown again whole.
        if let list = context.list, [.repsBySegment, .repBreakdown].contains(list), ShowAllRequest.asksForRest(text),
            reading.customers.isEmpty, reading.segments.isEmpty, reading.unknownName == nil
        {
            var again = Interpretation(
                intent: .segmentMembers, language: reading.language, segments: context.segments, isFollowUp: true)
            again.customerList = list
            again.showsAll = true
            return again
        }
        // "and the rest?", 「残りは？」 right after a plan or its check: who the plan leaves out.
        if let last = context.lastIntent?.kind, [.weeklyPlan, .planReasons, .planCheck].contains(last),
            ShowAllRequest.continuesList(text), reading.customers.isEmpty, reading.segments.isEmpty,
            reading.unknownName == nil, reading.didYouMean.isEmpty
        {
            var leftOut = Interpretation(
                intent: .planReasons, language: reading.language, number: context.number, isFollowUp: true)
            leftOut.asksLeftOut = true
            leftOut.within = context.listed.isEmpty ? nil : context.listed
            return leftOut
        }
        if ShowAllRequest.asksForAll(text) {
            reading.showsAll = true
            // "show me everything", 「全部見せて」 with nothing listed before:
            // the whole book, segment by segment, rather than "which segment?".
            let asksBack = reading.intent.kind.needsSegment && reading.segments.isEmpty && reading.customerList == nil
                && reading.progress == nil
            // Off topic otherwise, only a short request or one about customers
            // ("what are all my options for next week?" is not a list).
            let offTopic = reading.intent == .outOfScope && !reading.hasOutOfScopeCue
                && (ShowAllRequest.isShort(text) || reading.mentionsCustomers)
            if reading.customers.isEmpty, reading.unknownName == nil, asksBack || offTopic
            {
                reading.intent = .segmentMembers
                reading.mentionsCustomers = true
                reading.isFollowUp = false
                reading.customerList = nil
                reading.confidence = max(reading.confidence, 0.7)
            }
        }
        // A question the cue tables cannot place, or a method question on a
        // topic they do not know, may still be one the knowledge base's own
        // trigger phrases answer.
        let unplaced = reading.intent == .outOfScope && !reading.hasOutOfScopeCue && reading.customers.isEmpty
        if unplaced || reading.topicIsFallback,
            let topic = data.guidance.topics(matching: question, in: reading.language).first
        {
            // The tool's own entry answers "how do I use this": that is the help intent.
            reading.intent = topic == "help" ? .help : .method(topic: topic)
            reading.confidence = min(reading.confidence, 0.5)
        }
        return reading
    }
}
