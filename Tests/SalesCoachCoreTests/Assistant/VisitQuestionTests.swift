import Testing

@testable import SalesCoachCore

/// Questions about visits are answered from the visit log and `last_visit`:
/// the visits of a week, who has not been seen for a given time, and reports
/// of a visit written the way reps write notes.
@Suite struct VisitQuestionTests {
    typealias T = AssistantAnswerTests
    static let classifications = DemoBook.classifications
    /// 2026-11-30 is a Monday: the demo data's "this week".
    static let logged = [
        VisitRecord(customerName: classifications[0].name, date: LocalDate(parsing: "2026-11-30")!, note: "renewal talk"),
        VisitRecord(customerName: classifications[1].name, date: LocalDate(parsing: "2026-11-24")!),
    ]
    static let data = AssistantData(classifications: classifications, guidance: StubGuidance(), visitLog: logged, today: T.today)
    static let history = VisitHistory(customers: classifications.map(\.customer), visitLog: logged, today: T.today)

    @Test(
        "the visits of a week are the logged ones and the last_visit dates in it, newest first",
        arguments: [
            ("what visits did I log this week", "2026-11-30", "2026-11-30"), ("今週訪問した客は？", "2026-11-30", "2026-11-30"),
            ("先週訪問した客は？", "2026-11-23", "2026-11-29"), ("who did I visit last week?", "2026-11-23", "2026-11-29"),
        ])
    func weekOfVisits(question: String, since: String, until: String) {
        let answer = T.ask(question, data: Self.data)
        #expect(answer.interpretation.customerList == .visitLog, "\(question)")
        let (start, end) = (LocalDate(parsing: since)!, LocalDate(parsing: until)!)
        var expected = Set(Self.logged.filter { $0.date >= start && $0.date <= end }.map(\.customerName))
        for c in Self.classifications { if let d = c.customer.lastVisit, d >= start, d <= end { expected.insert(c.name) } }
        let listed = Set(Self.classifications.map(\.name).filter { name in answer.lines.contains { $0.hasSuffix("  \(name)") || $0.contains("  \(name) ") || $0.contains("  \(name)（") } })
        #expect(listed == expected, "\(question): \(answer.lines)")
        #expect(answer.language == (question.unicodeScalars.first!.isASCII ? .en : .ja))
    }

    @Test("the whole visit log, asked for in Japanese, is every visit on record")
    func wholeLog() {
        let answer = T.ask("訪問記録見せて", data: Self.data)
        #expect(answer.interpretation.customerList == .visitLog)
        let onRecord = Set(Self.logged.map { "\($0.customerName)|\($0.date)" }
            + Self.classifications.compactMap { c in c.customer.lastVisit.map { "\(c.name)|\($0)" } })
        #expect(answer.lines.first?.contains("\(onRecord.count)件") == true, "\(answer.lines.first ?? "")")
    }

