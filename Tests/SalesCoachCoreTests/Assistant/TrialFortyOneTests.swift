import TestSupport
import Testing

@testable import SalesCoachCore

/// A fresh trial on a Bōsō distributor of pumps, valves, piping and HVAC
/// parts: its trade words in romaji, a day off told as "tomorrow", a count
/// asked with whose customers they are, both axes asked at once, and an
/// errand that names a weekday without being about the plan.
@Suite struct TrialFortyOneTests {
    static let boso = AssistantData.trialBook(TrialBooks.bosoPumps, source: "boso.csv")
    static let today = LocalDate(year: 2026, month: 12, day: 9)!

    static func ask(_ lines: [String]) -> Answer { boso.answerToLast(of: lines) }

    static func plan(of answer: Answer) -> VisitPlan? {
        answer.data.compactMap { if case .plan(let plan) = $0 { plan } else { nil } }.first
    }

    @Test("Bōsō places and piping trades read in romaji", arguments: [
        ("keiyo kagaku", "京葉化学株式会社 市原工場"), ("toho reinetsu", "東邦冷熱株式会社 成田営業所"),
        ("chiba rinkai seitetsu", "千葉臨海製鉄㈱"), ("kashiwa kucho", "柏空調システム株式会社"),
        ("awa suido", "有限会社安房水道"), ("kujukuri shokuhin", "九十九里食品株式会社"), ("matsudo haikan", "松戸配管有限会社"),
    ])
    func bosoReadings(typed: String, customer: String) {
        let matches = Self.boso.interpreter.matcher.match(in: typed)
        #expect((matches.names + matches.likely).first == customer, "\(matches)")
    }

