import Testing

@testable import SalesCoachCore

/// Each intent's answer holds the right data for the demo book, computed
/// here from the classifier, planner and check rather than written down.
@Suite struct AssistantAnswerTests {
    static let today = LocalDate(year: 2026, month: 11, day: 30)!
    static let data = AssistantData(classifications: DemoBook.classifications, guidance: StubGuidance(), today: today)
    static let summary = SegmentSummary(DemoBook.classifications)
    /// The demo book twice over (the copies named "… II"): segments longer
    /// than a list answer shows, for the tests of a cut list and "show all".
    static let doubled: AssistantData = {
        let copies = DemoBook.customers.map { customer in
            var copy = customer
            copy.name += " II"
            return copy
        }
        return AssistantData(
            classifications: Classifier().classify(DemoBook.customers + copies), guidance: StubGuidance(), today: today)
    }()

    static func ask(_ question: String, data: AssistantData = data) -> Answer {
        var context = ConversationContext()
        return Assistant.answer(question, context: &context, data: data)
    }

    static func ask(_ questions: [String], data: AssistantData = data) -> Answer? {
        var context = ConversationContext()
        return questions.map { Assistant.answer($0, context: &context, data: data) }.last
    }

    @Test("counts quote the classifier's count, in the question's language")
    func counts() {
        let a = Self.summary.row(.a)
        let ja = Self.ask("Aランクは何社？")
        #expect(ja.language == .ja)
        #expect(ja.lines.first == "A：全\(Self.summary.total)社中\(a.count)社（\(Formatting.percent(a.shareOfCustomers))）、当社売上\(Formatting.value(a.sales, of: .sales, in: .ja))（\(Formatting.percent(a.shareOfSales ?? 0))）。")
        #expect(ja.data.contains(.summary(Self.summary)))
        #expect(ja.citations == ["segment-a"])
        let en = Self.ask("how many A customers do I have?")
        #expect(en.language == .en)
        #expect(en.lines.first?.hasPrefix("A: \(a.count) of your \(Self.summary.total) customers") == true)
        let all = Self.ask("what's the breakdown by segment?")
        for row in Self.summary.rows {
            #expect(all.lines.contains { $0.hasPrefix("  \(row.segment.rawValue): \(row.count) (") })
        }
    }

    @Test("why is 田中商事 in C? shows its segment, both axis scores, the deciding metrics and the nearest move")
    func explainsACustomer() throws {
        let tanaka = try #require(DemoBook.classification("田中商事"))
        let answer = Self.ask("why is 田中商事 in C?")
        #expect(answer.language == .en)
        #expect(answer.lines.first == "田中商事 is in \(try #require(tanaka.segment).rawValue) (\(try #require(tanaka.segment).summary)).")
        let text = answer.text
        #expect(text.contains("Objective evaluation: \(Formatting.score(try #require(tanaka.objective).score))"))
        #expect(text.contains("Transaction record: \(Formatting.score(try #require(tanaka.record).score))"))
        #expect(text.contains(try #require(tanaka.nearestMove).sentence(in: .en)))
        #expect(text.contains("orders 64"))
        #expect(answer.data.contains(.customer(tanaka)))
        #expect(answer.citations.starts(with: ["segment-c", "c-trap"]))
        #expect(answer.lines.last == "See: " + answer.citations.joined(separator: ", "))

        let ja = Self.ask("田中商事はなぜC？")
        #expect(ja.language == .ja)
        #expect(ja.lines.first == tanaka.headline(in: .ja))
        #expect(ja.lines.last?.hasPrefix("参考: segment-c") == true)
    }

