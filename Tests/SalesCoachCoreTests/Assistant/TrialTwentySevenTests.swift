import Testing

@testable import SalesCoachCore

/// A fresh trial on a Kyoto and Shiga distributor of lab instruments: Kyoto
/// places typed in romaji, visits told with 「にも寄った」, days run together
/// (「木金で」), a typed plan followed by "what should I replace?", questions
/// about the reps as a group and segment lists with their last visits.
@Suite struct TrialTwentySevenTests {
    typealias T = AssistantAnswerTests

    static let book = """
        name,company_revenue,employees,growth,orders,sales,profit,last_visit,rep
        京都精機株式会社,30000,2000,8.0,60,80000,15000,2026-11-12,西田 美穂
        京都精工所,1000,60,0.8,45,40000,6000,2026-11-30,Mori Takashi
        福知山電装株式会社,3120,150,2.0,31,11000,1690,2026-10-14,西田 美穂
        南丹ソーラー株式会社,3660,155,10.5,0,0,0,2026-10-07,Mori Takashi
        城陽食品検査センター,900,40,0.5,40,30000,5000,2026-11-20,Laura Chen
        ミナミ電子㈱,3420,101,3.7,61,56680,9000,2026-12-02,Laura Chen
        株式会社びわこ電子,500,30,0.1,55,50000,8000,2026-11-25,Laura Chen
        甲賀製薬㈱,40000,2500,9.0,70,33950,7000,2026-09-29,Laura Chen
        栗東メディカル㈱,35000,2200,7.5,5,4000,600,2026-07-15,Laura Chen
        米原ロジテック株式会社,20000,1200,5.0,3,2000,300,2026-08-01,Laura Chen
        西田電機工業㈱,1500,90,1.0,30,20000,3000,2026-10-20,Laura Chen
        守山ファインテック㈱,12000,700,4.0,8,6000,900,2026-10-28,Mori Takashi
        """

    static let kyoto: AssistantData = {
        let customers = try! CustomerImporter.importCustomers(
            from: Array(book.utf8), source: "kyoto.csv", options: ImportOptions()).customers
        return AssistantData(
            classifications: Classifier().classify(customers), guidance: StubGuidance(), today: LocalDate(year: 2026, month: 12, day: 9)!)
    }()

    @Test("Kyoto and Shiga places and loanwords typed in romaji find their customers", arguments: [
        ("nantan solar", "南丹ソーラー株式会社"), ("how's joyo doing", "城陽食品検査センター"),
        ("fukuchiyama", "福知山電装株式会社"), ("moriyama finetech", "守山ファインテック㈱"),
        ("koka seiyaku", "甲賀製薬㈱"), ("maibara logitech", "米原ロジテック株式会社"),
    ])
    func kyotoPlacesInRomaji(line: String, customer: String) {
        let answer = T.ask(line, data: Self.kyoto)
        #expect(answer.interpretation.customers == [customer], "\(line): \(answer.lines.prefix(2))")
    }

    @Test("a visit told with 「にも寄った」 or a romaji name before the day is logged on that day")
    func visitsToldLoosely() {
        let matcher = Self.kyoto.interpreter.matcher
        guard case .log(let customer, let date, _) = VisitStatement.read("きのう福知山電装にも寄った", matcher: matcher, today: T.today) else {
            Issue.record("「にも寄った」 is a visit")
            return
        }
        #expect(customer == "福知山電装株式会社" && date == T.today.adding(days: -1))
        guard case .log(let other, let day, _) = VisitStatement.read("あと nantan solar もおととい訪問した", matcher: matcher, today: T.today) else {
            Issue.record("a romaji name before the day is the customer, not 「あと」")
            return
        }
        #expect(other == "南丹ソーラー株式会社" && day == T.today.adding(days: -2))
    }

    @Test("weekday kanji run together are those days: 「木金で2件」, 「月水金だけ」; 木材 names none")
    func daysRunTogether() {
        #expect(PlanDays.read("今週あと木金で2件まわるならどこがいい？") == [4, 5])
        #expect(PlanDays.read("月水金だけで計画して") == [1, 3, 5])
        #expect(PlanDays.read("木材の会社を教えて") == nil)
        #expect(PlanDays.read("金木で") == nil)
    }

    @Test("'what should I replace?' after a typed plan is checked names what to take out and what to put in")
    func replacementsAfterATypedPlan() {
        let answer = T.ask(
            ["check this plan: minami denshi, biwako denshi, joyo, nishida denki", "ok what should I replace?"], data: Self.kyoto)!
        #expect(answer.interpretation.asksChanges)
        let text = answer.lines.joined(separator: "\n")
        #expect(text.contains("Take out:") && text.contains("Put in:"), "\(answer.lines)")
        // The due A and the B with the most upside come in; the C visits go.
        #expect(text.contains("甲賀製薬㈱") && text.contains("栗東メディカル㈱"), "\(answer.lines)")
        let takeOut = answer.lines.first { $0.contains("Take out:") } ?? ""
        #expect(takeOut.contains("ミナミ電子㈱") || takeOut.contains("株式会社びわこ電子"), "\(takeOut)")
        let ja = T.ask(["この計画チェックして：ミナミ電子、びわこ電子、城陽食品検査センター", "どれを入れ替えればいい？"], data: Self.kyoto)!
        #expect(ja.interpretation.asksChanges && ja.lines.contains { $0.contains("外す：") }, "\(ja.lines)")
    }