    @Test("'saw mobara denshi today and keiyo kagaku yesterday' logs both, each on its own day")
    func twoVisitsTodayAndYesterday() {
        let statement = VisitStatement.read(
            "saw mobara denshi today and keiyo kagaku yesterday", matcher: Self.boso.interpreter.matcher, today: Self.today)
        guard case .logDays(let visits, _) = statement else {
            Issue.record("\(String(describing: statement))")
            return
        }
        #expect(Dictionary(uniqueKeysWithValues: visits.map { ($0.customer, $0.date.day) })
            == ["茂原電子工業株式会社": 9, "京葉化学株式会社 市原工場": 8])
    }

    @Test("'how many in D and whose are they' counts D and splits it by rep, most first", arguments: [
        ("how many in D and whose are they", "  By rep: Kobayashi Mao 3 · 石井 大輔 2 · Dan Walsh 1"),
        ("Dは何社で、誰の担当？", "  担当者別：Kobayashi Maoさん 3社・石井 大輔さん 2社・Dan Walshさん 1社"),
    ])
    func countWithWhose(question: String, line: String) {
        let answer = Self.ask([question])
        #expect(answer.text.contains(line), "\(answer.text)")
        #expect(!Self.ask(["how many in D?"]).text.contains("By rep"))
    }

    @Test("both axes named in one question are explained side by side", arguments: [
        "客観的評価と取り引き実績ってなに？", "what do objective evaluation and transaction record mean",
    ])
    func bothAxes(question: String) {
        let answer = Self.ask([question])
        #expect(answer.interpretation.contrastsAxes, "\(answer.text)")
        #expect(answer.text.contains("axis") || answer.text.contains("軸"), "\(answer.text)")
    }

    @Test("'whats the diff between B and C' sets B and C side by side")
    func diffIsDifference() {
        let answer = Self.ask(["whats the diff between B and C"])
        #expect(answer.interpretation.contrast.map { [$0.0, $0.1] } == [.b, .c], "\(answer.text)")
    }

    @Test("「明日は休みだから金曜に3件だけ回るなら誰？」 plans three visits, all on Friday")
    func tomorrowOffFridayOnly() throws {
        let answer = Self.ask(["明日は休みだから金曜に3件だけ回るなら誰？"])
        #expect(answer.interpretation.intent == .weeklyPlan, "\(answer.text)")
        let plan = try #require(Self.plan(of: answer))
        #expect(plan.picks.count == 3)
        #expect(plan.picks.allSatisfy { $0.day.weekday == 5 }, "\(plan.picks.map(\.day))")
    }

    @Test("a day off told as tomorrow keeps Thursday free, in either language", arguments: [
        "im off tomorrow, plan my week", "plan my week, tomorrow is a holiday", "明日は休み。今週の計画",
    ])
    func tomorrowOff(question: String) throws {
        let plan = try #require(Self.plan(of: Self.ask([question])))
        #expect(!plan.picks.isEmpty)
        #expect(!plan.picks.contains { $0.day.weekday == 4 }, "\(plan.picks.map(\.day))")
    }

    @Test("'can you book a meeting room for friday' after a plan check is declined, not a Friday plan")
    func meetingRoomIsNoPlan() {
        let answer = Self.ask(["is my plan ok?", "can you book a meeting room for friday"])
        #expect(answer.interpretation.intent == .outOfScope, "\(answer.text)")
    }

    @Test("'friday I have a meeting all day' right after a plan takes Friday out of it")
    func meetingTakesTheDay() throws {
        let answer = Self.ask(["plan my week", "friday I have a meeting all day"])
        #expect(answer.interpretation.intent == .weeklyPlan, "\(answer.text)")
        let plan = try #require(Self.plan(of: answer))
        #expect(!plan.picks.isEmpty)
        #expect(!plan.picks.contains { $0.day.weekday == 5 }, "\(plan.picks.map(\.day))")
    }

    @Test("「石井の担当で」 is the rep 石井 大輔 beside the customer 石井工務店")
    func repFamilyNameWithAccounts() {
        let reps = ["石井 大輔", "Kobayashi Mao", "Dan Walsh"]
        let names = Self.boso.classifications.map(\.customer.name)
        #expect(RepName.named(in: "石井の担当で、明日は休みだから金曜に3件だけ回るなら誰？", reps: reps, customerNames: names) == "石井 大輔")
    }

    @Test("a place asked for as a list gives every customer named after it, in kanji, hiragana or a Latin name", arguments: [
        ("船橋の客ってどれ？", ["船橋ポンプ工業株式会社", "船橋ショッピングモール管理合同会社", "㈱船橋管工", "船橋設備サービス有限会社"]),
        ("customers in funabashi", ["船橋ポンプ工業株式会社", "船橋ショッピングモール管理合同会社", "㈱船橋管工", "船橋設備サービス有限会社"]),
        ("which customers are in chiba?", ["千葉バルブ株式会社", "千葉臨海製鉄㈱", "株式会社ベイテック千葉", "Harbor View Hotel Chiba", "株式会社ちば冷機"]),
        ("ちばの顧客は？", ["千葉バルブ株式会社", "千葉臨海製鉄㈱", "株式会社ベイテック千葉", "Harbor View Hotel Chiba", "株式会社ちば冷機"]),
    ])
    func placeList(question: String, expected: [String]) {
        let answer = Self.ask([question])
        let rows = answer.lines.dropFirst().filter { $0.hasPrefix("  ") }
        #expect(rows.count == expected.count, "\(answer.text)")
        for name in expected { #expect(rows.contains { $0.hasPrefix("  \(name) — ") }, "\(name): \(answer.text)") }
        #expect(answer.text.contains("\(expected.count) of 45") || answer.text.contains("全45社中\(expected.count)社"), "\(answer.text)")
    }

    @Test("a segment beside the place keeps to it; a customer named in full is still that customer")
    func placeListWithSegment() {
        let a = Self.ask(["船橋のAの客"])
        #expect(a.lines.dropFirst().filter { $0.hasPrefix("  ") }.count == 2, "\(a.text)")
        #expect(a.text.contains("船橋ポンプ工業株式会社 — A") && a.text.contains("船橋ショッピングモール管理合同会社 — A"), "\(a.text)")
        let one = Self.ask(["船橋ポンプはなぜA？"])
        #expect(one.interpretation.customers == ["船橋ポンプ工業株式会社"], "\(one.text)")
    }

    @Test("a place no customer's name holds is said to be in no name, not answered with the whole book or declined", arguments: [
        ("which customers are in osaka?", "No customer has Osaka (大阪) in its name"),
        ("大阪の客ってどれ？", "社名に「大阪」が入る顧客はいません"),
    ])
    func placeListWithNoCustomer(question: String, expected: String) {
        let answer = Self.ask([question])
        #expect(answer.lines.first?.hasPrefix(expected) == true, "\(answer.text)")
        #expect(answer.lines.count <= 2, "\(answer.text)")
    }

    @Test("'when should I next visit X' answers with a day: this week's plan, or when the segment's rhythm brings it round")
    func nextVisitDay() {
        let planned = Self.ask(["when should I visit chiba valve"])
        #expect(planned.lines.first?.hasPrefix("Next visit: Thu 12-10, in this week's plan") == true, "\(planned.text)")
        let later = Self.ask(["nordicにはいつ行けばいい？"])
        #expect(later.lines.first?.hasPrefix("2027-01-12ごろ：Nordic Pumps Japan（C）") == true, "\(later.text)")
        let last = Self.ask(["nordicに最後にいつ訪問した？"])
        #expect(last.lines.first?.hasPrefix("Nordic Pumps Japanの前回の訪問") == true, "\(last.text)")
    }

    @Test("「DanのCへの訪問多すぎない？」 reads the visits made against the C trap", arguments: ["Cへの訪問多すぎない？", "am I visiting C too much?"])
    func comfortInJapanese(question: String) {
        let answer = Self.ask([question])
        #expect(answer.interpretation.asksComfort, "\(answer.text)")
        #expect(answer.text.contains("C 7") || answer.text.contains("うちC 7件"), "\(answer.text)")
    }

    @Test("totals by rep with no figure named give orders, sales and profit; segments by rep keep to sales", arguments: [
        // Profit in full: Dan Walsh's 23,920 and Kobayashi Mao's 23,790 would both read 2.4万.
        ("担当者別の合計だして", "Dan Walshさん — A 2 · B 6 · C 6 · D 1（計15社）、受注件数256、当社売上13.9万、粗利23,920", true),
        ("totals by rep", "Dan Walsh — A 2 · B 6 · C 6 · D 1 (15 in all); orders 256, our sales 139,300, our profit 23,920", true),
        ("segments by rep", "Dan Walsh — A 2 · B 6 · C 6 · D 1 (15 in all); our sales 139,300", false),
    ])
    func totalsByRep(question: String, line: String, withProfit: Bool) {
        let answer = Self.ask([question])
        #expect(answer.lines.contains("  " + line), "\(answer.text)")
        #expect((answer.text.contains("profit") || answer.text.contains("粗利")) == withProfit, "\(answer.text)")
    }
}
