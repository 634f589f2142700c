import Testing

@testable import SalesCoachCore

/// Questions that state more than one thing at once (a rep and a list, a
/// list and a gap since the last visit), that ask about the list just shown,
/// or that reps put in passing: each answer applies everything the question says.
@Suite struct CombinedQuestionTests {
    typealias T = AssistantAnswerTests
    static let classifications = DemoBook.classifications
    static let data = AssistantData(classifications: classifications, guidance: StubGuidance(), today: T.today)

    /// The book as a session scoped to `rep` holds it: that rep's customers,
    /// ranked as their own book, with the rep named.
    static func scoped(_ rep: String, renamedTo name: String? = nil) -> AssistantData {
        let customers = RepName.customers(of: rep, in: DemoBook.customers).map { customer in
            var copy = customer
            if let name { copy.rep = name }
            return copy
        }
        var data = AssistantData(classifications: Classifier().classify(customers), guidance: StubGuidance(), today: T.today)
        data.namedRep = name ?? rep
        return data
    }

    /// The customer names an answer lists on indented lines.
    static func listed(_ answer: Answer, in data: AssistantData) -> [String] {
        answer.lines.compactMap { line in
            data.classifications.map(\.name).filter { line.hasPrefix("  ") && line.contains($0) }.max { $0.count < $1.count }
        }
    }

    @Test(
        "a rep's overdue customers are the overdue list on that rep's book, not the book by segment",
        arguments: [
            ("Emily Carter", nil, "Emily's overdue customers"), ("Emily Carter", nil, "which of Emily's accounts are overdue?"),
            ("佐々木 健", nil, "佐々木さんの訪問が遅れている顧客は？"), ("佐々木 健", "村上健", "村上さんの訪問が遅れている顧客は？"),
        ] as [(String, String?, String)])
    func repAndOverdue(rep: String, renamed: String?, question: String) {
        let data = Self.scoped(rep, renamedTo: renamed)
        let answer = T.ask(question, data: data)
        let english = question.unicodeScalars.first!.isASCII
        #expect(answer.lines.first?.hasPrefix(english ? "Overdue by each segment's cadence" : "領域ごとの訪問間隔を過ぎた顧客") == true, "\(answer.lines)")
        #expect(!answer.lines.contains { $0.hasPrefix(english ? "A customers (" : "Aの顧客（") }, "\(answer.lines)")
        let names = Self.listed(answer, in: data)
        #expect(!names.isEmpty)
        let mine = Set(data.classifications.map(\.name))
        #expect(names.allSatisfy(mine.contains))
    }

    @Test(
        "a rep's borderline customers, asked tersely, are the borderline list on that rep's book",
        arguments: [("Emily Carter", "Emily's borderline customers", "Borderline customers"), ("岡田 美咲", "岡田さんのボーダーラインの顧客", "境界線上の顧客")])
    func repAndBorderline(rep: String, question: String, heading: String) {
        let data = Self.scoped(rep)
        let answer = T.ask(question, data: data)
        #expect(answer.lines.first?.hasPrefix(heading) == true, "\(answer.lines)")
        let mine = Set(data.classifications.map(\.name))
        #expect(Self.listed(answer, in: data).allSatisfy(mine.contains))
    }

    @Test(
        "a gap since the last visit lists exactly the customers not seen for that long",
        arguments: [
            ("customers whose last visit was more than 2 months ago", 60), ("最後の訪問から3か月以上経っている顧客", 90),
            ("accounts last visited over 6 weeks ago", 42), ("前回の訪問から2ヶ月以上たっている客は？", 60),
            // Last seen in August or before: the gap runs from September 1st.
            ("customers not seen since August", 91),
        ])
    func gapSinceLastVisit(question: String, days: Int) {
        let answer = T.ask(question, data: Self.data)
        // Unclassified customers too: the question is about visits, and they have them.
        let expected = Self.classifications.filter { c in
            c.customer.lastVisit.map { $0.days(until: T.today) >= days } ?? true
        }
        #expect(expected.count >= 3 && expected.count < Self.classifications.count)
        let english = question.unicodeScalars.first!.isASCII
        let heading = english
            ? "Customers not visited for \(days) days or more (or never): \(expected.count),"
            : "\(days)日以上訪問していない顧客（記録なしを含む）：\(expected.count)社"
        #expect(answer.lines.first?.hasPrefix(heading) == true, "\(question): \(answer.lines)")
        let names = Set(expected.map(\.name))
        #expect(Self.listed(answer, in: Self.data).allSatisfy(names.contains))
    }