    @Test("what would it take quotes the moves toward the target, with their target values", arguments: [
        ("田中商事をAにするには？", "田中商事", Segment.a, Language.ja),
        ("what would move Northwind Trading to B?", "Northwind Trading", Segment.b, Language.en),
        ("what would it take for 株式会社日本データシステム to become A?", "株式会社日本データシステム", Segment.a, Language.en),
    ])
    func whatWouldItTake(question: String, name: String, target: Segment, language: Language) throws {
        let customer = try #require(DemoBook.classification(name))
        let answer = Self.ask(question)
        #expect(answer.language == language)
        #expect(answer.interpretation.intent == .whatWouldItTake(target: target))
        let moves = customer.moves(toward: target)
        if customer.segment == target {
            #expect(answer.lines.first?.contains(target.rawValue) == true)
        } else {
            #expect(answer.data.contains(.moves(customer: name, target: target, moves: moves)))
            #expect(!moves.isEmpty)
            for move in moves {
                #expect(answer.text.contains(Formatting.value(move.target.value, of: move.metric, in: language)))
                #expect(answer.text.contains(move.sentenceWithReach(in: language)))
            }
        }
    }

    @Test("compare puts a B customer before a C customer, and says why")
    func comparesBAndC() throws {
        let b = try #require(Self.data.members(of: .b).first)
        let c = try #require(Self.data.members(of: .c).first)
        let answer = Self.ask("should I visit \(c.name) or \(b.name) first?")
        #expect(answer.data.contains(.comparison(first: c.name, second: b.name, winner: b.name)))
        #expect(answer.lines.first == "Visit \(b.name) first.")
        #expect(answer.citations.contains("why-focus-b") && answer.citations.contains("c-trap"))
        let ja = Self.ask("\(c.name)と\(b.name)、どちらを先に訪問？")
        #expect(ja.lines.first == "先に訪問すべきは\(b.name)です。")
    }

    @Test("members of a segment: all counted, the largest B upside first")
    func members() {
        let bs = DemoBook.classifications.filter { $0.segment == .b }
        let top = bs.max { ($0.objective!.value - $0.record!.value) < ($1.objective!.value - $1.record!.value) }
        let answer = Self.ask("who are my B customers?")
        guard case .members(let segment, let names, let total)? = answer.data.first else {
            Issue.record("no members in \(answer.data)")
            return
        }
        #expect(segment == .b)
        #expect(total == bs.count)
        #expect(names.first == top?.name)
        #expect(names.count == min(bs.count, Answerer.membersShown))
        #expect(Self.ask("Bの顧客は？").lines.first?.contains("\(bs.count)社") == true)
    }

    @Test("advice for a segment quotes its knowledge entry and the book's numbers")
    func advice() {
        let cs = DemoBook.classifications.filter { $0.segment == .c }
        let answer = Self.ask("how should I handle C customers?")
        #expect(answer.lines.first == "Title of segment-c")
        #expect(answer.text.contains("First line of segment-c."))
        #expect(answer.text.contains("\(cs.count) C customers"))
        #expect(answer.citations == ["segment-c", "c-trap"])
        #expect(Self.ask("C顧客にはどう対応する？").lines.first == "segment-cの見出し")
    }

    @Test("method questions quote the entry they are about", arguments: [
        ("why focus on B?", "why-focus-b"), ("客観的評価とは？", "axis-objective"), ("what's the C trap?", "c-trap"),
        ("what is transaction record?", "axis-record"), ("なぜBに注力するの？", "why-focus-b"),
    ])
    func method(question: String, id: String) {
        let answer = Self.ask(question)
        #expect(answer.interpretation.intent == .method(topic: id))
        #expect(answer.lines.first == StubGuidance().guidance(id: id, in: answer.language)?.title)
        #expect(answer.citations == [id])
    }

