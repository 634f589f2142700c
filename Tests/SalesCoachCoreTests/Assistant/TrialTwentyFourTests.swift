import Testing

@testable import SalesCoachCore

/// A fresh trial on an Osaka and Kobe building-materials and food-service
/// supplier: everyday Japanese words that start a hiragana name, a place
/// typed in hiragana, two companies sharing a word told apart by the rest of
/// the line, "what did I do this week?", "what should I do with it", a
/// ranking asked right after a plan, and a day off without "on".
@Suite struct TrialTwentyFourTests {
    typealias T = AssistantAnswerTests

    static let today = LocalDate(year: 2026, month: 12, day: 9)!

    static let book = """
        name,company_revenue,employees,growth,orders,sales,profit,last_visit,rep
        三宮総合病院,30000,900,4.0,40,36000000,9000000,2026-12-01,Sato Kenji
        株式会社なんば厨房,239,33,-3.3,12,6000000,615000,2026-10-10,Sato Kenji
        株式会社京橋プラザ,700,60,1.0,50,62700000,9000000,2026-09-07,Sato Kenji
        株式会社なにわ工務店,28596,3106,6.0,5,6000000,1512000,2026-11-06,田中美咲
        浪速学院大学,20000,800,2.0,,,,2026-10-01,田中美咲
        大和建設株式会社,809,39,-3.3,10,12000000,2835000,2026-12-03,田中美咲
        大和建材株式会社,803,62,16.2,40,12000000,1267000,2026-09-16,田中美咲
        株式会社ローズガーデン,9000,400,3.0,30,41000000,8000000,2026-11-11,Sato Kenji
        合同会社グリーンテーブル,12000,500,5.0,45,56400000,9900000,2026-11-20,Sato Kenji
        淀川建工株式会社,600,40,1.0,35,56400000,7000000,2026-10-01,田中美咲
        株式会社ながた給食,15000,700,2.0,60,69600000,12000000,2026-10-20,田中美咲
        Osaka Grand Hotel,300,30,-1.0,30,20000000,5000000,2026-09-03,Sato Kenji
        """

    static let osaka: AssistantData = {
        let customers = try! CustomerImporter.importCustomers(
            from: Array(book.utf8), source: "osaka.csv", options: ImportOptions()).customers
        return AssistantData(classifications: Classifier().classify(customers), guidance: StubGuidance(), today: today)
    }()

    static let matcher = CustomerMatcher(names: osaka.classifications.map(\.name))

    @Test("everyday words that start a hiragana name name nobody: 「なんで」, 「なんですか」 are not なんば厨房", arguments: [
        "京橋プラザってなんでC?", "それはなんですか", "なんでBが大事なの？",
    ])
    func everydayWordsAreNoName(question: String) {
        let found = Self.matcher.match(in: question)
        #expect(!(found.names + found.likely + found.suggestions).contains("株式会社なんば厨房"), "\(found)")
    }

    @Test("a customer named in the question is answered, never one a common word suggested: 京橋プラザ, not なんば厨房")
    func namedCustomerWins() {
        let answer = T.ask("京橋プラザってなんでC?", data: Self.osaka)
        #expect(answer.interpretation.customers == ["株式会社京橋プラザ"], "\(answer.lines)")
        #expect(answer.interpretation.takenAs == nil)
    }

    @Test("a place typed in hiragana that is the first word of one name finds it: 「さんのみや病院」 is 三宮総合病院")
    func placeInHiragana() {
        let answer = T.ask("さんのみや病院はなぜAなんですか", data: Self.osaka)
        #expect(answer.interpretation.customers == ["三宮総合病院"], "\(answer.lines)")
        #expect(answer.lines.first == "（三宮総合病院として回答します）")
    }

    @Test("two names that start alike are told apart by another word of the line: 'naniwa university' is the university")
    func restOfLineSettlesTwoNames() {
        let settled = Self.matcher.match(in: "what about naniwa university")
        #expect(settled.names + settled.likely == ["浪速学院大学"], "\(settled)")
        // Alone, the word fits both: asked back.
        let open = Self.matcher.match(in: "what about naniwa")
        #expect(Set(open.suggestions) == ["株式会社なにわ工務店", "浪速学院大学"] && open.likely.isEmpty, "\(open)")
    }

    @Test("a company the book lacks whose name ends in an out-of-scope word is 'not in your list': 「梅田阪急ホテルの区分は？」, 「ABCフーズの担当者だれ」")
    func unknownCompanyWithCueWord() {
        let hotel = T.ask("梅田阪急ホテルの区分は？", data: Self.osaka)
        #expect(hotel.interpretation.unknownName == "梅田阪急ホテル", "\(hotel.lines)")
        #expect(T.ask("おすすめのホテルは？", data: Self.osaka).interpretation.intent == .outOfScope)
        #expect(T.ask("ABCフーズの担当者だれ", data: Self.osaka).interpretation.unknownName == "ABCフーズ")
        // A pronoun is the rep just discussed, never a company.
        #expect(T.ask("彼女はCに行きすぎ？", data: Self.osaka).interpretation.unknownName == nil)
    }

