/// The knowledge base files compiled into this module by the EmbedKnowledge
/// plugin; see `EmbeddedKnowledge.files`.
public enum KnowledgeFiles {
    /// Every file under knowledge/, sorted by path.
    public static var all: [(path: String, text: String)] { EmbeddedKnowledge.files }
}
