import TestSupport
import Testing

@testable import SalesCoachCore

/// A fresh trial on an eastern Hokkaidō distributor of dairy and farm
/// machinery: follow-ups without a name ("is it still overdue?", "when was it
/// last visited?", 「それの担当は誰？」), a rep's family name in the other kanji
/// of its reading (菊池 for 菊地), an unknown Japanese company asked in
/// English, and a score exactly on the cut.
@Suite struct TrialFortyFiveTests {
    static let hokkaido = AssistantData.trialBook(TrialBooks.hokkaidoEast, source: "hokkaido.csv")
    static let reps = ["菊地 大輔", "Kudo Haruka", "Emily Carter"]

    static func ask(_ lines: [String]) -> Answer { hokkaido.answerToLast(of: lines) }

    @Test("'when was it last visited?' after a customer gives its last visit, not the week's plan")
    func lastVisitOfCustomerJustDiscussed() {
        let english = Self.ask(["tell me about トカチ・アグリテック", "when was it last visited?"])
        #expect(english.interpretation.customers == ["トカチ・アグリテック株式会社"], "\(english.text)")
        #expect(english.lines.first == "トカチ・アグリテック株式会社 — last visit: 2026-09-22 (78 days ago, 11 weeks)", "\(english.text)")
        let japanese = Self.ask(["トカチ・アグリテックについて教えて", "最後に行ったのいつだっけ？"])
        #expect(japanese.lines.first?.hasPrefix("トカチ・アグリテック株式会社の前回の訪問：2026-09-22") == true, "\(japanese.text)")
    }

    @Test("「それの担当は誰？」 after a customer and a question about its last visit names that customer's rep")
    func repOfCustomerJustDiscussed() {
        let answer = Self.ask(["tell me about トカチ・アグリテック", "when was it last visited?", "それの担当は誰？"])
        #expect(answer.lines.first == "トカチ・アグリテック株式会社の担当：Emily Carterさん。", "\(answer.text)")
    }

    @Test("the rep asked with 「も」 (「十勝乳業の担当も教えて」) is named first")
    func repAskedWithAlso() {
        let answer = Self.ask(["十勝乳業の担当も教えて"])
        #expect(answer.lines.first == "十勝乳業株式会社の担当：菊地 大輔さん。", "\(answer.text)")
    }

    @Test("'is it still overdue?' after a customer answers yes or no by its own cadence", arguments: [
        (["tell me about トカチ・アグリテック", "is it still overdue?"],
         "Yes: トカチ・アグリテック株式会社 (A) is past its 2-week follow-up — last visit 2026-09-22"),
        (["十勝乳業ってなんでC？", "まだ遅れてる？"], "いいえ：十勝乳業株式会社（C）は前回 2026-11-27（12日前）。6週間ごとの目安は2027-01-08ごろです。"),
        (["what about 津別林産", "is it overdue?"],
         "Yes, in effect: B has no set cadence, but 津別林産株式会社 (B, your main target) has waited: no visit on record. It is worth a visit soon."),
    ])
    func overdueOfCustomerJustDiscussed(lines: [String], expected: String) {
        let answer = Self.ask(lines)
        #expect(answer.lines.first?.hasPrefix(expected) == true, "\(answer.text)")
    }

    @Test("'who is overdue?' with no customer just discussed is still the book's list")
    func overdueListStands() {
        let answer = Self.ask(["who is overdue?"])
        #expect(answer.interpretation.customerList == .overdue, "\(answer.text)")
        #expect(answer.lines.first?.hasPrefix("Overdue by each segment's cadence") == true, "\(answer.text)")
    }

    @Test("a rep's family name in the other kanji of its reading (菊池さん for 菊地 大輔) is that rep")
    func repByHomophone() {
        let names = Self.hokkaido.classifications.map(\.customer.name)
        #expect(RepName.named(in: "菊池さんのCのお客さん一覧", reps: Self.reps, customerNames: names) == "菊地 大輔")
        #expect(RepName.removing("菊地 大輔", from: "菊池さんのCのお客さん一覧") == "Cのお客さん一覧")
        // The customer 菊地農機 is no rep, however it is asked about.
        #expect(RepName.named(in: "菊地農機はなぜB？", reps: Self.reps, customerNames: names) == nil)
    }

    @Test("an unknown company with a legal form inside an English question is said to be missing, in English")
    func unknownJapaneseCompanyInEnglish() {
        let answer = Self.ask(["tell me about 帯広ビール株式会社"])
        #expect(answer.language == .en)
        #expect(answer.lines.first == "“帯広ビール株式会社” is not in your customer list, so there is nothing to say about it from your book. `list` shows every name.", "\(answer.text)")
        #expect(LanguageDetector.language(of: "what is 客観的評価") == .en)
        #expect(LanguageDetector.language(of: "Pythonでプログラムを書いて") == .ja)
    }

    @Test("a customer's score on an axis ('Xの取引実績って何点？ギリギリ？') is that customer, exactly on the cut said so")
    func customerAxisScoreExactlyOnCut() {
        let answer = Self.ask(["Abashiri Agri Machinery の取引実績って何点？ギリギリ？"])
        #expect(answer.interpretation.intent == .explainCustomer, "\(answer.text)")
        #expect(answer.lines.first == "はい、境界線上です — A：取引実績 50.0（ちょうど基準線上、基準線ちょうどは「高」）：少しでも下がればB", "\(answer.text)")
        #expect(answer.text.contains("取り引き実績：50.0（高"), "\(answer.text)")
    }

    @Test("'which first' between two B customers names the one a step from A when it comes second")
    func secondIsCloseToA() {
        let answer = Self.ask(["which first: 釧路冷凍 or 釧路港運?"])
        #expect(answer.lines.first == "Visit 釧路港運合同会社 first.", "\(answer.text)")
        #expect(answer.text.contains("Still, 釧路冷凍株式会社 is close to A on the record (49.6): orders would need to exceed 20 (now 20)"), "\(answer.text)")
    }

    @Test("visits asked as logged in other words are the visit log", arguments: [
        "今週記録した訪問見せて", "who did I last visit?", "show me the visits I recorded this week",
    ])
    func visitLogWords(question: String) {
        #expect(Self.ask([question]).interpretation.customerList == .visitLog, "\(question)")
    }

    @Test("a place asked as a list that no customer's name holds is said so (eastern Hokkaidō has no 札幌 customer)")
    func placeWithNoCustomer() {
        let answer = Self.ask(["札幌の客は？"])
        #expect(answer.lines.first == "社名に「札幌」が入る顧客はいません（住所の列はないため、社名で探しています）。", "\(answer.text)")
    }
}
