import TestSupport
import Testing

@testable import SalesCoachCore

/// A fresh trial on a northern Tōhoku distributor of food-processing
/// machinery: its places and foods typed in romaji and hiragana, 協同組合
/// names, plans typed with spaces between a day's customers, two visits on
/// two days in one line, and two questions in one line.
@Suite struct TrialThirtyNineTests {
    static let tohoku = AssistantData.trialBook(TrialBooks.tohokuFoodMachinery, source: "tohoku.csv")
    static let today = LocalDate(year: 2026, month: 12, day: 9)!
    static var matcher: CustomerMatcher { tohoku.interpreter.matcher }

    static func ask(_ lines: [String]) -> Answer { tohoku.answerToLast(of: lines) }

    @Test("Tōhoku places and foods read in romaji, hiragana and English", arguments: [
        ("move akita hinai to tuesday", "秋田比内地鶏㈱"), ("odate kohiってどこのセグメント？", "大館コーヒー㈱"),
        ("yokote yakisoba", "横手やきそば食品株式会社"), ("okitama winery", "置賜ワイナリー株式会社"),
        ("kazuno horumon", "鹿角ホルモン食品㈱"), ("why not yonezawa beef?", "米沢牛精肉㈱"),
        ("ouu seifun", "奥羽製粉株式会社"), ("なんぶせんべいはどう？", "南部せんべい協同組合"), ("のしろねぎは？", "能代ねぎ農産協同組合"),
    ])
    func tohokuNames(typed: String, customer: String) {
        let matches = Self.matcher.match(in: typed)
        #expect((matches.names + matches.likely).first == customer, "\(matches)")
    }

    @Test("「青森ひば工業ってある？」: a place then another trade is another company, not 青森りんご加工")
    func placeGoingOnIntoAnotherName() {
        let answer = Self.ask(["青森ひば工業ってある？"])
        #expect(answer.text.contains("「青森ひば工業」は顧客リストにありません"), "\(answer.text)")
    }

    @Test("a typed plan with a day's customers parted by spaces counts each as a visit")
    func spacedDayOfCustomers() {
        let answer = Self.ask(["佐々木さんの計画チェック：月 湯田ヨーグルト 寒河江そば、火 花巻温泉 一関もち、水 みちのく冷凍"])
        let visits = answer.interpretation.typedPlan?.visits.map(\.customerName) ?? []
        #expect(visits == ["湯田ヨーグルト有限会社", "寒河江そば製麺有限会社", "花巻温泉フーズ㈱", "一関もち本舗有限会社", "みちのく冷凍食品㈱"], "\(answer.text)")
        #expect(answer.interpretation.typedPlan?.unknown.isEmpty == true, "\(answer.text)")
    }

    @Test("a typed plan in romaji with 'Wed:' labels and a customer twice counts five visits")
    func romajiPlanWithLabels() {
        let answer = Self.ask(["plan Mon: Blue Harbor, Yokote Yakisoba; Tue: Kazuno Horumon, Yokote Yakisoba; Wed: Okitama Winery"])
        let plan = answer.interpretation.typedPlan
        #expect(plan?.visits.reduce(0) { $0 + $1.visits } == 5, "\(answer.text)")
        #expect(plan?.unknown.isEmpty == true, "\(answer.text)")
        #expect(answer.text.contains("C gets 3 of 5 visits (60%)"), "\(answer.text)")
    }

    @Test("'plan it: 2 a day, friday off, X has to be in' asks for a plan with limits, not a check of a typed one")
    func limitsAfterColonArePlanRequest() {
        let answer = Self.ask(["who should i see this week", "plan it: 2 a day, friday off, northern star has to be in"])
        #expect(answer.interpretation.intent == .weeklyPlan, "\(answer.text)")
        #expect(answer.interpretation.typedPlan == nil)
        #expect(answer.text.contains("Kept in, as you asked: Northern Star Foods Ltd.\n"), "\(answer.text)")
        #expect(!answer.text.contains("Fri 12-11"), "\(answer.text)")
        // Customers typed with a day off noted beside them are still the plan typed.
        let typed = Self.ask(["check this plan: mon okitama winery, tue kazuno horumon, friday off"])
        #expect(typed.interpretation.typedPlan?.visits.count == 2, "\(typed.text)")
    }

    @Test("two visits on two days in one Japanese line, the second named in hiragana", arguments: [
        ("昨日八戸水産行ってきた。あと月曜はなんぶせんべい", ["八戸水産㈱": 8, "南部せんべい協同組合": 7]),
        ("visited Ouu Seifun on monday, and blue harbor today", ["奥羽製粉株式会社": 7, "Blue Harbor Seafoods": 9]),
    ])
    func twoVisitsTwoDays(line: String, expected: [String: Int]) {
        let statement = VisitStatement.read(line, matcher: Self.matcher, today: Self.today)
        guard case .logDays(let visits, _) = statement else {
            Issue.record("\(String(describing: statement))")
            return
        }
        #expect(Dictionary(uniqueKeysWithValues: visits.map { ($0.customer, $0.date.day) }) == expected)
    }

    @Test("two questions in one line are both answered", arguments: [
        ("客観的評価ってなに？取り引き実績は？", "axis-objective", "axis-record"),
        ("what do I do with C and D? and with yonezawa gyu, it has no segment", "segment-d", "axis-record"),
    ])
    func twoQuestionsOneLine(line: String, first: String, second: String) {
        let answer = Self.ask([line])
        #expect(answer.citations.contains(first) && answer.citations.contains(second), "\(answer.citations) \(answer.text)")
    }

    @Test("a line asking one customer two ways, or 'why?' after a comparison, stays one answer")
    func oneQuestionTwoWays() {
        let compared = Self.ask(["okitama winery or kazuno horumon - who gets the visit first? why?"])
        #expect(compared.text.components(separatedBy: "Visit 置賜ワイナリー株式会社 first.").count == 2, "\(compared.text)")
        let twice = Self.ask(["八戸水産の担当は？あと最後いつ行った？"])
        #expect(twice.text.components(separatedBy: "八戸水産㈱の担当").count == 2, "\(twice.text)")
        #expect(!twice.lines.contains(""), "\(twice.text)")
    }

    @Test("'which rep holds the most B' ranks the reps and says the tie")
    func holdsTheMost() {
        let answer = Self.ask(["which rep holds the most B"])
        #expect(answer.text.contains("Most B customers: Sasaki Haruka and Mark Wilson, tied at 5 each."), "\(answer.text)")
    }

    @Test("'plan 5 days' on a Wednesday says three days are left and plans those, in either language")
    func moreDaysThanAreLeft() {
        let english = Self.ask(["plan 5 days"])
        #expect(english.text.contains("Only 3 working days are left this week (Wed 12-09–Fri 12-11)"), "\(english.text)")
        let japanese = Self.ask(["5日で計画して"])
        #expect(japanese.text.contains("今週の残りは3日"), "\(japanese.text)")
        // Two days fit: nothing to say.
        #expect(!Self.ask(["plan for 2 days"]).text.contains("left this week"))
    }
}
