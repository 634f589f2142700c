import SalesCoachCore
import SalesCoachTerminal

extension Session {
    /// `learn`: six short steps on the rep's own customers (or the demo book's).
    func learn(reader: inout some LineReader) {
        let steps = Lesson.steps(for: classifications)
        guard !steps.isEmpty else {
            console.say(
                language == .en
                    ? "The lesson needs classified customers. Load your book, or start with: salescoach --demo"
                    : "レッスンには分類済みの顧客が必要です。顧客リストを読み込むか、salescoach --demo で始めてください。")
            return
        }
        let en = language == .en
        var correct = 0
        for (number, step) in steps.enumerated() {
            console.say("")
            console.say(en ? "Step \(number + 1) of \(steps.count)" : "ステップ \(number + 1) / \(steps.count)", style: Palette.heading)
            console.say(step.introduction(in: language))
            console.say(step.question(in: language))
            guard let verdict = askUntilAnswered(reader: &reader, expected: step.expectedAnswer(in: language), grade: step.grade)
            else { return }
            if verdict {
                correct += 1
                console.say(en ? "Right — it is \(step.answer.rawValue)." : "正解です。\(step.answer.rawValue)です。", style: Palette.success)
            } else {
                console.say(en ? "Not quite — it is \(step.answer.rawValue)." : "残念、正解は\(step.answer.rawValue)です。", style: Palette.warning)
            }
            console.say(lines: Array(step.customer.explanationLines(in: language, cut: config.classifier.cut).dropFirst()))
            console.say(step.takeaway(in: language), style: Palette.heading)
            if let id = step.knowledgeIDs.last, let entry = knowledge.entry(id: id) {
                console.say("  [\(entry.id)] " + (entry.paragraphs(in: language).first ?? ""), style: Palette.muted)
            }
        }
        console.say("")
        console.say(
            en
                ? "Lesson done: \(correct) of \(steps.count) placed right. Try 'quiz' to practise, or ask 'why focus on B?'."
                : "レッスン終了：\(steps.count)問中\(correct)問正解。'quiz' で練習するか、「なぜBに注力するの？」と聞いてみてください。",
            style: Palette.heading)
    }

    /// `quiz [N] [--seed S]`: the seed is today's by default, so a day's quiz is the same quiz.
    func quiz(count: Int, seed: UInt64?, reader: inout some LineReader) throws {
        let seed = seed ?? UInt64(max(0, today.dayNumber))
        let questions = Quiz.questions(from: classifications, count: count, seed: seed, scoring: config.classifier.mode)
        guard !questions.isEmpty else {
            console.say(language == .en ? "The quiz needs classified customers; load a book first." : "クイズには分類済みの顧客が必要です。")
            return
        }
        let en = language == .en
        if let note = Quiz.shortfallNote(asked: questions.count, requested: count, in: language) {
            console.say(note, style: Palette.muted)
        }
        var score = 0
        for (number, question) in questions.enumerated() {
            console.say("")
            console.say(en ? "Question \(number + 1) of \(questions.count)" : "第\(number + 1)問 / \(questions.count)問", style: Palette.heading)
            console.say(lines: question.prompt(in: language))
            guard let verdict = askUntilAnswered(reader: &reader, expected: question.expectedAnswer(in: language), grade: question.grade)
            else { return }
            if verdict {
                score += 1
                console.say(en ? "Correct." : "正解です。", style: Palette.success)
            } else {
                console.say(en ? "Not this time:" : "不正解：", style: Palette.warning)
                console.say(lines: question.explanation(in: language))
            }
        }
        console.say("")
        console.say(en ? "Score: \(score) of \(questions.count)." : "得点：\(questions.count)問中\(score)問。", style: Palette.heading)
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
                console.say(language == .en ? "Stopped (Ctrl-C)." : "中断しました（Ctrl-C）。", style: Palette.muted)
                return nil
            }
            let answer = line.trimmingWhitespace
            if ["quit", "exit", "stop", "q", "やめる"].contains(answer.lowercased()) {
                console.say(language == .en ? "Stopped." : "中断しました。", style: Palette.muted)
                return nil
            }
            if let verdict = grade(answer) { return verdict }
            console.say(expected, style: Palette.muted)
        }
    }
}