    @Test("a reading's first word and a later word, the middle left out, name the customer: 'sannomiya hospital'")
    func middleWordLeftOut() {
        let found = Self.matcher.match(in: "mon sannomiya hospital")
        #expect(found.names == ["三宮総合病院"], "\(found)")
    }

    @Test("'what did I do this week?', 「今週何したっけ」 list the visits made, not a plan", arguments: [
        "what did I do this week?", "what have i done so far this week", "今週何したっけ", "先週何した？",
    ])
    func whatDidIDo(question: String) {
        let answer = T.ask(question, data: Self.osaka)
        #expect(answer.interpretation.customerList == .visitLog, "\(answer.interpretation)")
        #expect(!answer.data.contains { if case .plan = $0 { true } else { false } })
    }

    @Test("'what should i do with it' right after a customer: that customer's action and this week's verdict come first")
    func whatToDoWithIt() throws {
        let answer = try #require(T.ask(["why is Osaka Grand Hotel a D", "what should i do with it"], data: Self.osaka))
        #expect(answer.interpretation.customers == ["Osaka Grand Hotel"])
        #expect(answer.lines.first?.hasPrefix("What to do with Osaka Grand Hotel (D): ") == true, "\(answer.lines)")
        // The action is said once, not again at the end of the card.
        #expect(answer.lines.filter { $0.contains("What to do") }.count == 1)
        let japanese = try #require(T.ask(["京橋プラザってなんでC?", "じゃあどうすればいい？"], data: Self.osaka))
        #expect(japanese.lines.first?.hasPrefix("株式会社京橋プラザへの対応（C）：") == true, "\(japanese.lines)")
    }

    @Test("a ranking asked right after a plan is the ranking, not a plan of that many visits; 「じゃあその中で一番は？」 is its first")
    func rankingAfterPlan() throws {
        let top = try #require(T.ask(["今週のプランを立てて", "売上トップ10教えて"], data: Self.osaka))
        #expect(top.interpretation.intent == .segmentMembers && top.interpretation.customerList?.isRanking == true)
        let first = try #require(T.ask(["plan my week", "top 10 by sales", "make it 3", "which one of those is the best"], data: Self.osaka))
        #expect(first.interpretation.customers == ["株式会社ながた給食"], "\(first.lines)")
    }

    @Test("a ranking cut between two equal values names the one left out beside the last shown")
    func tieAtTheCut() {
        let answer = T.ask("top 2 customers by sales", data: Self.osaka)
        // ながた給食 69.6M, 京橋プラザ 62.7M, then the 56.4M tie is below the cut: nothing said.
        #expect(!answer.lines.contains { $0.contains("Tied with") }, "\(answer.lines)")
        let tied = T.ask("top 3 customers by sales", data: Self.osaka)
        #expect(tied.lines.contains("  Tied with #3 at 56.4M: 淀川建工株式会社."), "\(tied.lines)")
    }

    @Test("'compare rose garden and green table' right after a 'did you mean' compares the two, one found by its sound")
    func compareAfterDidYouMean() throws {
        let answer = try #require(T.ask(["daiwa", "compare rose garden and green table"], data: Self.osaka))
        #expect(answer.interpretation.intent == .compare)
        #expect(Set(answer.interpretation.customers) == ["株式会社ローズガーデン", "合同会社グリーンテーブル"])
    }

    @Test("a day off said without 'on' is taken out of the plan: 'im off tuesday', 'away friday'")
    func dayOffWithoutOn() {
        #expect(PlanDays.dropped("plan next week, im off tuesday, only 4 visits and no C") == [2])
        #expect(PlanDays.dropped("away friday") == [5])
        #expect(PlanDays.dropped("plan tuesday") == [])
    }

    @Test("a plan request that names a customer to be in it keeps it in: 「摂津木材は必ず入れて」, 'X has to be in it'")
    func namedToBeInThePlan() {
        let answer = T.ask("plan my week, osaka grand hotel has to be in it", data: Self.osaka)
        #expect(answer.interpretation.intent == .weeklyPlan && answer.interpretation.includesCustomers)
        let plan = answer.data.compactMap { if case .plan(let plan) = $0 { plan } else { nil } }.first
        #expect(plan?.picks.contains { $0.customer == "Osaka Grand Hotel" } == true, "\(answer.lines)")
        #expect(answer.lines.contains("Kept in, as you asked: Osaka Grand Hotel."), "\(answer.lines)")
        // Taking out is no request to keep in.
        let without = T.ask("plan my week without osaka grand hotel", data: Self.osaka)
        #expect(!without.interpretation.includesCustomers)
    }
}
