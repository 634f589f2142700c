/// One quiz question drawn from the rep's book, with its answer and the
/// explanation shown when the learner misses it.
public struct QuizQuestion: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// "Which segment is X?" — answered with a letter.
        case segmentOf(Classification)
        /// "Which of these two deserves the visit?" — answered 1 or 2.
        case whichFirst(first: BookStanding, second: BookStanding, answer: Int)
        /// "What should you do with X?" — each option is the action right for one segment.
        case whatToDo(BookStanding, options: [Segment], answer: Int)
        /// "This plan gives … — what is wrong?" — the mistake varies from plan to plan.
        case planShares(mistake: PlanMistake, shares: [Segment: Int], options: [PlanOption], answer: Int)
        /// "Which of these moves is within your reach?" — moves from X's own classification.
        case withinReach(Classification, options: [ReachOption], answer: Int)
        /// "X has this size, yet ranks so on the objective axis — why?"
        case relativeRank(RelativeRank, options: [RankOption], answer: Int)
    }

    public let kind: Kind

    public init(kind: Kind) { self.kind = kind }

    public var topic: QuizTopic {
        switch kind {
        case .segmentOf: .segmentOf
        case .whichFirst: .whichFirst
        case .whatToDo: .whatToDo
        case .planShares: .planMistake
        case .withinReach: .withinReach
        case .relativeRank: .relativeRank
        }
    }

    /// The customers the question names; a quiz names each at most once.
    public var customers: [String] {
        switch kind {
        case .segmentOf(let c): [c.name]
        case .whichFirst(let first, let second, _): [first.name, second.name]
        case .whatToDo(let c, _, _): [c.name]
        case .planShares: []
        case .withinReach(let c, _, _): [c.name]
        case .relativeRank(let question, _, _): [question.customer.name]
        }
    }

    public func prompt(in language: Language) -> [String] {
        switch kind {
        case .segmentOf(let c):
            return [ProseKey.quizPromptSegmentOf.text(in: language, ["customer": c.name, "facts": LessonStep.facts(c, language: language)])]
        case .whichFirst(let first, let second, _):
            return [
                ProseKey.quizPromptWhichFirst.text(in: language),
                "  1. \(first.name): \(LessonStep.facts(first.classification, language: language))",
                "  2. \(second.name): \(LessonStep.facts(second.classification, language: language))",
            ]
        case .whatToDo(let c, _, _):
            let facts = LessonStep.facts(c.classification, language: language)
            return [ProseKey.quizPromptWhatToDo.text(in: language, ["customer": c.name, "facts": facts])]
                + lettered(optionTexts(in: language))
        case .planShares(_, let shares, _, _):
            let text = Segment.allCases.map { "\($0.rawValue) \(shares[$0] ?? 0)%" }.joined(separator: ", ")
            return [ProseKey.quizPromptPlanShares.text(in: language, ["shares": text])]
                + lettered(optionTexts(in: language))
        case .withinReach(let c, _, _):
            return [ProseKey.quizPromptWithinReach.text(in: language, ["customer": c.name, "segment": c.segment?.rawValue ?? "?"])]
                + lettered(optionTexts(in: language))
        case .relativeRank(let question, _, _):
            return [question.prompt(in: language)] + lettered(optionTexts(in: language))
        }
    }

    /// The texts of the lettered options, in order; empty for the other kinds.
    public func optionTexts(in language: Language) -> [String] {
        switch kind {
        case .segmentOf, .whichFirst: []
        case .whatToDo(_, let options, _): options.map { $0.action(in: language) }
        case .planShares(_, _, let options, _): options.map { $0.text(in: language) }
        case .withinReach(_, let options, _): options.map { $0.text(in: language) }
        case .relativeRank(let question, let options, _): options.map { $0.text(for: question, in: language) }
        }
    }

    /// The index of the right option, for the lettered kinds.
    public var answerIndex: Int? {
        switch kind {
        case .segmentOf: nil
        case .whichFirst(_, _, let answer): answer - 1
        case .whatToDo(_, _, let answer), .planShares(_, _, _, let answer), .withinReach(_, _, let answer),
            .relativeRank(_, _, let answer):
            answer
        }
    }

    private func lettered(_ texts: [String]) -> [String] {
        texts.enumerated().map { "  \(ChoiceAnswer.letters[$0.offset]). \($0.element)" }
    }

    /// Grades a typed answer; nil when the answer is not in the expected form.
    public func grade(_ typed: String) -> Bool? {
        let word = NameKey.normalize(typed.trimmingWhitespace)
        switch kind {
        case .segmentOf(let c):
            guard let segment = Segment(letter: word.prefix(1)) else { return nil }
            return segment == c.segment
        case .whichFirst(let first, let second, let answer):
            if word == "1" || word == NameKey.normalize(first.name) { return answer == 1 }
            if word == "2" || word == NameKey.normalize(second.name) { return answer == 2 }
            return nil
        case .whatToDo, .planShares, .withinReach, .relativeRank:
            let texts = Language.allCases.map { optionTexts(in: $0) }
            let options = texts[0].indices.map { i in texts.map { $0[i] } }
            guard let index = ChoiceAnswer.index(of: typed, options: options) else { return nil }
            return index == answerIndex
        }
    }

    /// What a gradable answer looks like, said after one that is not.
    public func expectedAnswer(in language: Language) -> String {
        let en = language == .en
        switch kind {
        case .segmentOf:
            return en ? "Answer with a segment letter: A, B, C or D (or 'stop')." : "A・B・C・Dのいずれかで答えてください（やめるときは 'stop'）。"
        case .whichFirst(let first, let second, _):
            return en
                ? "Answer 1 or 2, or type the customer's name (\(first.name) or \(second.name)); 'stop' ends the quiz."
                : "1か2、または顧客名（\(first.name)か\(second.name)）で答えてください（やめるときは 'stop'）。"
        default:
            return ChoiceAnswer.expected(count: optionTexts(in: language).count, in: language)
        }
    }

    /// Why the right answer is right.
    public func explanation(in language: Language) -> [String] {
        switch kind {
        case .segmentOf(let c):
            return c.explanationLines(in: language)
        case .whichFirst(let first, let second, let answer):
            let (win, lose) = answer == 1 ? (first, second) : (second, first)
            let w = win.classification.segment?.rawValue ?? "?"
            let l = lose.classification.segment?.rawValue ?? "?"
            return [
                ProseKey.quizExplanationWhichFirst.text(
                    in: language,
                    [
                        "first": win.name, "first-segment": w, "first-reason": win.reason(in: language),
                        "second": lose.name, "second-segment": l, "second-reason": lose.reason(in: language),
                    ])
            ]
        case .whatToDo(let c, _, _):
            guard let segment = c.classification.segment else { return [] }
            return [
                ProseKey.quizExplanationWhatToDo.text(
                    in: language,
                    ["customer": c.name, "segment": segment.rawValue, "reason": c.reason(in: language), "action": segment.action(in: language)])
            ]
        case .planShares(let mistake, let shares, _, _):
            return [mistake.explanation(shares, in: language)]
        case .withinReach(let c, let options, let answer):
            var lines = [ProseKey.quizReachExplanation.text(in: language, ["letter": ChoiceAnswer.letters[answer], "customer": c.name])]
            for (i, option) in options.enumerated() {
                lines.append("  \(ChoiceAnswer.letters[i]). \(option.verdict(in: language))")
            }
            return lines
        case .relativeRank(let question, _, _):
            return [question.explanation(in: language)]
        }
    }
}
