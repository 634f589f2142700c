import TestSupport
import Testing

@testable import SalesCoachCore

/// Fresh trials on a Niigata book (a rep in a hurry) and a Kumamoto and Ōita
/// book (a manager of three reps), with the misses of trial 68's Saitama book:
/// half-width katakana names, なんで as "because", a customer asked about right
/// after a list, each listed customer's last visit, which of two segments gets
/// the time, a figure asked alone after a count, a plan's pick named by its trade.
@Suite struct TrialSixtyNineSeventyTests {
    static let niigata = AssistantData.trialBook(TrialBooks.niigata, source: "niigata.csv")
    static let kumamoto = AssistantData.trialBook(TrialBooks.kumamoto, source: "kumamoto.csv")
    static let saitama = AssistantData.trialBook(TrialBooks.saitama, source: "saitama.csv")

    @Test("half-width katakana with voicing marks folds to the full-width letters a book holds")
    func halfWidthVoicedKana() {
        #expect("ｻｲﾀﾏﾌｰｽﾞ".compatibilityFolded == "サイタマフーズ")
        #expect("ｺﾊﾞﾔｼ".compatibilityFolded == "コバヤシ")
        #expect("ﾊﾟﾝ".compatibilityFolded == "パン")
        #expect(NameKey.normalize("ｻｲﾀﾏﾌｰｽﾞ") == NameKey.normalize("サイタマフーズ"))
    }

    @Test("「ｻｲﾀﾏﾌｰｽﾞはB？」 is that customer, not every B")
    func halfWidthCustomerName() {
        let answer = Self.saitama.answerToLast(of: ["ｻｲﾀﾏﾌｰｽﾞはB？"])
        #expect(answer.interpretation.intent == .explainCustomer, "\(answer.text)")
        #expect(answer.interpretation.customers == ["株式会社さいたまフーズ"], "\(answer.text)")
    }

    @Test("a customer asked about with a segment right after that segment's list is that customer")
    func customerRightAfterASegmentList() {
        let answer = Self.saitama.answerToLast(of: ["Bの客は？", "さいたまフーズはB？"])
        #expect(answer.interpretation.intent == .explainCustomer, "\(answer.text)")
        #expect(answer.lines.first?.hasPrefix("株式会社さいたまフーズはB") == true, "\(answer.text)")
    }

    @Test("spoken なんで after a noun is 'because'; at the start, after a pronoun or closing a question it is 'why'")
    func becauseOrWhy() {
        #expect(!Interpreter.asksWhy(QuestionText("金曜休みなんで4日で")))
        #expect(!Interpreter.asksWhy(QuestionText("水曜は会議なんで午前だけにして")))
        #expect(Interpreter.asksWhy(QuestionText("なんでこの5社なの")))
        #expect(Interpreter.asksWhy(QuestionText("それなんでBなの？")))
        #expect(Interpreter.asksWhy(QuestionText("三条金物なんでC？")))
        #expect(Interpreter.asksWhy(QuestionText("この5社なんで")))
    }

    @Test("「金曜休みなんで4日で」 right after a plan asks for the plan again, not its reasons")
    func dayOffGivenAsAReason() {
        let answer = Self.niigata.answerToLast(of: ["今週のプラン作って", "金曜休みなんで4日で"])
        #expect(answer.interpretation.intent == .weeklyPlan, "\(answer.text)")
    }

    @Test("「待たされるA客はどれ？」 right after a plan is the A customers it leaves out")
    func waitingAAfterAPlan() {
        let answer = Self.niigata.answerToLast(of: ["今週の計画、4件で", "待たされるA客はどれ？"])
        #expect(answer.interpretation.intent == .planReasons, "\(answer.text)")
        #expect(answer.interpretation.asksLeftOut, "\(answer.text)")
    }

    @Test("「それぞれ最後に行ったのいつ？」 right after the overdue A list is each one's last visit, in the list's order")
    func eachListedCustomersLastVisit() throws {
        var context = ConversationContext()
        _ = Assistant.answer("Aでフォロー遅れてるのどこ？", context: &context, data: Self.kumamoto)
        let listed = context.listed
        let answer = Assistant.answer("それぞれ最後に行ったのいつ？", context: &context, data: Self.kumamoto)
        #expect(listed.count == 10)
        #expect(answer.lines.first == "先ほどの10社の前回の訪問：", "\(answer.text)")
        let asoDevice = try #require(answer.lines.first { $0.contains("株式会社阿蘇デバイス") }, "\(answer.text)")
        #expect(asoDevice.contains("2026-09-16"), "\(answer.text)")
        #expect(answer.lines.dropFirst().prefix(listed.count).allSatisfy { $0.contains("（A）") }, "\(answer.text)")
        let english = Assistant.answer("when was each of them last visited?", context: &context, data: Self.kumamoto)
        #expect(english.lines.first?.hasPrefix("Last visit of each of those") == true, "\(english.text)")
    }

