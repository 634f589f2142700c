/// The mistake a made-up visit plan shows in the quiz's "what is wrong with
/// this plan?" question. The plans differ so that the learner has to read the
/// numbers: a rote "too much C" is right for only one of them. The words
/// are in knowledge/prose/quiz.prose.
public enum PlanMistake: String, Sendable, Hashable, CaseIterable {
    /// C gets more visits than B.
    case tooMuchC
    /// B, the main target, gets less than some other segment.
    case tooLittleB
    /// A gets no visits at all: the after-sales follow-up is dropped.
    case aFollowUpDropped

    /// The option that names this mistake.
    public var option: PlanOption {
        switch self {
        case .tooMuchC: .tooMuchC
        case .tooLittleB: .tooLittleB
        case .aFollowUpDropped: .aFollowUpDropped
        }
    }

    /// A plan, in percent of visits per segment, that shows this mistake and
    /// no other of the three: each plan's distractors can then include the
    /// other mistakes, false for these numbers.
    func shares(using random: inout SeededRandom) -> [Segment: Int] {
        switch self {
        case .tooMuchC:
            let c = [35, 40, 45, 50].randomElement(using: &random)!
            let b = [10, 15, 20].randomElement(using: &random)!
            let a = 100 - c - b - 5
            return [.a: a, .b: b, .c: c, .d: 5]
        case .tooLittleB:
            let b = [10, 15].randomElement(using: &random)!
            let c = [5, b - 5].randomElement(using: &random)!
            let a = [20, 25].randomElement(using: &random)!
            return [.a: a, .b: b, .c: c, .d: 100 - a - b - c]
        case .aFollowUpDropped:
            let b = [55, 60, 65].randomElement(using: &random)!
            let c = [15, 20].randomElement(using: &random)!
            return [.a: 0, .b: b, .c: c, .d: 100 - b - c]
        }
    }

    /// Why the plan is wrong, with its own numbers.
    func explanation(_ shares: [Segment: Int], in language: Language) -> String {
        let a = shares[.a] ?? 0
        let b = shares[.b] ?? 0
        let c = shares[.c] ?? 0
        switch self {
        case .tooMuchC:
            return ProseKey.quizPlanTooMuchC.text(in: language, ["c": "\(c)", "b": "\(b)"])
        case .tooLittleB:
            let (largest, share) = Segment.allCases.filter { $0 != .b }.map { ($0, shares[$0] ?? 0) }.max { $0.1 < $1.1 }!
            return ProseKey.quizPlanTooLittleB.text(in: language, ["b": "\(b)", "largest": largest.rawValue, "share": "\(share)"])
        case .aFollowUpDropped:
            return ProseKey.quizPlanAFollowUpDropped.text(in: language, ["a": "\(a)"])
        }
    }
}

/// One answer offered for a plan: the three mistakes, and beliefs the method
/// rejects. Whether an option holds is decided by the numbers, so a question
/// never offers two true answers.
public enum PlanOption: String, Sendable, Hashable, CaseIterable {
    case tooMuchC, tooLittleB, aFollowUpDropped, nothingWrong, tooMuchA, tooMuchB

    /// Whether the option is a true statement about a plan with these shares.
    public func holds(for shares: [Segment: Int]) -> Bool {
        let a = shares[.a] ?? 0
        let b = shares[.b] ?? 0
        let c = shares[.c] ?? 0
        let d = shares[.d] ?? 0
        switch self {
        case .tooMuchC: return c > b
        case .tooLittleB: return b < max(a, c, d)
        case .aFollowUpDropped: return a == 0
        case .nothingWrong:
            return !PlanOption.tooMuchC.holds(for: shares) && !PlanOption.tooLittleB.holds(for: shares)
                && !PlanOption.aFollowUpDropped.holds(for: shares)
        // Beliefs the method rejects whatever the numbers.
        case .tooMuchA, .tooMuchB: return false
        }
    }

    public func text(in language: Language) -> String {
        let key: ProseKey
        switch self {
        case .tooMuchC: key = .quizPlanOptionTooMuchC
        case .tooLittleB: key = .quizPlanOptionTooLittleB
        case .aFollowUpDropped: key = .quizPlanOptionAFollowUpDropped
        case .nothingWrong: key = .quizPlanOptionNothingWrong
        case .tooMuchA: key = .quizPlanOptionTooMuchA
        case .tooMuchB: key = .quizPlanOptionTooMuchB
        }
        return key.text(in: language)
    }
}
