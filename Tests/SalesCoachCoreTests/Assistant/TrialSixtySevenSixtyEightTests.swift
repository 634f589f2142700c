import TestSupport
import Testing

@testable import SalesCoachCore

/// Fresh trials on a Shiga and northern Kyoto book (a manager in English) and
/// a Saitama book (typed carelessly): "it" after a visit, "which first" after
/// a comparison, the team's C share against the policy,
/// "make sure X is in", a rep planned for by a name a customer shares, a rep
/// typed in half-width katakana.
@Suite struct TrialSixtySevenSixtyEightTests {
    static let shiga = AssistantData.trialBook(TrialBooks.shigaKyoto, source: "shiga-kyoto.csv")
    static let saitama = AssistantData.trialBook(TrialBooks.saitama, source: "saitama.csv")

    @Test("「それって何のセグメント？」 right after a visit told is that customer's segment")
    func segmentOfTheCustomerVisited() {
        let answer = Self.shiga.answerToLast(of: ["昨日舞鶴水産に行ってきた", "それって何のセグメント？"])
        #expect(answer.interpretation.customers == ["舞鶴水産株式会社"], "\(answer.text)")
        #expect(answer.lines.first?.hasPrefix("舞鶴水産株式会社はC") == true, "\(answer.text)")
    }

    @Test("「どっちを先に行くべき？」 right after two customers were compared is those two, not a plan")
    func whichFirstAfterAComparison() {
        let answer = Self.shiga.answerToLast(of: ["近江製薬と甲賀製薬を比べて", "どっちを先に行くべき？"])
        #expect(answer.interpretation.intent == .compare, "\(answer.text)")
        #expect(Set(answer.interpretation.customers) == ["近江製薬株式会社", "甲賀製薬株式会社"], "\(answer.text)")
    }

    @Test("「チーム全体でCの比率は方針を超えてる？」 is the visits to C against the policy, not the count of C")
    func teamCShareAgainstPolicy() {
        let answer = Self.shiga.answerToLast(of: ["チーム全体でCの比率は方針を超えてる？"])
        #expect(answer.interpretation.customerList == .comfort, "\(answer.text)")
    }

    @Test("'make sure X is in' is a customer to put in, beside one to drop")
    func makeSureIsIn() {
        let edits = PlanEditStatement.readAll(
            "drop 熊谷印刷 and make sure 大宮オートパーツ is in", matcher: Self.saitama.interpreter.matcher, afterPlan: true, recent: [])
        #expect(edits.map(\.action) == [.remove, .add], "\(edits)")
        #expect(edits.last?.customers == ["株式会社大宮オートパーツ"], "\(edits)")
    }

    @Test("'Plan next week for Arai' and 「ｺﾊﾞﾔｼ、」 name the reps, beside a customer 新井製作所")
    func repsByPlanForAndHalfWidthKatakana() {
        let reps = ["新井 智也", "Kobayashi Yuta", "Emily Carter"]
        let names = Self.saitama.classifications.map(\.name)
        #expect(RepName.named(in: "Plan next week for Arai, I'm off on Friday.", reps: reps, customerNames: names) == "新井 智也")
        #expect(RepName.named(in: NameKey.normalize("来週の計画、ｺﾊﾞﾔｼ、火曜やすみ、C入れないで"), reps: reps, customerNames: names) == "Kobayashi Yuta")
    }
}