    @Test("「BとAどっちに時間使うべき？」 says B gets more of the week, with the policy's shares, before the contrast")
    func whichOfTwoSegmentsGetsTheTime() {
        let japanese = Self.niigata.answerToLast(of: ["BとAどっちに時間使うべき？"])
        #expect(japanese.lines.first == "時間を多くかけるのはBです：方針では訪問の50%をBに、35%をAに充てます。", "\(japanese.text)")
        let english = Self.niigata.answerToLast(of: ["should I spend more time on A or B?"])
        #expect(english.lines.first == "More of your time goes to B: the policy gives it 50% of visits, A 35%.", "\(english.text)")
        // The plain difference stays the contrast alone.
        let difference = Self.niigata.answerToLast(of: ["AとBの違いは？"])
        #expect(difference.lines.first == "AとBの違い：", "\(difference.text)")
    }

    @Test("a figure asked alone right after a segment's count is that segment's total")
    func figureAfterACount() {
        let answer = Self.niigata.answerToLast(of: ["Cは何社？", "売上は？"])
        #expect(answer.interpretation.customerList == .total(.sales, average: false), "\(answer.text)")
        #expect(answer.interpretation.segments == [.c], "\(answer.text)")
        let profit = Self.niigata.answerToLast(of: ["how many A customers do I have?", "and their profit?"])
        #expect(profit.interpretation.segments == [.a], "\(profit.text)")
        #expect(profit.lines.first?.hasPrefix("Our profit of your A customers:") == true, "\(profit.text)")
    }

    @Test("a plan's pick named by its trade is that pick, when exactly one pick fits")
    func pickNamedByItsTrade() {
        let picks = ["新潟精密機械株式会社", "長岡中央綜合病院サービス㈱", "燕洋食器株式会社", "八海酒造株式会社"]
        #expect(PlanDescriptor.naming(in: "drop the hospital one", picks: picks) == "drop 長岡中央綜合病院サービス㈱")
        #expect(PlanDescriptor.naming(in: "病院のとこ外して", picks: picks) == "長岡中央綜合病院サービス㈱外して")
        // Two hospitals in the plan: no guess.
        #expect(PlanDescriptor.naming(in: "drop the hospital one", picks: picks + ["医療法人熊本中央病院"]) == nil)
        // Nothing in the plan fits.
        #expect(PlanDescriptor.naming(in: "drop the hotel", picks: picks) == nil)
    }

    @Test("'Yesterday Emily visited …' tells a visit of that rep's, the day before the rep")
    func visitToldWithTheDayFirst() {
        #expect(RepName.tellsVisitOf("Emily Carter", in: "Yesterday Emily visited Kyushu Photonics and 荒尾総合病院."))
        #expect(RepName.tellsVisitOf("Emily Carter", in: "On Monday Emily visited Kyushu Photonics."))
        #expect(!RepName.tellsVisitOf("Emily Carter", in: "Yesterday I asked Emily about Kyushu Photonics."))
    }

    @Test("「3人それぞれに一言ずつアドバイスを」 gives each rep one next step naming the customers to start from")
    func oneNextStepPerRep() throws {
        let answer = Self.kumamoto.answerToLast(of: ["3人それぞれに一言ずつアドバイスを"])
        let block = try #require(answer.lines.firstIndex(of: "それぞれに伝えること（割合ではなく一社から）："), "\(answer.text)")
        let ogata = try #require(answer.lines[block...].first { $0.hasPrefix("  緒方さん — ") }, "\(answer.text)")
        #expect(ogata.contains("まず株式会社阿蘇デバイス、熊本セミコン株式会社へ"), "\(answer.text)")
        #expect(ogata.contains("直近6件中4件"), "\(answer.text)")
        #expect(ogata.contains("八代港水産株式会社"), "\(answer.text)")
        #expect(answer.lines[block...].filter { $0.hasPrefix("  ") }.count == 3, "\(answer.text)")
    }

