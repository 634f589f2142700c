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
/// tables; resolve follow-ups against the conversation. Deterministic: the
/// same question, book and context always give the same reading.
public struct Interpreter: Sendable {
    public let matcher: CustomerMatcher
    let scorer: IntentScorer
    let vocabulary: Vocabulary
    let model: IntentModel
    /// How much the model's vote weighs against the cue tables.
    let modelWeight: Double

    public init(index: NameIndex) {
        self.init(matcher: CustomerMatcher(index: index), model: Interpreter.sharedModel)
    }

    /// With another model or weight: for measuring the model on examples it did not learn from.
    init(matcher: CustomerMatcher, model: IntentModel, modelWeight: Double = Interpreter.modelWeight) {
        self.matcher = matcher
        scorer = Interpreter.sharedScorer
        vocabulary = Interpreter.sharedVocabulary
        self.model = model
        self.modelWeight = modelWeight
    }

    public init(names: [String]) { self.init(index: NameIndex(names: names)) }

    /// Questions are read up to this many characters: no rep types more, and
    /// pasted text must not make an answer slow.
    public static let maximumLength = 500

    // The tables are constant; compile them once per process.
    private static let sharedScorer = IntentScorer()
    private static let sharedVocabulary = Vocabulary()
    private static let sharedModel = model(learning: IntentExamples.all)
    /// A sure vote of the model (probability 1) counts like one strong cue phrase.
    static let modelWeight = 3.0

    /// A model learnt from `examples`, questions with names already masked.
    static func model(
        learning examples: [(kind: Intent.Kind, question: String)], temperature: Double = IntentModel.temperature
    ) -> IntentModel {
        IntentModel(examples: examples.map { example in
            let masked = QuestionText(example.question)
            let prepared = prepare(masked, vocabulary: sharedVocabulary)
            return (example.kind, IntentFeatures.extract(prepared, segments: SegmentRecognizer.segments(in: masked, prepared: prepared)))
        }, temperature: temperature)
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
        let bare = String(text.chars.filter { !$0.isWhitespace && !$0.isPunctuation && $0 != "?" && $0 != "？" })
        if let kind = Interpreter.bareRequests[bare] { scores.total[kind, default: 0] += 3 }
        let features = IntentFeatures.extract(prepared, segments: segments)
        let votes = model.probabilities(features)
        for (kind, probability) in votes { scores.total[kind, default: 0] += modelWeight * probability }
        // Words no example question ever used say the question is about something else.
        let unseen = model.unseenWords(features)
        // Not when a clear cue phrase says what is asked: new words around it are detail.
        let strongestCue = scores.cues.filter { $0.key != .outOfScope }.values.max() ?? 0
        if strongestCue < IntentCues.unfamiliarCueLimit, unseen.english >= IntentCues.unfamiliarWords || unseen.japanese >= IntentCues.unfamiliarPairs {
            for (kind, weight) in IntentCues.unfamiliar { scores.total[kind, default: 0] += weight }
        }

        var reading = decide(scores, language: language, names: names, segments: segments, number: number)
        if let followUp = resolveFollowUp(reading, scores: scores, prepared: prepared, context: context) {
            reading = followUp
        }
        if reading.intent.kind.needsCustomer && reading.customers.isEmpty && reading.didYouMean.isEmpty {
            reading.unknownName = unknown
        }
        return reading
    }

    /// Stemmed, typo-corrected words and the compact characters of the masked question.
    func prepare(_ masked: QuestionText) -> PreparedQuestion {
        Interpreter.prepare(masked, vocabulary: vocabulary)
    }

    static func prepare(_ masked: QuestionText, vocabulary: Vocabulary) -> PreparedQuestion {
        let words = masked.asciiWords.flatMap { word -> [String] in
            // "what's a C customer" asks "what is": keep the verb the contraction hid.
            if let expanded = contractions[word.text] { return expanded }
            return [vocabulary.corrected(Stemmer.stem(word.text))]
        }
        return PreparedQuestion(words: words, compact: masked.compact.chars)
    }

    static let contractions: [String: [String]] = [
        "whats": ["what", "is"], "whos": ["who", "is"], "hows": ["how", "is"], "wheres": ["where", "is"],
        "whys": ["why", "is"], "thats": ["that", "is"], "its": ["it", "is"],
    ]

