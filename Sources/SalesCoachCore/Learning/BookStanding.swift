/// Where one customer stands in the rep's own book, in words that stay true.
///
/// The scores rank customers against each other, so a company with 3,000
/// employees can rank low in a book of giants and a 40-person firm high in a
/// book of small shops. Whenever the quiz or the lesson talks about one
/// customer's size it says "larger than most companies in your book", never
/// "a large company": the first is what the data shows, the second may not be.
public struct BookStanding: Sendable, Hashable {
    /// The customer's size (company revenue and employees) counted against the book.
    public enum Size: Sendable, Hashable {
        /// On every size figure it has, more than half of the book is smaller.
        case larger
        /// On every size figure it has, more than half of the book is larger.
        case smaller
        /// Neither holds: the figures disagree, sit mid-book, or are missing.
        case mixed
    }

    public let classification: Classification
    public let size: Size

    public init(_ classification: Classification, size: Size) {
        self.classification = classification
        self.size = size
    }

    /// Counts the book's companies above and below this one on each size figure
    /// the objective axis used; growth is not size and is left out.
    public init(_ classification: Classification, in book: [Classification]) {
        self.init(classification, among: SizeColumns(book))
    }

    /// The same, against columns sorted once for a whole quiz.
    init(_ classification: Classification, among columns: SizeColumns) {
        let figures = (classification.objective?.metrics ?? []).filter { $0.metric != .growth }
        var verdicts: [Size] = []
        for figure in figures {
            let count = columns.count(figure.metric, value: figure.value)
            verdicts.append(count.isLargerThanMost ? .larger : count.isSmallerThanMost ? .smaller : .mixed)
        }
        let size: Size =
            verdicts.isEmpty ? .mixed : verdicts.allSatisfy { $0 == .larger } ? .larger : verdicts.allSatisfy { $0 == .smaller } ? .smaller : .mixed
        self.init(classification, size: size)
    }

    public var name: String { classification.name }

    /// The customer's standing on the objective axis, as a phrase that fits
    /// after "X is …" / 「Xは…」 and claims no more than the book shows.
    public func objectivePhrase(in language: Language) -> String {
        guard let objective = classification.objective else {
            return language == .en ? "not rated on its own figures" : "会社自体の数字がなく評価できない相手"
        }
        switch (objective.isHigh, size, language) {
        case (true, .larger, .en): return "larger than most companies in your book"
        case (true, .larger, .ja): return "このリストの中では規模が大きい方"
        case (false, .smaller, .en): return "smaller than most companies in your book"
        case (false, .smaller, .ja): return "このリストの中では規模が小さい方"
        case (true, _, .en): return "rated high among the companies in your book on its own figures"
        case (true, _, .ja): return "このリストの中では会社自体の評価が高い方"
        case (false, _, .en): return "rated low among the companies in your book on its own figures"
        case (false, _, .ja): return "このリストの中では会社自体の評価が低い方"
        }
    }

    /// The transaction record in a phrase, also relative to the book.
    public func recordPhrase(in language: Language) -> String {
        guard let record = classification.record else {
            return language == .en ? "has no record with us on file" : "当社との取り引きの記録はなし"
        }
        switch (record.isHigh, language) {
        case (true, .en): return "ranks high in your book on business with us"
        case (true, .ja): return "当社との取り引きは多い方"
        case (false, .en): return "ranks low in your book on business with us"
        case (false, .ja): return "当社との取り引きは少ない方"
        }
    }

    /// Why the segment deserves the time it gets, about this customer.
    public func reason(in language: Language) -> String {
        let size = objectivePhrase(in: language)
        let record = recordPhrase(in: language)
        let key: ProseKey
        switch classification.segment {
        case .a?: key = .reasonA
        case .b?: key = .reasonB
        case .c?: key = .reasonC
        case .d?: key = .reasonD
        case nil: key = .reasonUnclassified
        }
        return key.text(in: language, ["size": size, "record": record])
    }
}
