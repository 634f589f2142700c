/// An entry found by `KnowledgeBase.search`, with how well it matched.
public struct KnowledgeMatch: Sendable, Hashable {
    public let entry: KnowledgeEntry
    /// Higher is better; a trigger contained whole scores 4, a topic 1.5 (at
    /// most 3 from topics). Only matches of at least 1.5 are returned.
    public let score: Double
    /// The triggers and topics that matched, in the entry's order.
    public let matched: [String]

    public init(entry: KnowledgeEntry, score: Double, matched: [String]) {
        self.entry = entry
        self.score = score
        self.matched = matched
    }
}
