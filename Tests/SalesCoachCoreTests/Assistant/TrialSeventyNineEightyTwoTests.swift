import TestSupport
import Testing

@testable import SalesCoachCore

/// Misses of trials 79 (a rep in Wakayama and Senshū), 80 (a manager in Nagano
/// and Yamanashi), 81 (a new hire in Tokushima and Kōchi) and 82 (a rep in
/// Tochigi and Ibaraki): a figure changed in thought, trades a manager names,
/// follow-ups about one customer's figure, yes or no first.
@Suite struct TrialSeventyNineEightyTwoTests {
    static let wakayama = AssistantData.trialBook(TrialBooks.wakayamaSenshu, source: "wakayama.csv")
    static let nagano = AssistantData.trialBook(TrialBooks.naganoYamanashi, source: "nagano.csv")
    static let kochi = AssistantData.trialBook(TrialBooks.tokushimaKochi, source: "kochi.csv")
    static let tochigi = AssistantData.trialBook(TrialBooks.tochigiIbaraki, source: "tochigi.csv")

    @Test("a figure changed in thought is read with its metric and its size", arguments: [
        ("what if its sales halved?", WhatIfChange(metric: .sales, change: .times(0.5))),
        ("what if Acme got 15 orders this year?", WhatIfChange(metric: .orders, change: .to(15))),
        ("what if they placed 5 more orders?", WhatIfChange(metric: .orders, change: .by(5))),
        ("what if their orders drop to 8?", WhatIfChange(metric: .orders, change: .to(8))),
        ("what if its growth dropped a bit?", WhatIfChange(metric: .growth, change: .slightly(up: false))),
        ("what if growth fell 2%?", WhatIfChange(metric: .growth, change: .by(-2))),
        ("if profit went up 20%, would it be A?", WhatIfChange(metric: .profit, change: .times(1.2))),
        ("受注が倍になったらAになる？", WhatIfChange(metric: .orders, change: .times(2))),
        ("売上が半分になったらどうなる？", WhatIfChange(metric: .sales, change: .times(0.5))),
        ("受注が3件減ったら？", WhatIfChange(metric: .orders, change: .by(-3))),
        ("売上が500万になったら？", WhatIfChange(metric: .sales, change: .to(5_000_000))),
        ("粗利が2割増えたら？", WhatIfChange(metric: .profit, change: .times(1.2))),
    ])
    func whatIfRead(question: String, expected: WhatIfChange) {
        #expect(WhatIfChange.read(QuestionText(question)) == expected)
    }

    @Test("a way asked for, or a figure asked without supposing, is no what-if", arguments: [
        "how do I double their orders?", "受注を増やすにはどうすれば？", "what are its sales?", "Bならどこ？", "従業員500人以上で取引額が500万円以下の顧客",
    ])
    func notWhatIf(question: String) {
        #expect(WhatIfChange.read(QuestionText(question)) == nil)
    }

    @Test("'what if X got 15 orders, would it be A?' says yes, with the record score the book ranked again gives")
    func whatIfYes() {
        let answer = Self.nagano.answerToLast(of: ["what if Yatsugatake Nyugyo got 15 orders this year, would it be A?"])
        #expect(answer.interpretation.intent == .whatWouldItTake(target: .a), "\(answer.text)")
        #expect(answer.lines.first?.hasPrefix("Yes. If 八ヶ岳乳業's orders were 15 (now 10), it would move from B to A") == true, "\(answer.text)")
        #expect(answer.text.contains("Transaction record: 54.2 (high) against 48.9 now"), "\(answer.text)")
    }

    @Test("「受注が倍になったらAになる？」 answers yes or no by the move on that metric; a stay says what it would take")
    func doubledOrders() {
        let yes = Self.nagano.answerToLast(of: ["伊那ベアリングの受注が倍になったらAになる？"])
        #expect(yes.lines.first?.hasPrefix("はい。伊那ベアリング工業の受注件数が16になると（現在 8）、BからA") == true, "\(yes.text)")
        let no = Self.wakayama.answerToLast(of: ["泉佐野食品の受注が倍になったらAになる？"])
        #expect(no.lines.first?.hasPrefix("いいえ。") == true, "\(no.text)")
        #expect(no.lines.contains { $0.hasPrefix("  移るには：") }, "\(no.text)")
    }

