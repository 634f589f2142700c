import TestSupport
import Testing

@testable import SalesCoachCore

/// A fresh trial on a Yamaguchi and northern Kyūshū distributor of chemicals,
/// cement and plant parts: companies the book lacks that share a place or a
/// trade word with a customer, a rep's given name that is also a place,
/// "over 150 days", a score asked beside a move, a segment's share of the plan,
/// and "explain that in Japanese".
@Suite struct TrialFortySixTests {
    static let book = AssistantData.trialBook(TrialBooks.yamaguchiKitakyushu, source: "yamaguchi.csv")

    static func ask(_ lines: [String]) -> Answer { book.answerToLast(of: lines) }

    @Test("a company the book lacks is never answered as a customer that only shares a place or a trade word with it", arguments: [
        ("What segment is Tokuyama Corporation?", "徳山ソーダ販売㈱"), ("大分ケミカルってどのセグメント？", "光ケミカルズ株式会社"),
    ])
    func otherCompanyOnlyOffered(question: String, customer: String) {
        let answer = Self.ask([question])
        #expect(answer.interpretation.customers.isEmpty, "\(answer.text)")
        #expect(answer.interpretation.takenAs == nil, "\(answer.text)")
        #expect(answer.interpretation.didYouMean == [customer], "\(answer.text)")
    }

    @Test("a place typed alone, or the customer's own words, still find it")
    func shortFormsStillFound() {
        #expect(Self.book.interpreter.matcher.match(in: "what about tokuyama?").likely == ["徳山ソーダ販売㈱"])
        #expect(Self.book.interpreter.matcher.match(in: "tokuyama soda").names == ["徳山ソーダ販売㈱"])
        #expect(Self.book.interpreter.matcher.match(in: "光ケミカルってどのセグメント？").likely == ["光ケミカルズ株式会社"])
    }

    @Test("a rep's given name that is also a place (Kawamura Yuki, 結城) names the rep, not a place list")
    func givenNameIsAPlace() {
        let answer = Self.ask(["Kawamura Yuki のCの顧客は何社？"])
        #expect(answer.interpretation.customerList != .place(kanji: "結城", reading: "yuki"), "\(answer.text)")
        #expect(!answer.text.contains("結城"), "\(answer.text)")
    }

    @Test("'over 150 days' leaves out a customer seen exactly 150 days ago; 「150日以上」 keeps it")
    func overIsStrict() {
        let over = Self.ask(["Which customers haven't been visited in over 150 days?"])
        #expect(over.lines.first == "Customers not visited for more than 150 days (or never): 15, longest first, with what the method says about each:", "\(over.text)")
        let atLeast = Self.ask(["150日以上行ってない顧客は？"])
        #expect(atLeast.lines.first?.hasPrefix("150日以上訪問していない顧客（記録なしを含む）：16社") == true, "\(atLeast.text)")
    }

    @Test("a score asked beside what would move the customer comes first")
    func scoreBesideMove() {
        let answer = Self.ask(["苅田セメントの客観評価いくつ？Bまであとどれくらい"])
        #expect(answer.lines.contains("苅田セメント製品㈱（D）：客観的評価 49.3（低、境界線上）・取り引き実績 36.9（低）（基準 50）。"), "\(answer.text)")
        #expect(answer.text.contains("苅田セメント製品㈱をDからBに移すには："), "\(answer.text)")
    }

    @Test("a move whose two figures would read the same short is written in full")
    func moveInFullWhenShortFormsAgree() {
        let answer = Self.ask(["Why is 彦島精機 a C?", "what would move it to another segment?"])
        #expect(answer.text.contains("our profit would have to fall below 3,030,000 (now 3,030,000)"), "\(answer.text)")
        #expect(Formatting.sameShortForm(2_970_000, 3_030_000, in: .en))
        #expect(!Formatting.sameShortForm(2_900_000, 3_030_000, in: .en))
        #expect(!Formatting.sameShortForm(950, 960, in: .en))
    }

    @Test("「じゃあBはどれくらい入ってる？」 right after a plan gives B's part of that plan against the policy")
    func segmentShareOfPlan() {
        let answer = Self.ask(["plan my week", "じゃあBはどれくらい入ってる？"])
        #expect(answer.lines.first == "この計画のB：10件中5件（50%、方針ではBに50%）：", "\(answer.text)")
        #expect(answer.lines.dropFirst().filter { $0.hasPrefix("  ") }.count == 5, "\(answer.text)")
        let english = Self.ask(["plan my week", "how many C visits are in it?"])
        #expect(english.lines.first == "C in this plan: 0 of 10 visits (0%; the policy gives C 10%).", "\(english.text)")
        #expect(Self.ask(["plan my week", "how many B customers do I have?"]).interpretation.intent == .countAndShare)
    }

    @Test("「日本語で説明してもらえますか」 answers the last question again in Japanese; 'in english please' back again")
    func sameAnswerInTheOtherLanguage() {
        let japanese = Self.ask(["why is 柳井包装 a B?", "日本語で説明してもらえますか"])
        #expect(japanese.language == .ja)
        #expect(japanese.lines.first == "柳井包装㈱はB（最重点：時間の大半をここに）です。", "\(japanese.text)")
        let english = Self.ask(["why is 柳井包装 a B?", "日本語で説明してもらえますか", "in english please"])
        #expect(english.lines.first == "柳井包装㈱ is in B (main target: most of your time).", "\(english.text)")
        #expect(LanguageRequest.read("what is 客観的評価 in english?") == nil)
        #expect(LanguageRequest.read("日本語で") == .ja)
    }

    @Test("'how does it work?' is the method, 'does this method actually work?' why it pays; 'how does the scoring work?' the scores")
    func howItWorks() {
        #expect(Self.ask(["how does it work?"]).interpretation.intent == .method(topic: "method-overview"))
        #expect(Self.ask(["does this method actually work?"]).interpretation.intent == .method(topic: "why-focus-b"))
        #expect(Self.ask(["I'm new. How does the scoring work?"]).interpretation.intent == .method(topic: "scoring"))
    }
}