    @Test(
        "a question about the list just shown ranks those customers, top or bottom",
        arguments: [
            ("who are my B customers?", "which of those has the most sales?", Metric.sales, false),
            ("Bの顧客は？", "その中で一番大きい会社は？", .companyRevenue, false),
            ("show me my C accounts", "among them, who has the fewest orders?", .orders, true),
            ("show me the B customers", "which one has the highest profit?", .profit, false),
            ("Cの顧客一覧", "この中で粗利が一番少ないのは？", .profit, true),
        ])
    func rankingOfTheListShown(list: String, question: String, metric: Metric, lowest: Bool) throws {
        let answer = try #require(T.ask([list, question], data: Self.data))
        let segment: Segment = list.contains("B") ? .b : .c
        let members = Self.classifications.filter { $0.segment == segment && $0.customer[metric] != nil }
        let values = members.map { $0.customer[metric]! }
        let best = members.first { $0.customer[metric] == (lowest ? values.min() : values.max()) }!
        let names = Self.listed(answer, in: Self.data)
        #expect(names.first == best.name, "\(question): \(answer.lines)")
        #expect(names.count == min(members.count, Answerer.listShown))
        #expect(names.allSatisfy { name in members.contains { $0.name == name } })
        #expect(answer.language == (question.unicodeScalars.first!.isASCII ? .en : .ja))
    }

    @Test("'and the smallest?' after a ranking of the list shown ranks the same customers from the bottom")
    func andTheSmallest() throws {
        let answer = try #require(T.ask(["who are my B customers?", "which of those is the biggest company?", "and the smallest?"], data: Self.data))
        let members = Self.classifications.filter { $0.segment == .b && $0.customer[.companyRevenue] != nil }
        let smallest = members.min { $0.customer[.companyRevenue]! < $1.customer[.companyRevenue]! }!
        #expect(Self.listed(answer, in: Self.data).first == smallest.name, "\(answer.lines)")
    }

    @Test(
        "a visit told in passing, with more after it, is logged today with the rest as its note",
        arguments: [
            ("also saw %@ today, they want a proposal in January", 0, "they want a proposal in January"),
            ("we also met %@ yesterday, budget is approved", -1, "budget is approved"),
        ])
    func visitInPassing(form: String, offset: Int, note: String) {
        let name = Self.classifications[3].name
        let statement = VisitStatement.read(
            form.replacingOccurrences(of: "%@", with: name), matcher: Self.data.interpreter.matcher, today: T.today)
        #expect(statement == .log(customer: name, date: T.today.adding(days: offset), note: note))
    }

    @Test(
        "how the time should split between the segments is the policy's share for each",
        arguments: ["how much of my time should go to each segment?", "各セグメントにどれくらい時間を割くべき？", "how should I split my visits across the segments?"])
    func timeShares(question: String) {
        let answer = T.ask(question, data: Self.data)
        let policy = Self.data.config.plan
        for segment in Segment.allCases {
            let share = "\(segment.rawValue) \(Config.format(policy.share(of: segment)))% — "
            #expect(answer.lines.contains { $0.hasPrefix("  " + share) }, "\(question): \(answer.lines)")
        }
        #expect(answer.citations.contains("why-focus-b"))
    }

    @Test(
        "whether the method works is answered with why B gets the time",
        arguments: ["does this method actually work?", "この方法を使うと売上が本当に上がるの？", "will focusing like this really increase my sales?", "このやり方って本当に効果あるの？"])
    func methodWorks(question: String) {
        let answer = T.ask(question, data: Self.data)
        #expect(answer.citations.contains("why-focus-b"), "\(question): \(answer.lines)")
    }

    @Test(
        "a request for a lesson gets the overview and how to start one",
        arguments: ["give me a quick lesson", "teach me the basics", "手法の基本を教えて"])
    func lesson(question: String) {
        let answer = T.ask(question, data: Self.data)
        #expect(answer.citations == ["method-overview"], "\(question): \(answer.lines)")
        #expect(answer.lines.contains { $0.contains("`learn`") })
    }