    private func decide(
        _ scores: IntentScorer.Scores, language: Language, names: NameMatches, segments: [Segment], number: Int?
    ) -> Interpretation {
        let ranked = scores.ranked
        let best = ranked[0]
        let runnerUp = ranked.count > 1 ? ranked[1].score : 0
        var kind = best.kind
        let inScopeBest = ranked.first { $0.kind != .outOfScope }?.score ?? 0
        if inScopeBest < IntentCues.minimumScore { kind = .outOfScope }
        // A near-miss customer name makes a customer question likely even without a match.
        if kind == .outOfScope, !names.suggestions.isEmpty, (scores.cues[.outOfScope] ?? 0) == 0 {
            kind = .explainCustomer
        }
        let top = max(best.score, 0.0001)
        let confidence = kind == best.kind
            ? min(1, best.score / 6) * 0.5 + 0.5 * max(0, best.score - max(runnerUp, 0)) / top
            : 0
        let alternatives = ranked.filter {
            $0.kind != kind && $0.kind != .outOfScope && $0.score >= max(IntentCues.minimumScore - 0.5, best.score - 1.5)
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

    /// A count in the question ("plan 12 visits", "10件", "five visits",
    /// 「五件」), 1–999; dates and long numbers are not counts, and a number
    /// word only counts next to what is counted ("which one" is no count).
    static func number(in masked: QuestionText) -> Int? {
        let words = masked.asciiWords
        for (i, word) in words.enumerated() {
            if word.text.allSatisfy(\.isNumber) {
                guard word.text.count <= 3 else { continue }
                let before = word.range.lowerBound > 0 ? masked.chars[word.range.lowerBound - 1] : " "
                let after = word.range.upperBound < masked.chars.count ? masked.chars[word.range.upperBound] : " "
                let counted = i + 1 < words.count && countedWords.contains(Stemmer.stem(words[i + 1].text))
                if "-/.:".contains(before) || ("-/.:".contains(after) && !(after == "-" && counted)) { continue }
                // "1週間", "2 weeks", "3日", "8%": a length of time or a share, not a count of visits.
                let rest = masked.chars[word.range.upperBound...].drop { $0 == " " }
                if timeUnits.contains(where: { rest.starts(with: $0) }) { continue }
                if i + 1 < words.count, words[i + 1].range.lowerBound - word.range.upperBound <= 1,
                    timeWords.contains(Stemmer.stem(words[i + 1].text))
                {
                    continue
                }
                if let value = Int(word.text), value > 0 { return value }
            } else if word.text == "half", i + 2 < words.count, words[i + 1].text == "a", words[i + 2].text == "dozen" {
                return 6
            } else if let value = numberWords[word.text] {
                let next = words[(i + 1)..<min(words.count, i + 2)].map { Stemmer.stem($0.text) }
                let previous = i > 0 ? words[i - 1].text : ""
                if next.contains(where: countedWords.contains) || ["me", "it", "only", "just", "do", "to", "about"].contains(previous)
                    || next.first == "max" || next.first == "instead"
                {
                    return value
                }
            }
        }
        return kanjiCount(in: masked.compact.chars)
    }

    static let numberWords: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "dozen": 12,
    ]
    /// Units after a number that make it a time or a share, not a count.
    static let timeUnits: [[Character]] = ["週", "日", "時", "ヶ月", "か月", "ヵ月", "カ月", "年", "分", "%", "％", "割", "つに"].map(Array.init)
    static let timeWords: Set<String> = ["week", "day", "hour", "month", "year", "minute", "percent", "pm", "am", "weeks"]

    /// Questions of one word that are plainly a request: "plan", 「予定」.
    static let bareRequests: [String: Intent.Kind] = [
        "plan": .weeklyPlan, "schedule": .weeklyPlan, "visits": .weeklyPlan, "予定": .weeklyPlan, "計画": .weeklyPlan,
        "訪問計画": .weeklyPlan, "今週": .weeklyPlan, "来週": .weeklyPlan, "check": .planCheck, "チェック": .planCheck,
    ]

    /// What a visit count counts, stemmed.
    static let countedWords: Set<String> = [
        "visit", "customer", "account", "call", "stop", "slot", "meet", "appointment", "company", "client", "place",
        "more", "max", "maximum",
    ]

    /// A count in kanji before a counter word: 五件, 十二社, 三か所.
    static func kanjiCount(in chars: [Character]) -> Int? {
        let digits: [Character: Int] = ["一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9]
        let counters = ["件", "社", "軒", "か所", "ヶ所", "箇所", "カ所", "ヵ所", "回", "つ"]
        var i = 0
        while i < chars.count {
            guard digits[chars[i]] != nil || chars[i] == "十" || chars[i] == "百" else {
                i += 1
                continue
            }
            var j = i
            var total = 0
            var current = 0
            while j < chars.count {
                if let d = digits[chars[j]] {
                    current = d
                } else if chars[j] == "十" {
                    total += max(current, 1) * 10
                    current = 0
                } else if chars[j] == "百" {
                    total += max(current, 1) * 100
                    current = 0
                } else {
                    break
                }
                j += 1
            }
            total += current
            let rest = chars[j...]
            if total > 0, total < 1000, counters.contains(where: { rest.starts(with: $0) }) { return total }
            i = j
        }
        return nil
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
    private static let japanesePhrases: [String] = (IntentCues.allPhrases + TopicCues.allPhrases
        + AssistantLexicon.segmentSynonyms.flatMap(\.1)).filter { !$0.allSatisfy(\.isASCII) }.map {
            String(QuestionText($0).chars)
        }

    static func isHiragana(_ c: Character) -> Bool {
        guard let scalar = c.unicodeScalars.first else { return false }
        return (0x3040...0x309F).contains(scalar.value)
    }
}
