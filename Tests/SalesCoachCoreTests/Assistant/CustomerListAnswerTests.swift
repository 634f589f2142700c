import Testing

@testable import SalesCoachCore

/// Questions whose honest answer is the user's own customers get them, computed
/// here from the classifier and the visit history, not an article.
@Suite struct CustomerListAnswerTests {
    typealias T = AssistantAnswerTests
    static let classifications = DemoBook.classifications
    static let history = VisitHistory(customers: classifications.map(\.customer), visitLog: [], today: T.today)

    @Test(
        "the method's central question names the B customers with the most upside, in the question's language",
        arguments: [
            "what should I focus on?", "where should I spend most of my time?", "which customers should I prioritize?",
            "どの顧客に一番力を入れるべき？", "何に集中すべき？", "優先順位の高い顧客は？",
        ])
    func focus(question: String) {
        let answer = T.ask(question)
        let topB = T.data.members(of: .b, limit: 5).map(\.name)
        #expect(answer.interpretation.customerList == .focus, "\(question)")
        for name in topB { #expect(answer.lines.contains { $0.contains(name) }, "\(question): \(name)") }
        #expect(answer.citations.first == "why-focus-b")
        #expect(answer.language == (question.unicodeScalars.first!.isASCII ? .en : .ja))
    }

    @Test(
        "a request for borderline customers lists exactly the classifier's borderline customers",
        arguments: ["any borderline customers?", "ボーダーラインの顧客はいますか？", "which customers are close to switching segments?"])
    func borderline(question: String) {
        let answer = T.ask(question)
        let expected = Self.classifications.filter { $0.isBorderline && $0.segment != nil }.map(\.name)
        #expect(!expected.isEmpty)
        let listed = answer.lines.dropFirst().compactMap { line in expected.first { line.hasPrefix("  \($0) — ") } }
        #expect(Set(listed) == Set(expected), "\(question): \(answer.lines)")
        #expect(answer.citations == ["borderline"])
    }

    @Test("a question about what borderline means still gets the knowledge entry")
    func borderlineMeaning() {
        for question in ["what does borderline mean?", "境界線ギリギリの顧客はどう扱うの？", "why focus on B?"] {
            #expect(T.ask(question).interpretation.customerList == nil, "\(question)")
        }
    }

    @Test(
        "A customers past their follow-up are listed from the last visits, longest unseen first",
        arguments: ["which key accounts haven't had a visit in a while?", "フォローが遅れているA顧客はいますか"])
    func overdueA(question: String) {
        let answer = T.ask(question)
        let policy = T.data.config.plan
        let weeks = policy.followUpWeeks(customersA: T.data.followUpLoad.perWeek)
        // Longest gap first; equal gaps in the members' order (most sales first).
        let overdue = T.data.members(of: .a).enumerated()
            .map { ($1.name, Self.history.lastVisit($1.name).map { $0.days(until: T.today) }, $0) }
            .filter { $0.1.map { $0 > 7 * weeks } ?? true }
            .sorted { ($0.1 ?? .max, -$0.2) > ($1.1 ?? .max, -$1.2) }
        #expect(!overdue.isEmpty)
        let shown = answer.lines.dropFirst().compactMap { line in overdue.map(\.0).first { line.hasPrefix("  \($0) — ") } }
        #expect(shown == Array(overdue.map(\.0).prefix(Answerer.listShown)), "\(question): \(answer.lines)")
        #expect(answer.lines.first?.contains("\(overdue.count)") == true)
    }

    @Test(
        "who has not been seen longest is read from last_visit, never-visited first",
        arguments: ["who haven't I seen in the longest time?", "しばらく訪問してない顧客は？"])
    func notSeenLately(question: String) {
        let answer = T.ask(question)
        let expected = Self.classifications.filter { $0.segment != nil }
            .map { ($0.name, Self.history.lastVisit($0.name).map { $0.days(until: T.today) }) }
            .sorted { ($0.1 ?? .max, $1.0) > ($1.1 ?? .max, $0.0) }
        let firstListed = answer.lines.dropFirst().first
        let longest = expected.first!
        #expect(expected.filter { $0.1 == longest.1 }.contains { firstListed?.hasPrefix("  \($0.0) — ") == true }, "\(answer.lines)")
    }
}

extension CustomerListAnswerTests {
    @Test(
        "'who brings the most sales?' ranks the book by that metric, highest first, with the values",
        arguments: [
            ("which customer gives us the most sales?", Metric.sales), ("一番売上が大きい顧客は？", .sales),
            ("who are my most profitable customers", .profit), ("利益が一番多い顧客は？", .profit),
            ("which company has the most employees?", .employees), ("年商が一番大きい取引先は？", .companyRevenue),
        ])
    func topByMetric(question: String, metric: Metric) {
        let answer = T.ask(question)
        #expect(answer.interpretation.customerList == .top(metric), "\(question): \(answer.lines)")
        let expected = Self.classifications.filter { $0.customer[metric] != nil }
            .sorted { $0.customer[metric]! > $1.customer[metric]! }.prefix(3).map(\.name)
        for (rank, name) in expected.enumerated() {
            #expect(answer.lines.contains { $0.hasPrefix("  \(rank + 1). \(name) — ") }, "\(question): \(name) at \(rank + 1): \(answer.lines)")
        }
        #expect(answer.language == (question.unicodeScalars.first!.isASCII ? .en : .ja))
    }

