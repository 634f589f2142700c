/// The quiz's "relative, not absolute" question: a customer whose own size
/// figure seems to argue with its objective evaluation, and why it does not.
///
/// Scores rank each company against the others in the rep's book, so a firm
/// of thousands can rank low among bigger ones, and a small firm high among
/// smaller ones. Only asked under relative scoring, where that is the reason.
/// The explanation and the answers offered are in knowledge/prose/quiz.prose.
public struct RelativeRank: Sendable, Hashable {
    public let customer: Classification
    /// The size figure shown (employees or company revenue) and its count in the book.
    let count: BookCount
    /// Whether the objective evaluation is high.
    public let ranksHigh: Bool

    init(customer: Classification, count: BookCount, ranksHigh: Bool) {
        self.customer = customer
        self.count = count
        self.ranksHigh = ranksHigh
    }

    public var metric: Metric { count.metric }

    /// Customers for whom the book, and not the size, explains the verdict: a
    /// low objective evaluation while most of the book is larger on every size
    /// figure it has, or a high one while most of the book is smaller. Needs at
    /// least four figures in the book, so that "most" means something.
    static func cases(in book: [Classification], columns: SizeColumns? = nil) -> [RelativeRank] {
        let columns = columns ?? SizeColumns(book)
        var found: [RelativeRank] = []
        for c in book where c.segment != nil {
            guard let objective = c.objective,
                let part = objective.metrics.first(where: { $0.metric == .employees })
                    ?? objective.metrics.first(where: { $0.metric == .companyRevenue })
            else { continue }
            let count = columns.count(part.metric, value: part.value)
            guard count.population >= 4 else { continue }
            let size = BookStanding(c, among: columns).size
            if objective.isHigh ? size == .larger : size == .smaller {
                found.append(RelativeRank(customer: c, count: count, ranksHigh: objective.isHigh))
            }
        }
        return found
    }

    public func prompt(in language: Language) -> String {
        let figure = Formatting.value(count.value, of: metric, in: language)
        let score = customer.objective?.scoreText ?? "–"
        switch language {
        case .en:
            let level = ranksHigh ? "high" : "low"
            return "\(customer.name): \(metric.label) \(figure). Its objective evaluation is \(level) (\(score)). Why?"
        case .ja:
            let level = ranksHigh ? "高" : "低"
            return "\(customer.name)：\(metric.labelJapanese) \(figure)。客観的評価は「\(level)」（\(score)）です。なぜでしょう？"
        }
    }

    /// Why, with the book's own count.
    public func explanation(in language: Language) -> String {
        let others = ranksHigh ? count.below : count.above
        return (ranksHigh ? ProseKey.quizRankExplanationHigh : .quizRankExplanationLow).text(
            in: language,
            [
                "population": "\(count.population)", "metric": language == .en ? metric.label : metric.labelJapanese,
                "others": "\(others)", "customer": customer.name,
            ])
    }
}

/// One answer offered for a `RelativeRank` question.
public enum RankOption: String, Sendable, Hashable, CaseIterable {
    /// The right one: the score is a rank within the book.
    case rankedInBook
    /// Wrong: treats the figure as large or small by any standard.
    case absoluteSize
    /// Wrong: the objective evaluation does not look at our business with the company.
    case otherAxis
    /// Wrong: relative scoring has no fixed size line.
    case fixedLine

    public func text(for question: RelativeRank, in language: Language) -> String {
        let figure = Formatting.value(question.count.value, of: question.metric, in: language)
        let label = language == .en ? question.metric.label : question.metric.labelJapanese
        let key: ProseKey
        switch (self, question.ranksHigh) {
        case (.rankedInBook, false): key = .quizRankOptionRankedInBookLow
        case (.rankedInBook, true): key = .quizRankOptionRankedInBookHigh
        case (.absoluteSize, false): key = .quizRankOptionAbsoluteSizeLow
        case (.absoluteSize, true): key = .quizRankOptionAbsoluteSizeHigh
        case (.otherAxis, false): key = .quizRankOptionOtherAxisLow
        case (.otherAxis, true): key = .quizRankOptionOtherAxisHigh
        case (.fixedLine, false): key = .quizRankOptionFixedLineLow
        case (.fixedLine, true): key = .quizRankOptionFixedLineHigh
        }
        return key.text(in: language, ["metric": label, "figure": figure])
    }
}
