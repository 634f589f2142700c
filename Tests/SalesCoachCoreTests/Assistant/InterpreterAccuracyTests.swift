import SalesCoachKnowledgeFiles
import Testing

@testable import SalesCoachCore

/// Intent accuracy and out-of-scope recall on the labelled question set.
@Suite struct InterpreterAccuracyTests {
    /// Measured with the real knowledge base: its trigger phrases are the last resort for unplaced questions.
    static let data = AssistantData(
        classifications: DemoBook.classifications, guidance: DemoBook.knowledge,
        today: LocalDate(year: 2026, month: 11, day: 30)!)

    struct Result {
        let question: LabeledQuestion
        let reading: Interpretation

        var intentRight: Bool { reading.intent.kind == question.intent }
        var entitiesRight: Bool {
            var right = reading.customers == question.customers && reading.segments == question.segments
                && reading.didYouMean.filter { question.suggestions.contains($0) }.count == question.suggestions.count
            if let topic = question.topic, case .method(let found) = reading.intent { right = right && found == topic }
            if let number = question.number { right = right && reading.number == number }
            return right
        }
    }

    static func evaluate(_ questions: [LabeledQuestion]) -> [Result] {
        questions.map { question in
            var context = ConversationContext()
            if let previous = question.previous { _ = Assistant.answer(previous, context: &context, data: data) }
            return Result(question: question, reading: Assistant.answer(question.question, context: &context, data: data).interpretation)
        }
    }

    struct Figures: CustomStringConvertible {
        let total: Int
        let intentAccuracy: Double
        let entityAccuracy: Double
        let outOfScopeRecall: Double
        let outOfScopePrecision: Double
        let japanese: Int

        init(_ results: [Result]) {
            total = results.count
            intentAccuracy = Double(results.filter(\.intentRight).count) / Double(max(total, 1))
            entityAccuracy = Double(results.filter { $0.intentRight && $0.entitiesRight }.count) / Double(max(total, 1))
            let outOfScope = results.filter { $0.question.intent == .outOfScope }
            outOfScopeRecall = Double(outOfScope.filter(\.intentRight).count) / Double(max(outOfScope.count, 1))
            let saidOut = results.filter { $0.reading.intent == .outOfScope }
            outOfScopePrecision = Double(saidOut.filter { $0.question.intent == .outOfScope }.count) / Double(max(saidOut.count, 1))
            japanese = results.filter(\.question.isJapanese).count
        }

        var description: String {
            func pct(_ x: Double) -> String { String(Int((x * 1000).rounded())) .dropLast() + "." + String(Int((x * 1000).rounded())).suffix(1) + "%" }
            return "\(total) questions (\(japanese) Japanese): intent \(pct(intentAccuracy)), intent+entities \(pct(entityAccuracy)), "
                + "out-of-scope recall \(pct(outOfScopeRecall)), precision \(pct(outOfScopePrecision))"
        }
    }

    /// Prints the figures; misses only for the tune split, so the held-out
    /// questions cannot leak into the tables by looking at their failures.
    static func report(_ results: [Result], split: String, showMisses: Bool) -> Figures {
        let figures = Figures(results)
        print("[assistant] \(split): \(figures)")
        for result in results where showMisses && (!result.intentRight || !result.entitiesRight) {
            let r = result.reading
            print("[assistant]   \(result.question): got \(r.intent) \(r.customers) \(r.segments) n=\(r.number.map(String.init) ?? "-") dym=\(r.didYouMean)")
        }
        return figures
    }

    @Test("the tune split: at least 95% of intents and 90% of out-of-scope questions right")
    func tuneSplit() {
        let figures = Self.report(Self.evaluate(QuestionSet.tuneQuestions), split: "tune", showMisses: true)
        for batch in Array(Set(QuestionSet.tuneQuestions.map(\.split))).sorted() {
            _ = Self.report(Self.evaluate(QuestionSet.tuneQuestions.filter { $0.split == batch }), split: batch, showMisses: false)
        }
        #expect(figures.intentAccuracy >= 0.95)
        #expect(figures.outOfScopeRecall >= 0.90)
    }

