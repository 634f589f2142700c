/// The knowledge base files compiled into this module by the EmbedKnowledge
/// plugin; see `EmbeddedKnowledge.files`.
public enum KnowledgeFiles {
    /// Every file under knowledge/, sorted by path.
    public static var all: [(path: String, text: String)] { EmbeddedKnowledge.files }

    /// The bundled demo book, so `salescoach --demo` works from any directory.
    public static var demoBook: String { EmbeddedDemoBook.csv }
}
