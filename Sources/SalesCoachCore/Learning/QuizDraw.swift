/// The state of one drawing: the book, and the customers already named.
struct QuizDraw {
    let classified: [Classification]
    let columns: SizeColumns
    let relativeCases: [RelativeRank]
    private(set) var used = Set<String>()

    init(book: [Classification], relative: Bool) {
        classified = book.filter { $0.segment != nil }
        columns = SizeColumns(book)
        relativeCases = relative ? RelativeRank.cases(in: book, columns: columns) : []
    }

    private func unused(_ c: Classification) -> Bool { !used.contains(c.name) }

    private mutating func take(_ c: Classification) -> Classification {
        used.insert(c.name)
        return c
    }

    mutating func question(_ topic: QuizTopic, using random: inout SeededRandom) -> QuizQuestion? {
        switch topic {
        case .segmentOf:
            guard let c = classified.filter(unused).randomElement(using: &random) else { return nil }
            return QuizQuestion(kind: .segmentOf(take(c)))
        case .whatToDo:
            guard let c = classified.filter(unused).randomElement(using: &random), let segment = c.segment else { return nil }
            let options = Segment.allCases.shuffled(using: &random)
            return QuizQuestion(
                kind: .whatToDo(BookStanding(take(c), among: columns), options: options, answer: options.firstIndex(of: segment)!))
        case .whichFirst:
            let bs = classified.filter { $0.segment == .b && unused($0) }
            let cs = classified.filter { $0.segment == .c && unused($0) }
            let others = cs.isEmpty ? classified.filter { $0.segment == .d && unused($0) } : cs
            guard let b = bs.randomElement(using: &random), let other = others.randomElement(using: &random) else { return nil }
            let win = BookStanding(take(b), among: columns)
            let lose = BookStanding(take(other), among: columns)
            return QuizQuestion(
                kind: Bool.random(using: &random)
                    ? .whichFirst(first: win, second: lose, answer: 1) : .whichFirst(first: lose, second: win, answer: 2))
        case .withinReach:
            return withinReach(using: &random)
        case .relativeRank:
            return relativeRank(using: &random)
        case .planMistake:
            return nil
        }
    }

    /// A customer low on the transaction record with a rise of it in one
    /// step among its own moves, offered beside moves it cannot make that way.
    private mutating func withinReach(using random: inout SeededRandom) -> QuizQuestion? {
        let candidates = classified.filter { c in
            unused(c) && (c.segment == .b || c.segment == .d) && c.moves.contains(where: ReachOption.isRepsStep)
                && c.moves.contains { !ReachOption.isRepsStep($0) }
        }
        guard let c = candidates.randomElement(using: &random),
            // Moves are ordered by `Move.leads`: the first within reach is the one `why` offers.
            let right = c.moves.first(where: ReachOption.isRepsStep)
        else { return nil }
        var options = c.moves.filter { !ReachOption.isRepsStep($0) }.shuffled(using: &random).prefix(3).map(ReachOption.move)
        if options.count < 2 { options.append(.noneOfThese) }
        options.append(.move(right))
        options.shuffle(using: &random)
        return QuizQuestion(kind: .withinReach(take(c), options: options, answer: options.firstIndex(of: .move(right))!))
    }

    /// A customer whose size figure the book, not the world, explains; the
    /// most striking of a few (the largest ranked low, the smallest ranked high).
    private mutating func relativeRank(using random: inout SeededRandom) -> QuizQuestion? {
        let open = relativeCases.filter { unused($0.customer) }
        let low = open.filter { !$0.ranksHigh }.sorted { $0.count.value > $1.count.value }
        let high = open.filter(\.ranksHigh).sorted { $0.count.value < $1.count.value }
        let side = [low, high].filter { !$0.isEmpty }.randomElement(using: &random) ?? []
        guard let pick = side.prefix(3).randomElement(using: &random) else { return nil }
        _ = take(pick.customer)
        let options = RankOption.allCases.shuffled(using: &random)
        return QuizQuestion(kind: .relativeRank(pick, options: options, answer: options.firstIndex(of: .rankedInBook)!))
    }

    /// A made-up plan showing `mistake`, with three options false for its numbers.
    func plan(_ mistake: PlanMistake, using random: inout SeededRandom) -> QuizQuestion {
        let shares = mistake.shares(using: &random)
        var options = PlanOption.allCases.filter { $0 != mistake.option && !$0.holds(for: shares) }.shuffled(using: &random)
        options = Array(options.prefix(3)) + [mistake.option]
        options.shuffle(using: &random)
        return QuizQuestion(
            kind: .planShares(mistake: mistake, shares: shares, options: options, answer: options.firstIndex(of: mistake.option)!))
    }
}