    @Test("a segment narrows the ranking: 'which B customer has the highest revenue?' lists only B")
    func topWithinSegment() {
        let answer = T.ask("which B customer has the highest company revenue?")
        #expect(answer.interpretation.customerList == .top(.companyRevenue))
        let listed = answer.lines.dropFirst().filter { $0.hasPrefix("  ") && $0.contains(" — ") }
        #expect(!listed.isEmpty)
        #expect(listed.allSatisfy { $0.hasSuffix("(B)") }, "\(listed)")
    }

    @Test("'who is the rep for X?' names the customer's rep first, in the question's language",
          arguments: [("who is the rep for Acme Industrial?", "Acme Industrial's rep: "), ("田中商事の担当は誰？", "田中商事の担当：")])
    func repOfCustomer(question: String, prefix: String) throws {
        let answer = T.ask(question)
        let name = try #require(answer.interpretation.customers.first)
        let rep = try #require(DemoBook.customers.first { $0.name == name }?.rep)
        #expect(answer.interpretation.asksRep)
        #expect(answer.lines.first?.hasPrefix(prefix) == true, "\(answer.lines)")
        #expect(answer.lines.first?.contains(rep) == true, "\(answer.lines)")
    }

    @Test("a rep's given name alone names the rep, unless a customer's name holds it")
    func bareRepName() {
        let reps = ["Darcel Schlecht", "Emily Carter", "佐々木 健"]
        #expect(RepName.named(in: "how many customers does Darcel have?", reps: reps, customerNames: ["Acme"]) == "Darcel Schlecht")
        #expect(RepName.named(in: "佐々木の担当先は？", reps: reps, customerNames: ["Acme"]) == "佐々木 健")
        #expect(RepName.named(in: "tell me about Emily Foods", reps: reps, customerNames: ["Emily Foods"]) == nil)
        #expect(RepName.named(in: "how is Darcel doing", reps: reps) == nil, "without the customers' names, a bare word is not enough")
        #expect(RepName.named(in: "Darcelona plan", reps: reps, customerNames: ["Acme"]) == nil, "a whole word, not part of one")
    }
}

extension CustomerListAnswerTests {
    @Test("a company the book lacks, asked about by its segment, is 'not in your list' even where the words read as a method question",
          arguments: ["株式会社ヤマト運輸はなぜB？", "why is Wayne Enterprises a B?", "ソニー株式会社はどのランク？", "tell me about northwind logistics"])
    func unknownCompany(question: String) {
        let answer = T.ask(question)
        #expect(answer.interpretation.unknownName != nil, "\(question): \(answer.lines)")
        #expect(answer.lines.first?.contains("is not in your customer list") == true || answer.lines.first?.contains("顧客リストにありません") == true, "\(answer.lines)")
        #expect(!answer.lines.joined().contains("Northwind Trading"))
    }
}

extension CustomerListAnswerTests {
    @Test("'who are my biggest customers?' ranks them by our sales; a possessive without its apostrophe still names the rep")
    func biggestAndPossessive() {
        #expect(T.ask("who are my biggest customers?").interpretation.customerList == .top(.sales))
        #expect(T.ask("一番大きい客はどこ？").interpretation.customerList == .top(.sales))
        #expect(T.ask("what's the top priority this week?").interpretation.customerList != .top(.sales))
        let reps = ["Darcel Schlecht", "Emily Carter"]
        #expect(RepName.named(in: "who in darcels book is borderline", reps: reps, customerNames: ["Acme"]) == "Darcel Schlecht")
    }

