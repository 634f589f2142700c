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
        for batch in ["tune", "tune-more", "tune-third", "tune-fourth", "tune-fifth", "tune-sixth"] {
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
    @Test("the held-out split, never tuned on: at least 95% of intents and 93% out of scope (targets 95% and 90%; measured 96.6%, 94.6%)")
    func heldoutSplit() {
        _ = Self.report(Self.evaluate(QuestionSet.heldoutEarlyQuestions), split: "heldout (before the interpreter)", showMisses: false)
        _ = Self.report(Self.evaluate(QuestionSet.heldoutLateQuestions), split: "heldout (later batch)", showMisses: false)
        _ = Self.report(Self.evaluate(QuestionSet.heldoutThirdQuestions), split: "heldout (third batch)", showMisses: false)
        _ = Self.report(Self.evaluate(QuestionSet.heldoutFourthQuestions), split: "heldout (fourth batch)", showMisses: false)
        _ = Self.report(Self.evaluate(QuestionSet.heldoutFifthQuestions), split: "heldout (fifth batch)", showMisses: false)
        _ = Self.report(Self.evaluate(QuestionSet.heldoutSixthQuestions), split: "heldout (sixth batch)", showMisses: false)
        let figures = Self.report(Self.evaluate(QuestionSet.heldoutQuestions), split: "heldout (all)", showMisses: false)
        // Common questions ("help", "tell me about X") were written word for word in
        // both splits by different people; the model has learnt the tune ones.
        let tuneTexts = Set(IntentExampleWriter.examples(QuestionSet.tuneQuestions).map(\.question))
        let unlike = QuestionSet.heldoutQuestions.filter { question in
            !IntentExampleWriter.examples([question]).contains { tuneTexts.contains($0.question) }
        }
        _ = Self.report(Self.evaluate(unlike), split: "heldout (none word for word in tune)", showMisses: false)
        #expect(figures.intentAccuracy >= 0.95)
        #expect(figures.outOfScopeRecall >= 0.93)
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
}
