import Testing

@testable import SalesCoachCore

/// Questions a rep asks about the book in passing: whether a visit was
/// recorded, who has no segment, which rep lets A customers wait, whether a
/// named rep drifts to C, why a customer is or is not in the week's plan.
/// Each is answered from the data, never with an article.
@Suite struct BookFollowUpTests {
    typealias T = AssistantAnswerTests
    static let classifications = DemoBook.classifications
    static let logged = [VisitRecord(customerName: classifications[0].name, date: T.today, note: "renewal talk")]
    static let data = AssistantData(classifications: classifications, guidance: StubGuidance(), visitLog: logged, today: T.today)

    @Test(
        "'did that get logged?' after a customer says whether the visit log holds a visit to it",
        arguments: ["did that get logged?", "ちゃんと記録された？", "was it saved?"])
    func loggedCheck(question: String) throws {
        let visited = Self.classifications[0]
        let yes = try #require(T.ask(["why is \(visited.name) in \(visited.segment!.rawValue)?", question], data: Self.data))
        #expect(yes.interpretation.customerList == .visitLog && yes.interpretation.customers == [visited.name])
        #expect(yes.lines.first?.contains(visited.name) == true && yes.lines.first?.contains("\(T.today)") == true, "\(yes.lines)")
        #expect(yes.lines.first?.hasPrefix(question.unicodeScalars.first!.isASCII ? "Yes" : "はい") == true, "\(yes.lines)")
        let other = Self.classifications[2]
        let no = try #require(T.ask(["why is \(other.name) in \(other.segment!.rawValue)?", question], data: Self.data))
        #expect(no.lines.first?.contains(other.name) == true, "\(no.lines)")
        #expect(no.lines.first?.hasPrefix(question.unicodeScalars.first!.isASCII ? "No visit" : "\(other.name)への訪問は訪問記録にありません") == true, "\(no.lines)")
    }

    @Test("'was my visit to X recorded?' names the customer itself")
    func recordedWithName() {
        let visited = Self.classifications[0]
        let answer = T.ask("was my visit to \(visited.name) recorded?", data: Self.data)
        #expect(answer.interpretation.customers == [visited.name])
        #expect(answer.lines.first?.hasPrefix("Yes") == true, "\(answer.lines)")
    }

