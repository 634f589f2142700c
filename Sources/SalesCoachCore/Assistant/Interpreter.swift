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
    let model: IntentModel
    /// How much the model's vote weighs against the cue tables.
    let modelWeight: Double

    public init(index: NameIndex) {
        self.init(matcher: CustomerMatcher(index: index), model: Interpreter.sharedModel)
    }

    /// With another model or weight: for measuring the model on examples it did not learn from.
    init(matcher: CustomerMatcher, model: IntentModel, modelWeight: Double? = nil) {
        self.matcher = matcher
        understanding = .standard
        scorer = Interpreter.sharedScorer
        vocabulary = Interpreter.sharedVocabulary
        self.model = model
        self.modelWeight = modelWeight ?? Understanding.standard.setting(.modelWeight)
    }

    /// With understanding other than the shipped files (tuning experiments, tests):
    /// its tables, settings and tune questions replace the shipped ones.
    init(matcher: CustomerMatcher, understanding: Understanding) {
        self.matcher = matcher
        self.understanding = understanding
        scorer = IntentScorer(understanding: understanding)
        vocabulary = Vocabulary(understanding: understanding)
        model = Interpreter.model(learning: Interpreter.examples(understanding.tuneQuestions), vocabulary: vocabulary)
        modelWeight = understanding.setting(.modelWeight)
    }

    public init(names: [String]) { self.init(index: NameIndex(names: names)) }

    /// Questions are read up to this many characters: no rep types more, and
    /// pasted text must not make an answer slow.
    public static let maximumLength = 500

    // The shipped tables are constant; compile them and learn once per process.
    private static let sharedScorer = IntentScorer(understanding: .standard)
    private static let sharedVocabulary = Vocabulary(understanding: .standard)
    private static let sharedModel = model(learning: examples(Understanding.standard.tuneQuestions))
    /// Builds the shared tables and learns the model now, on the caller's
    /// thread, instead of on the first question. Safe to call from any thread.
    public static func prepareShared() {
        _ = (sharedScorer, sharedVocabulary, sharedModel)
    }

    /// A model learnt from `examples`, questions with names already masked.
    static func model(
        learning examples: [(kind: Intent.Kind, question: String)], temperature: Double = IntentModel.temperature,
        vocabulary: Vocabulary? = nil
    ) -> IntentModel {
        let vocabulary = vocabulary ?? sharedVocabulary
        return IntentModel(examples: examples.map { example in
            let masked = QuestionText(example.question)
            let prepared = prepare(masked, vocabulary: vocabulary)
            return (example.kind, IntentFeatures.extract(prepared, segments: SegmentRecognizer.segments(in: masked, prepared: prepared)))
        }, temperature: temperature)
    }

    /// The labelled questions asked on their own (follow-ups need their
    /// context), each labelled customer's name masked the way a question's
    /// names are masked when it is read: the model learns how questions are
    /// asked, not which customers are in them.
    static func examples(_ questions: [LabeledQuestion]) -> [(kind: Intent.Kind, question: String)] {
        let names = Set(questions.flatMap { $0.customers + $0.suggestions }).sorted()
        let matcher = CustomerMatcher(index: NameIndex(names: names))
        return questions.filter { $0.previous == nil }.map { question in
            let text = QuestionText(question.question)
            let masked = text.masking(matcher.match(text).spans)
            var out = ""
            for (i, c) in masked.chars.enumerated() {
                if c == QuestionText.nameMarker {
                    if out.last != QuestionText.nameMarker { out.append(c) }
                } else {
                    out += text.upper[i] ? c.uppercased() : String(c)
                }
            }
            return (question.intent, out)
        }
    }

    /// Reads `question`, resolving follow-ups against `context`.
    public func interpret(_ question: String, context: ConversationContext = ConversationContext()) -> Interpretation {
        let text = QuestionText(String(question.prefix(Interpreter.maximumLength)))
        let names = matcher.match(text)
        let masked = text.masking(names.spans)
        let language = LanguageDetector.language(of: masked, original: text, fallback: context.language)
        let prepared = prepare(masked)
        let segments = SegmentRecognizer.segments(in: masked, prepared: prepared)
        let number = Interpreter.number(in: masked)
        let unknown = names.names.isEmpty && names.suggestions.isEmpty ? Interpreter.unknownName(in: text, masked: masked) : nil
        // A near-miss name still says the question is about a customer.
        let customerCount = names.names.count + min(names.suggestions.count, 1)
        var scores = scorer.score(prepared, customers: customerCount, segments: segments.count, unknownName: unknown != nil)
        addVotes(to: &scores, text: text, prepared: prepared, segments: segments)

        var reading = decide(scores, language: language, names: names, segments: segments, number: number)
        if let followUp = resolveFollowUp(reading, scores: scores, prepared: prepared, context: context) {
            reading = followUp
        }
        // A request for the user's own customers (focus, borderline, not seen
        // lately) when no customer is named: answered from the book.
        // A plan question ("where should I spend my time this week?") stays a plan.
        let planKinds: Set<Intent.Kind> = [.weeklyPlan, .planReasons, .planCheck, .compare, .whatWouldItTake]
        if names.names.isEmpty, names.suggestions.isEmpty, unknown == nil, !planKinds.contains(reading.intent.kind),
            !reading.isFollowUp || reading.intent == .outOfScope,
            let list = CustomerListQuestion.detect(text),
            // "how much time should B get?" is advice about B, not a list.
            list != .focus || segments.isEmpty
        {
            reading.intent = .segmentMembers
            reading.customerList = list
            reading.confidence = max(reading.confidence, 0.7)
        }
        if reading.intent == .compare {
            let compact = String(text.chars)
            reading.asksDifference = ["differ", "difference", "違い", "違う", "差は", "比較"].contains { compact.contains($0) }
        }
        if reading.intent == .weeklyPlan || reading.intent == .planReasons {
            reading.hours = Interpreter.hours(in: masked)
            if reading.hours != nil { reading.number = nil }
        }
        // An omitted subject or a pronoun ("what would it take to get it into
        // A?", 「じゃあAになるには？」, 「それってギリギリ？」) is the customer last discussed.
        if reading.intent.kind.needsCustomer, reading.customers.isEmpty, reading.didYouMean.isEmpty, unknown == nil,
            !context.customers.isEmpty, reading.intent.kind != .compare || context.customers.count >= 2,
            // One customer last discussed, or a conversation about customers (not a plan's list of picks).
            context.customers.count == 1 || [.explainCustomer, .whatWouldItTake, .compare].contains(context.lastIntent?.kind)
        {
            reading.customers = reading.intent.kind == .compare ? context.customers : [context.customers[0]]
            reading.isFollowUp = true
        } else if reading.customers.isEmpty, reading.didYouMean.isEmpty, unknown == nil, context.customers.count == 1,
            CustomerListQuestion.asksAboutBorderline(text), !CustomerListQuestion.asksForSeveral(text)
        {
            reading.intent = .explainCustomer
            reading.customers = context.customers
            reading.customerList = nil
            reading.isFollowUp = true
        }
        if names.names.count == 1, reading.intent == .outOfScope || reading.intent.kind == .method,
            !reading.hasOutOfScopeCue, CustomerListQuestion.asksLastVisit(text)
        {
            // "when did I last visit X?": the explanation ends with the last visit.
            reading.intent = .explainCustomer
            reading.customers = names.names
        }
        if reading.intent == .explainCustomer, reading.customers.count == 1, CustomerListQuestion.asksAboutBorderline(text) {
            reading.asksBorderline = true
        }
        // "why is Wayne Enterprises a B?", 「ソニー株式会社はどのランク？」: a company the
        // book does not have, asked about by its segment. Say it is not in the
        // list rather than declining the question as off topic.
        if reading.intent == .outOfScope, !reading.hasOutOfScopeCue, unknown != nil,
            !segments.isEmpty || ["ランク", "区分", "領域", "セグメント", "segment", "which box"].contains(where: { String(text.chars).contains($0) })
        {
            reading.intent = .explainCustomer
        }
        if reading.intent.kind.needsCustomer && reading.customers.isEmpty && reading.didYouMean.isEmpty {
            reading.unknownName = unknown
        }
        return reading
    }

    /// Adds to the cue scores what the cue tables cannot see: a one-word
    /// request ("plan"), the learnt model's vote, and words no example
    /// question ever used, which say the question is about something else.
    private func addVotes(to scores: inout IntentScorer.Scores, text: QuestionText, prepared: PreparedQuestion, segments: [Segment]) {
        let bare = String(text.chars.filter { !$0.isWhitespace && !$0.isPunctuation && $0 != "?" && $0 != "？" })
        if let kind = understanding.requests[bare] { scores.total[kind, default: 0] += 3 }
        let features = IntentFeatures.extract(prepared, segments: segments)
        for (kind, probability) in model.probabilities(features) { scores.total[kind, default: 0] += modelWeight * probability }
        // Not when a clear cue phrase says what is asked: new words around it are detail.
        let strongestCue = scores.cues.filter { $0.key != .outOfScope }.values.max() ?? 0
        let unseen = model.unseenWords(features)
        if strongestCue < understanding.setting(.unfamiliarCueLimit),
            Double(unseen.english) >= understanding.setting(.unfamiliarWords)
                || Double(unseen.japanese) >= understanding.setting(.unfamiliarPairs)
        {
            for (kind, weight) in understanding.unfamiliarWeights { scores.total[kind, default: 0] += weight }
        }
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
        _ scores: IntentScorer.Scores, language: Language, names: NameMatches, segments: [Segment], number: Int?
    ) -> Interpretation {
        let ranked = scores.ranked
        let best = ranked[0]
        let runnerUp = ranked.count > 1 ? ranked[1].score : 0
        var kind = best.kind
        let inScopeBest = ranked.first { $0.kind != .outOfScope }?.score ?? 0
        let minimumScore = understanding.setting(.minimumScore)
        if inScopeBest < minimumScore { kind = .outOfScope }
        // A near-miss customer name makes a customer question likely even without a match.
        if kind == .outOfScope, !names.suggestions.isEmpty, (scores.cues[.outOfScope] ?? 0) == 0 {
            kind = .explainCustomer
        }
        let top = max(best.score, 0.0001)
        let confidence = kind == best.kind
            ? min(1, best.score / 6) * 0.5 + 0.5 * max(0, best.score - max(runnerUp, 0)) / top
            : 0
        let alternatives = ranked.filter {
            $0.kind != kind && $0.kind != .outOfScope && $0.score >= max(minimumScore - 0.5, best.score - 1.5)
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
    static func unknownName(in text: QuestionText, masked: QuestionText) -> String? {
        let common = AssistantLexicon.commonWords
        var run: [String] = []
        var best: [String] = []
        for word in masked.asciiWords {
            let original = String(text.chars[word.range])
            if word.capitalized && word.text.count >= 2 && !common.contains(word.text) && !common.contains(Stemmer.stem(word.text)) {
                run.append(original.prefix(1).uppercased() + original.dropFirst())
            } else {
                if run.count > best.count { best = run }
                run = []
            }
        }
        if run.count > best.count { best = run }
        if !best.isEmpty { return best.joined(separator: " ") }
        let lead = masked.chars.prefix { $0.isJapanese && !Interpreter.isHiragana($0) }
        guard lead.count >= 2, lead.count < masked.chars.count, "はがをのとにっさ".contains(masked.chars[lead.count]) else {
            return nil
        }
        let name = String(lead)
        return japanesePhrases.contains { name.contains($0) || $0.contains(name) } ? nil : name
    }

    /// Every Japanese phrase of the tables: a run of kanji holding one is a cue, not a name.
    private static let japanesePhrases: [String] = (Understanding.standard.allCuePhrases
        + AssistantLexicon.segmentSynonyms.flatMap(\.phrases) + CustomerListQuestion.japanesePhrases).filter { !$0.allSatisfy(\.isASCII) }.map {
            String(QuestionText($0).chars)
        }

    static func isHiragana(_ c: Character) -> Bool {
        guard let scalar = c.unicodeScalars.first else { return false }
        return (0x3040...0x309F).contains(scalar.value)
    }
}
