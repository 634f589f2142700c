import SalesCoachKnowledgeFiles
import Testing

@testable import SalesCoachCore

/// The fallback search: plain questions in either language find the entry
/// that answers them, and questions outside the method find nothing.
@Suite struct KnowledgeSearchTests {
    struct Question: Sendable, CustomTestStringConvertible {
        let text: String
        let language: Language
        let expected: String
        var testDescription: String { "“\(text)” → \(expected)" }
    }

    static let questions: [Question] = [
        Question(text: "What is the objective evaluation axis?", language: .en, expected: "axis-objective"),
        Question(text: "which numbers feed the transaction record?", language: .en, expected: "axis-record"),
        Question(text: "Why focus on B?", language: .en, expected: "why-focus-b"),
        Question(text: "How should I handle C customers?", language: .en, expected: "segment-c"),
        Question(text: "what do I do with my key accounts", language: .en, expected: "segment-a"),
        Question(text: "Am I spending too much time on C?", language: .en, expected: "c-trap"),
        Question(text: "how do I read the plan check", language: .en, expected: "plan-check"),
        Question(text: "how are the scores calculated?", language: .en, expected: "scoring"),
        Question(text: "What can you do?", language: .en, expected: "help"),
        Question(text: "how often should I visit each customer?", language: .en, expected: "visit-cadence"),
        Question(text: "客観的評価とは？", language: .ja, expected: "axis-objective"),
        Question(text: "取り引き実績って何？", language: .ja, expected: "axis-record"),
        Question(text: "なぜBに注力するの？", language: .ja, expected: "why-focus-b"),
        Question(text: "C顧客にはどう対応する？", language: .ja, expected: "segment-c"),
        Question(text: "Ｄ顧客は訪問すべき？", language: .ja, expected: "segment-d"),
        Question(text: "Cに時間をかけすぎ？", language: .ja, expected: "c-trap"),
        Question(text: "アフターフォローはどうすればいい？", language: .ja, expected: "after-sales-follow-up"),
        Question(text: "何ができる？", language: .ja, expected: "help"),
        Question(text: "部下の時間配分をどう指導する？", language: .ja, expected: "manager-review"),
        Question(text: "予算を達成するには？", language: .ja, expected: "budget-first"),
    ]

    static let base: KnowledgeBase? = try? KnowledgeBase(files: KnowledgeFiles.all)

    @Test("a question about the method finds its entry first", arguments: questions)
    func findsTheEntry(_ question: Question) throws {
        let base = try #require(Self.base)
        #expect(base.search(question.text, language: question.language).first?.id == question.expected)
    }

    @Test("questions outside the method find nothing", arguments: [
        "what's the weather tomorrow?", "明日の天気は？", "who won the match last night", "", "？！",
    ])
    func outOfScopeFindsNothing(_ text: String) throws {
        let base = try #require(Self.base)
        #expect(base.search(text, language: .en) == [])
        #expect(base.search(text, language: .ja) == [])
    }

    /// Two small entries that share a topic, to see the scoring itself.
    static func pair() throws -> KnowledgeBase {
        func entry(_ id: String, _ trigger: String) -> (path: String, text: String) {
            (id + ".txt", """
                id: \(id)
                title.en: \(id)
                title.ja: \(id)の見出し
                topics: sample topic
                triggers.en: \(trigger)
                triggers.ja: \(id)とは
                --- en
                Body.
                --- ja
                本文。
                """)
        }
        return try KnowledgeBase(files: [entry("beta", "how do i plan"), entry("alpha", "when should i rest")])
    }

    @Test("a whole trigger scores 4 plus its topics, and equal scores are ordered by id")
    func scoring() throws {
        let base = try Self.pair()
        let planned = base.matches("How do I plan the sample topic?", language: .en)
        #expect(planned.map(\.entry.id) == ["beta", "alpha"])
        #expect(planned.map(\.score) == [5.5, 1.5])
        #expect(planned.first?.matched == ["how do i plan", "sample topic"])
        #expect(base.search("the sample topic", language: .en).map(\.id) == ["alpha", "beta"])
    }

    @Test("a trigger counts when half of it is there, weighted by the square of its coverage")
    func partialTrigger() throws {
        let base = try Self.pair()
        // "when should i rest" keeps "when" and "rest": "when" alone covers half, worth 1.
        let half = base.matches("when is the sample topic", language: .en)
        #expect(half.map(\.entry.id) == ["alpha", "beta"])
        #expect(half.map(\.score) == [2.5, 1.5])
        // Half a trigger and nothing else stays under the threshold of 1.5.
        #expect(base.matches("when?", language: .en) == [])
    }

    @Test("the question's language picks which triggers are compared")
    func languageOfTriggers() throws {
        let base = try Self.pair()
        #expect(base.search("alphaとは", language: .ja).map(\.id) == ["alpha"])
        #expect(base.search("alphaとは", language: .en) == [])
    }

    @Test("segment letters survive where they look like the article 'a'")
    func segmentLetters() {
        #expect(KnowledgeIndex.features(of: "what is a customer") == ["customer"])
        #expect(KnowledgeIndex.features(of: "an A customer") == ["a", "customer"])
        #expect(KnowledgeIndex.features(of: "Ａ顧客") == ["a", "顧客"])
        #expect(KnowledgeIndex.features(of: "取り引き実績") == KnowledgeIndex.features(of: "取引実績"))
    }
}
