/// One piece of the method's guidance in one language, as answers quote it.
public struct Guidance: Sendable, Hashable {
    /// The stable id answers cite ("c-trap").
    public let id: String
    public let title: String
    /// The text, paragraphs separated by blank lines.
    public let body: String
    /// Ids of entries worth reading next.
    public let related: [String]

    public init(id: String, title: String, body: String, related: [String] = []) {
        self.id = id
        self.title = title
        self.body = body
        self.related = related
    }

    /// The body's lines without blank ones and without surrounding white space.
    public var lines: [String] {
        body.split(separator: "\n", omittingEmptySubsequences: true)
            .map { String($0).trimmingWhitespace }
            .filter { !$0.isEmpty }
    }
}

/// Where answers find the method's guidance: the knowledge base, or a small
/// stand-in in tests.
public protocol GuidanceSource: Sendable {
    /// The entry `id` in `language`, nil when there is no such entry.
    func guidance(id: String, in language: Language) -> Guidance?

    /// Ids of entries whose trigger phrases a question closely matches, best
    /// first; a last resort for questions the interpreter cannot place.
    func topics(matching question: String, in language: Language) -> [String]
}

extension GuidanceSource {
    public func topics(matching question: String, in language: Language) -> [String] { [] }
}

/// No guidance at all: answers still give the customer data and name the
/// entries they would have quoted.
public struct NoGuidance: GuidanceSource {
    public init() {}
    public func guidance(id: String, in language: Language) -> Guidance? { nil }
}
