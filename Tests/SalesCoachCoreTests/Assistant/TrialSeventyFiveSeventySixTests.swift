import TestSupport
import Testing

@testable import SalesCoachCore

/// Misses of trials 75 (a new hire, Kyoto and Shiga) and 76 (a manager,
/// Nagasaki and Saga): yes-or-no follow-ups about one customer, 「もう一回」 as
/// no count, places typed in romaji, the reps ranked.
@Suite struct TrialSeventyFiveSeventySixTests {
    static let kyoto = AssistantData.trialBook(TrialBooks.kyotoShiga, source: "kyoto.csv")
    static let nagasaki = AssistantData.trialBook(TrialBooks.nagasakiSaga, source: "nagasaki.csv")

    @Test("「今週の計画もう一回おねがい」 asks for the plan again, not a plan of one visit")
    func onceMoreIsNoCount() {
        #expect(Interpreter.number(in: QuestionText("今週の計画もう一回おねがい")) == nil)
        #expect(Interpreter.number(in: QuestionText("もう1回計画して")) == nil)
        #expect(Interpreter.number(in: QuestionText("今週は3回だけ")) == 3)
        let answer = Self.kyoto.answerToLast(of: ["今週の計画もう一回おねがい"])
        #expect(answer.interpretation.number == nil, "\(answer.text)")
    }

    @Test("'so it could drop to C easily, is that right?' is no segment check ('No: it is in A')")
    func dropIsNoConfirmation() {
        let answer = Self.kyoto.answerToLast(of: ["丹後ちりめんってボーダーライン？", "so it could drop to C easily, is that right?"])
        #expect(answer.interpretation.confirmsSegment == nil, "\(answer.text)")
        #expect(answer.lines.first?.hasPrefix("No:") != true, "\(answer.text)")
    }

    @Test("'so C means I shouldn't go?' opens with no, not never")
    func shouldntGoToC() {
        let answer = Self.kyoto.answerToLast(of: ["so C means I shouldn't go?"])
        #expect(answer.lines.first?.hasPrefix("No, not none") == true, "\(answer.text)")
    }

    @Test("「それって私にできること？」 after a B's move to A: yes, the transaction record is the rep's to move")
    func moveWithinReach() {
        let answer = Self.kyoto.answerToLast(of: ["西陣錦工房 what would make it A?", "それって私にできること？"])
        #expect(answer.interpretation.intent == .whatWouldItTake(target: .a), "\(answer.text)")
        #expect(answer.lines.first?.hasPrefix("はい：Aへの移動は取り引き実績") == true, "\(answer.text)")
        #expect(Answerer.reachVerdict(from: .c, to: .a, language: .en).hasPrefix("Not directly"))
        #expect(Answerer.reachVerdict(from: .d, to: .a, language: .en).hasPrefix("Only half"))
    }

    @Test("「それって危ない？」 after one customer: yes with its lapse and its axis exactly on the cut, or no")
    func riskOfOneCustomer() {
        let yes = Self.nagasaki.answerToLast(of: ["佐世保市総合医療センターはなぜA？", "それって危ない？"])
        #expect(yes.interpretation.asksRisk, "\(yes.text)")
        let first = yes.lines.first ?? ""
        #expect(first.hasPrefix("はい、注意が必要です：佐世保市総合医療センター（A）"), "\(yes.text)")
        #expect(first.contains("ちょうど基準線上（50.0）") && first.contains("Bになります"), "\(yes.text)")
        let no = Self.nagasaki.answerToLast(of: ["松尾造船はどう？", "is it at risk?"])
        #expect(no.lines.first?.hasPrefix("No, not now") == true, "\(no.text)")
    }

    @Test("a company with a legal form the book lacks, asked 「はどこ？」, is said to be missing, not asked back for a segment")
    func unknownCompanyWhere() {
        let answer = Self.kyoto.answerToLast(of: ["祇園フーズ株式会社 はどこ？"])
        #expect(answer.interpretation.intent == .explainCustomer, "\(answer.text)")
        #expect(answer.text.contains("顧客リストにありません"), "\(answer.text)")
    }

    @Test("'rank the reps by sales' ranks the reps, not their customers")
    func repsRanked() {
        let answer = Self.nagasaki.answerToLast(of: ["rank the reps by sales"])
        #expect(answer.interpretation.customerList == .repBreakdown, "\(answer.text)")
    }

    @Test("'the Arita customers' lists the three 有田 names, the borderline one flagged")
    func placeInRomaji() {
        let answer = Self.nagasaki.answerToLast(of: ["which of the Arita ones is borderline?"])
        #expect(answer.followUpContext.listed.count == 3, "\(answer.text)")
        #expect(answer.lines.contains { $0.contains("株式会社有田焼窯元") && $0.hasSuffix("(borderline)") }, "\(answer.text)")
        #expect(!answer.lines.contains { $0.contains("有限会社有田陶房") && $0.hasSuffix("(borderline)") }, "\(answer.text)")
    }

