/// Draws quiz questions from a classified book, repeatably for a given seed.
public enum Quiz {
    /// Up to `count` questions mixing every kind in `QuizTopic`, in rounds:
    /// each round asks each kind the book can still support once, in an order
    /// fixed by the seed. No customer is named twice in one quiz, so a small
    /// book runs out: the quiz then stops early (see `shortfallNote`).
    ///
    /// The relative-rank question is asked only under relative scoring
    /// (`scoring`), the one where a company's rank depends on the book.
    public static func questions(
        from classifications: [Classification], count: Int, seed: UInt64, scoring: ClassifierConfig.Mode = .relative
    ) -> [QuizQuestion] {
        var random = SeededRandom(seed: seed)
        guard count > 0, classifications.contains(where: { $0.segment != nil }) else { return [] }
        var draw = QuizDraw(book: classifications, relative: scoring == .relative)
        let order = QuizTopic.allCases.shuffled(using: &random)
        let mistakes = PlanMistake.allCases.shuffled(using: &random)
        var questions: [QuizQuestion] = []
        var round = 0
        while questions.count < count {
            // The kinds that need a particular customer pick first, so that
            // "which segment is X?" cannot take the one customer they could use.
            var drawn: [QuizTopic: QuizQuestion] = [:]
            for topic in [QuizTopic.withinReach, .relativeRank, .whichFirst, .whatToDo, .segmentOf] {
                if let question = draw.question(topic, using: &random) { drawn[topic] = question }
            }
            // A made-up plan names no customer; it comes only with a round that does.
            guard !drawn.isEmpty else { break }
            drawn[.planMistake] = draw.plan(mistakes[round % mistakes.count], using: &random)
            for topic in order where questions.count < count {
                if let question = drawn[topic] { questions.append(question) }
            }
            round += 1
        }
        return questions
    }

    /// The note for a quiz that came out shorter than asked, else nil.
    public static func shortfallNote(asked: Int, requested: Int, in language: Language) -> String? {
        guard asked < requested else { return nil }
        switch language {
        case .en:
            let questions = asked == 1 ? "1 question" : "\(asked) questions"
            return "Your book has enough customers for \(questions); asking \(asked)."
        case .ja:
            return "このリストの顧客数で出せるのは\(asked)問までです（同じ顧客は一度しか出しません）。\(asked)問出題します。"
        }
    }
}