    @Test("a B seen exactly eight weeks ago counts as unseen for 8+ weeks")
    func idleBoundaryIsInclusive() {
        let answer = Self.kumamoto.answerToLast(of: ["who needs help the most?"])
        let shuto = answer.lines.first { $0.hasPrefix("  Shuto Kenji — ") } ?? ""
        #expect(shuto.contains("1 B unseen for 8+ weeks (緒方精工株式会社)"), "\(answer.text)")
    }

    @Test("なんで before a sentence that is no request stays 'why'")
    func whyStaysWhy() {
        #expect(Interpreter.asksWhy(QuestionText("三条金物なんで入ってない")))
        #expect(Interpreter.asksWhy(QuestionText("病院なんで外れてる")))
        #expect(Interpreter.asksWhy(QuestionText("Cなんで多いか教えて")))
    }

    @Test("'which A or B customers haven't I seen?' asks for customers, not which segment gets the time")
    func customerListWithTwoSegments() {
        let answer = Self.niigata.answerToLast(of: ["which A or B customers haven't I seen in a long time?"])
        #expect(!answer.interpretation.asksWhichGetsTime, "\(answer.text)")
        #expect(!answer.text.contains("More of your time goes to"), "\(answer.text)")
    }

    @Test("after a count, a way to grow a figure or a filter on it is no segment total")
    func figureQuestionsThatAreNoTotal() {
        for line in ["売上を伸ばすには？", "受注ゼロは？"] {
            let answer = Self.niigata.answerToLast(of: ["Cは何社？", line])
            #expect(answer.interpretation.customerList != .total(.sales, average: false), "\(line): \(answer.text)")
            #expect(answer.interpretation.customerList != .total(.orders, average: false), "\(line): \(answer.text)")
        }
    }

    @Test("after a list, a question about who is not being seen keeps its filter, not each last visit")
    func notSeenAfterAListIsNoDateList() {
        let answer = Self.kumamoto.answerToLast(of: ["Aでフォロー遅れてるのどこ？", "of those, which haven't been visited in 8 weeks?"])
        #expect(answer.lines.first?.hasPrefix("Last visit of each") != true, "\(answer.text)")
    }

    @Test("a description inside a longer run of kanji, and no guess from a word that only reads like one")
    func descriptionsInsideRuns() {
        let picks = ["新潟精密機械株式会社", "長岡中央綜合病院サービス㈱", "燕洋食器株式会社"]
        #expect(PlanDescriptor.naming(in: "病院外して", picks: picks) == "長岡中央綜合病院サービス㈱外して")
        #expect(PlanDescriptor.naming(in: "drop the same one", picks: picks) == nil)
        #expect(PlanDescriptor.naming(in: "新潟のとこ外して", picks: picks + ["新潟化成工業株式会社"]) == nil)
    }

    @Test("'what's the biggest customer by sales?' ranks the book by sales; 'why not just visit my biggest customers?' stays the article")
    func biggestBySalesIsARanking() {
        let ranking = Self.kumamoto.answerToLast(of: ["What's the biggest customer by sales?"])
        #expect(ranking.interpretation.customerList == .top(.sales), "\(ranking.text)")
        let article = Self.kumamoto.answerToLast(of: ["why not just visit my biggest customers?"])
        #expect(article.interpretation.intent == .method(topic: "why-focus-b"), "\(article.text)")
    }

    @Test("a rep in brackets signs a line about one's own book; a plan for this week typed in romaji is a plan")
    func bracketedRepAndRomajiPlan() {
        let signed = SelfIntroduction.read("which of my customers are borderline? (igarashi)", reps: ["五十嵐", "Kobayashi Takuya", "Emily Carter"])
        #expect(signed?.rep == "五十嵐")
        #expect(signed?.rest == "which of my customers are borderline?")
        // Without "my", a bracketed name is no signature.
        #expect(SelfIntroduction.read("why is 五十嵐精工 (igarashi) in A?", reps: ["五十嵐", "Emily Carter"]) == nil)
        let plan = Self.kumamoto.answerToLast(of: ["konshuu no keikaku"])
        #expect(plan.interpretation.intent == .weeklyPlan, "\(plan.text)")
    }

