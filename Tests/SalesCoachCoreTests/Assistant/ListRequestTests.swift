import Testing

@testable import SalesCoachCore

/// Lists asked in the words reps use: customers with no business yet, a
/// ranking by one axis score with the number asked for, "show all" after a
/// list cut to its first few, the A customers at risk, the visits just
/// logged, and a greeting on its own.
@Suite struct ListRequestTests {
    typealias T = AssistantAnswerTests

    /// A small book where three customers buy nothing from us, one has no
    /// transaction figures at all, and the rest do business of some size.
    static let book: [Customer] = {
        func customer(_ name: String, revenue: Double, employees: Double, orders: Double?, sales: Double?, profit: Double?) -> Customer {
            var c = Customer(name: name)
            c[.companyRevenue] = revenue
            c[.employees] = employees
            c[.orders] = orders
            c[.sales] = sales
            c[.profit] = profit
            return c
        }
        return [
            customer("Big Idle Corp", revenue: 9000, employees: 20000, orders: 0, sales: 0, profit: 0),
            customer("Small Idle Ltd", revenue: 40, employees: 60, orders: 0, sales: 0, profit: nil),
            customer("Mid Idle KK", revenue: 900, employees: 1500, orders: 0, sales: 0, profit: 0),
            customer("No Figures Inc", revenue: 500, employees: 700, orders: nil, sales: nil, profit: nil),
            customer("Steady Buyer", revenue: 300, employees: 400, orders: 12, sales: 40000, profit: 9000),
            customer("Key Account", revenue: 8000, employees: 15000, orders: 30, sales: 120000, profit: 30000),
            customer("Tiny Buyer", revenue: 20, employees: 30, orders: 1, sales: 500, profit: 50),
        ]
    }()

    static let data = AssistantData(classifications: Classifier().classify(book), guidance: StubGuidance(), today: T.today)

    /// The customer names an answer lists on indented lines, in order.
    static func listed(_ answer: Answer, names: [String]) -> [String] {
        answer.lines.compactMap { line in names.filter { line.hasPrefix("  ") && line.contains($0) }.max { $0.count < $1.count } }
    }

    @Test(
        "customers with no orders at all are those whose transaction figures are all zero, largest first",
        arguments: [
            "which customers have no orders at all?", "customers with no transactions at all?", "who hasn't bought anything from us?",
            "how many customers have no orders?", "取引ゼロの顧客は？", "一度も買ってくれていない顧客は？",
        ])
    func noBusiness(question: String) {
        let answer = T.ask(question, data: Self.data)
        #expect(Self.listed(answer, names: Self.book.map(\.name)) == ["Big Idle Corp", "Mid Idle KK", "Small Idle Ltd"], "\(answer.lines)")
        let english = question.unicodeScalars.first!.isASCII
        #expect(answer.lines.first?.contains(english ? "3 customers" : "3社") == true, "\(answer.lines)")
        // The customer with no figures is a gap in the data, said apart.
        #expect(answer.lines.contains { $0.contains(english ? "1 customer has no transaction figures" : "数値がまったくない顧客が1社") }, "\(answer.lines)")
    }

    @Test("a ranking by an axis score sorts by that score and prints as many as asked for")
    func rankingByAxisScore() {
        let data = T.data
        let answer = T.ask("top 3 B customers by objective score", data: data)
        let b = data.classifications.filter { $0.segment == .b }.sorted { $0.objective!.score > $1.objective!.score }
        #expect(Self.listed(answer, names: data.classifications.map(\.name)) == b.prefix(3).map(\.name), "\(answer.lines)")
        #expect(!answer.lines.contains { $0.contains("more") }, "\(answer.lines)")

        let japanese = T.ask("取り引き実績の高い順に顧客を並べて", data: data)
        let byRecord = data.classifications.filter { $0.record != nil }.sorted { $0.record!.score > $1.record!.score }
        let names = Self.listed(japanese, names: data.classifications.map(\.name))
        #expect(names == byRecord.prefix(names.count).map(\.name) && names.count == Answerer.listShown, "\(japanese.lines)")
        #expect(japanese.lines.first?.contains("取り引き実績") == true)
    }

    @Test(
        "'show all' right after a cut list prints that same list whole",
        arguments: ["show all", "the rest?", "全部見せて", "残りは？"])
    func showAllAfterCutList(followUp: String) {
        let data = T.doubled
        var context = ConversationContext()
        let first = Assistant.answer("who are my B customers?", context: &context, data: data)
        let b = data.classifications.filter { $0.segment == .b }
        #expect(b.count > Answerer.membersShown && first.lines.contains { $0.contains("more") })
        let whole = Assistant.answer(followUp, context: &context, data: data)
        #expect(Set(Self.listed(whole, names: data.classifications.map(\.name))) == Set(b.map(\.name)), "\(whole.lines)")
        #expect(!whole.lines.contains { $0.trimmingPrefix(" ").hasPrefix("…") }, "\(whole.lines)")
    }

