/// Draws quiz questions from a classified book, repeatably for a given seed.
public enum Quiz {
    /// `count` questions mixing the three kinds; kinds the book cannot
    /// support (no B and C pair, say) are skipped for the others.
    public static func questions(from classifications: [Classification], count: Int, seed: UInt64) -> [QuizQuestion] {
        var random = SeededRandom(seed: seed)
        let classified = classifications.filter { $0.segment != nil }
        guard !classified.isEmpty, count > 0 else { return [] }
        let bs = classified.filter { $0.segment == .b }
        let cs = classified.filter { $0.segment == .c }
        let ds = classified.filter { $0.segment == .d }
        var questions: [QuizQuestion] = []
        var asked = Set<String>()
        var attempts = 0
        while questions.count < count && attempts < count * 20 {
            attempts += 1
            switch questions.count % 3 {
            case 1 where !bs.isEmpty && !(cs.isEmpty && ds.isEmpty):
                let b = bs.randomElement(using: &random)!
                let other = (cs.isEmpty ? ds : cs).randomElement(using: &random)!
                let bFirst = Bool.random(using: &random)
                let key = "pair:\(b.name)|\(other.name)"
                guard !asked.contains(key) || attempts > count * 10 else { continue }
                asked.insert(key)
                questions.append(QuizQuestion(
                    kind: bFirst
                        ? .whichFirst(first: b, second: other, answer: 1)
                        : .whichFirst(first: other, second: b, answer: 2)))
            case 2:
                let c = [30, 35, 40, 45, 50].randomElement(using: &random)!
                let b = [10, 15, 20].randomElement(using: &random)!
                let a = max(0, 100 - c - b - 5)
                let shares: [Segment: Int] = [.a: a, .b: b, .c: c, .d: 100 - a - b - c]
                var options: [QuizQuestion.QuizOption] = [.tooMuchC, .tooMuchA, .nothingWrong, .tooMuchB]
                options.shuffle(using: &random)
                questions.append(QuizQuestion(kind: .planShares(shares: shares, options: options, answer: options.firstIndex(of: .tooMuchC) ?? 0)))
            default:
                let pick = classified.randomElement(using: &random)!
                guard !asked.contains(pick.name) || attempts > count * 10 else { continue }
                asked.insert(pick.name)
                questions.append(QuizQuestion(kind: .segmentOf(pick)))
            }
        }
        return questions
    }
}