    @Test("a lesson on one segment is that segment's article, not its customers")
    func lessonOnASegment() {
        let answer = T.ask("give me a lesson on segment C", data: Self.data)
        #expect(answer.citations == ["segment-c"], "\(answer.lines)")
        #expect(answer.lines.contains { $0.contains("`learn`") })
    }

    @Test(
        "customers with no transaction data are named, with what to fill in",
        arguments: [
            "what should I do with customers that have no transaction data?", "取引データがない顧客はどうすればいい？",
            "what about customers missing sales data?", "取り引き実績がない顧客はどう扱う？",
        ])
    func noTransactionData(question: String) {
        let answer = T.ask(question, data: Self.data)
        let none = Self.classifications.filter { $0.segment == nil }
        #expect(!none.isEmpty)
        for c in none { #expect(answer.lines.contains { $0.hasPrefix("  \(c.name)") }, "\(question): \(c.name)") }
        #expect(answer.lines.contains { $0.contains("`set ") })
    }

    @Test(
        "the difference between the two axes sets both side by side",
        arguments: [
            "what's the difference between objective evaluation and transaction record?", "客観的評価と取引実績の違いは？",
            "how does the transaction record differ from the objective evaluation?",
        ])
    func axesContrast(question: String) {
        let answer = T.ask(question, data: Self.data)
        #expect(answer.citations == ["axis-objective", "axis-record"], "\(question): \(answer.lines)")
        #expect(answer.lines.contains { $0.contains("company_revenue") || $0.contains("売上高") })
        #expect(answer.lines.contains { $0.contains("orders") || $0.contains("受注件数") })
    }

    /// A rep's visits in the comfort window from the list's last_visit dates
    /// (nothing logged): how many, and how many to C.
    static func visitsFromList(_ data: AssistantData) -> (all: Int, c: Int) {
        let since = T.today.adding(days: 1 - 7 * data.config.plan.comfortWindowWeeks)
        let seen = data.classifications.filter { c in c.customer.lastVisit.map { $0 >= since && $0 <= T.today } ?? false }
        return (seen.count, seen.filter { $0.segment == .c }.count)
    }

    @Test(
        "with nothing planned, drifting to C is judged from the visits made, per rep, and the answer says so",
        arguments: [("Emily Carter", "is she spending too much time on C accounts?"), ("佐々木 健", "佐々木さんはCに偏ってない？")])
    func comfortOfOneRep(rep: String, question: String) {
        let data = Self.scoped(rep)
        let answer = T.ask(question, data: data)
        let made = Self.visitsFromList(data)
        #expect(made.all > 0)
        let english = question.unicodeScalars.first!.isASCII
        // A yes-or-no question: the verdict first, then where the visits come from.
        #expect(answer.lines.first.map { $0.hasPrefix(english ? "Yes" : "はい") || $0.hasPrefix(english ? "No" : "いいえ") || $0.hasPrefix(english ? "Too early" : "まだ判断") } == true, "\(answer.lines)")
        #expect(answer.lines.dropFirst().first?.contains(english ? "\(made.all) from the list's last_visit dates" : "last_visit から\(made.all)件") == true, "\(answer.lines)")
        let line = english ? "  \(rep) — \(made.all) visit" : "  \(rep)さん — 訪問\(made.all)件、うちC \(made.c)件"
        #expect(answer.lines.contains { $0.hasPrefix(line) }, "\(answer.lines)")
        #expect(answer.citations.contains("c-trap"))
    }

    @Test("which reps lean on C is answered per rep from the visits made", arguments: ["which reps are C-heavy?", "which reps have C overweight?", "C に偏っている担当者は？", "are my reps spending too long on C customers?"])
    func comfortPerRep(question: String) {
        let answer = T.ask(question, data: Self.data)
        for rep in RepName.reps(of: Self.classifications.map(\.customer)) {
            let made = Self.visitsFromList(AssistantData(
                classifications: Self.classifications.filter { $0.customer.rep == rep }, today: T.today))
            #expect(answer.lines.contains { $0.contains(rep) && $0.contains("\(made.all)") }, "\(question): \(rep) \(answer.lines)")
        }
    }

    @Test(
        "'am I visiting X too often?' is answered the way it is asked: yes for a C seen within its cadence, no for B",
        arguments: ["am I visiting %@ too often?", "%@に行きすぎてない？"])
    func tooOften(form: String) throws {
        let policy = Self.data.config.plan
        let recentC = try #require(Self.classifications.first { c in
            c.segment == .c && c.customer.lastVisit.map { $0.days(until: T.today) < 7 * policy.overdueWeeksC } == true
        })
        let english = form.allSatisfy(\.isASCII)
        let c = T.ask(form.replacingOccurrences(of: "%@", with: recentC.name), data: Self.data)
        #expect(c.lines.first?.hasPrefix(english ? "Yes, probably: \(recentC.name) is C" : "はい、行きすぎの可能性があります：\(recentC.name)はC") == true, "\(c.lines)")
        if let note = recentC.customer.notes { #expect(c.lines.first?.contains(note) == true) }
        let b = try #require(Self.classifications.first { $0.segment == .b })
        let answer = T.ask(form.replacingOccurrences(of: "%@", with: b.name), data: Self.data)
        #expect(answer.lines.first?.hasPrefix(english ? "No: \(b.name) is B" : "いいえ：\(b.name)はB") == true, "\(answer.lines)")
    }

