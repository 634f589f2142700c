import Testing

@testable import SalesCoachCore

/// Judged by what the answer says, not by which intent was read: the held-out
/// batches that carry answer-level expectations (`mentions | within | excludes`
/// after the usual fields) are asked through `Assistant.answer` on the demo
/// book, and an answer is right only when it names what it must, names no
/// customer outside the right set, names none it must not (the customer
/// meant, never a similar one) and speaks the question's language.
@Suite struct AnswerAccuracyTests {
    typealias A = InterpreterAccuracyTests

    struct Expectation {
        /// Customer names, or `=text` for literal text, every right answer holds.
        let mentions: [String]
        /// For list answers: every customer that may be named (nil: not a list).
        let within: Set<String>?
        let excludes: [String]

        init?(_ question: LabeledQuestion) {
            guard question.more.count >= 3 else { return nil }
            func names(_ field: String) -> [String] {
                field.split(separator: "+").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            }
            mentions = names(question.more[0])
            within = question.more[1] == "*" || question.more[1].isEmpty ? nil : Set(names(question.more[1]))
            excludes = names(question.more[2])
        }
    }

    struct Verdict {
        let question: LabeledQuestion
        let problems: [String]
        var right: Bool { problems.isEmpty }
    }

    static let bookNames = DemoBook.names

    /// Japanese when the question holds Japanese outside the customer names it labels.
    static func expectedLanguage(_ question: LabeledQuestion) -> Language {
        var text = question.question
        for name in question.customers + question.suggestions { text = text.replacingOccurrences(of: name, with: " ") }
        return text.contains { $0.isJapanese } ? .ja : .en
    }

    static let reps = RepName.reps(of: DemoBook.customers)

    /// The data a question is answered from, as the session does it: a
    /// question naming a rep ("Emily's B customers") is answered on that rep's
    /// customers, ranked as their own book.
    static func data(for question: String) -> AssistantData {
        guard let rep = RepName.named(in: question, reps: reps, customerNames: bookNames) else { return A.data }
        return AssistantData(
            classifications: Classifier().classify(RepName.customers(of: rep, in: DemoBook.customers)), guidance: DemoBook.knowledge,
            today: A.data.today)
    }

    static func judge(_ question: LabeledQuestion, _ expectation: Expectation) -> Verdict {
        var context = ConversationContext()
        if let previous = question.previous { _ = Assistant.answer(previous, context: &context, data: data(for: previous)) }
        let answer = Assistant.answer(question.question, context: &context, data: data(for: question.question))
        let text = answer.lines.joined(separator: "\n")
        var problems: [String] = []
        for item in expectation.mentions {
            let literal = item.hasPrefix("=") ? String(item.dropFirst()) : item
            if !text.contains(literal) { problems.append("missing \(item)") }
        }
        if let within = expectation.within {
            let allowed = within.union(expectation.mentions).union(question.customers)
            // A longer name that holds a shorter one counts once, as the longer.
            let named = bookNames.filter { text.contains($0) }
            let outside = named.filter { name in !allowed.contains(name) && !named.contains { $0 != name && $0.contains(name) && allowed.contains($0) } }
            if !outside.isEmpty { problems.append("outside the set: \(outside)") }
        }
        for name in expectation.excludes where text.contains(name) { problems.append("names \(name)") }
        if answer.language != expectedLanguage(question) { problems.append("answered in \(answer.language)") }
        return Verdict(question: question, problems: problems)
    }

    static func verdicts(_ questions: [LabeledQuestion]) -> [Verdict] {
        questions.compactMap { question in Expectation(question).map { judge(question, $0) } }
    }

    static func percent(_ part: Int, _ whole: Int) -> String {
        let tenths = Int((Double(part) / Double(max(whole, 1)) * 1000).rounded())
        return "\(tenths / 10).\(tenths % 10)%"
    }

    /// Figures only: the held-out questions' failures are never printed, so
    /// they cannot leak into tuning.
    @Test("held-out answers carry the right customers, numbers and language (target 95%)")
    func heldoutAnswers() {
        var all: [Verdict] = []
        for batch in QuestionSet.heldoutBatches {
            let verdicts = Self.verdicts(QuestionSet.heldout(batch))
            guard !verdicts.isEmpty else { continue }
            all += verdicts
            print("[answers] \(batch): \(verdicts.filter(\.right).count) of \(verdicts.count) right (\(Self.percent(verdicts.filter(\.right).count, verdicts.count)))")
        }
        let wrongCustomer = all.filter { $0.problems.contains { $0.hasPrefix("names ") } }.count
        print("[answers] all: \(all.filter(\.right).count) of \(all.count) right (\(Self.percent(all.filter(\.right).count, all.count))); about another customer: \(wrongCustomer)")
        #expect(all.count >= 200)
        #expect(Double(all.filter(\.right).count) / Double(max(all.count, 1)) >= Self.answerFloor)
        #expect(wrongCustomer <= Self.wrongCustomerCeiling)
    }

    /// The tune batches that say what a right answer holds; their misses are
    /// printed, since tune questions may be studied.
    @Test("tune answers carry the right customers, numbers and language (at least 90%)")
    func tuneAnswers() {
        let verdicts = Self.verdicts(QuestionSet.tuneQuestions)
        print("[answers] tune: \(verdicts.filter(\.right).count) of \(verdicts.count) right (\(Self.percent(verdicts.filter(\.right).count, verdicts.count)))")
        for verdict in verdicts where !verdict.right { print("[answers]   \(verdict.question): \(verdict.problems)") }
        #expect(verdicts.count >= 100)
        #expect(Double(verdicts.filter(\.right).count) / Double(max(verdicts.count, 1)) >= 0.9)
    }

    /// The first run of the seventh and eighth batches (stacked scorer): 179
    /// of 220 answers right (81.4%), 5 naming a customer they must not; with
    /// the learnt scorer 184 (83.6%) and 6; at the end of that session, after
    /// work on tune questions and a new-user trial only, 197 (89.5%) and none.
    /// The targets are 95% and none; the floor stops a change that makes
    /// answers worse.
    static let answerFloor = 0.89
    static let wrongCustomerCeiling = 0
}