    @Test("'swap one of them for X' after a plan is a plan with X in it, its size kept")
    func swapAnyOne() {
        let answer = T.ask(["plan 4 visits this week", "swap one of them for minami denshi"], data: Self.kyoto)!
        #expect(answer.interpretation.intent == .weeklyPlan && answer.interpretation.includesCustomers)
        let plan = answer.data.compactMap { if case .plan(let plan) = $0 { plan } else { nil } }.first
        #expect(plan?.picks.count == 4)
        #expect(plan?.picks.contains { $0.customer == "ミナミ電子㈱" } == true, "\(answer.lines)")
    }

    @Test("the reps as a group: 「3人を比較して」, 'the 3 reps books', who spends the most time on C")
    func repsAsAGroup() {
        for line in ["3人を比較して", "how are the 3 reps books split by segment?"] {
            #expect(T.ask(line, data: Self.kyoto).interpretation.customerList == .repBreakdown, "\(line)")
        }
        for line in ["Cに一番時間使ってるのは誰？", "C比率高すぎる担当いる？", "who spends the most time on C?"] {
            #expect(T.ask(line, data: Self.kyoto).interpretation.customerList == .comfort, "\(line)")
        }
        #expect(T.ask("who has the most C customers?", data: Self.kyoto).interpretation.customerList == .repsBySegment)
    }

    @Test("a segment asked with its last visits lists each customer with the day: 'how many B … when did I last see each'")
    func segmentWithLastVisits() {
        for line in ["how many B do I have and when did I last see each", "Bの顧客と最後に訪問した日"] {
            let answer = T.ask(line, data: Self.kyoto)
            #expect(answer.interpretation.intent == .segmentMembers && answer.interpretation.asksLastVisit, "\(line)")
            #expect(answer.lines.contains { $0.contains("栗東メディカル㈱") && $0.contains("2026-07-15") }, "\(answer.lines)")
        }
    }

    @Test("two letters asked about as a classification are the method's overview; 'diffrence' is the contrast")
    func lettersAndTypos() {
        #expect(T.ask("AとかBとかって何の分類ですか？", data: Self.kyoto).interpretation.intent == .method(topic: "method-overview"))
        #expect(T.ask("whats the diffrence between B and C?", data: Self.kyoto).interpretation.intent == .segmentAdvice)
        #expect(T.ask("Aって何？", data: Self.kyoto).interpretation.intent == .method(topic: "segment-a"))
    }

    @Test("「今日どこ行くべき？」 plans today; 「Bはどこ？」 still lists B")
    func whereToGoToday() {
        #expect(T.ask("今日どこ行くべき？", data: Self.kyoto).interpretation.intent == .weeklyPlan)
        #expect(T.ask("Bはどこ？", data: Self.kyoto).interpretation.intent == .segmentMembers)
        // Right after a customer, "where" is still the plan, not whether to see that customer.
        let after = T.ask(["京都精機はなぜA？", "今日どこ行くべき？"], data: Self.kyoto)!
        #expect(after.interpretation.intent == .weeklyPlan && !after.interpretation.asksVisitWorth, "\(after.lines)")
    }

    @Test("a word for the rep's own book is no company the book lacks: 「担当先の一覧」")
    func ownBookWords() {
        let answer = T.ask("担当先の一覧", data: Self.kyoto)
        #expect(answer.interpretation.unknownName == nil && answer.interpretation.intent == .segmentMembers, "\(answer.lines)")
    }

    @Test("the method's answer on A's rhythm states the book's own cadence, the one plans use")
    func cadenceInTheMethodAnswer() {
        var policy = PlanPolicy.standard
        policy.capacity = 4
        let line = Answerer().cadenceLine(data: Self.kyoto, language: .en) ?? ""
        let weeks = PlanPolicy.standard.followUpWeeks(customersA: Self.kyoto.followUpLoad.perWeek)
        #expect(line.contains("every \(weeks) weeks") || line.contains("\(weeks)-week"), "\(line)")
        #expect(policy.followUpWeeks(customersA: 7) == 5)
    }

    @Test("a place that starts several names, or one name alone, is only a suggestion: 「京都の数字教えて」, 「大津の数字」")
    func placeAloneIsASuggestion() {
        let kyoto = T.ask("京都の数字教えて", data: Self.kyoto).interpretation
        #expect(kyoto.customers.isEmpty && Set(kyoto.didYouMean) == ["京都精機株式会社", "京都精工所"], "\(kyoto)")
        let moriyama = T.ask("守山の数字", data: Self.kyoto).interpretation
        #expect(moriyama.customers.isEmpty && moriyama.unknownName == nil && moriyama.didYouMean == ["守山ファインテック㈱"], "\(moriyama)")
        #expect(T.ask("京都精機の数字", data: Self.kyoto).interpretation.customers == ["京都精機株式会社"])
    }

    @Test("which of two segments matters more is their contrast; 'rank customers by sales' ranks them and 'make it 3' cuts it")
    func contrastAndRanking() {
        for line in ["AとBどっちが大事？", "which matters more, A or B?"] {
            #expect(T.ask(line, data: Self.kyoto).interpretation.intent == .segmentAdvice, "\(line)")
        }
        let ranked = T.ask(["rank customers by sales", "make it 3"], data: Self.kyoto)!
        #expect(ranked.interpretation.customerList == .top(.sales), "\(ranked.interpretation)")
        #expect(ranked.lines.filter { $0.hasPrefix("  ") && $0.contains(". ") }.count == 3, "\(ranked.lines)")
    }

    @Test("a customer typed twice in a plan is said to count as two visits")
    func repeatedInATypedPlan() {
        let answer = T.ask("check this plan: minami denshi, minami denshi, joyo", data: Self.kyoto)
        #expect(answer.interpretation.typedPlan?.repeated == ["ミナミ電子㈱"])
        #expect(answer.lines.first?.contains("named more than once: counted as 2 visits") == true, "\(answer.lines)")
    }
}