    @Test("'show all' after the whole book by segment prints every customer of it")
    func showAllAfterWholeBook() {
        let data = T.doubled
        var context = ConversationContext()
        let first = Assistant.answer("who are my customers?", context: &context, data: data)
        #expect(first.lines.contains { $0.contains("more") }, "\(first.lines)")
        let whole = Assistant.answer("show all", context: &context, data: data)
        let classified = data.classifications.filter { $0.segment != nil }.map(\.name)
        #expect(Set(Self.listed(whole, names: data.classifications.map(\.name))) == Set(classified), "\(whole.lines)")
    }

    @Test("'show me everything' with no list before it lists every customer of the book", arguments: ["show me everything", "全部見せて"])
    func showEverything(question: String) {
        let data = T.data
        let answer = T.ask(question, data: data)
        let classified = data.classifications.filter { $0.segment != nil }.map(\.name)
        #expect(Set(Self.listed(answer, names: data.classifications.map(\.name))) == Set(classified), "\(answer.lines)")
    }

    @Test("A customers 'at risk' are the ones just above the cut, with the A follow-ups that are lapsing", arguments: ["リスクのあるA顧客は？", "which A customers are at risk?"])
    func atRiskA(question: String) {
        let answer = T.ask(question, data: T.data)
        let english = question.unicodeScalars.first!.isASCII
        #expect(answer.lines.first?.hasPrefix(english ? "At risk of dropping (A)" : "落ちる恐れのある顧客（A）") == true, "\(answer.lines)")
        #expect(answer.lines.contains { $0.hasPrefix(english ? "Follow-up lapsing" : "フォローの空白") }, "\(answer.lines)")
    }

    @Test("'did you log those?' after two reports confirms both visits")
    func loggedThose() {
        var data = T.data
        let (first, second) = (data.classifications[0].name, data.classifications[1].name)
        data.visitLog = [VisitRecord(customerName: first, date: T.today, note: nil), VisitRecord(customerName: second, date: T.today, note: "demo")]
        var context = ConversationContext()
        context.loggedVisit(to: first, language: .en)
        context.loggedVisit(to: second, language: .en)
        let answer = Assistant.answer("did you log those?", context: &context, data: data)
        #expect(answer.lines.filter { $0.hasPrefix("Yes:") }.count == 2, "\(answer.lines)")
        #expect(answer.lines.contains { $0.contains(first) } && answer.lines.contains { $0.contains(second) })
        // Anything asked in between ends the run of reports.
        var later = ConversationContext()
        later.loggedVisit(to: first, language: .en)
        _ = Assistant.answer("how many A customers do I have?", context: &later, data: data)
        #expect(later.logged.isEmpty)
    }

    @Test(
        "a greeting or thanks alone gets a reply in kind, never a refusal",
        arguments: [("hello", "Hello!"), ("Hi there!", "Hello!"), ("お疲れ様です", "こんにちは！"), ("thanks a lot!", "Glad to help."), ("ありがとうございます", "どういたしまして。")])
    func smallTalk(line: String, reply: String) {
        let answer = T.ask(line)
        #expect(answer.lines.first?.hasPrefix(reply) == true, "\(answer.lines)")
        #expect(!answer.lines.contains { $0.contains("can't answer") || $0.contains("お答えできません") })
    }

    @Test("a greeting in front of a question is not small talk: the question is answered")
    func greetingBeforeQuestion() {
        let answer = T.ask("hi, how many A customers do I have?")
        #expect(answer.interpretation.intent == .countAndShare, "\(answer.lines)")
    }
}

/// Customers picked by what one figure says: shrinking companies, the fastest growing.
@Suite struct FigureListTests {
    typealias T = AssistantAnswerTests

    @Test(
        "customers with negative growth are exactly those below 0, steepest first",
        arguments: ["list my customers with negative growth", "which customers are shrinking?", "成長率がマイナスの顧客は？"])
    func declining(question: String) {
        let data = T.data
        let answer = T.ask(question, data: data)
        let expected = data.classifications.filter { ($0.customer[.growth] ?? 0) < 0 }
            .sorted { $0.customer[.growth]! < $1.customer[.growth]! }.prefix(Answerer.listShown).map(\.name)
        #expect(!expected.isEmpty)
        #expect(ListRequestTests.listed(answer, names: data.classifications.map(\.name)) == expected, "\(answer.lines)")
    }

    @Test("'which customers grew the most?' ranks by growth", arguments: ["which customers grew the most?", "fastest growing customers?"])
    func grewTheMost(question: String) {
        #expect(T.ask(question).interpretation.customerList == .top(.growth))
    }

    @Test("'where am I wasting time?' is the check against the C trap", arguments: ["where am I wasting time?", "時間を無駄にしている先は？"])
    func wastingTime(question: String) {
        let answer = T.ask(question)
        #expect(answer.interpretation.intent == .planCheck || answer.interpretation.customerList == .comfort, "\(answer.lines)")
        #expect(answer.citations.contains("c-trap") || answer.citations.contains("plan-check"), "\(answer.lines)")
    }
}