    @Test("a rep with a kanji name is found when the question types it in romaji, never when a customer's name holds it")
    func repInRomaji() {
        let reps = ["佐々木 健", "岡田 美咲"]
        #expect(RepName.named(in: "how many customers does sasaki have in B", reps: reps, customerNames: ["Acme"]) == "佐々木 健")
        #expect(RepName.named(in: "show me okada's customers", reps: reps, customerNames: ["Acme"]) == "岡田 美咲")
        #expect(RepName.named(in: "why is sasaki in C?", reps: reps, customerNames: ["佐々木工業"]) == nil)
    }

    @Test(
        "a visit told in words keeps what was said after it as the visit's note",
        arguments: [
            ("just saw Acme Industrial today, they said renewal is likely", "they said renewal is likely"),
            ("昨日、関西建設に行ってきた。来期の設備投資の話が出た", "来期の設備投資の話が出た"),
            ("先週金曜に北陸製薬行った。担当者が変わってた", "担当者が変わってた"),
            ("I visited Helios Energy yesterday", nil),
        ])
    func visitNote(line: String, note: String?) throws {
        let statement = try #require(VisitStatement.read(line, matcher: T.data.interpreter.matcher, today: T.today))
        guard case .log(_, _, let found) = statement else {
            Issue.record("not logged: \(statement)")
            return
        }
        #expect(found == note)
    }
}

extension CustomerListAnswerTests {
    @Test("'is X worth a visit this week?' answers yes or no first, from X's segment and the cadence the plan keeps for it")
    func visitWorth() throws {
        // Kimura Print Works is C and was seen 2026-11-17: within C's 6 weeks.
        let kimura = T.ask("kimura print - is it worth a visit this week")
        #expect(kimura.interpretation.asksVisitWorth)
        #expect(kimura.lines.first?.hasPrefix("No: Kimura Print Works is C") == true, "\(kimura.lines)")
        // Acme Industrial is A, last seen 2026-08-04: past its follow-up.
        let acme = T.ask("should I visit acme this week?")
        #expect(acme.lines.first?.hasPrefix("Yes: Acme Industrial is a key account (A) and is due") == true, "\(acme.lines)")
        // Asked the other way round ("too many?"), a C seen within its cadence is a yes.
        let tanaka = T.ask("田中商事って月2回行ってるけど多すぎ？")
        #expect(tanaka.lines.first?.hasPrefix("はい、行きすぎの可能性があります：田中商事はC") == true, "\(tanaka.lines)")
        #expect(tanaka.citations.contains("visit-cadence"))
    }
}

extension CustomerListAnswerTests {
    @Test("'who has the most B customers?' ranks the reps by that segment's count, in the question's language",
          arguments: ["who has the most B customers?", "誰がいちばんBを多く持ってる？"])
    func repsBySegment(question: String) throws {
        let answer = T.ask(question)
        #expect(answer.interpretation.customerList == .repsBySegment, "\(answer.lines)")
        let b = Self.classifications.filter { $0.segment == .b }.map(\.customer)
        let counts = RepName.reps(of: DemoBook.customers).map { ($0, RepName.customers(of: $0, in: b).count) }
        let top = try #require(counts.max { $0.1 < $1.1 })
        #expect(answer.lines.dropFirst().first?.contains(top.0) == true, "\(answer.lines)")
        #expect(answer.lines.dropFirst().first?.contains("\(top.1)") == true, "\(answer.lines)")
        #expect(T.ask("who has the most sales?").interpretation.customerList == .top(.sales))
    }
}

extension CustomerListAnswerTests {
    @Test("'which B customers are closest to becoming A?' lists the B customers with the highest record first, in the question's language",
          arguments: [
            "which B customers are closest to becoming A?", "who is closest to A?", "any A candidates?",
            "Bの中でAに一番近いのは？", "Aになりそうな顧客は？",
          ])
    func nearA(question: String) throws {
        let answer = T.ask(question)
        #expect(answer.interpretation.customerList == .nearA, "\(question): \(answer.lines)")
        let expected = Self.classifications.filter { $0.segment == .b }
            .sorted { ($0.record?.value ?? 0, $1.name) > ($1.record?.value ?? 0, $0.name) }.prefix(5).map(\.name)
        let listed = answer.lines.dropFirst().prefix(5).compactMap { line in expected.first { line.hasPrefix("  \($0) — ") } }
        #expect(listed == Array(expected), "\(question): \(answer.lines)")
        #expect(answer.language == (question.unicodeScalars.allSatisfy(\.isASCII) ? .en : .ja))
        #expect(answer.citations.contains("why-focus-b"))
        // Asked after another list, it is still its own question.
        let after = try #require(T.ask(["which customers are borderline?", question]))
        #expect(after.interpretation.customerList == .nearA, "\(question) after a list: \(after.lines)")
    }
}

extension CustomerListAnswerTests {
    @Test("'which customers have never been visited?' names only the customers with no visit on record",
          arguments: ["which customers have never been visited?", "一度も訪問していない顧客はどこですか"])
    func neverVisited(question: String) {
        let answer = T.ask(question)
        #expect(answer.interpretation.customerList == .neverVisited, "\(answer.lines)")
        let history = VisitHistory(customers: DemoBook.customers, visitLog: [], today: T.today)
        let expected = Set(Self.classifications.filter { history.lastVisit($0.name) == nil }.map(\.name))
        #expect(!expected.isEmpty)
        let listed = Set(answer.lines.dropFirst().compactMap { line in expected.first { line.hasPrefix("  \($0) — ") } })
        #expect(listed == expected, "\(answer.lines)")
        #expect(answer.lines.dropFirst().filter { $0.hasPrefix("  ") && $0.contains(" — ") }.count == expected.count)
    }

