/// One quiz question drawn from the rep's book, with its answer and the
/// explanation shown when the learner misses it.
public struct QuizQuestion: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// "Which segment is X?" — answered with a letter.
        case segmentOf(Classification)
        /// "Which of these two deserves the visit?" — answered 1 or 2.
        case whichFirst(first: Classification, second: Classification, answer: Int)
        /// "This plan gives C n% — what is wrong?" — answered with an option letter.
        case planShares(shares: [Segment: Int], options: [QuizOption], answer: Int)
    }

    public enum QuizOption: String, Sendable, Hashable, CaseIterable {
        case tooMuchC, tooMuchA, nothingWrong, tooMuchB

        func text(in language: Language) -> String {
            switch (self, language) {
            case (.tooMuchC, .en): "Too many visits go to C; they belong with B, where the upside is."
            case (.tooMuchC, .ja): "Cへの訪問が多すぎる。伸びしろのあるBに回すべき。"
            case (.tooMuchA, .en): "Too many visits go to A; key accounts need none."
            case (.tooMuchA, .ja): "Aへの訪問が多すぎる。重要顧客には訪問は不要。"
            case (.nothingWrong, .en): "Nothing: visiting loyal customers is always time well spent."
            case (.nothingWrong, .ja): "問題ない。付き合いの長い顧客への訪問は常に有意義。"
            case (.tooMuchB, .en): "Too many visits go to B; they buy little, so they matter little."
            case (.tooMuchB, .ja): "Bへの訪問が多すぎる。取り引きが少ないので重要ではない。"
            }
        }
    }

    public let kind: Kind

    public func prompt(in language: Language) -> [String] {
        switch kind {
        case .segmentOf(let c):
            return [
                language == .en
                    ? "Which segment is \(c.name) in? (\(LessonStep.facts(c, language: .en)))  [A/B/C/D]"
                    : "\(c.name)はどの領域？（\(LessonStep.facts(c, language: .ja))）［A/B/C/D］"
            ]
        case .whichFirst(let first, let second, _):
            return [
                language == .en ? "Which of these two deserves the visit this week?  [1/2]" : "今週訪問すべきなのはどちら？［1/2］",
                "  1. \(first.name): \(LessonStep.facts(first, language: language))",
                "  2. \(second.name): \(LessonStep.facts(second, language: language))",
            ]
        case .planShares(let shares, let options, _):
            let text = Segment.allCases.map { "\($0.rawValue) \(shares[$0] ?? 0)%" }.joined(separator: ", ")
            var lines = [
                language == .en
                    ? "A rep's plan gives \(text). What is wrong with it?"
                    : "ある営業担当の計画は \(text) です。何が問題？"
            ]
            for (i, option) in options.enumerated() {
                lines.append("  \(QuizQuestion.letters[i]). \(option.text(in: language))")
            }
            return lines
        }
    }

    static let letters = ["a", "b", "c", "d"]

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
        case .planShares(_, let options, let answer):
            guard let index = QuizQuestion.letters.prefix(options.count).firstIndex(of: String(word.prefix(1))) else { return nil }
            return index == answer
        }
    }

    /// Why the right answer is right.
    public func explanation(in language: Language) -> [String] {
        switch kind {
        case .segmentOf(let c):
            return c.explanationLines(in: language)
        case .whichFirst(let first, let second, let answer):
            let (win, lose) = answer == 1 ? (first, second) : (second, first)
            let w = win.segment?.rawValue ?? "?"
            let l = lose.segment?.rawValue ?? "?"
            return [
                language == .en
                    ? "\(win.name) (\(w)) comes first: \(QuizQuestion.priorityReason(win.segment, .en)) \(lose.name) is \(l): \(QuizQuestion.priorityReason(lose.segment, .en))"
                    : "先に訪問すべきは\(win.name)（\(w)）。\(QuizQuestion.priorityReason(win.segment, .ja))\(lose.name)は\(l)：\(QuizQuestion.priorityReason(lose.segment, .ja))"
            ]
        case .planShares(let shares, _, _):
            let c = shares[.c] ?? 0
            let b = shares[.b] ?? 0
            return [
                language == .en
                    ? "C gets \(c)% against B's \(b)%. C customers are pleasant to visit, but their companies are small: the extra visits cannot grow your numbers. Move them to B, where large companies still buy little from you."
                    : "Cが\(c)%、Bが\(b)%です。Cの顧客は訪問しやすいものの会社の規模が小さく、訪問を増やしても数字は伸びません。大きな会社なのに取り引きの少ないBへ回しましょう。"
            ]
        }
    }

    static func priorityReason(_ segment: Segment?, _ language: Language) -> String {
        switch (segment, language) {
        case (.b?, .en): "a large company that buys little from us yet — the biggest upside."
        case (.b?, .ja): "大きな会社なのに取り引きがまだ少なく、伸びしろが最も大きい。"
        case (.a?, .en): "a key account that needs steady follow-up."
        case (.a?, .ja): "継続的なフォローが必要な重要顧客。"
        case (.c?, .en): "comfortable and loyal, but small: little room to grow."
        case (.c?, .ja): "付き合いは良好だが規模が小さく、伸びしろは小さい。"
        case (.d?, .en): "small on both axes: keep contact light."
        case (.d?, .ja): "どちらの軸も小さく、接触は最小限でよい。"
        case (nil, .en): "not classified."
        case (nil, .ja): "未分類。"
        }
    }
}
