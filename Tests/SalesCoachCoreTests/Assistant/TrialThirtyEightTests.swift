import TestSupport
import Testing

@testable import SalesCoachCore

/// A fresh trial on a North Kantō distributor of factory electrical parts:
/// its places typed in romaji, reps tied on a count, the one customer most in
/// need of a visit, and a total asked together with a segment's count.
@Suite struct TrialThirtyEightTests {
    static let kanto = AssistantData.trialBook(TrialBooks.kitaKantoElectrical, source: "kanto.csv")
    static var matcher: CustomerMatcher { kanto.interpreter.matcher }

    static func ask(_ lines: [String]) -> Answer { kanto.answerToLast(of: lines) }

    @Test("North Kantō places read in romaji, and a place that is also a family name both ways", arguments: [
        ("why is nasu in B?", "那須乳業株式会社"), ("oyama plastic", "小山プラスチック工業㈱"), ("koyama plastic", "小山プラスチック工業㈱"),
        ("tell me about yuki fabric", "結城ファブリック㈱"), ("tsuchiura foods", "土浦食品工業㈱"), ("kanuma mokko", "鹿沼木工株式会社"),
        ("tomioka paper", "富岡製紙㈱"),
    ])
    func northKantoPlaces(typed: String, customer: String) {
        let matches = Self.matcher.match(in: typed)
        #expect((matches.names + matches.likely).first == customer, "\(matches)")
    }

    @Test("'which rep has the most B?' says the two reps with four each are tied, in either language")
    func repsTiedOnSegment() {
        let english = Self.ask(["which rep has the most B?"])
        #expect(english.text.contains("Most B customers: 佐々木 亮 and Kobayashi Yui, tied at 4 each."), "\(english.text)")
        let japanese = Self.ask(["担当者別でBが一番多いのは？"])
        #expect(japanese.text.contains("Bが最も多いのはKobayashi Yuiさんと佐々木 亮さんです（同数で4社ずつ）"), "\(japanese.text)")
    }

    @Test("'which rep has the most B?' right after a customer ranks the reps, not that customer's rep")
    func repRankingAfterCustomer() {
        let answer = Self.ask(["why is nasu in B?", "which rep has the most B?"])
        #expect(!answer.text.contains("'s rep:"), "\(answer.text)")
        #expect(answer.text.contains("tied at 4 each"), "\(answer.text)")
    }

    @Test("「担当者別でBが一番多いのは？」 right after a count of A is the reps' B, not one more count")
    func repRankingAfterCount() {
        let answer = Self.ask(["Aは何社？", "担当者別でBが一番多いのは？"])
        #expect(answer.interpretation.customerList == .repBreakdown, "\(answer.text)")
        #expect(answer.text.contains("Bが最も多いのは"), "\(answer.text)")
    }

    @Test("「一番フォローが必要なのは誰」 names the A customer unseen longest first, then the list")
    func mostInNeedFirst() {
        let answer = Self.ask(["一番フォローが必要なのは誰"])
        #expect(answer.text.hasPrefix("一番訪問が必要なのは栃木ギア工業株式会社"), "\(answer.text)")
        #expect(answer.text.contains("領域ごとの訪問間隔を過ぎた顧客"), "\(answer.text)")
        // Without a superlative the list alone.
        let plain = Self.ask(["who should I follow up with?"])
        #expect(!plain.text.contains("Most in need"), "\(plain.text)")
    }

    @Test("a total asked with a segment's count gives the whole total and that count", arguments: [
        ("売上合計とDの数も", "D顧客：45社中10社", "合計9.5万"),
        ("total sales and number of D customers", "D customers: 10 of 45", "95,220 in total"),
    ])
    func totalWithSegmentCount(line: String, count: String, total: String) {
        let answer = Self.ask([line])
        #expect(answer.text.contains(count), "\(answer.text)")
        #expect(answer.text.contains(total), "\(answer.text)")
        // The segment's own total is another question.
        #expect(!Self.ask(["Bの売上合計は？"]).text.contains("B顧客：45社中"))
    }

    @Test("'what should i change?' after a typed plan counts visits: a customer typed twice is two to take out, the free one said")
    func changesCountVisits() {
        // Daniel Park's own book, as the session scopes a plan of his customers.
        let lines = TrialBooks.kitaKantoElectrical.split(separator: "\n")
        let daniel = AssistantData.trialBook(
            ([lines[0]] + lines.filter { $0.contains(",Daniel Park,") }).joined(separator: "\n"), source: "daniel.csv")
        var context = ConversationContext()
        var answer: Answer?
        for line in [
            "check my plan: Mon 館林製粉, 富岡製紙, 桐生織物機械; Tue 高崎フーズ, 館林製粉; Wed 藤岡樹脂, 富岡製紙",
            "what should i change?",
        ] { answer = Assistant.answer(line, context: &context, data: daniel) }
        guard let answer else { return }
        #expect(answer.text.contains("To bring your 7 visits in line"), "\(answer.text)")
        #expect(answer.text.contains("館林製粉株式会社 (C) ×2, 富岡製紙㈱ (C) ×2"), "\(answer.text)")
        #expect(answer.text.contains("1 of the 7 visits stays free"), "\(answer.text)")
    }
}