    @Test("a rep named as the subject mid-sentence tells a visit of theirs; 'log it please' is no note")
    func repAsSubjectAndNoNote() {
        #expect(RepName.tellsVisitOf("藤原", in: "今日ｺｼﾞﾏﾃﾞﾆﾑ工房に藤原さんが行きました"))
        #expect(VisitStatement.note(in: "Takahashi saw 倉敷紡績 yesterday, log it please") == nil)
    }

    @Test("'which deserves the visit first?' right after two customers were compared is those two again")
    func whichFirstAfterComparing() {
        let answer = Self.kumamoto.answerToLast(of: ["compare 熊本セミコン and 阿蘇デバイス", "which deserves the visit first?"])
        #expect(answer.interpretation.intent == .compare, "\(answer.text)")
        #expect(Set(answer.interpretation.customers) == ["熊本セミコン株式会社", "株式会社阿蘇デバイス"], "\(answer.text)")
    }

    @Test("English trade words pick the customer: 'Sakaide Steel' for 坂出製鉄, 'Mitsubishi Chemical Mizushima' for its works")
    func tradeWordsInEnglish() {
        let data = AssistantData.trialBook(
            """
            name,company_revenue,employees,growth,orders,sales,profit,last_visit,rep,notes
            坂出製鉄株式会社,30000,900,2.0,20,39000000,5000000,2026-10-01,Emily Carter,
            坂出化成株式会社,8000,200,1.0,5,4000000,800000,2026-11-01,Emily Carter,
            三菱ケミカル水島事業所,450000,3100,1.5,30,95000000,12000000,2026-08-20,Takahashi Yuki,
            """, source: "trade-words.csv")
        #expect(data.interpreter.matcher.match(in: "Emily visited Sakaide Steel on Monday.").names == ["坂出製鉄株式会社"])
        let answer = data.answerToLast(of: ["Mitsubishi Chemical Mizushima - what segment?"])
        #expect(answer.interpretation.customers == ["三菱ケミカル水島事業所"], "\(answer.text)")
    }

    @Test("'is that a problem?' right after the overdue key accounts says yes, with the longest unseen and the sales at stake")
    func isThatAProblem() {
        let english = Self.kumamoto.answerToLast(of: ["which A accounts are overdue?", "is that a problem?"])
        #expect(english.lines.first?.hasPrefix("Yes: 10 key accounts are past their 2-week follow-up; the longest, 医療法人別府中央病院") == true, "\(english.text)")
        let japanese = Self.kumamoto.answerToLast(of: ["Aでフォロー遅れてるのは？", "それって問題？"])
        #expect(japanese.lines.first?.hasPrefix("はい、問題です：A顧客10社が") == true, "\(japanese.text)")
        // Not after a list of something else.
        let other = Self.kumamoto.answerToLast(of: ["Bの客は？", "is that a problem?"])
        #expect(!other.interpretation.asksIfProblem, "\(other.text)")
    }

    @Test("「焼津の客は？」 lists the place's customers even when one of them is named the place itself")
    func placeThatIsAlsoOneName() {
        let data = AssistantData.trialBook(
            """
            name,company_revenue,employees,growth,orders,sales,profit,last_visit,rep,notes
            焼津水産株式会社,20362,2007,6.8,40,24000000,3316000,2026-10-20,鈴木 聡,
            焼津漁業協同組合,26061,2755,9.7,5,3179000,689000,2026-11-10,鈴木 聡,
            焼津かつお節㈱,115,116,-4.1,50,29366000,6199000,2026-09-01,鈴木 聡,
            静岡茶農業協同組合,9000,300,1.0,6,3000000,500000,2026-11-01,鈴木 聡,
            """, source: "yaizu.csv")
        let answer = data.answerToLast(of: ["焼津の客は？"])
        #expect(answer.interpretation.customerList == .place(kanji: "焼津", reading: "yaizu"), "\(answer.text)")
        #expect(answer.text.contains("焼津水産株式会社") && answer.text.contains("焼津かつお節㈱"), "\(answer.text)")
        // One customer named the place, and no other at it: that customer, not a list of one.
        let alone = AssistantData.trialBook(
            """
            name,company_revenue,employees,growth,orders,sales,profit,last_visit,rep,notes
            焼津漁業協同組合,26061,2755,9.7,5,3179000,689000,2026-11-10,鈴木 聡,
            静岡茶農業協同組合,9000,300,1.0,6,3000000,500000,2026-11-01,鈴木 聡,
            """, source: "yaizu-alone.csv")
        #expect(alone.answerToLast(of: ["焼津の客は？"]).interpretation.customerList == nil)
    }
}
