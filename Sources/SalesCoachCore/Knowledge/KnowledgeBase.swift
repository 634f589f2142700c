/// Every entry of the knowledge base, checked as a whole: ids unique and every
/// `related` id naming an entry. Pure: it is handed the files' texts.
///
///     let base = try KnowledgeBase(files: KnowledgeFiles.all)
///     base.entry(id: "c-trap")?.title(in: .ja)   // "Cの罠：情が訪問先を決めてしまうとき"
///     base.search("why focus on B?", language: .en).first?.id   // "why-focus-b"
public struct KnowledgeBase: Sendable {
    /// The entries in the order of their paths.
    public let entries: [KnowledgeEntry]
    private let positions: [String: Int]
    let index: [KnowledgeIndex.Indexed]

    /// Parses every file whose path ends in `.txt` (others, like README.md, are
    /// skipped) and checks the entries against each other.
    ///
    /// - Parameter files: (path, text) pairs; the path is shown as given in
    ///   errors, so pass it the way a reader should see it.
    /// - Throws: the first problem found, in path order, naming file and line.
    public init(files: [(path: String, text: String)]) throws(KnowledgeError) {
        let sources = files.filter { $0.path.hasSuffix("." + KnowledgeParser.fileExtension) }.sorted { $0.path < $1.path }
        guard !sources.isEmpty else { throw .noEntries }
        var located: [KnowledgeParser.Located] = []
        var positions: [String: Int] = [:]
        for source in sources {
            let parsed = try KnowledgeParser.parseWithLines(source.text, path: source.path)
            if let earlier = positions[parsed.entry.id] {
                let first = located[earlier]
                throw .duplicateID(
                    path: source.path, line: parsed.idLine, id: parsed.entry.id,
                    firstPath: first.entry.path, firstLine: first.idLine)
            }
            positions[parsed.entry.id] = located.count
            located.append(parsed)
        }
        let ids = located.map(\.entry.id)
        for parsed in located {
            for id in parsed.entry.related where positions[id] == nil {
                throw .unknownRelated(
                    path: parsed.entry.path, line: parsed.relatedLines[id] ?? parsed.idLine, id: id,
                    suggestion: Suggestions.closest(to: id, in: ids, limit: 1).first)
            }
        }
        self.entries = located.map(\.entry)
        self.positions = positions
        self.index = entries.map(KnowledgeIndex.Indexed.init)
    }

    /// The entry with this id, nil when there is none.
    public func entry(id: String) -> KnowledgeEntry? {
        positions[id].map { entries[$0] }
    }

    /// The entries tagged with `segment`, in path order.
    public func entries(for segment: Segment) -> [KnowledgeEntry] {
        entries.filter { $0.segment == segment }
    }

    /// The entries `text` seems to ask about, best first, judged by how much of
    /// a trigger phrase in `language` or of a topic the text contains. Empty
    /// when nothing matches well enough: a fallback for questions the
    /// interpreter cannot place, never a guess.
    public func search(_ text: String, language: Language) -> [KnowledgeEntry] {
        matches(text, language: language).map(\.entry)
    }

    /// `search` with the score and the phrases that matched, for callers that
    /// weigh the answer's confidence or show why an entry was picked.
    public func matches(_ text: String, language: Language) -> [KnowledgeMatch] {
        KnowledgeIndex.matches(for: text, in: index, language: language)
    }
}
