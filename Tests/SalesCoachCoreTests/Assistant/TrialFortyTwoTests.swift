import TestSupport
import Testing

@testable import SalesCoachCore

/// A fresh trial on a Fukushima distributor of machine tools: a plan typed
/// with English weekdays and no colons, two visits each with its own day, a
/// town in hiragana before the rest of a name, a figure's share by segment,
/// an unclassified customer's interim treatment, and an off-topic question
/// beside a real one.
@Suite struct TrialFortyTwoTests {
    static let fukushima = AssistantData.trialBook(TrialBooks.fukushimaMachineTools, source: "fukushima.csv")
    static let today = LocalDate(year: 2026, month: 12, day: 9)!

    static func ask(_ lines: [String]) -> Answer { fukushima.answerToLast(of: lines) }

    @Test("'check this plan: mon 鏡石金属, 本宮化成 tue 安積電機 wed 須賀川鉄工 thu 伊達精密' reads all five visits")
    func englishWeekdaysWithoutColons() throws {
        let answer = Self.ask(["check this plan: mon 鏡石金属, 本宮化成 tue 安積電機 wed 須賀川鉄工 thu 伊達精密"])
        let typed = try #require(answer.interpretation.typedPlan)
        #expect(typed.visits.map(\.customerName) == ["鏡石金属㈱", "本宮化成株式会社", "安積電機㈱", "合名会社須賀川鉄工", "伊達精密株式会社"])
        #expect(typed.unknown.isEmpty, "\(typed.unknown)")
        #expect(answer.text.contains("C gets 4 of 5 visits"), "\(answer.text)")
    }

    @Test("'went to スミスエンジニアリング on monday and dropped by saigo yesterday' logs both, each on its day")
    func twoVisitsKatakanaAndRomaji() {
        let statement = VisitStatement.read(
            "went to スミスエンジニアリング on monday and dropped by saigo yesterday", matcher: Self.fukushima.interpreter.matcher,
            today: Self.today)
        guard case .logDays(let visits, _) = statement else {
            Issue.record("\(String(describing: statement))")
            return
        }
        #expect(Dictionary(uniqueKeysWithValues: visits.map { ($0.customer, $0.date.day) }) == ["Smith Engineering": 7, "西郷自動機㈱": 8])
    }

    @Test("「昨日ばんだい工機行ってきた」 logs 磐梯工機 for yesterday")
    func townInHiraganaThenKanji() {
        let statement = VisitStatement.read("昨日ばんだい工機行ってきた", matcher: Self.fukushima.interpreter.matcher, today: Self.today)
        guard case .log(let customer, let date, _) = statement else {
            Issue.record("\(String(describing: statement))")
            return
        }
        #expect(customer == "磐梯工機株式会社")
        #expect(date.day == 8)
    }

    @Test("a segment's share of profit is the profit's, in either language", arguments: [
        ("how much of our profit comes from C customers?", "141,147 of our profit (41%)"),
        ("Cの粗利は全体の何割？", "粗利14.1万（41%）"),
    ])
    func profitShare(question: String, expected: String) {
        let answer = Self.ask([question])
        #expect(answer.text.contains(expected), "\(answer.text)")
    }

    @Test("an unclassified customer with a high objective score is to be treated as a prospect until its record is in")
    func unclassifiedMeanwhile() {
        let answer = Self.ask(["浪江機工はどこに入るの？どう扱えばいい？"])
        #expect(answer.text.contains("それまでの扱い：会社自体の評価は高い（59.3）のでAかBのどちらかです。"), "\(answer.text)")
    }

    @Test("an off-topic question beside a real one is declined and the real one answered", arguments: [
        ("what's the weather tomorrow? and who should I visit", "Visits for the week of 2026-12-07"),
        ("how much of our profit comes from C customers? also whats fanuc's stock price", "141,147 of our profit"),
    ])
    func offTopicBesideReal(question: String, expected: String) {
        let answer = Self.ask([question])
        #expect(answer.text.contains("I can't answer that"), "\(answer.text)")
        #expect(answer.text.contains(expected), "\(answer.text)")
    }

    @Test("「水曜休み。1日2件でプラン作って」 on a Wednesday says the four visits are two a day on the two days left")
    func paceOnDaysLeft() {
        let answer = Self.ask(["水曜休み。1日2件でプラン作って"])
        #expect(answer.text.contains("今週計画できる残りの2日（12/10(木)、12/11(金)）に1日2件で、4件です。"), "\(answer.text)")
    }

    @Test("a comparison with a company the book lacks says so before the one it has", arguments: [
        ("Shinchi Engineering or Acme Trading, which first?", "“Acme Trading” is not in your customer list"),
        ("新地エンジニアリングとABC商事、どっちが先？", "「ABC商事」は顧客リストにないので"),
        ("shinchi engineering or acme trading, which first?", "“Acme Trading” is not in your customer list"),
        ("which first, shinchi engineering or kokumi denso?", "“Kokumi Denso” is not in your customer list"),
    ])
    func comparisonWithMissingCompany(question: String, first: String) {
        let answer = Self.ask([question])
        #expect(answer.lines.first?.hasPrefix(first) == true, "\(answer.text)")
        #expect(answer.text.contains("新地エンジニアリング㈱"), "\(answer.text)")
    }
}