    @Test("「売上が半分になったら？」 of a C stays C, the record score said, and no fall of sales alone moves it")
    func halvedSales() {
        let answer = Self.nagano.answerToLast(of: ["上田製作所の売上が半分になったらどうなる？"])
        #expect(answer.lines.first?.contains("C（居心地は良いが伸びしろは小さい）のままです") == true, "\(answer.text)")
        #expect(answer.text.contains("取り引き実績：65.9（高）、現在は75.8"), "\(answer.text)")
        #expect(answer.text.contains("当社売上が下がるだけでは取り引き実績は基準を下回りません"), "\(answer.text)")
    }

    @Test("'what if its growth dropped a bit?' after a customer says how far it can fall, or that a fall moves nothing")
    func slightFall() {
        let answer = Self.wakayama.answerToLast(of: ["岸和田紙器はなぜA？", "what if its growth dropped a bit?"])
        #expect(answer.interpretation.customers == ["岸和田紙器株式会社"], "\(answer.text)")
        #expect(answer.lines.first?.hasPrefix("岸和田紙器株式会社 stays A while its growth does not fall that far") == true, "\(answer.text)")
    }

    @Test("trades a manager names: the hospitals' total, the wineries, the paper mills, the fisheries co-ops")
    func tradesNamed() {
        let hospitals = Self.nagano.answerToLast(of: ["病院の売上合計は？"])
        #expect(hospitals.lines.first?.hasPrefix("病院（名前から判断）の当社売上：合計4,400万（5社）") == true, "\(hospitals.text)")
        let wineries = Self.nagano.answerToLast(of: ["show me the wineries"])
        for name in ["勝沼ワイナリー", "甲州ワイン醸造", "シャトー塩尻", "笛吹ヴィンヤード", "Minami-Alps Winery"] {
            #expect(wineries.text.contains(name), "\(wineries.text)")
        }
        let mills = Self.kochi.answerToLast(of: ["which of my customers are paper mills?"])
        #expect(mills.text.contains("Shimanto Paper Co.") && mills.text.contains("阿波製紙株式会社"), "\(mills.text)")
        let coops = Self.kochi.answerToLast(of: ["漁協の売上合計は？"])
        #expect(coops.lines.first?.hasPrefix("漁協（名前から判断）の当社売上：合計2,420万（3社）") == true, "\(coops.text)")
    }

    @Test("'and its growth?' right after a customer's figure is that customer's growth, not a refusal")
    func figureFollowUp() {
        let answer = Self.kochi.answerToLast(of: ["Tosa Ocean Foodsの従業員数は？", "and its growth?"])
        #expect(answer.interpretation.askedMetric == .growth, "\(answer.text)")
        #expect(answer.lines.first?.contains("7.2%") == true, "\(answer.text)")
    }

    @Test("「ちょうど50ってこと？」 after a customer on the cut: yes, exactly 50, without the word スコア")
    func exactlyFiftyWithoutScoreWord() {
        let answer = Self.wakayama.answerToLast(of: ["岸和田紙器はなぜA？", "ちょうど50ってこと？"])
        #expect(answer.interpretation.confirmsScore == 50, "\(answer.text)")
        #expect(answer.lines.first?.hasPrefix("はい、客観的評価はちょうど50です") == true, "\(answer.text)")
    }

    @Test("a customer's figure or last visit asked right after a comparison is about that customer, not one more comparison")
    func figureAfterComparison() {
        let visit = Self.tochigi.answerToLast(of: ["kanto precision or north kanto logistics, whcih first?", "古河金属の最終訪問日は？"])
        #expect(visit.interpretation.intent == .explainCustomer && visit.interpretation.asksLastVisit, "\(visit.text)")
        let profit = Self.tochigi.answerToLast(of: ["境町運送と佐藤精肉店の違いは？", "二宮いちご農協の粗利は？"])
        #expect(profit.interpretation.askedMetric == .profit, "\(profit.text)")
        #expect(profit.lines.first?.hasPrefix("二宮いちご農協の粗利は記録がありません") == true, "\(profit.text)")
    }

