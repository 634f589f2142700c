/// The knowledge base is where answers find the method's guidance.
extension KnowledgeBase: GuidanceSource {
    public func guidance(id: String, in language: Language) -> Guidance? {
        entry(id: id).map { entry in
            Guidance(id: entry.id, title: entry.title(in: language), body: entry.body(in: language), related: entry.related)
        }
    }
}
