import SalesCoachKnowledgeFiles
import Testing

@testable import SalesCoachCore

/// The assistant against the knowledge base the program ships: every entry it
/// can cite exists, and no answer cites one that does not.
@Suite struct AssistantKnowledgeTests {
    static let knowledge: KnowledgeBase? = try? KnowledgeBase(files: EmbeddedKnowledge.files)

    /// Every id the assistant's code and tables refer to.
    static var citable: [String] {
        var ids = Understanding.standard.topicCues.map(\.topic)
        ids += Segment.allCases.map(Answerer.segmentEntry)
        ids += Segment.allCases.compactMap(Answerer.companionEntry)
        ids += ["borderline", "scoring", "weekly-plan", "plan-check", "method-overview", "help", "axis-objective", "axis-record"]
        return Array(Set(ids)).sorted()
    }

    @Test("every entry the assistant can cite is in the knowledge base, in both languages")
    func citableEntriesExist() throws {
        let knowledge = try #require(Self.knowledge)
        for id in Self.citable {
            #expect(knowledge.guidance(id: id, in: .en)?.lines.isEmpty == false, "missing or empty: \(id)")
            #expect(knowledge.guidance(id: id, in: .ja)?.lines.isEmpty == false, "missing or empty: \(id)")
        }
    }

    @Test("answers to every labelled question cite only entries that exist, and quote the entry a method question is about")
    func answersCiteRealEntries() throws {
        let knowledge = try #require(Self.knowledge)
        let data = AssistantData(
            classifications: DemoBook.classifications, guidance: knowledge, today: LocalDate(year: 2026, month: 11, day: 30)!)
        for question in QuestionSet.tuneQuestions + QuestionSet.heldoutQuestions {
            var context = ConversationContext()
            if let previous = question.previous { _ = Assistant.answer(previous, context: &context, data: data) }
            let answer = Assistant.answer(question.question, context: &context, data: data)
            #expect(!answer.lines.isEmpty, "\(question)")
            for id in answer.citations { #expect(knowledge.entry(id: id) != nil, "\(question) cites \(id)") }
            if case .method(let topic) = answer.interpretation.intent, let entry = knowledge.entry(id: topic) {
                #expect(answer.lines.first == entry.title(in: answer.language), "\(question)")
            }
        }
    }

    @Test("a question the tables cannot place is answered from a knowledge trigger, and a far-off one is not")
    func triggerFallback() throws {
        let knowledge = try #require(Self.knowledge)
        let data = AssistantData(classifications: DemoBook.classifications, guidance: knowledge, today: LocalDate(year: 2026, month: 11, day: 30)!)
        var context = ConversationContext()
        let placed = Assistant.answer("why did the check warn me", context: &context, data: data)
        // The tables alone place it nowhere: declined, or the overview for want of a topic.
        let reading = data.interpreter.interpret("why did the check warn me")
        #expect(reading.intent == .outOfScope || reading.topicIsFallback)
        #expect(placed.interpretation.intent == .method(topic: "plan-check"))
        let weather = Assistant.answer("what's the weather?", context: &context, data: data)
        #expect(weather.interpretation.intent == .outOfScope)
    }
}
