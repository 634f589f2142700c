import TestSupport
import Testing

@testable import SalesCoachCore

/// A fresh trial on a Nagoya and Gifu distributor of machine-tool parts:
/// names typed as reps say them (an English name in kana or with its place in
/// kanji, the Latin letters a Japanese name starts with, a place and a trade
/// word in romaji and English), a group named by its place, a follow-up on a
/// list, and managers' questions about follow-up, help and two metrics by rep.
@Suite struct TrialThirtyFourTests {
    typealias T = AssistantAnswerTests

    static let book = TrialBooks.tokaiMachineParts

    static let tokai = AssistantData.trialBook(book, source: "tokai.csv")

    static let today = LocalDate(year: 2026, month: 12, day: 9)!

    static func found(_ line: String) -> [String] {
        let matches = tokai.interpreter.matcher.match(in: line)
        return matches.names + matches.likely
    }

    @Test("the Latin letters a Japanese name starts with name it: 'KSK' is ＫＳＫ精機")
    func latinLettersOfAJapaneseName() {
        #expect(Self.found("swap KSK and tokai press") == ["ＫＳＫ精機", "株式会社東海プレス"])
        #expect(Self.found("why is ksk a B?") == ["ＫＳＫ精機"])
    }

    @Test("an English name written as Japanese reps write it finds that customer", arguments: [
        ("中部ロボティクス 今日行ってきた", "Chubu Robotics"),
        ("ヒロシマバイオラボはどの区分？", "Hiroshima Bio Labs"),
        ("ひろしまばいおらぼはどの区分？", "Hiroshima Bio Labs"),
    ])
    func englishNameInJapanese(line: String, customer: String) {
        #expect(Self.found(line) == [customer])
    }

    @Test("places of the Tōkai region read in romaji, with a trade word in English or romaji", arguments: [
        ("mino chemical", "美濃化学工業株式会社"), ("hashima gomu", "羽島ゴム工業"), ("nagakute logitech", "長久手ロジテック"),
        ("tajimi tile", "多治見タイル機工"), ("ena wire", "恵那ワイヤー株式会社"),
    ])
    func placeReadings(typed: String, customer: String) {
        #expect(Self.found("what about \(typed)?") == [customer])
    }

    @Test("two words of one name each fitting it ('seto ceramic') answer about it, saying so, with no 'did you mean'")
    func twoWordsOneCustomer() {
        let answer = T.ask("why is seto ceramic a B?", data: Self.tokai)
        #expect(answer.interpretation.customers == ["瀬戸セラミック株式会社"], "\(answer.text)")
        #expect(answer.interpretation.didYouMean.isEmpty)
        #expect(answer.interpretation.takenAs == "瀬戸セラミック株式会社")
    }

    @Test("two visits in one line, each with its own day, are both logged")
    func twoVisitsTwoDays() {
        let statement = VisitStatement.read(
            "visited suzuki bankin yesterday and mino chemical on monday", matcher: Self.tokai.interpreter.matcher, today: Self.today)
        guard case .logDays(let visits, _) = statement else {
            Issue.record("\(String(describing: statement))")
            return
        }
        #expect(visits.map(\.customer) == ["有限会社鈴木板金", "美濃化学工業株式会社"])
        #expect(visits.map(\.date) == [LocalDate(year: 2026, month: 12, day: 8)!, LocalDate(year: 2026, month: 12, day: 7)!])
    }

    @Test("「その中でどれから？」 after a list puts those customers in visiting order")
    func whichOfThoseFirst() {
        var context = ConversationContext()
        _ = Assistant.answer("Bの顧客は？", context: &context, data: Self.tokai)
        let listed = context.listed
        #expect(listed.count >= 2)
        let answer = Assistant.answer("その中でどれから？", context: &context, data: Self.tokai)
        #expect(answer.interpretation.intent == .compare, "\(answer.text)")
        #expect(Set(answer.interpretation.customers) == Set(listed))
    }

    @Test("several segments asked about at once get the method's page that sets them side by side", arguments: [
        "AとかBとかって何？", "what do A and B mean?",
    ])
    func severalSegmentsExplained(question: String) {
        #expect(T.ask(question, data: Self.tokai).interpretation.intent == .method(topic: "method-overview"))
        #expect(T.ask("Aって何？", data: Self.tokai).interpretation.intent == .method(topic: "segment-a"))
    }