    @Test("wordings from a held-out batch: neglected A customers, almost an A, the rep with most B, a priority request, my customers")
    func heldOutWordings() {
        #expect(T.ask("any A customers I'm neglecting?").lines.first?.hasPrefix("A customers past their") == true)
        #expect(T.ask("of my B accounts, who's almost an A?").interpretation.customerList == .nearA)
        #expect(T.ask("Bが一番多い担当者は誰？").interpretation.customerList == .repsBySegment)
        #expect(T.ask("優先すべきお客さんを教えて").interpretation.customerList == .focus)
        // "my customers" without a segment lists the book segment by segment, whatever its size.
        let small = AssistantData(classifications: Classifier().classify(Array(DemoBook.customers.prefix(12))), today: T.today)
        let all = T.ask("list my customers please", data: small)
        #expect(Segment.allCases.filter { small.memberCount(of: $0) > 0 }.allSatisfy { s in all.lines.contains { $0.hasPrefix("\(s.rawValue) customers (") } })
        // A larger book: each segment led by its first few, with a pointer to the rest.
        let whole = T.ask("list my customers please", data: T.doubled)
        #expect(Segment.allCases.allSatisfy { s in whole.lines.contains { $0.hasPrefix("\(s.rawValue) customers (") } })
        #expect(whole.lines.contains { $0.contains("`list B` shows them all") })
        let unknown = T.ask("should I visit Contoso Ltd this week?")
        #expect(unknown.lines.first?.contains("Contoso Ltd") == true && unknown.lines.first?.contains("customer list") == true)
        #expect(T.ask("小林包装はどうすればAになれますか").interpretation.intent == .whatWouldItTake(target: .a))
    }
}
