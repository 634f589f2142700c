/// One step of the guided lesson: a real customer from the book, a question
/// about where it belongs, and the explanation shown after the answer.
public struct LessonStep: Sendable, Hashable {
    /// What the step teaches, in words, before the question.
    public let introduction: [Language: String]
    public let customer: Classification
    /// The segment the learner should name.
    public let answer: Segment
    /// Knowledge entries that explain the point of the step.
    public let knowledgeIDs: [String]
    /// The method's answer to the step, said plainly after the learner's own.
    public let takeaway: [Language: String]

    public init(
        introduction: [Language: String], customer: Classification, answer: Segment, knowledgeIDs: [String],
        takeaway: [Language: String]
    ) {
        self.introduction = introduction
        self.customer = customer
        self.answer = answer
        self.knowledgeIDs = knowledgeIDs
        self.takeaway = takeaway
    }

    public func takeaway(in language: Language) -> String { takeaway[language] ?? "" }

    public func introduction(in language: Language) -> String { introduction[language] ?? "" }

    /// The question put to the learner.
    public func question(in language: Language) -> String {
        let facts = LessonStep.facts(customer, language: language)
        return language == .en
            ? "\(customer.name): \(facts). Which segment is it in? (A/B/C/D)"
            : "\(customer.name)：\(facts)。どの領域でしょう？（A/B/C/D）"
    }

    /// Grades a typed answer; nil when the text names no segment at all.
    public func grade(_ typed: String) -> Bool? {
        guard let segment = Segment(letter: typed.trimmingWhitespace.prefix(1)) else { return nil }
        return segment == answer
    }

    /// What a gradable answer looks like, said after one that is not.
    public func expectedAnswer(in language: Language) -> String {
        language == .en ? "Answer with a segment letter: A, B, C or D (or 'stop')." : "A・B・C・Dのいずれかで答えてください（やめるときは 'stop'）。"
    }

    /// The axis scores in a sentence, without giving away the segment.
    static func facts(_ c: Classification, language: Language) -> String {
        let objective = c.objective.map { $0.scoreText } ?? "–"
        let record = c.record.map { $0.scoreText } ?? "–"
        var parts: [String] = []
        for metric in [Metric.employees, .companyRevenue, .orders, .sales] {
            if let value = c.customer[metric] {
                let label = language == .en ? metric.label : metric.labelJapanese
                parts.append("\(label) \(Formatting.value(value, of: metric, in: language))")
            }
        }
        return language == .en
            ? "\(parts.joined(separator: ", ")); objective score \(objective), record score \(record)"
            : "\(parts.joined(separator: "、"))／客観的評価 \(objective)・取り引き実績 \(record)"
    }
}