    @Test("who to follow up with is the customers due a visit, A first; a person who needs follow-up is a rep")
    func followUpWho() {
        for question in ["誰をフォローすべき？", "who should I follow up with?", "フォローが必要なのは？"] {
            let answer = T.ask(question, data: Self.tokai)
            #expect(answer.interpretation.customerList == .overdue, "\(question): \(answer.text)")
        }
        let help = T.ask("誰かフォローが必要な人いる？", data: Self.tokai)
        #expect(help.interpretation.customerList == .repBreakdown, "\(help.text)")
        #expect(help.interpretation.asksHelp)
        // How to follow up is the guidance, not a list.
        #expect(T.ask("how should I follow up with A customers?", data: Self.tokai).interpretation.customerList != .overdue)
        #expect(T.ask("Aのフォローはどうやる？", data: Self.tokai).interpretation.customerList != .overdue)
    }

    @Test("'sales and profit by rep?' sums both for each rep and the team")
    func twoMetricsByRep() {
        let answer = T.ask("sales and profit by rep?", data: Self.tokai)
        let emily = answer.lines.first { $0.contains("Emily Chen —") }
        // Emily Chen: sales 5,200 + 1,500 + 6,100 + 2,100 + 700; profit 700 + 200 + 880 + 250 + 60.
        #expect(emily?.contains("our sales 15,600") == true, "\(answer.text)")
        #expect(emily?.contains("our profit 2,090") == true, "\(answer.text)")
        let profitOnly = T.ask("profit by rep?", data: Self.tokai).lines.first { $0.contains("Emily Chen —") }
        #expect(profitOnly?.contains("our profit 2,090") == true)
        #expect(profitOnly?.contains("our sales") == false)
    }

    @Test("a group named by the place its members share, asked which first, is those customers ranked", arguments: [
        "岐阜の2社、どっちが優先？", "which of the two gifu ones first?",
    ])
    func placeGroupRanked(question: String) {
        let answer = T.ask(question, data: Self.tokai)
        #expect(answer.interpretation.intent == .compare, "\(answer.text)")
        #expect(Set(answer.interpretation.customers) == ["岐阜精工株式会社", "岐阜化成株式会社"])
    }

    @Test("right after a plan, limits with a customer to keep ask for the plan again, not for its reasons")
    func limitsWithCustomerAfterPlan() {
        var context = ConversationContext()
        _ = Assistant.answer("今週どこ回ればいい？", context: &context, data: Self.tokai)
        let answer = Assistant.answer("木曜休みで、1日3件まで。可児電子は必ず入れて", context: &context, data: Self.tokai)
        #expect(answer.interpretation.intent == .weeklyPlan, "\(answer.text)")
        #expect(answer.interpretation.customers == ["可児電子株式会社"])
        #expect(answer.interpretation.visitsPerDay == 3)
        #expect(answer.interpretation.droppedDays == [4])  // Thursday
        #expect(PlanEditStatement.statesPlanLimits("木曜休みで、1日3件まで。可児電子は必ず入れて"))
        #expect(!PlanEditStatement.statesPlanLimits("可児電子も入れて"))
    }

    @Test("asking for the plan in two words shows the plan", arguments: ["プランは？", "what's the plan?"])
    func planInTwoWords(question: String) {
        #expect(T.ask(question, data: Self.tokai).interpretation.intent == .weeklyPlan)
    }

    @Test("a plan for the whole team is each rep's own week of their own customers", arguments: [
        "plan for the whole team", "担当者ごとの今週の計画は？", "make a plan for each rep",
    ])
    func teamPlan(question: String) throws {
        let answer = T.ask(question, data: Self.tokai)
        #expect(answer.interpretation.asksTeamPlan, "\(answer.text)")
        let customers = Self.tokai.classifications.map(\.customer)
        var rep: String?
        var planned: [String: [String]] = [:]
        for line in answer.lines {
            if let heading = RepName.reps(of: customers).first(where: { line.hasPrefix("\($0) — ") || line.hasPrefix("\($0)さん — ") }) {
                rep = heading
            } else if let rep, line.hasPrefix("  "), case let parts = line.components(separatedBy: "  "), parts.count >= 3,
                let name = parts[2].components(separatedBy: " — ").first
            {
                // "  Wed 12-09  ㈱三河ギア 豊田工場 — A: …": the day, then the name up to the reason.
                planned[rep, default: []].append(name)
            }
        }
        #expect(Set(planned.keys) == ["Suzuki Mai", "Emily Chen", "加藤 大輔"], "\(answer.text)")
        for (rep, names) in planned {
            let own = Set(RepName.customers(of: rep, in: customers).map(\.name))
            #expect(!names.isEmpty && names.allSatisfy(own.contains), "\(rep): \(names)")
        }
        // One rep's plan stays one rep's plan.
        #expect(!T.ask("who should I visit this week?", data: Self.tokai).interpretation.asksTeamPlan)
    }
}