/// Questions about the list just shown ("which of those are A?",
/// 「その中でAはどれ？」): answered among those customers only.
@Suite struct WithinListTests {
    typealias T = AssistantAnswerTests

    @Test("a segment asked of the list just shown keeps to those customers", arguments: ["その中でAはどれ？", "which of those are A?"])
    func segmentOfListed(question: String) {
        let data = CombinedQuestionTests.scoped("Emily Carter")
        var context = ConversationContext()
        _ = Assistant.answer("show me my customers", context: &context, data: data)
        let shown = Set(context.listed)
        #expect(shown.count >= 2)
        var whole = T.data
        whole.namedRep = nil
        let answer = Assistant.answer(question, context: &context, data: whole)
        let expected = whole.classifications.filter { shown.contains($0.name) && $0.segment == .a }.map(\.name)
        let listed = ListRequestTests.listed(answer, names: whole.classifications.map(\.name))
        #expect(Set(listed) == Set(expected), "\(answer.lines)")
    }

    @Test("borderline asked of the list just shown keeps to those customers")
    func borderlineOfListed() {
        var context = ConversationContext()
        _ = Assistant.answer("who are my B customers?", context: &context, data: T.data)
        let answer = Assistant.answer("which of them are borderline?", context: &context, data: T.data)
        let listed = ListRequestTests.listed(answer, names: T.data.classifications.map(\.name))
        let expected = T.data.classifications.filter { $0.segment == .b && $0.isBorderline }.map(\.name)
        #expect(!expected.isEmpty && Set(listed) == Set(expected), "\(answer.lines)")
    }

    @Test("a line that is only thanks and goodbye is small talk", arguments: ["ありがとう、またね", "thanks, bye!"])
    func thanksAndGoodbye(line: String) {
        #expect(T.ask(line).interpretation.smallTalk == .thanks)
    }

    @Test("an English word a letter away from a romaji reading names no customer ('cutoff' is not 加藤)")
    func englishWordIsNoName() {
        let matcher = CustomerMatcher(names: ["加藤ネジ", "小林包装"])
        #expect(matcher.match(in: "how is 'high' decided? what's the cutoff").names.isEmpty)
        #expect(matcher.match(in: "how is 'high' decided? what's the cutoff").likely.isEmpty)
        // A mistyped family name that still starts as the name does is still found.
        #expect(matcher.match(in: "why is Kobayahsi in C?").likely == ["小林包装"])
    }

    @Test("the week's visits asked as 'what did I log' and the last visit asked in Japanese", arguments: [
        ("what did I log this week?", CustomerListQuestion.visitLog), ("訪問が滞っている顧客は？", .overdue),
    ])
    func visitWording(question: String, list: CustomerListQuestion) {
        #expect(T.ask(question).interpretation.customerList == list)
    }
}

@Suite struct UndoStatementTests {
    @Test("words after undo that only say what is undone are plain undo; anything else is not", arguments: [
        (["that", "last", "visit"], true), (["it"], true), (["さっきの", "訪問"], true), (["3"], false), (["Acme"], false), ([], false),
    ] as [([String], Bool)])
    func filler(words: [String], plain: Bool) {
        #expect(UndoStatement.onlyDescribesLastChange(words) == plain)
    }
}

@Suite struct VisitWeekWithoutDayTests {
    @Test("a visit told with a week but no day is not logged on today", arguments: ["山田工業に先週行った", "I saw Yamada Kogyo last week"])
    func weekWithoutDay(line: String) {
        let matcher = CustomerMatcher(names: ["山田工業", "Konex"])
        let today = LocalDate(year: 2026, month: 12, day: 3)!
        #expect(VisitStatement.read(line, matcher: matcher, today: today) == .unsure(customers: ["山田工業"], day: nil, reason: .weekWithoutDay))
        // With the day, it is logged on that day.
        #expect(VisitStatement.read("山田工業に先週金曜行った", matcher: matcher, today: today) == .log(customer: "山田工業", date: LocalDate(year: 2026, month: 11, day: 27)!, note: nil))
    }
}

@Suite struct SegmentTimeAndTeamTests {
    typealias T = AssistantAnswerTests

    @Test("asking whether a segment deserves more time is the advice on it, not its members", arguments: [
        "Bの顧客にもっと時間を使うべき？", "should I spend more time on B customers?",
    ])
    func moreTimeOnB(question: String) {
        let answer = T.ask(question)
        #expect(answer.interpretation.intent == .segmentAdvice && answer.interpretation.segments == [.b], "\(answer.lines)")
    }

    @Test("the whole team's state is every rep's counts by segment", arguments: ["チーム全体の状況をまとめて", "give me a team overview"])
    func teamOverview(question: String) {
        #expect(T.ask(question).interpretation.customerList == .repBreakdown)
    }
}