    @Test("'is that a problem?' after a customer's last visit is the visit verdict on it")
    func problemAfterLastVisit() {
        let answer = Self.tochigi.answerToLast(of: ["古河金属の最終訪問日は？", "is that a problem?"])
        #expect(answer.interpretation.asksVisitWorth, "\(answer.text)")
        #expect(answer.lines.first?.hasPrefix("Yes: 古河金属工業 is B") == true, "\(answer.text)")
    }

    @Test("'what should I focus on this week' names the A customers due by the week's end, as many as the plan counts")
    func focusDueThisWeek() {
        let focus = Self.tochigi.answerToLast(of: ["what should i focus on this week"])
        let plan = Self.tochigi.answerToLast(of: ["plan my week"])
        let due = focus.lines.first { $0.contains("due this week") } ?? ""
        let count = due.firstMatch(of: /: (\d+) due this week/).map { String($0.1) }
        #expect(count != nil && plan.text.contains("\(count ?? "?") A customers are due"), "\(focus.text)\n\(plan.text)")
    }

    @Test("'how many A customers, and their average sales?' gives the A customers' average beside their count")
    func averageOfTheSegment() {
        let answer = Self.nagano.answerToLast(of: ["how many A customers do I have, and whats their average sales?"])
        #expect(answer.lines.contains { $0.hasPrefix("A customers: 9 of 45") && $0.hasSuffix("on average.") }, "\(answer.text)")
    }

    @Test("why B over C, and why visiting C is a trap, are those articles, not the overview or the manager's review", arguments: [
        ("そもそもなんでCよりBに時間かけるの？", "why-focus-b"),
        ("my new rep loves visiting C customers, why is that a trap?", "c-trap"),
    ])
    func methodTopic(question: String, topic: String) {
        let answer = Self.wakayama.answerToLast(of: [question])
        #expect(answer.interpretation.intent == .method(topic: topic), "\(answer.text)")
    }

    @Test("「宇都宮の客ってどれ？」 lists the three 宇都宮 names, though 宇都宮 alone is one name's short form")
    func placeThatIsAShortForm() {
        let answer = Self.tochigi.answerToLast(of: ["宇都宮の客ってどれ？"])
        #expect(answer.lines.first?.hasPrefix("社名に「宇都宮」が入る顧客：全45社中3社") == true, "\(answer.text)")
        // Asked about by its whole name, it is that customer.
        #expect(Self.tochigi.answerToLast(of: ["宇都宮精工ってなんでB？"]).interpretation.customers == ["宇都宮精工"])
    }

    @Test("「ありがとう、お疲れ様でした」 is thanks, and 'has nobody visited' asks who has not been seen")
    func thanksAndNobody() {
        #expect(Self.nagano.answerToLast(of: ["ありがとう、お疲れ様でした"]).interpretation.smallTalk == .thanks)
        let unseen = Self.nagano.answerToLast(of: ["which B acounts has nobody visited in over 3 months?"])
        #expect(unseen.interpretation.customerList == .notSeenLately, "\(unseen.text)")
        #expect(unseen.lines.first?.hasPrefix("B customers not visited for 90 days or more (or never): 8") == true, "\(unseen.text)")
    }

    @Test("「木曜は半日にして」 right after a plan makes the plan again with Thursday as a half day")
    func halfDayAfterPlan() {
        let answer = Self.kochi.answerToLast(of: ["plan my week, friday off", "木曜は半日にして"])
        #expect(answer.interpretation.intent == .weeklyPlan && answer.interpretation.halfDays == [4], "\(answer.text)")
    }

    @Test("yes-or-no form, for a verdict before a list", arguments: [
        ("小松さんはBを放置してない？", true), ("is Emily neglecting her B accounts?", true),
        ("which B customers haven't I seen?", false), ("Bで放置してるのはどこ？", false),
    ])
    func yesNoForm(question: String, expected: Bool) {
        #expect(Answerer.isYesNo(question) == expected)
    }
}