    @Test(
        "who has not been seen for a given time lists exactly those past it, and the never visited, in the segment asked",
        arguments: [
            ("who havent I visited in over 3 months", nil, 90), ("B accounts I haven't visited in 2 months", Segment.b, 60),
            ("2ヶ月以上訪問してないB顧客", .b, 60), ("6週間以上行ってないCの顧客は？", .c, 42),
        ])
    func gap(question: String, segment: Segment?, days: Int) {
        let answer = T.ask(question, data: Self.data)
        #expect(answer.interpretation.customerList == .notSeenLately, "\(question)")
        // With no segment asked, unclassified customers count too: they have visits like any other.
        let expected = Self.classifications.filter { c in
            guard segment == nil || c.segment == segment else { return false }
            return Self.history.lastVisit(c.name).map { $0.days(until: T.today) >= days } ?? true
        }
        #expect(answer.lines.first?.contains("\(expected.count)") == true, "\(question): \(answer.lines.first ?? "")")
        let names = Set(expected.map(\.name))
        let shown = answer.lines.dropFirst().filter { $0.hasPrefix("  ") && $0.contains(" — ") }
            .compactMap { $0.dropFirst(2).components(separatedBy: " — ").first }
        #expect(shown.count == min(expected.count, Answerer.listShown), "\(question): \(answer.lines)")
        for name in shown { #expect(names.contains(name), "\(question): \(name)") }
    }

    @Test(
        "a visit written in the clipped style of notes is logged, on the day named, with what follows as its note",
        arguments: [
            ("昨日、田中商事を訪問。来期の予算の話", "2026-11-29", "来期の予算の話"), ("先週金曜に田中商事訪問した", "2026-11-27", nil),
            ("田中商事訪問済み", "2026-11-30", nil), ("昨日田中商事を訪問。見積りを提出する", "2026-11-29", "見積りを提出する"),
            ("I visited 田中商事 today, they are not ready yet", "2026-11-30", "they are not ready yet"),
        ])
    func noteStyleReport(line: String, day: String, note: String?) throws {
        let statement = try #require(VisitStatement.read(line, matcher: T.data.interpreter.matcher, today: T.today))
        #expect(statement == .log(customer: "田中商事", date: LocalDate(parsing: day)!, note: note))
    }

    @Test("a wish or a plan to visit is not a visit", arguments: ["田中商事を訪問したい", "田中商事を来週訪問する", "田中商事を訪問しようかな"])
    func notAReport(line: String) {
        #expect(VisitStatement.read(line, matcher: T.data.interpreter.matcher, today: T.today) == nil)
    }

    @Test("the D customers closest to C are ranked by their transaction record, the axis that separates the two")
    func nearC() {
        let answer = T.ask("which D customers could become C soon?")
        #expect(answer.interpretation.customerList == .near(from: .d, to: .c))
        #expect(T.ask("who is closest to moving up to A").interpretation.customerList == .nearA)
        #expect(T.ask("which C customers are close to moving to A?").interpretation.customerList == .near(from: .c, to: .a))
        let ds = Self.classifications.filter { $0.segment == .d }.sorted { ($0.record?.value ?? 0) > ($1.record?.value ?? 0) }
        #expect(answer.lines.dropFirst().first?.hasPrefix("  \(ds[0].name) — ") == true, "\(answer.lines)")
    }

    @Test("every rep's book by segment, asked in Japanese, counts each rep's customers in each segment")
    func repBreakdown() {
        let answer = T.ask("担当者別のセグメント数")
        #expect(answer.interpretation.customerList == .repBreakdown)
        let customers = Self.classifications.map(\.customer)
        for rep in RepName.reps(of: customers) {
            let names = Set(RepName.customers(of: rep, in: customers).map(\.name))
            let b = Self.classifications.filter { names.contains($0.name) && $0.segment == .b }.count
            #expect(answer.lines.contains { $0.contains(rep) && $0.contains("B \(b)") && $0.contains("計\(names.count)社") }, "\(rep)")
        }
    }

    @Test("a pronoun or a short why after a customer is about that customer, not the segment")
    func followUps() {
        let c = Self.classifications.first { $0.segment == .c && !$0.name.contains(" ") }!
        let why = T.ask(["\(c.name)はどのランク？", "それはなぜC？"])!
        #expect(why.interpretation.intent == .explainCustomer && why.interpretation.customers == [c.name])
        let withRep = Self.classifications.first { $0.customer.rep != nil && $0.segment == .a }!
        let rep = T.ask(["why is \(withRep.name) an A?", "and who's the rep?"])!
        #expect(rep.interpretation.asksRep && rep.interpretation.customers == [withRep.name])
        #expect(rep.lines.first?.contains(withRep.customer.rep!) == true, "\(rep.lines)")
    }

    @Test("'accept that plan' is a request only right after a plan, and never as a question")
    func acceptPlan() {
        let afterPlan = ConversationContext(lastIntent: .weeklyPlan)
        #expect(AcceptStatement.read("ok accept that plan", after: afterPlan))
        #expect(AcceptStatement.read("その計画で確定して", after: afterPlan))
        #expect(!AcceptStatement.read("should I accept that plan?", after: afterPlan))
        #expect(!AcceptStatement.read("ok accept that plan", after: ConversationContext(lastIntent: .explainCustomer)))
        #expect(!AcceptStatement.read("ok accept that plan", after: ConversationContext()))
    }

    @Test("'log a visit to X today - …' logs it, with what follows the dash as its note; since-month gaps run from the month's end")
    func imperativeLogAndSinceMonth() throws {
        let statement = try #require(VisitStatement.read(
            "log a visit to 田中商事 today - demo went well", matcher: T.data.interpreter.matcher, today: T.today))
        #expect(statement == .log(customer: "田中商事", date: T.today, note: "demo went well"))
        // Not seen since August, asked on 2026-11-30: last seen on 2026-08-31 (91 days ago) or before.
        #expect(VisitWindow.gapDays(in: "who haven't I visited since august", today: T.today) == 91)
        #expect(VisitWindow.gapDays(in: "8月から行ってない顧客", today: T.today) == 91)
    }

    @Test("'compare X and Y', 'which is bigger, X or Y?', 「XとYを比べて」 put the two side by side before the visit order")
    func compareSideBySide() {
        let (b1, b2) = (Self.classifications.filter { $0.segment == .b }[0].name, Self.classifications.filter { $0.segment == .b }[1].name)
        for question in ["compare \(b1) and \(b2)", "which is bigger, \(b1) or \(b2)?", "\(b1)と\(b2)を比べて"] {
            let answer = T.ask(question)
            #expect(answer.interpretation.intent == .compare && answer.interpretation.asksDifference, "\(question)")
        }
        #expect(!T.ask("\(b1) or \(b2), which first?").interpretation.asksDifference)
    }
}
