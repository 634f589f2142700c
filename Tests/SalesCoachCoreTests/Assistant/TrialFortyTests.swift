import TestSupport
import Testing

@testable import SalesCoachCore

/// A fresh trial on a Chūgoku and San'in distributor of adhesives and films:
/// its places in romaji, two visits on two days, "how does it become A" after
/// a customer, and the rep with the most B asked beside another question.
@Suite struct TrialFortyTests {
    static let chugoku = AssistantData.trialBook(TrialBooks.chugokuAdhesives, source: "chugoku.csv")
    static let today = LocalDate(year: 2026, month: 12, day: 9)!

    static func ask(_ lines: [String]) -> Answer { chugoku.answerToLast(of: lines) }

    @Test("Chūgoku and San'in places read in romaji", arguments: [
        ("yasugi kozai", "安来鋼材株式会社"), ("masuda shokuhin", "益田食品株式会社"), ("sakaiminato suisan", "境港水産加工株式会社"),
        ("miyoshi polymer", "三次ポリマー株式会社"), ("kojima seni", "児島繊維株式会社"), ("bizen tape", "備前テープ工業㈱"),
    ])
    func chugokuPlaces(typed: String, customer: String) {
        let matches = Self.chugoku.interpreter.matcher.match(in: typed)
        #expect((matches.names + matches.likely).first == customer, "\(matches)")
    }

    @Test("two visits on two days, the second a place in romaji, are both logged")
    func twoVisitsTwoDays() {
        let statement = VisitStatement.read(
            "visited global pack yesterday and yasugi kozai on monday", matcher: Self.chugoku.interpreter.matcher, today: Self.today)
        guard case .logDays(let visits, _) = statement else {
            Issue.record("\(String(describing: statement))")
            return
        }
        #expect(Dictionary(uniqueKeysWithValues: visits.map { ($0.customer, $0.date.day) }) == ["Global Pack Ltd.": 8, "安来鋼材株式会社": 7])
    }

    @Test("「どうなればAになる？」 right after a customer is what would move that customer")
    func becomeAfterCustomer() {
        let answer = Self.ask(["なんで境港水産はCなの？", "どうなればAになる？"])
        #expect(answer.interpretation.intent == .whatWouldItTake(target: .a), "\(answer.text)")
        #expect(answer.text.hasPrefix("境港水産加工株式会社をCからAに移すには"), "\(answer.text)")
    }

    @Test("「Bが一番多いのは誰？あとネクサスって誰の担当だっけ」 ranks the reps by B, then names Nexus Films' rep")
    func repMostBesideRepOf() {
        let answer = Self.ask(["Bが一番多いのは誰？あとネクサスって誰の担当だっけ"])
        #expect(answer.text.contains("Bが最も多いのはChris Evansさんです"), "\(answer.text)")
        #expect(answer.text.contains("Nexus Filmsの担当：Yamane Sakiさん"), "\(answer.text)")
    }

    @Test("「藤原の担当で」 is the rep 藤原 健一 beside the customer 藤原工業; with a customer called just 藤原 it is that customer's rep")
    func repFamilyNameWithAccounts() {
        let reps = ["藤原 健一", "Yamane Saki", "Chris Evans"]
        let names = Self.chugoku.classifications.map(\.customer.name)
        #expect(names.contains("藤原工業株式会社"))
        #expect(RepName.named(in: "今週だれ回ればいい？藤原の担当で", reps: reps, customerNames: names) == "藤原 健一")
        #expect(RepName.named(in: "藤原の顧客は何社？", reps: reps, customerNames: names) == "藤原 健一")
        #expect(RepName.named(in: "藤原工業の担当は？", reps: reps, customerNames: names) == nil)
        #expect(RepName.named(in: "藤原の担当は？", reps: reps, customerNames: names + ["株式会社藤原"]) == nil)
    }
}
