/// One piece of the method's guidance, in English and Japanese, as read from a
/// file under knowledge/ (the format is described in knowledge/README.md).
///
/// The assistant quotes the body, cites the `id`, matches questions against the
/// `triggers` and `topics`, and offers the `related` entries as further reading.
public struct KnowledgeEntry: Sendable, Hashable, Identifiable {
    /// Stable, kebab-case id ("c-trap"); answers cite it and code refers to it.
    public let id: String
    /// The path the entry was read from, as given to the parser, for messages.
    public let path: String
    public let title: Bilingual<String>
    /// Keywords in either language that the entry is about.
    public let topics: [String]
    /// Whole questions or phrases, per language, that this entry answers.
    public let triggers: Bilingual<[String]>
    /// Ids of entries worth reading next; the knowledge base checks they exist.
    public let related: [String]
    /// The segment the entry is about, when it is about one.
    public let segment: Segment?
    /// The kind of question the entry serves (an `Intent.Kind` raw value), when tagged.
    public let intent: String?
    /// The text: one paragraph or `- ` bullet per line, paragraphs separated by
    /// a blank line.
    public let body: Bilingual<String>

    public init(
        id: String, path: String, title: Bilingual<String>, topics: [String], triggers: Bilingual<[String]>,
        related: [String], segment: Segment?, intent: String?, body: Bilingual<String>
    ) {
        self.id = id
        self.path = path
        self.title = title
        self.topics = topics
        self.triggers = triggers
        self.related = related
        self.segment = segment
        self.intent = intent
        self.body = body
    }

    public func title(in language: Language) -> String { title[language] }

    public func body(in language: Language) -> String { body[language] }

    public func triggers(in language: Language) -> [String] { triggers[language] }

    /// The body's paragraphs and bullets, one per element, without blank lines:
    /// what a terminal wraps to its own width.
    public func paragraphs(in language: Language) -> [String] {
        body[language].split(separator: "\n").map(String.init).filter { !$0.isEmpty }
    }
}
