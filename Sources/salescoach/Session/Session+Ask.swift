import SalesCoachCore
import SalesCoachTerminal

extension Session {
    /// A line that is not a command: the assistant answers it from the book
    /// and the knowledge base, in the language of the question.
    func ask(_ question: String) {
        var data = assistantData
        data.visitLog = (try? workspace.visitLog()) ?? []
        data.planned = (try? workspace.plannedVisits()) ?? []
        let answer = Assistant.answer(question, context: &conversation, data: data)
        for (index, line) in answer.lines.enumerated() {
            console.say(line, style: index == 0 ? Palette.heading : .plain)
        }
        if !answer.citations.isEmpty {
            let label = answer.language == .en ? "See: " : "参考："
            console.say(label + answer.citations.joined(separator: ", "), style: Palette.muted)
        }
    }
}
