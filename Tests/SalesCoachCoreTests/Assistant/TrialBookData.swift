@testable import SalesCoachCore

extension AssistantData {
    /// A trial's book as the assistant sees it on the trials' day, Wednesday
    /// 2026-12-09: imported, classified, with the stub guidance.
    static func trialBook(_ csv: String, source: String) -> AssistantData {
        let customers = try! CustomerImporter.importCustomers(from: Array(csv.utf8), source: source, options: ImportOptions()).customers
        return AssistantData(
            classifications: Classifier().classify(customers), guidance: StubGuidance(), today: LocalDate(year: 2026, month: 12, day: 9)!)
    }

    /// The answer to the last of `lines`, asked one after another in one conversation.
    func answerToLast(of lines: [String]) -> Answer {
        var context = ConversationContext()
        var answer = Assistant.answer(lines[0], context: &context, data: self)
        for line in lines.dropFirst() { answer = Assistant.answer(line, context: &context, data: self) }
        return answer
    }
}
