/// The knowledge base's trigger phrases as the assistant's last resort.
extension KnowledgeBase {
    /// Only close matches count (most of a trigger phrase, or a trigger plus
    /// topics): a loose match would be a guess, and a guess is worse than
    /// saying "I can't answer that".
    static let assistantMinimumScore = 2.5

    public func topics(matching question: String, in language: Language) -> [String] {
        matches(question, language: language).filter { $0.score >= KnowledgeBase.assistantMinimumScore }.map(\.entry.id)
    }
}