    @Test(
        "the customers in no segment are listed with the axis that has no value",
        arguments: ["which customers are not in any segment?", "which customers couldn't be classified?", "分類できない顧客は？", "どのセグメントにも入ってない顧客は？"])
    func unclassified(question: String) {
        let answer = T.ask(question, data: Self.data)
        #expect(answer.interpretation.customerList == .unclassified, "\(question)")
        let none = Self.classifications.filter { $0.segment == nil }
        #expect(!none.isEmpty)
        #expect(answer.lines.first?.contains("\(none.count)") == true)
        for c in none { #expect(answer.lines.contains { $0.hasPrefix("  \(c.name)") }, "\(c.name)") }
        let segmented = Self.classifications.filter { $0.segment != nil }
        #expect(!segmented.contains { c in answer.lines.contains { $0.hasPrefix("  \(c.name)") } })
    }

    @Test("'which rep has the most overdue A customers?' counts each rep's A customers past the follow-up, not all of them")
    func repsByOverdueA() {
        let answer = T.ask("which rep has the most overdue A customers?", data: Self.data)
        #expect(answer.interpretation.customerList == .repsBySegment)
        let policy = Self.data.config.plan
        let weeks = policy.followUpWeeks(customersA: Self.data.followUpLoad.perWeek)
        let history = VisitHistory(customers: Self.classifications.map(\.customer), visitLog: Self.logged, today: T.today)
        let overdue = Self.classifications.filter { c in
            c.segment == .a && (history.lastVisit(c.name).map { $0.days(until: T.today) > 7 * weeks } ?? true)
        }.map(\.customer)
        let reps = RepName.reps(of: Self.classifications.map(\.customer))
        let counts = reps.map { ($0, RepName.customers(of: $0, in: overdue).count) }.filter { $0.1 > 0 }.sorted { $0.1 > $1.1 }
        #expect(answer.lines.first?.contains("over \(weeks) weeks") == true, "\(answer.lines)")
        // The answer named under the heading, then the ranking.
        #expect(answer.lines.dropFirst().first?.hasPrefix("Most overdue A customers: \(counts[0].0)") == true, "\(answer.lines)")
        #expect(answer.lines.dropFirst(2).first?.contains("1. \(counts[0].0) — \(counts[0].1) of") == true, "\(answer.lines)")
        let all = T.ask("which rep has the most A customers?", data: Self.data)
        #expect(all.lines.first?.contains("over") == false)
    }

    @Test(
        "a comfort question that names a rep is about that rep's logged visits, also by a kanji name typed in romaji",
        arguments: ["is Okada spending too much time on C?", "岡田さんはCに偏ってない？"])
    func comfortOfNamedRep(question: String) {
        let reps = RepName.reps(of: Self.classifications.map(\.customer))
        #expect(reps.contains("岡田 美咲"))
        let reading = Self.data.interpreter.interpret(question)
        #expect(reading.customerList == .comfort && reading.unknownName == nil, "\(question)")
        // Without a rep or a who-word it stays the rep's own plan check.
        #expect(Self.data.interpreter.interpret("am I spending too much time on C?").customerList != .comfort)
    }

    @Test(
        "why a named customer is or is not in this week's plan comes from the plan itself",
        arguments: ["why isn't %@ in this week's plan?", "なぜ%@は計画に入ってないの？", "why is %@ in the plan?"])
    func inPlan(form: String) {
        let plan = Answerer.plan(Interpretation(intent: .weeklyPlan, language: .en), data: Self.data)
        let picked = Set(plan.picks.map(\.customer))
        for c in [Self.classifications.first { picked.contains($0.name) }!, Self.classifications.first { !picked.contains($0.name) && $0.segment != nil }!] {
            let question = form.replacingOccurrences(of: "%@", with: c.name)
            let answer = T.ask(question, data: Self.data)
            #expect(answer.interpretation.intent == .planReasons && answer.interpretation.customers == [c.name], "\(question)")
            let inPlan = question.unicodeScalars.first!.isASCII ? "\(c.name) is in the plan" : "\(c.name)は計画に入っています"
            #expect(answer.lines.first?.hasPrefix(inPlan) == picked.contains(c.name), "\(question): \(answer.lines)")
        }
    }

    @Test("'is that a problem?' after a customer, with the time since a visit, is the verdict on visiting it")
    func isThatAProblem() throws {
        let a = Self.classifications.first { $0.segment == .a }!
        let answer = try #require(T.ask(["why is \(a.name) an A", "its been like 4 months since I saw them, is that a problem?"], data: Self.data))
        #expect(answer.interpretation.asksVisitWorth && answer.interpretation.customers == [a.name], "\(answer.lines)")
    }

    @Test("a wrong kanji from the input method is read as the word meant")
    func kanjiSlip() throws {
        let statement = try #require(VisitStatement.read("田中商事に訪門した", matcher: T.data.interpreter.matcher, today: T.today))
        #expect(statement == .log(customer: "田中商事", date: T.today, note: nil))
        #expect(T.ask("訪門記録見せて", data: Self.data).interpretation.customerList == .visitLog)
    }

    @Test(
        "the words between a command and a name are dropped only when there are some",
        arguments: [
            (["me", "Contoso", "Ltd"], ["Contoso", "Ltd"] as [String]?), (["The", "Loft"], ["Loft"]),
            (["to", "me", "Acme"], ["Acme"]), (["Acme", "Industrial"], nil), (["me"], nil),
        ])
    func leadIns(words: [String], expected: [String]?) {
        #expect(NameLeadIn.stripped(words) == expected)
    }

    @Test(
        "'who is overdue?' lists each segment's customers past its own cadence, and only those",
        arguments: ["who is overdue?", "訪問が遅れている顧客は？"])
    func overdue(question: String) {
        let answer = T.ask(question, data: Self.data)
        #expect(answer.interpretation.customerList == .overdue, "\(question)")
        let policy = Self.data.config.plan
        let history = VisitHistory(customers: Self.classifications.map(\.customer), visitLog: Self.logged, today: T.today)
        let weeks: [Segment: Int] = [
            .a: policy.followUpWeeks(customersA: Self.data.followUpLoad.perWeek),
            .c: policy.overdueWeeksC, .d: policy.overdueWeeksD,
        ]
        for c in Self.classifications {
            guard let segment = c.segment, let limit = weeks[segment] else { continue }
            let days = history.lastVisit(c.name).map { $0.days(until: T.today) }
            let due = days.map { $0 > 7 * limit } ?? true
            let listed = answer.lines.contains { $0.hasPrefix("    \(c.name) — ") }
            let shownOfSegment = Self.classifications.filter { $0.segment == segment }.filter { x in
                history.lastVisit(x.name).map { $0.days(until: T.today) > 7 * limit } ?? true
            }.count <= Answerer.listShown
            if !due { #expect(!listed, "\(c.name) is not overdue") } else if shownOfSegment { #expect(listed, "\(c.name) is overdue") }
        }
    }

    @Test(
        "a question for one figure of a customer answers it on the first line, or says the cell is empty",
        arguments: [("what is %@'s profit?", Metric.profit), ("%@の受注件数はいくつ？", .orders), ("how many employees does %@ have", .employees)])
    func oneFigure(form: String, metric: Metric) {
        for c in [Self.classifications.first { $0.customer[metric] != nil }!, Self.classifications.first { $0.customer[metric] == nil }]
            .compactMap({ $0 })
        {
            let answer = T.ask(form.replacingOccurrences(of: "%@", with: c.name), data: Self.data)
            #expect(answer.interpretation.askedMetric == metric && answer.interpretation.customers == [c.name])
            if let value = c.customer[metric] {
                #expect(answer.lines.first?.contains(Formatting.grouped(value)) == true, "\(answer.lines.first ?? "")")
            } else {
                #expect(answer.lines.first?.contains("set \(c.name) \(metric.rawValue)=") == true, "\(answer.lines.first ?? "")")
            }
        }
    }

    @Test("'when was I last at X?' gives the date on the first line", arguments: ["when was I last at %@?", "%@の最終訪問日は？"])
    func lastVisitFirst(form: String) {
        let c = Self.classifications.first { $0.customer.lastVisit != nil && $0.name != Self.logged[0].customerName }!
        let answer = T.ask(form.replacingOccurrences(of: "%@", with: c.name), data: Self.data)
        #expect(answer.interpretation.asksLastVisit)
        #expect(answer.lines.first?.contains("\(c.customer.lastVisit!)") == true, "\(answer.lines)")
    }

    @Test("a visit told with 行きました or 訪ねました is logged", arguments: ["昨日田中商事に行きました", "昨日田中商事を訪ねました"])
    func politeVisit(line: String) throws {
        let statement = try #require(VisitStatement.read(line, matcher: T.data.interpreter.matcher, today: T.today))
        #expect(statement == .log(customer: "田中商事", date: T.today.adding(days: -1), note: nil))
        #expect(VisitStatement.read("田中商事に行きましたか？", matcher: T.data.interpreter.matcher, today: T.today) == nil)
    }

    @Test(
        "who could drop out of a segment are those whose high axis is just above the cut, not the past moves",
        arguments: [("which A customers are at risk of dropping?", [Segment.a]), ("Bから落ちそうな顧客は？", [.b]), ("who could slip?", [.a, .b, .c])])
    func atRisk(question: String, segments: [Segment]) {
        let answer = T.ask(question, data: Self.data)
        #expect(answer.interpretation.customerList == .atRisk && answer.interpretation.progress == nil, "\(question)")
        let expected = Self.classifications.filter { c in
            guard let s = c.segment, segments.contains(s) else { return false }
            return [c.objective, c.record].compactMap { $0 }.contains { $0.isHigh && $0.isBorderline }
        }
        for c in Self.classifications where c.segment != nil {
            let listed = answer.lines.contains { $0.hasPrefix("  \(c.name) — ") }
            #expect(listed == expected.contains { $0.name == c.name }, "\(question): \(c.name)")
        }
    }

    @Test("a list question of its own right after another list is that list, not a follow-up on the segment")
    func listAfterList() throws {
        let answer = try #require(T.ask(["who is overdue?", "Bから落ちそうな顧客は？"], data: Self.data))
        #expect(answer.interpretation.customerList == .atRisk, "\(answer.lines)")
        let unclassified = try #require(T.ask(["who is overdue?", "分類できない顧客は？"], data: Self.data))
        #expect(unclassified.interpretation.customerList == .unclassified)
    }

    @Test("'what's the biggest B opportunity?' lists B by upside, not the article about B", arguments: ["what's the biggest B opportunity?", "伸びしろが一番大きいBは？"])
    func biggestOpportunity(question: String) {
        let answer = T.ask(question, data: Self.data)
        #expect(answer.interpretation.intent == .segmentMembers && answer.interpretation.segments == [.b], "\(question)")
        let first = Self.data.members(of: .b, limit: 1)[0].name
        #expect(answer.lines.dropFirst().first?.contains(first) == true, "\(answer.lines)")
    }

    @Test("a rep is found by a Latin name inside Japanese text, and by katakana before の担当; the name comes out of the question")
    func repInJapaneseText() {
        let reps = ["Sarah Mitchell", "山口 直樹"]
        #expect(RepName.named(in: "来週のSarahの計画", reps: reps, customerNames: ["Acme"]) == "Sarah Mitchell")
        #expect(RepName.named(in: "サラの担当でBの顧客は？", reps: reps, customerNames: ["Acme"]) == "Sarah Mitchell")
        #expect(RepName.removing("山口 直樹", from: "山口さんの計画は？") == "計画は？")
        // A kanji name kept without a space: its family name with さん.
        #expect(RepName.named(in: "佐藤さんのBの顧客は？", reps: ["佐藤健", "Emily Carter"], customerNames: ["佐藤商事"]) == "佐藤健")
        #expect(RepName.named(in: "佐藤さんのBの顧客は？", reps: ["佐藤健", "佐藤花子"], customerNames: []) == nil)
        #expect(RepName.removing("Sarah Mitchell", from: "Sarah's plan") == "plan")
    }

    @Test("a line that goes on from the last answer or asks about the plan continues the conversation; a question of its own does not")
    func continuesConversation() {
        let afterPlan = ConversationContext(lastIntent: .weeklyPlan)
        for line in ["what about next week?", "来週は？", "じゃあBは？"] {
            #expect(Assistant.continuesConversation(line, context: afterPlan, data: Self.data), "\(line)")
        }
        for line in ["Cの顧客って何？", "who are my A customers?", "why is \(Self.classifications[0].name) in \(Self.classifications[0].segment!.rawValue)?"] {
            #expect(!Assistant.continuesConversation(line, context: afterPlan, data: Self.data), "\(line)")
        }
    }
}
