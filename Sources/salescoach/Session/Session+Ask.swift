import SalesCoachCore
import SalesCoachTerminal

extension Session {
    /// A line that is not a command: the assistant answers it from the book
    /// and the knowledge base, in the language of the question.
    func ask(_ question: String) {
        let answer = Assistant.answer(question, context: &conversation, data: currentAssistantData())
        // The answer's last line already cites the knowledge entries it used.
        for (index, line) in answer.lines.enumerated() {
            let isCitation = index == answer.lines.count - 1 && !answer.citations.isEmpty
            console.say(line, style: index == 0 ? Palette.heading : isCitation ? Palette.muted : .plain)
        }
    }
}
