import SalesCoachCore
import SalesCoachTerminal

extension Session {
    /// `learn`: six short steps on the rep's own customers (or the demo book's).
    func learn(reader: inout some LineReader) {
        let steps = Lesson.steps(for: classifications)
        guard !steps.isEmpty else {
            console.say(LearningMessage.lessonNeedsCustomers)
            return
        }
        var correct = 0
        for (number, step) in steps.enumerated() {
            console.say("")
            console.say(LearningMessage.step(number: number + 1, of: steps.count), style: Palette.heading)
            console.say(step.introduction(in: language))
            console.say(step.question(in: language))
            guard let verdict = askUntilAnswered(reader: &reader, expected: step.expectedAnswer(in: language), grade: step.grade)
            else { return }
            if verdict {
                correct += 1
                console.say(LearningMessage.stepRight(step.answer), style: Palette.success)
            } else {
                console.say(LearningMessage.stepWrong(step.answer), style: Palette.warning)
            }
            console.say(lines: Array(step.customer.explanationLines(in: language, cut: config.classifier.cut).dropFirst()))
            console.say(step.takeaway(in: language), style: Palette.heading)
            if let id = step.knowledgeIDs.last, let entry = knowledge.entry(id: id) {
                console.say("  [\(entry.id)] " + (entry.paragraphs(in: language).first ?? ""), style: Palette.muted)
            }
        }
        console.say("")
        console.say(LearningMessage.lessonDone(correct: correct, of: steps.count), style: Palette.heading)
    }

    /// `quiz [N] [--seed S]`: the seed is today's by default, so a day's quiz is the same quiz.
    func quiz(count: Int, seed: UInt64?, reader: inout some LineReader) throws {
        let seed = seed ?? UInt64(max(0, today.dayNumber))
        let questions = Quiz.questions(from: classifications, count: count, seed: seed, scoring: config.classifier.mode)
        guard !questions.isEmpty else {
            console.say(LearningMessage.quizNeedsCustomers)
            return
        }
        if let note = Quiz.shortfallNote(asked: questions.count, requested: count, in: language) {
            console.say(note, style: Palette.muted)
        }
        var score = 0
        for (number, question) in questions.enumerated() {
            console.say("")
            console.say(LearningMessage.question(number: number + 1, of: questions.count), style: Palette.heading)
            console.say(lines: question.prompt(in: language))
            guard let verdict = askUntilAnswered(reader: &reader, expected: question.expectedAnswer(in: language), grade: question.grade)
            else { return }
            if verdict {
                score += 1
                console.say(LearningMessage.correct, style: Palette.success)
            } else {
                console.say(LearningMessage.notThisTime, style: Palette.warning)
                console.say(lines: question.explanation(in: language))
            }
        }
        console.say("")
        console.say(LearningMessage.score(score, of: questions.count), style: Palette.heading)
    }

    /// Reads answers until one can be graded; nil when the user stops (end of input, "stop").
    /// An answer that cannot be graded is not marked wrong: `expected` says what to type.
    private func askUntilAnswered(reader: inout some LineReader, expected: String, grade: (String) -> Bool?) -> Bool? {
        interruptEndsPrompt.store(true, ordering: .relaxed)
        defer { interruptEndsPrompt.store(false, ordering: .relaxed) }
        while true {
            let read: String?
            do { read = try reader.readLine(prompt: reader.isInteractive ? "  > " : "") } catch { fail(error); continue }
            guard let line = read else { return nil }
            if interruptRequested.exchange(false, ordering: .relaxed) {
                console.raw("")
                console.say(LearningMessage.stoppedByInterrupt, style: Palette.muted)
                return nil
            }
            let answer = line.trimmingWhitespace
            if ["quit", "exit", "stop", "q", "やめる"].contains(answer.lowercased()) {
                console.say(LearningMessage.stopped, style: Palette.muted)
                return nil
            }
            if let verdict = grade(answer) { return verdict }
            console.say(expected, style: Palette.muted)
        }
    }
}
