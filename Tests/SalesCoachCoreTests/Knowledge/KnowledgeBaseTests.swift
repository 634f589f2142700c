import SalesCoachKnowledgeFiles
import Testing

@testable import SalesCoachCore

/// The shipped knowledge/ files, tested like code: each parses and has what the
/// assistant needs, and every id the code cites exists.
@Suite struct KnowledgeBaseTests {
    static let entryPaths = KnowledgeFiles.all.map(\.path).filter { $0.hasSuffix(".txt") }

    /// Ids the issue, the planner, the lesson and the assistant refer to.
    static let requiredIDs = [
        "method-overview", "axis-objective", "axis-record", "segment-a", "segment-b", "segment-c", "segment-d",
        "why-focus-b", "c-trap", "budget-first", "weekly-plan", "after-sales-follow-up", "borderline", "plan-check",
        "glossary", "scoring", "help", "manager-review", "visit-cadence", "relative-or-absolute",
    ]

    static func base() throws -> KnowledgeBase { try KnowledgeBase(files: KnowledgeFiles.all) }

    static func text(at path: String) -> String {
        KnowledgeFiles.all.first { $0.path == path }?.text ?? ""
    }

    /// Share of the letters in `text` that are Japanese (kana or kanji).
    static func japaneseShare(_ text: String) -> Double {
        let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }
        guard !letters.isEmpty else { return 0 }
        let japanese = letters.filter { (0x3040...0x30FF).contains($0.value) || (0x4E00...0x9FFF).contains($0.value) }
        return Double(japanese.count) / Double(letters.count)
    }

    @Test("the knowledge folder holds entries and its README, nothing else")
    func onlyEntriesAndReadme() {
        let others = KnowledgeFiles.all.map(\.path).filter { !$0.hasSuffix(".txt") }
        #expect(others == ["README.md"])
        #expect(Self.entryPaths.count == Self.requiredIDs.count)
    }

    @Test("each entry parses with titles, triggers and a body in both languages", arguments: entryPaths)
    func entryIsComplete(path: String) throws {
        let entry = try KnowledgeParser.parse(Self.text(at: path), path: path)
        for language in Language.allCases {
            #expect(!entry.title(in: language).isEmpty)
            #expect(entry.triggers(in: language).count >= 2)
            #expect(!entry.paragraphs(in: language).isEmpty)
        }
        #expect(!entry.topics.isEmpty)
        #expect(!entry.related.isEmpty)
    }

    @Test("English is English and Japanese is Japanese, in titles, triggers and bodies", arguments: entryPaths)
    func languagesAreNotSwapped(path: String) throws {
        let entry = try KnowledgeParser.parse(Self.text(at: path), path: path)
        #expect(Self.japaneseShare(entry.title(in: .ja)) > 0.5)
        #expect(Self.japaneseShare(entry.body(in: .ja)) > 0.5)
        // The glossary pairs both scripts on purpose; any other body is near 0 or 1.
        #expect(Self.japaneseShare(entry.body(in: .en)) < 0.2)
        for trigger in entry.triggers(in: .ja) { #expect(Self.japaneseShare(trigger) > 0, "\(trigger)") }
        for trigger in entry.triggers(in: .en) { #expect(Self.japaneseShare(trigger) == 0, "\(trigger)") }
    }

    @Test("bodies are short enough to read between visits: 80–250 English words, 160–700 Japanese characters",
          arguments: entryPaths)
    func bodyLength(path: String) throws {
        let entry = try KnowledgeParser.parse(Self.text(at: path), path: path)
        let words = entry.body(in: .en).split(whereSeparator: \.isWhitespace).count
        let characters = entry.body(in: .ja).filter { !$0.isWhitespace }.count
        #expect((80...250).contains(words), "\(words) English words")
        #expect((160...700).contains(characters), "\(characters) Japanese characters")
    }

    @Test("the whole base loads: ids unique, every related id names an entry")
    func baseLoads() throws {
        let base = try Self.base()
        #expect(base.entries.count == Self.entryPaths.count)
        #expect(Set(base.entries.map(\.id)).count == base.entries.count)
        for entry in base.entries {
            for id in entry.related { #expect(base.entry(id: id) != nil, "\(entry.id) → \(id)") }
        }
    }

    @Test("every id the method and the code refer to exists", arguments: requiredIDs)
    func requiredEntryExists(id: String) throws {
        #expect(try Self.base().entry(id: id)?.id == id)
    }

    @Test("every topic the assistant's cue table names is an entry")
    func assistantTopicsExist() throws {
        let base = try Self.base()
        let topics = Understanding.standard.topicCues.map(\.topic) + Segment.allCases.map(TopicCues.segmentTopic) + [TopicCues.fallback]
        #expect(topics.filter { base.entry(id: $0) == nil } == [])
        #expect(base.entry(id: PlanWarning.cTrapID) != nil)
    }

    @Test("each segment's own entry is tagged with it", arguments: Segment.allCases)
    func segmentEntries(segment: Segment) throws {
        let ids = try Self.base().entries(for: segment).map(\.id)
        #expect(ids.contains("segment-" + segment.rawValue.lowercased()))
    }

    @Test("intent tags name intents the interpreter knows")
    func intentTags() throws {
        let known = Set(Intent.Kind.allCases.map(\.rawValue))
        let tags = try Self.base().entries.compactMap(\.intent)
        #expect(!tags.isEmpty)
        #expect(tags.filter { !known.contains($0) } == [])
    }

    @Test("titles are unique within each language, so a list of related entries is never ambiguous")
    func titlesAreUnique() throws {
        let base = try Self.base()
        for language in Language.allCases {
            #expect(Set(base.entries.map { $0.title(in: language) }).count == base.entries.count)
        }
    }

    @Test("the base serves the assistant's guidance in the asked language, and nil for an unknown id")
    func guidanceSource() throws {
        let base = try Self.base()
        let entry = try #require(base.entry(id: "c-trap"))
        let guidance = try #require(base.guidance(id: "c-trap", in: .ja))
        #expect(guidance.title == entry.title.ja)
        #expect(guidance.body == entry.body.ja)
        #expect(guidance.related == entry.related)
        #expect(base.guidance(id: "no-such-entry", in: .en) == nil)
    }
}
