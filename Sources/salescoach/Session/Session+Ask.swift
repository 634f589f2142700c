import SalesCoachCore
import SalesCoachTerminal

extension Session {
    /// A line that is not a command: the assistant answers it from the book
    /// and the knowledge base, in the language of the question.
    func ask(_ question: String) {
        let answer = Assistant.answer(question, context: &conversation, data: currentAssistantData())
        // The assistant plans the current week; a plan for a week ahead
        // ("plan next week", 来週の訪問予定) is the plan command's, in the question's language.
        if answer.interpretation.intent == .weeklyPlan, let weeks = WeekSpec.weeksAhead(in: question) {
            let start = today.startOfWeek.adding(days: 7 * weeks)
            let saved = language
            language = answer.language
            defer { language = saved }
            do {
                try plan(["--week", start.description] + (answer.interpretation.number.map { [String($0)] } ?? []))
            } catch {
                fail(String(describing: error))
            }
            return
        }
        // The answer's last line already cites the knowledge entries it used.
        for (index, line) in answer.lines.enumerated() {
            let isCitation = index == answer.lines.count - 1 && !answer.citations.isEmpty
            console.say(line, style: index == 0 ? Palette.heading : isCitation ? Palette.muted : .plain)
        }
    }
}