    @Test(
        "'why is X on it?' after a plan says whether X is in that plan before why",
        arguments: [("who should I visit this week?", "why is %@ on it?"), ("今週はどこを訪問すべき？", "%@はなぜ入ってるの？")])
    func whyOnIt(plan: String, form: String) throws {
        let picks = Set(Answerer.plan(Interpretation(intent: .weeklyPlan, language: .en), data: Self.data).picks.map(\.customer))
        let outside = try #require(Self.classifications.first { $0.segment == .c && !picks.contains($0.name) })
        let inside = try #require(Self.classifications.first { picks.contains($0.name) })
        let english = form.allSatisfy(\.isASCII)
        let no = try #require(T.ask([plan, form.replacingOccurrences(of: "%@", with: outside.name)], data: Self.data))
        #expect(no.lines.first?.hasPrefix(english ? "\(outside.name) is not in the plan just shown:" : "\(outside.name)は先ほどの計画に入っていません：") == true, "\(no.lines)")
        let yes = try #require(T.ask([plan, form.replacingOccurrences(of: "%@", with: inside.name)], data: Self.data))
        #expect(yes.lines.first?.hasPrefix(english ? "\(inside.name) is in the plan" : "\(inside.name)は計画に入っています") == true, "\(yes.lines)")
    }

    @Test(
        "a swap whose new customer is already in the plan just shown says so instead of comparing the two",
        arguments: [("who should I visit this week?", "swap %1 for %2"), ("今週はどこを訪問すべき？", "%1を%2に入れ替えて")])
    func swapIntoThePlan(plan: String, form: String) throws {
        let picks = Set(Answerer.plan(Interpretation(intent: .weeklyPlan, language: .en), data: Self.data).picks.map(\.customer))
        let outside = try #require(Self.classifications.first { $0.segment == .c && !picks.contains($0.name) })
        let inside = try #require(Self.classifications.first { $0.segment == .b && picks.contains($0.name) })
        let question = form.replacingOccurrences(of: "%1", with: outside.name).replacingOccurrences(of: "%2", with: inside.name)
        let answer = try #require(T.ask([plan, question], data: Self.data))
        let english = form.allSatisfy(\.isASCII)
        #expect(answer.lines.first?.hasPrefix(english ? "\(inside.name) is already in the plan just shown" : "\(inside.name)はすでに先ほどの計画に入っています") == true, "\(answer.lines)")
        // And a swap the plan allows names the commands that make it.
        let other = try #require(Self.classifications.first { $0.segment == .c && !picks.contains($0.name) && $0.name != outside.name })
        let made = try #require(T.ask([plan, form.replacingOccurrences(of: "%1", with: inside.name).replacingOccurrences(of: "%2", with: other.name)], data: Self.data))
        #expect(made.lines.first?.contains("`planned remove \(inside.name)`") == true, "\(made.lines)")
    }
}