    @Test("'check it' right after a plan checks that plan")
    func checkIt() {
        let answer = Self.nagasaki.answerToLast(of: ["plan my week", "check it"])
        #expect(answer.interpretation.intent == .planCheck, "\(answer.text)")
    }

    @Test("'What's the biggest customer by sales?' names the one first, above the ranking")
    func biggestOneFirst() {
        let answer = Self.nagasaki.answerToLast(of: ["What's the biggest customer by sales?"])
        #expect(answer.lines.first == "The highest by our sales: 長崎大学病院, 72M (A).", "\(answer.text)")
        let list = Self.nagasaki.answerToLast(of: ["top 5 customers by sales"])
        #expect(list.lines.first?.hasPrefix("The highest") != true, "\(list.text)")
    }

    @Test("one customer named with 「危ない？」 or 「もう行かなくていい？」: the verdict first, the second as advice")
    func namedYesNo() {
        let risk = Self.nagasaki.answerToLast(of: ["佐世保市総合医療センター危ない？"])
        #expect(risk.lines.first?.hasPrefix("はい、注意が必要です") == true, "\(risk.text)")
        let skip = Self.nagasaki.answerToLast(of: ["唐津赤十字病院はもう行かなくていい？"])
        #expect(skip.interpretation.asksSkipVisit, "\(skip.text)")
        // "Yes" would read both ways: the advice says what to do.
        #expect(skip.lines.contains { $0.hasPrefix("今週訪問しましょう：唐津赤十字病院") }, "\(skip.text)")
    }

    @Test("'rank my three reps by total sales' ranks the reps; 'which rep has the most C customers' names the rep")
    func repsFirst() {
        let ranked = Self.nagasaki.answerToLast(of: ["rank my three reps by total sales"])
        #expect(ranked.interpretation.customerList == .repBreakdown, "\(ranked.text)")
        let most = Self.nagasaki.answerToLast(of: ["which rep has the most C customers, and how much of his sales is C?"])
        #expect(most.interpretation.customerList == .repsBySegment, "\(most.text)")
        let problem = Self.nagasaki.answerToLast(of: ["which rep has the most C customers?", "is that a problem?"])
        #expect(problem.interpretation.customerList == .comfort && problem.interpretation.asksIfProblem, "\(problem.text)")
    }

    @Test("'the shipyards' lists the names that say it (造船, ドック, 重工); 「造船所の売上合計は？」 totals them alone")
    func customersByTrade() {
        let list = Self.nagasaki.answerToLast(of: ["the shipyards — list them with segment and rep"])
        #expect(list.interpretation.tradeParts != nil, "\(list.text)")
        #expect(Set(list.followUpContext.listed).isSuperset(of: ["株式会社長崎造船工業", "松尾造船株式会社", "佐世保重工株式会社", "香焼ドック合同会社"]), "\(list.text)")
        #expect(!list.followUpContext.listed.contains("長崎大学病院"), "\(list.text)")
        let total = Self.nagasaki.answerToLast(of: ["造船所の売上合計は？"])
        #expect(total.interpretation.within?.count == list.followUpContext.listed.count, "\(total.text)")
        #expect(total.lines.first?.contains("（\(list.followUpContext.listed.count)社）") == true, "\(total.text)")
        // A customer named with the word is that customer.
        let named = Self.nagasaki.answerToLast(of: ["why is 長崎大学病院 A?"])
        #expect(named.interpretation.customers == ["長崎大学病院"], "\(named.text)")
    }

    @Test("'Which key account across the team is most at risk?' names one first: the lapsed one with the most at stake")
    func mostAtRiskFirst() {
        let answer = Self.nagasaki.answerToLast(of: ["Which key account across the team is most at risk?"])
        #expect(answer.lines.first?.hasPrefix("Most at risk: ") == true, "\(answer.text)")
        let list = Self.nagasaki.answerToLast(of: ["which A customers are at risk of dropping?"])
        #expect(list.lines.first?.hasPrefix("Most at risk") != true, "\(list.text)")
    }

    @Test("a trade only mentioned is no list; Latin parts of a trade are whole words; 'rank my customers, not the reps' ranks customers")
    func tradeGuards() {
        let hotel = Self.nagasaki.answerToLast(of: ["can you book me a hotel?"])
        #expect(hotel.interpretation.tradeParts == nil, "\(hotel.text)")
        let why = Self.nagasaki.answerToLast(of: ["why is the hotel one in C?"])
        #expect(why.interpretation.tradeParts == nil, "\(why.text)")
        #expect(PlaceList.customers(ofTrade: ["inn", "dock"], in: ["Kinnamplus", "Paddock Farms", "Harbor Inn", "香焼ドック"]) == ["Harbor Inn"])
        let ranked = Self.nagasaki.answerToLast(of: ["rank my customers, not the reps"])
        #expect(ranked.interpretation.customerList != .repBreakdown, "\(ranked.text)")
        let none = Self.nagasaki.answerToLast(of: ["rank the breweries by sales"])
        #expect(none.lines.first?.hasPrefix("No customer has a word for “breweries”") == true, "\(none.text)")
    }
}