    /// The targets: 95% of intents and 90% of out-of-scope questions.
    /// Held-out questions are never tuned on, so the floors sit just under
    /// what was measured (96.6% and 94.6% on 728 questions; each batch's
    /// first run is in the issue note): they catch a change that makes unseen
    /// questions worse without anyone looking at these questions' failures.
    /// The targets are 97% of intents and 95% out of scope. The floors
    /// sit at what was measured once the seventh and eighth batches were in
    /// (stacked scorer 92.4% of intents on all 948, 94.8% out of scope; the
    /// learnt scorer 93.4% and 95.6%; 93.9% and 95.6% at the end of that
    /// session), so a change that reads unseen questions worse fails without
    /// anyone looking at their failures; raise them as the figures rise.
    @Test("the held-out split, never tuned on: intents, out of scope and every intent above their floors")
    func heldoutSplit() {
        for batch in QuestionSet.heldoutBatches {
            _ = Self.report(Self.evaluate(QuestionSet.heldout(batch)), split: batch, showMisses: false)
        }
        let results = Self.evaluate(QuestionSet.heldoutQuestions)
        let figures = Self.report(results, split: "heldout (all)", showMisses: false)
        // Common questions ("help", "tell me about X") were written word for word in
        // both splits by different people; the model has learnt the tune ones.
        let tuneTexts = Set(Self.masked(QuestionSet.tuneQuestions).map(\.question))
        let unlike = QuestionSet.heldoutQuestions.filter { question in
            !Self.masked([question]).contains { tuneTexts.contains($0.question) }
        }
        _ = Self.report(Self.evaluate(unlike), split: "heldout (none word for word in tune)", showMisses: false)
        print(Self.confusionTable(results))
        #expect(figures.intentAccuracy >= Self.heldoutIntentFloor)
        #expect(figures.outOfScopeRecall >= 0.93)
        for kind in Intent.Kind.allCases {
            let labelled = results.filter { $0.question.intent == kind }
            guard labelled.count >= 10 else { continue }
            let right = Double(labelled.filter(\.intentRight).count) / Double(labelled.count)
            #expect(right >= Self.intentFloor, "\(kind): \(labelled.filter(\.intentRight).count) of \(labelled.count)")
        }
    }

    static let heldoutIntentFloor = 0.93
    /// No intent with ten or more held-out questions may fall below this.
    static let intentFloor = 0.80

    /// Rows: the label; columns: what was read. Counts only, no questions, so
    /// nothing of the held-out text leaks into tuning.
    static func confusionTable(_ results: [Result]) -> String {
        let kinds = Intent.Kind.allCases
        let short: [Intent.Kind: String] = [
            .weeklyPlan: "plan", .planReasons: "why", .explainCustomer: "expl", .segmentMembers: "memb",
            .segmentAdvice: "advc", .method: "meth", .countAndShare: "cnt", .whatWouldItTake: "take",
            .planCheck: "chck", .compare: "cmp", .help: "help", .outOfScope: "out",
        ]
        func cell(_ text: String) -> String { String(repeating: " ", count: max(0, 5 - text.count)) + text }
        var lines = ["[assistant] confusion (label → read):", "[assistant] " + cell("") + kinds.map { cell(short[$0]!) }.joined()]
        for label in kinds {
            let row = results.filter { $0.question.intent == label }
            guard !row.isEmpty else { continue }
            lines.append("[assistant] " + cell(short[label]!) + kinds.map { read in
                let n = row.filter { $0.reading.intent.kind == read }.count
                return cell(n == 0 ? "." : String(n))
            }.joined())
        }
        return lines.joined(separator: "\n")
    }

    @Test("the set is large and bilingual enough to mean something")
    func setShape() {
        let tune = QuestionSet.tuneQuestions
        let heldout = QuestionSet.heldoutQuestions
        let all = tune + heldout
        #expect(all.count >= 170)
        #expect(heldout.count >= 50)
        #expect(Double(all.filter(\.isJapanese).count) / Double(all.count) >= 0.4)
        for kind in Intent.Kind.allCases {
            #expect(tune.contains { $0.intent == kind }, "no tune question for \(kind)")
        }
        #expect(all.filter { $0.intent == .outOfScope }.count >= 20)
    }

    /// The labelled questions asked on their own, each labelled customer's
    /// name masked as ◆: how a held-out question written word for word like a
    /// tune one ("help", "tell me about X") is recognised.
    static func masked(_ questions: [LabeledQuestion]) -> [(kind: Intent.Kind, question: String)] {
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
}
