import TestSupport
import Testing

@testable import SalesCoachCore

/// A fresh trial on a Shikoku food-packaging distributor: Shikoku places in
/// romaji and hiragana, a short katakana name with さん, two visits in one
/// Japanese line (one name in kana), limits with one customer kept and one
/// left out, and visits a day asked after a question about one customer.
@Suite struct TrialThirtySixTests {
    static let shikoku = AssistantData.trialBook(TrialBooks.shikokuPackaging, source: "shikoku.csv")

    static let today = LocalDate(year: 2026, month: 12, day: 9)!
    static var matcher: CustomerMatcher { shikoku.interpreter.matcher }

    /// The visits of the plan an answer shows.
    static func picks(_ answer: Answer) -> [PlanPick] {
        for case .plan(let plan) in answer.data { return plan.picks }
        return []
    }

    @Test("Shikoku places read in romaji", arguments: [
        ("shimanto foods", "四万十食品有限会社"), ("sukumo suisan", "宿毛水産"), ("aki sozai", "安芸惣菜センター"),
        ("miyoshi tofu", "三好豆腐店"), ("shodoshima olive", "小豆島オリーブ食品"),
    ])
    func shikokuPlaces(typed: String, customer: String) {
        let matches = Self.matcher.match(in: "why is \(typed) in its segment?")
        #expect((matches.names + matches.likely).first == customer, "\(matches)")
    }

    @Test("「スミスさんとこ」: a short katakana name with さん finds the English-named customer")
    func shortKatakanaWithSan() {
        let matches = Self.matcher.match(in: "スミスさんとこはなんでA？")
        #expect(matches.names + matches.likely == ["Smith & Sons Foods"], "\(matches)")
        // A short katakana word without さん names nobody.
        #expect(Self.matcher.match(in: "プランは？").likely.isEmpty)
    }

    @Test("two visits in one Japanese line, one name in kana, each logged on its day")
    func twoVisitsOneInKana() {
        let statement = VisitStatement.read("昨日やわたはまかまぼこ行ってきた、あと今日松山フーズも", matcher: Self.matcher, today: Self.today)
        guard case .logDays(let visits, _) = statement else {
            Issue.record("\(String(describing: statement))")
            return
        }
        #expect(visits.map(\.customer) == ["八幡浜かまぼこ㈱", "松山フーズ㈱"])
        #expect(visits.map(\.date) == [LocalDate(year: 2026, month: 12, day: 8)!, Self.today])
    }

    @Test("limits with one customer to keep and one to leave out, after a plan, plan again with both honoured")
    func keepAndLeaveOut() {
        var context = ConversationContext()
        _ = Assistant.answer("今週どこ回ればいい？", context: &context, data: Self.shikoku)
        let answer = Assistant.answer("水曜休みで1日2件まで。今治工場は絶対入れて、道後菓子舗は外して", context: &context, data: Self.shikoku)
        #expect(answer.interpretation.intent == .weeklyPlan, "\(answer.text)")
        #expect(answer.interpretation.excludedCustomers == ["道後菓子舗"])
        #expect(answer.interpretation.visitsPerDay == 2)
        let picks = Self.picks(answer)
        #expect(!picks.isEmpty && !picks.contains { $0.customer == "道後菓子舗" } && !picks.contains { $0.day == Self.today }, "\(answer.text)")
        #expect(picks.contains { $0.customer == "今治食品㈱ 今治工場" })
    }

    @Test("'leave out' in a plan request keeps that customer out", arguments: [
        "plan 4 days, friday off, must include sanuki udon, leave out 21世紀", "金曜休みで。讃岐うどんは必ず入れて、21世紀フーズは外して",
    ])
    func leaveOutInRequest(question: String) {
        let answer = AssistantAnswerTests.ask(question, data: Self.shikoku)
        #expect(answer.interpretation.excludedCustomers == ["21世紀フーズ㈱"], "\(answer.text)")
        let picks = Self.picks(answer)
        #expect(picks.contains { $0.customer == "株式会社讃岐うどん本舗" } && !picks.contains { $0.customer == "21世紀フーズ㈱" }, "\(answer.text)")
    }

    @Test("「1日3件にして」 right after a question about one customer plans again at three a day")
    func perDayAfterCustomer() {
        let answer = AssistantAnswerTests.ask(["今週どこ回ればいい？", "なんで宇和島？", "1日3件にして"], data: Self.shikoku)
        #expect(answer?.interpretation.intent == .weeklyPlan, "\(answer?.text ?? "")")
        #expect(answer?.interpretation.visitsPerDay == 3)
    }

    /// A few customers of trial 37 (Kumamoto, Kagoshima and Miyazaki), whose misses were names and a rep asked after.
    static let kyushu: AssistantData = {
        let book = """
            name,company_revenue,employees,growth,orders,sales,profit,last_visit,rep
            農事組合法人 大隅さつまいも,800,50,3.0,30,12500,1500,2026-08-08,Nishida Aoi
            株式会社延岡アグリ,2400,90,10.2,9,3000,300,2026-10-01,Kevin Brooks
            株式会社出水アグリ,2600,100,8.0,8,2500,280,,松本 大輝
            株式会社錦江フラワー,2200,95,6.0,7,2300,250,2026-09-01,松本 大輝
            Sunrise Greenhouse Co.,3000,120,4.0,35,14000,1800,2026-12-01,Kevin Brooks
            """
        return AssistantData.trialBook(book, source: "kyushu.csv")
    }()

    @Test("Kyushu places in romaji, a rep asked with 「担当だれ」, two visits in one line with a romaji name", arguments: [
        ("why is osumi satsumaimo in A?", "農事組合法人 大隅さつまいも"), ("move nobeoka to friday", "株式会社延岡アグリ"),
    ])
    func kyushuPlaces(question: String, customer: String) {
        let matches = Self.kyushu.interpreter.matcher.match(in: question)
        #expect((matches.names + matches.likely).first == customer, "\(matches)")
    }

    @Test("「…の担当だれ？」 names the rep; 'compair reps' is the reps side by side")
    func repAskedWithoutParticle() {
        let answer = AssistantAnswerTests.ask("サンライズグリーンハウスの担当だれ？", data: Self.kyushu)
        #expect(answer.interpretation.asksRep, "\(answer.text)")
        #expect(answer.text.contains("Kevin Brooksさん"))
        #expect(AssistantAnswerTests.ask("compair reps", data: Self.kyushu).interpretation.customerList == .repBreakdown)
    }

    @Test("「きのう錦江フラワーとizumi agri行きました」 logs both, on the same day")
    func visitWithRomajiName() {
        let statement = VisitStatement.read("きのう錦江フラワーとizumi agri行きました", matcher: Self.kyushu.interpreter.matcher, today: Self.today)
        guard case .logEach(let customers, let date, _) = statement else {
            Issue.record("\(String(describing: statement))")
            return
        }
        #expect(customers == ["株式会社錦江フラワー", "株式会社出水アグリ"])
        #expect(date == LocalDate(year: 2026, month: 12, day: 8)!)
    }
}
