/// The quiz's "relative, not absolute" question: a customer whose own size
/// figure seems to argue with its objective evaluation, and why it does not.
///
/// Scores rank each company against the others in the rep's book, so a firm
/// of thousands can rank low among bigger ones, and a small firm high among
/// smaller ones. Only asked under relative scoring, where that is the reason.
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
        switch (ranksHigh, language) {
        case (false, .en):
            return "Scores rank each company against the others in your book, not against the world outside. Of the \(count.population) companies in your book with a figure for \(metric.label), \(others) have more than \(customer.name): it is smaller than most companies in your book, and so its objective evaluation ranks low. In a book of smaller firms, the same company could rank high."
        case (false, .ja):
            return "スコアは世間一般の基準ではなく、このリストの中での順位です。\(metric.labelJapanese)のわかる\(count.population)社のうち\(others)社が\(customer.name)より多く、このリストの中では規模が小さい方なので、客観的評価は「低」になります。規模の小さい会社ばかりのリストなら、同じ会社でも「高」になり得ます。"
        case (true, .en):
            return "Scores rank each company against the others in your book, not against the world outside. Of the \(count.population) companies in your book with a figure for \(metric.label), \(others) have less than \(customer.name): it is larger than most companies in your book, and so its objective evaluation ranks high. In a book of bigger firms, the same company could rank low."
        case (true, .ja):
            return "スコアは世間一般の基準ではなく、このリストの中での順位です。\(metric.labelJapanese)のわかる\(count.population)社のうち\(others)社が\(customer.name)より少なく、このリストの中では規模が大きい方なので、客観的評価は「高」になります。規模の大きい会社ばかりのリストなら、同じ会社でも「低」になり得ます。"
        }
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
        switch (self, question.ranksHigh, language) {
        case (.rankedInBook, false, .en): return "The scores rank it against the other companies in your book, and most of them are larger."
        case (.rankedInBook, false, .ja): return "スコアは顧客リスト内での順位で、このリストの中では規模が小さい方だから。"
        case (.rankedInBook, true, .en): return "The scores rank it against the other companies in your book, and most of them are smaller."
        case (.rankedInBook, true, .ja): return "スコアは顧客リスト内での順位で、このリストの中では規模が大きい方だから。"
        case (.absoluteSize, false, .en): return "Judged by \(label) (\(figure)), it counts as small anywhere, whatever book it is in."
        case (.absoluteSize, false, .ja): return "\(label)\(figure)なら、どのリストに入っても規模は小さいと見なされるから。"
        case (.absoluteSize, true, .en): return "Judged by \(label) (\(figure)), it counts as big anywhere, whatever book it is in."
        case (.absoluteSize, true, .ja): return "\(label)\(figure)なら、どのリストに入っても規模は大きいと見なされるから。"
        case (.otherAxis, false, .en): return "Its business with us counts in the objective evaluation too, and pulls it down."
        case (.otherAxis, false, .ja): return "当社との取り引きの量も客観的評価に含まれ、それが評価を下げているから。"
        case (.otherAxis, true, .en): return "Its business with us counts in the objective evaluation too, and lifts it."
        case (.otherAxis, true, .ja): return "当社との取り引きの量も客観的評価に含まれ、それが評価を押し上げているから。"
        case (.fixedLine, false, .en): return "The tool counts a company as high only above a fixed size, and it falls short."
        case (.fixedLine, false, .ja): return "決まった規模の線を超えた会社だけが「高」になる仕組みで、その線に届いていないから。"
        case (.fixedLine, true, .en): return "The tool counts any company above a fixed size as high, and it clears the line."
        case (.fixedLine, true, .ja): return "決まった規模の線を超えれば「高」になる仕組みで、その線を超えているから。"
        }
    }
}
