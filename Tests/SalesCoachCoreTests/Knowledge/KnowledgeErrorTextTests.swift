import TestSupport
import Testing

@testable import SalesCoachCore

/// A broken knowledge or understanding file stops a Japanese session in
/// Japanese: the file and line stay, the problem is said in Japanese.
@Suite struct KnowledgeErrorTextTests {
    static let path = "knowledge/segments/segment-c.txt"

    static let knowledgeErrors: [KnowledgeError] = [
        .malformedLine(path: path, line: 3, found: "oops"),
        .unknownKey(path: path, line: 3, key: "titel", suggestion: "title"),
        .duplicateKey(path: path, line: 4, key: "title", firstLine: 2),
        .emptyValue(path: path, line: 3, key: "title"),
        .emptyListItem(path: path, line: 3, key: "related"),
        .invalidID(path: path, line: 1, key: "id", value: "Segment C"),
        .idDoesNotMatchFileName(path: path, line: 1, id: "segment-d", expected: "segment-d.txt"),
        .invalidSegment(path: path, line: 5, value: "E"),
        .invalidIntent(path: path, line: 5, value: "two words"),
        .unknownLanguage(path: path, line: 9, marker: "--- fr"),
        .duplicateBody(path: path, line: 20, language: .ja, firstLine: 12),
        .emptyBody(path: path, line: 12, language: .en),
        .missingField(path: path, line: 6, key: "title"),
        .missingBody(path: path, line: 30, language: .ja),
        .duplicateID(path: path, line: 1, id: "segment-c", firstPath: "knowledge/x.txt", firstLine: 1),
        .unknownRelated(path: path, line: 4, id: "segmnt-b", suggestion: "segment-b"),
        .relatedToItself(path: path, line: 4, id: "segment-c"),
    ]

    @Test("a knowledge file's mistake in Japanese keeps the file and line and has no English sentence", arguments: knowledgeErrors)
    func knowledge(_ error: KnowledgeError) {
        let text = error.text(in: .ja)
        #expect(text.hasPrefix("\(Self.path):\(error.line ?? 0): "), "\(text)")
        #expect(englishSentence(in: text) == nil, "\(text)")
        #expect(text.unicodeScalars.contains { $0.value >= 0x3040 }, "\(text)")
        #expect(error.text(in: .en) == error.description)
    }

    @Test("no entries at all is said in Japanese too")
    func noEntries() {
        #expect(KnowledgeError.noEntries.text(in: .ja) == "ナレッジベースに項目がありません。knowledge/ の下に .txt で終わるファイルを置いてください")
        #expect(KnowledgeError.noEntries.description == "the knowledge base has no entries; expected files ending in .txt under knowledge/")
    }

    static let understandingProblems: [UnderstandingError.Problem] = [
        .controlCharacter(7), .unclosedSection("[intent x"), .emptySectionName, .entryBeforeSection("plan my week"),
        .unknown(.intent, "weeklyPlna", known: ["weeklyPlan"], listed: false),
        .unknown(.section, "phrase", known: ["phrases", "words"], listed: true),
        .unknown(.setting, "minimum", known: ["minimum-probability"], listed: false),
        .unknown(.extra, "topik=x", known: ["topic", "number"], listed: false),
        .unknownSegment("E", joined: true), .emptyQuestion, .notWholeNumber("many"), .notAWeight("heavy"),
        .expected(.setting), .expected(.contraction), .expected(.slip), .expected(.reading), .expected(.question(found: 2)),
        .expected(.section(usage: "intent KIND WEIGHT")), .noReading("田中"), .readTwice("田中", section: "family"),
        .missingSection("[words everyday]"), .missingSetting("minimum-probability"),
    ]

    @Test("an understanding file's mistake in Japanese keeps the file and line and has no English sentence", arguments: understandingProblems)
    func understanding(_ problem: UnderstandingError.Problem) {
        let error = UnderstandingError(file: "lexicon.cues", line: 12, problem)
        let text = error.text(in: .ja)
        #expect(text.hasPrefix("knowledge/understanding/lexicon.cues:12: "), "\(text)")
        #expect(englishSentence(in: text) == nil, "\(text)")
        #expect(text.unicodeScalars.contains { $0.value >= 0x3040 }, "\(text)")
    }

    @Test("an unknown name suggests the closest known one in either language")
    func suggestion() {
        let error = UnderstandingError(file: "intents.cues", line: 3, .unknown(.intent, "weeklyPlna", known: ["weeklyPlan", "explain"], listed: false))
        #expect(error.description == "knowledge/understanding/intents.cues:3: unknown intent 'weeklyPlna' (did you mean 'weeklyPlan'?)")
        #expect(error.text(in: .ja) == "knowledge/understanding/intents.cues:3: 不明なintent 'weeklyPlna'（'weeklyPlan' のことですか？）")
    }
}
