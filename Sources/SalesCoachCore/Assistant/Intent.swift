/// What a question asks for.
public enum Intent: Sendable, Hashable {
    /// "Who should I visit this week?": a plan from the planner.
    case weeklyPlan
    /// "Why?" after a plan: the reason behind each visit.
    case planReasons
    /// "Why is 田中商事 in C?": a customer's segment, scores and nearest move.
    case explainCustomer
    /// "Who are my B customers?"
    case segmentMembers
    /// "How should I handle C customers?": the method's advice plus the segment's data.
    case segmentAdvice
    /// "What is the objective evaluation axis?": a knowledge entry, by id.
    case method(topic: String)
    /// "How many A customers do I have?"
    case countAndShare
    /// "What would move Acme to A?"; `target` nil means "to any other segment".
    case whatWouldItTake(target: Segment?)
    /// "Is my plan OK?": a check of the planned visits.
    case planCheck
    /// "Acme or 田中商事 first?"
    case compare
    /// "What can you do?"
    case help
    /// Outside what the coach knows, or too unclear to answer.
    case outOfScope

    /// The intents without their details, for scoring and for labels in tests.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case weeklyPlan, planReasons, explainCustomer, segmentMembers, segmentAdvice, method, countAndShare
        case whatWouldItTake, planCheck, compare, help, outOfScope
    }

    public var kind: Kind {
        switch self {
        case .weeklyPlan: .weeklyPlan
        case .planReasons: .planReasons
        case .explainCustomer: .explainCustomer
        case .segmentMembers: .segmentMembers
        case .segmentAdvice: .segmentAdvice
        case .method: .method
        case .countAndShare: .countAndShare
        case .whatWouldItTake: .whatWouldItTake
        case .planCheck: .planCheck
        case .compare: .compare
        case .help: .help
        case .outOfScope: .outOfScope
        }
    }
}

extension Intent.Kind {
    /// Intents that are about particular customers and cannot be answered without one.
    var needsCustomer: Bool { self == .explainCustomer || self == .whatWouldItTake || self == .compare }
    /// Intents that are about one segment.
    public var needsSegment: Bool { self == .segmentMembers || self == .segmentAdvice }
}
