/// The mistake a made-up visit plan shows in the quiz's "what is wrong with
/// this plan?" question. The plans differ so that the learner has to read the
/// numbers: a rote "too much C" is right for only one of them.
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
        switch (self, language) {
        case (.tooMuchC, .en):
            return "C gets \(c)% against B's \(b)%. C customers are easy to visit, but they are smaller than most companies in your book: more visits there cannot grow your numbers much. Move them to B, companies larger than most in your book that still buy little from you."
        case (.tooMuchC, .ja):
            return "Cが\(c)%、Bが\(b)%です。Cの顧客は訪ねやすいものの、このリストの中では規模が小さい方なので、訪問を増やしても数字はあまり伸びません。このリストの中では規模が大きい方なのに取り引きがまだ少ないBへ回しましょう。"
        case (.tooLittleB, _):
            let (largest, share) = Segment.allCases.filter { $0 != .b }.map { ($0, shares[$0] ?? 0) }.max { $0.1 < $1.1 }!
            return language == .en
                ? "B gets only \(b)%, while \(largest.rawValue) gets \(share)%. B customers are larger than most companies in your book and still buy little from you: that is where new business comes from, so most of the visits belong there."
                : "Bはわずか\(b)%で、\(largest.rawValue)に\(share)%が割かれています。Bはこのリストの中では規模が大きい方なのに取り引きがまだ少なく、新しい商売が生まれるのはここです。訪問の大半はBに充てましょう。"
        case (.aFollowUpDropped, .en):
            return "A gets \(a)%. Key accounts already do a lot of business with you; without the after-sales follow-up, a competitor can slip in and take it. Keep a steady share for A, and give most of the rest to B."
        case (.aFollowUpDropped, .ja):
            return "Aが\(a)%です。重要顧客はすでに多くの取り引きをしてくれていますが、アフターフォローをやめると競合に入り込まれ、その取り引きを奪われかねません。Aには一定の訪問を残し、残りの大半をBへ充てましょう。"
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
        switch (self, language) {
        case (.tooMuchC, .en): "Too many visits go to C; they belong with B, where the upside is."
        case (.tooMuchC, .ja): "Cへの訪問が多すぎる。伸びしろのあるBに回すべき。"
        case (.tooLittleB, .en): "B, the main target, gets too few visits; the time goes where there is less to win."
        case (.tooLittleB, .ja): "本命のBへの訪問が少なすぎる。得るものの少ない相手に時間を使っている。"
        case (.aFollowUpDropped, .en): "The key accounts get no follow-up at all; a competitor can step in."
        case (.aFollowUpDropped, .ja): "重要顧客へのフォローがまったくない。競合に入り込まれる。"
        case (.nothingWrong, .en): "Nothing: visiting loyal customers is always time well spent."
        case (.nothingWrong, .ja): "問題ない。付き合いの長い顧客への訪問は常に有意義。"
        case (.tooMuchA, .en): "Too many visits go to A; key accounts need none."
        case (.tooMuchA, .ja): "Aへの訪問が多すぎる。重要顧客には訪問は不要。"
        case (.tooMuchB, .en): "Too many visits go to B; they buy little, so they matter little."
        case (.tooMuchB, .ja): "Bへの訪問が多すぎる。取り引きが少ないので重要ではない。"
        }
    }
}
