import TestSupport
import Testing

@testable import SalesCoachCore

/// A fresh trial on a Hokuriku construction-materials distributor: a branch
/// after a legal form with no space, a rep whose family name starts a
/// customer's, a meeting told as a visit, places of the region in romaji,
/// follow-ups without the customer's name and two figures asked at once.
@Suite struct TrialThirtyFiveTests {
    typealias T = AssistantAnswerTests

    static let hokuriku = AssistantData.trialBook(TrialBooks.hokurikuBuilding, source: "hokuriku.csv")

    static let today = LocalDate(year: 2026, month: 12, day: 9)!
    static var matcher: CustomerMatcher { hokuriku.interpreter.matcher }

    @Test("a company and its branch parted by a legal form alone read as company and branch: never the place named as another customer")
    func branchAfterLegalForm() {
        let matches = Self.matcher.match(in: "is daiwa juko takaoka a key account?")
        #expect(matches.names == ["大和重工㈱高岡工場"])
        #expect(matches.likely.isEmpty && matches.suggestions.isEmpty, "\(matches)")
        #expect(Self.matcher.match(in: "大和重工はA？").names == ["大和重工㈱高岡工場"])
    }

    @Test("a rep's family name going on into a customer's name is that customer; alone with 'have' it is the rep")
    func repWordInsideCustomerName() {
        #expect(Self.matcher.match(in: "why is ishikawa logi in C?").names == ["石川ロジテック"])
        #expect(Self.matcher.repWordIsPartOfCustomer("Ishikawa Rie", in: "why is ishikawa logi in C?"))
        #expect(!Self.matcher.repWordIsPartOfCustomer("Ishikawa Rie", in: "how many D does ishikawa have"))
        let reps = RepName.reps(of: Self.hokuriku.classifications.map(\.customer))
        let names = Self.hokuriku.classifications.map(\.name)
        #expect(RepName.named(in: "how many D does nakajima have", reps: reps, customerNames: names) == "中島 誠")
    }

    @Test("a meeting told in Japanese is a visit: 「昨日Best Buildで打ち合わせしてきた」")
    func meetingIsAVisit() {
        let statement = VisitStatement.read("昨日Best Buildで打ち合わせしてきた", matcher: Self.matcher, today: Self.today)
        guard case .log(let customer, let date, _) = statement else {
            Issue.record("\(String(describing: statement))")
            return
        }
        #expect(customer == "Best Build Co.")
        #expect(date == LocalDate(year: 2026, month: 12, day: 8)!)
    }

    @Test("places of Hokuriku read in romaji", arguments: [
        ("uozu", "魚津産業"), ("tonami mokuzai", "砺波木材"), ("hakui", "羽咋重機"), ("matto concrete", "松任コンクリート"),
    ])
    func hokurikuPlaces(typed: String, customer: String) {
        let matches = Self.matcher.match(in: "move \(typed) to friday")
        #expect((matches.names + matches.likely).first == customer, "\(matches)")
    }

    @Test("「Bを一番持ってるのは誰」 ranks the reps by their B customers")
    func repHoldingMostB() {
        let answer = T.ask("Bを一番持ってるのは誰", data: Self.hokuriku)
        #expect(answer.interpretation.customerList == .repsBySegment, "\(answer.text)")
        #expect(answer.lines.dropFirst().first?.contains("中島 誠") == true, "\(answer.text)")
    }

    @Test("'how does it become A?' right after one customer is what would move that customer", arguments: [
        "どうしたらAになる？", "Aになるには？", "what would it take to make it an A?",
    ])
    func becomeAAfterCustomer(question: String) {
        let answer = T.ask(["かほく電工はなんでC？", question], data: Self.hokuriku)
        #expect(answer?.interpretation.intent == .whatWouldItTake(target: .a), "\(answer?.text ?? "")")
        #expect(answer?.interpretation.customers == ["かほく電工"])
    }

    @Test("two figures asked as totals are both given, each by segment and by rep")
    func twoTotals() {
        let answer = T.ask("total sales and profit by rep?", data: Self.hokuriku)
        let byRep = answer.lines.filter { $0.contains("By rep:") }
        #expect(byRep.count == 2, "\(answer.text)")
        #expect(byRep.first?.contains("中島 誠 58,999") == true && byRep.last?.contains("中島 誠 10,775") == true, "\(answer.text)")
    }

    @Test("「あさひやの担当は？あと最後いつ行った？」 gives the rep and the last visit")
    func repAndLastVisit() {
        let answer = T.ask("あさひやの担当は？あと最後いつ行った？", data: Self.hokuriku)
        #expect(answer.lines.first == "あさひやの担当：Tom Bakerさん。", "\(answer.text)")
        #expect(answer.lines.dropFirst().first?.hasPrefix("あさひやの前回の訪問：2025-08-01") == true, "\(answer.text)")
    }

    @Test("C overweight in a plan that holds every open B customer names no B customer to add")
    func cOverweightWithEveryBPlanned() {
        let ishikawa = Self.hokuriku.classifications.filter { $0.customer.rep == "Ishikawa Rie" }
        let planned = ["七尾港運", "勝山テック", "小松リフト", "氷見造園", "能登建設株式会社", "松任コンクリート", "羽咋重機"]
            .map { PlannedVisit(customerName: $0, visits: 1) }
        let report = PlanCheck.check(planned: planned, classifications: ishikawa, policy: .standard, today: Self.today)
        let warning = report.warnings.first { $0.code == .cOverweight }
        #expect(warning?.text(in: .en).contains("from C to B customers.") == true, "\(String(describing: warning))")
    }
}
