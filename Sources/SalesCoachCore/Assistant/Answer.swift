/// The assistant's reply to one question.
public struct Answer: Sendable, Hashable {
    /// The reply, line by line, in `language`; plain text, no colour.
    public var lines: [String]
    /// The language of the question, which the reply is written in.
    public var language: Language
    /// Ids of the knowledge entries the reply drew on, in the order cited.
    public var citations: [String]
    /// The customer data the reply shows, as values, for tables and tests.
    public var data: [AnswerData]
    /// How the question was understood.
    public var interpretation: Interpretation
    /// The conversation after this reply; pass it with the next question.
    public var followUpContext: ConversationContext

    public init(
        lines: [String], language: Language, citations: [String] = [], data: [AnswerData] = [],
        interpretation: Interpretation, followUpContext: ConversationContext
    ) {
        self.lines = lines
        self.language = language
        self.citations = citations
        self.data = data
        self.interpretation = interpretation
        self.followUpContext = followUpContext
    }

    /// The reply as one text block.
    public var text: String { lines.joined(separator: "\n") }
}

/// Customer data a reply shows.
public enum AnswerData: Sendable, Hashable {
    /// One customer's classification, as "why" explains it.
    case customer(Classification)
    /// The moves that would take a customer to `target` (nil: to any other segment).
    case moves(customer: String, target: Segment?, moves: [Move])
    /// Members of a segment, best first, and how many there are in all.
    case members(segment: Segment, names: [String], total: Int)
    /// Counts and shares per segment.
    case summary(SegmentSummary)
    /// A proposed week of visits.
    case plan(VisitPlan)
    /// A check of the rep's planned visits.
    case check(PlanCheckReport)
    /// Where logged visits went recently (for "too much time on C?" without a plan).
    case comfort(ComfortCheck)
    /// Two customers and the one to visit first.
    case comparison(first: String, second: String, winner: String)
    /// Names offered for "did you mean …?".
    case suggestions([String])
}