    @Test("the weekly plan is the planner's plan; the number of visits is passed on; why? explains it")
    func weeklyPlan() throws {
        let expected = Planner.plan(
            classifications: DemoBook.classifications, visitLog: [], policy: .standard, today: Self.today)
        let answer = Self.ask("who should I visit this week?")
        #expect(answer.data == [.plan(expected)])
        for pick in expected.picks { #expect(answer.text.contains(pick.customer)) }
        let five = Self.ask("plan 5 visits for this week")
        guard case .plan(let plan)? = five.data.first else { throw Expectation.missing }
        #expect(plan.capacity == 5)
        let why = try #require(Self.ask(["今週の訪問計画を作って", "なぜ？"]))
        #expect(why.interpretation.intent == .planReasons)
        #expect(why.language == .ja)
        #expect(why.text.contains("Bに最大の枠"))
        #expect(why.citations.contains("why-focus-b"))
    }

    @Test("a plan check without planned visits checks the proposed plan and says how to keep it; with them it is the policy check")
    func planCheck() throws {
        let empty = Self.ask("is my plan OK?")
        #expect(empty.text.contains("plan accept"))
        let proposal = Self.data.defaultPlan
        let proposed = Dictionary(grouping: proposal.picks, by: \.customer).map { PlannedVisit(customerName: $0.key, visits: $0.value.count) }
        let expectedProposal = PlanCheck.check(
            planned: proposed.sorted { $0.customerName < $1.customerName }, classifications: DemoBook.classifications, policy: .standard,
            today: Self.today)
        #expect(empty.data == [.check(expectedProposal)])
        #expect(!expectedProposal.isCOverweight)
        let cs = Self.data.members(of: .c).prefix(3).map { PlannedVisit(customerName: $0.name, visits: 2) }
        let bs = Self.data.members(of: .b).prefix(1).map { PlannedVisit(customerName: $0.name, visits: 1) }
        var data = Self.data
        data.planned = cs + bs
        let expected = PlanCheck.check(
            planned: data.planned, classifications: DemoBook.classifications, policy: .standard, today: Self.today)
        let answer = Self.ask("Cに時間をかけすぎ？", data: data)
        #expect(answer.data == [.check(expected)])
        #expect(expected.isCOverweight)
        #expect(answer.citations.contains("c-trap"))
        #expect(answer.lines.contains("  C：6件（86%、方針 10%）"))
    }

    @Test("out of scope: an honest no and three questions that work", arguments: [
        "what's the weather?", "write me an email to a client", "トヨタの株価は？", "カレーの作り方を教えて",
    ])
    func outOfScope(question: String) {
        let answer = Self.ask(question)
        #expect(answer.interpretation.intent == .outOfScope)
        #expect(answer.lines.first?.hasPrefix(answer.language == .en ? "I can't answer that" : "その質問にはお答えできません") == true)
        #expect(answer.lines.filter { $0.hasPrefix("  • ") }.count == 3)
        #expect(answer.citations.isEmpty)
        #expect(answer.data.isEmpty)
    }

    @Test("follow-ups: “and Acme?” after an explanation, “yes” after did-you-mean, “Dは？” after a count")
    func followUps() throws {
        let acme = try #require(Self.ask(["why is 田中商事 in C?", "and Acme?"]))
        #expect(acme.interpretation.customers == ["Acme Industrial"])
        #expect(acme.lines.first?.hasPrefix("Acme Industrial is in") == true)
        // A typo only one customer fits is answered, saying which was taken.
        let typo = Self.ask("田中商時はなぜC？")
        #expect(typo.interpretation.takenAs == "田中商事")
        #expect(typo.lines.first == "（田中商事として回答します）")
        #expect(typo.data.contains { if case .customer(let c) = $0 { c.name == "田中商事" } else { false } })
        // Two customers the words could be: "did you mean", then "yes".
        var twins = DemoBook.customers
        var other = try #require(twins.first { $0.name == "田中商事" })
        other.name = "田中物産"
        twins.append(other)
        let twinData = AssistantData(classifications: Classifier().classify(twins), guidance: StubGuidance(), today: Self.today)
        let unsure = Self.ask("why is tanaka in C?", data: twinData)
        #expect(unsure.data == [.suggestions(["田中商事", "田中物産"])] || unsure.data == [.suggestions(["田中物産", "田中商事"])], "\(unsure.data)")
        let yes = try #require(Self.ask(["why is tanaka in C?", "yes"], data: twinData))
        #expect(yes.data.contains { if case .customer(let c) = $0 { c.name.hasPrefix("田中") } else { false } })
        let d = try #require(Self.ask(["Aランクは何社？", "Dは？"]))
        #expect(d.lines.first?.hasPrefix("D：全") == true)
    }

    @Test("a name the book does not have is said so, never answered about")
    func unknownName() {
        let answer = Self.ask("why is Osprey Freight in C?")
        #expect(answer.lines == ["“Osprey Freight” is not in your customer list, so there is nothing to say about it from your book. `list` shows every name."])
        #expect(answer.data.isEmpty)
    }

    @Test("a Japanese customer named in romaji is answered about in English")
    func romajiName() {
        let answer = Self.ask("why is Tanaka Shoji in C?")
        #expect(answer.data.contains { if case .customer(let c) = $0 { c.name == "田中商事" } else { false } })
        #expect(answer.lines.first?.contains("田中商事") == true)
    }

    @Test("an empty book gets a hint to load one, not an empty answer")
    func emptyBook() {
        let data = AssistantData(classifications: [], guidance: StubGuidance(), today: Self.today)
        #expect(Self.ask("who should I visit this week?", data: data).text.contains("load FILE"))
        #expect(Self.ask("why focus on B?", data: data).interpretation.intent == .method(topic: "why-focus-b"))
    }

    @Test("a long list of A customers left out of the plan is cut to three names in an answer")
    func longDroppedList() {
        let dropped = (1...8).map { DroppedFollowUp(name: "Account \($0)", daysSinceLastVisit: 30, sales: 1_000_000) }
        let note = PlanNote.followUpsDropped(due: 12, visits: 4, cadenceWeeks: 2, dropped: dropped)
        let line = Answerer.noteLine(note, language: .en)
        #expect(line.contains("8 are not in this plan (first: Account 1, Account 2, Account 3)"))
        #expect(!line.contains("Account 4"))
        let short = PlanNote.followUpsDropped(due: 5, visits: 4, cadenceWeeks: 2, dropped: Array(dropped.prefix(1)))
        #expect(Answerer.noteLine(short, language: .ja) == "  注：" + short.text(in: .ja))
    }

    enum Expectation: Error { case missing }
}

/// Whatever is typed, the assistant answers something and never crashes.
@Suite struct AssistantRobustnessTests {
    @Test("odd input gets an honest answer", arguments: [
        "", "   ", "???", "a", "A", "🙂🙂🙂", "12345678901234567890", "\u{0}\u{7}\t", "ｱｲｳｴｵ", "(株)", "株式会社",
        String(repeating: "why is 田中商事 in C? ", count: 5_000), String(repeating: "あ", count: 100_000),
        "Robert'); DROP TABLE customers;--", "plan 999999999999 visits", "plan -3 visits",
    ])
    func oddInput(question: String) {
        var context = ConversationContext()
        let answer = Assistant.answer(question, context: &context, data: AssistantAnswerTests.data)
        #expect(!answer.lines.isEmpty)
        #expect(answer.lines.allSatisfy { $0.count < 5_000 })
    }

    @Test("a question with only a legal form names no customer")
    func legalFormAlone() {
        #expect(AssistantAnswerTests.data.interpreter.interpret("株式会社は何社？").customers == [])
    }
}

@Suite struct AssistantDataTests {
    @Test("the week's plan follows the visit log, and setting the same log again keeps it")
    func planFollowsTheLog() throws {
        var data = AssistantAnswerTests.data
        let before = data.defaultPlan
        let first = try #require(before.picks.first)
        let same = data.visitLog
        data.visitLog = same
        #expect(data.defaultPlan == before)
        data.visitLog = [VisitRecord(customerName: first.customer, date: AssistantAnswerTests.today)]
        let after = Planner.plan(
            classifications: DemoBook.classifications, visitLog: data.visitLog, policy: .standard,
            today: AssistantAnswerTests.today)
        #expect(data.defaultPlan == after)
        #expect(data.plan(visits: 4).capacity == 4)
    }
}
