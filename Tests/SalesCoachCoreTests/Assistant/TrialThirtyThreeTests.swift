import Testing

@testable import SalesCoachCore

/// A fresh trial on a Hiroshima and Okayama chemicals distributor: a second
/// visit's day abbreviated ("tues"), a visit told with 「いった」 in kana, a
/// lead-in before a company the book lacks, and 「訪問空いてる」 without its particle.
@Suite struct TrialThirtyThreeTests {
    typealias T = AssistantAnswerTests

    static let book = """
        name,company_revenue,employees,growth,orders,sales,profit,last_visit,rep
        Setouchi Materials Inc.,23800,700,6.0,5,900,100,2026-02-12,Daniel Park
        Kurashiki Coatings Co.,16500,450,4.0,40,30000,6000,2026-11-02,Daniel Park
        呉精機株式会社,4200,180,3.0,6,1500,200,2026-09-01,藤田 健一
        広島ガラス工業㈱,8200,290,1.5,17,2000,300,2026-10-01,藤田 健一
        Hiroshima Bio Labs,3900,120,9.0,,,,,Daniel Park
        呉化学工業㈱,18500,640,2.0,44,40000,8000,2026-10-20,藤田 健一
        尾道塗料有限会社,300,20,-1.0,30,9000,1800,2025-12-01,Mori Yuka
        新見ライム株式会社,200,15,0.5,25,7000,1400,2026-09-28,Mori Yuka
        水島石化工業㈱,30000,900,5.0,50,51200,9000,2026-08-07,Mori Yuka
        竹原製塩㈱,150,10,-2.0,3,300,30,2025-11-10,Mori Yuka
        """

    static let setouchi: AssistantData = {
        let customers = try! CustomerImporter.importCustomers(
            from: Array(book.utf8), source: "setouchi.csv", options: ImportOptions()).customers
        return AssistantData(
            classifications: Classifier().classify(customers), guidance: StubGuidance(), today: LocalDate(year: 2026, month: 12, day: 9)!)
    }()

    static let today = LocalDate(year: 2026, month: 12, day: 9)!

    @Test("two visits told with a day each, the second abbreviated ('tues', 'thurs'), are logged each on its day", arguments: [
        ("went to setouchi materials monday and kurashiki coatings tues", 8), ("saw setouchi materials mon and kurashiki coatings weds", 9),
    ])
    func abbreviatedDays(line: String, secondDay: Int) {
        let statement = VisitStatement.read(line, matcher: Self.setouchi.interpreter.matcher, today: Self.today)
        guard case .logDays(let visits, _) = statement else {
            Issue.record("\(line): \(String(describing: statement))")
            return
        }
        #expect(visits.map(\.customer) == ["Setouchi Materials Inc.", "Kurashiki Coatings Co."])
        #expect(visits.map(\.date) == [LocalDate(year: 2026, month: 12, day: 7)!, LocalDate(year: 2026, month: 12, day: secondDay)!])
    }

    @Test("「くれせいき　先週の金曜いった」: 「いった」 in kana is a visit, logged on last week's Friday")
    func kanaWent() {
        let statement = VisitStatement.read("くれせいき　先週の金曜いった", matcher: Self.setouchi.interpreter.matcher, today: Self.today)
        guard case .log(let customer, let date, _) = statement else {
            Issue.record("\(String(describing: statement))")
            return
        }
        #expect(customer == "呉精機株式会社")
        #expect(date == LocalDate(year: 2026, month: 12, day: 4)!)
    }

    @Test("a lead-in before a company the book lacks is no part of its name")
    func leadInBeforeUnknown() {
        let answer = T.ask("じゃあツヤマ金属はなんでA？", data: Self.setouchi)
        #expect(answer.interpretation.unknownName == "ツヤマ金属", "\(answer.text)")
    }

    @Test("「Aで訪問空いてるとこある？」 lists the A customers past their follow-up, longest unseen first")
    func visitGapWithoutParticle() {
        let answer = T.ask("Aで訪問空いてるとこある？", data: Self.setouchi)
        #expect(answer.interpretation.customerList == .notSeenLately, "\(answer.text)")
        #expect(answer.lines.dropFirst().first?.contains("水島石化工業㈱") == true, "\(answer.text)")
    }

    @Test("a hiragana name whose first word is one customer's is that customer only when the word ends there")
    func hiraganaFirstWordEndsThere() {
        // 「ひろしまばいおらぼ」 is "Hiroshima Bio Labs" typed as it sounds, never 広島ガラス工業㈱.
        #expect(!T.ask("ひろしまばいおらぼ ってどこに入るの", data: Self.setouchi).interpretation.customers.contains("広島ガラス工業㈱"))
        #expect(T.ask("ひろしまがらすってどこに入るの", data: Self.setouchi).interpretation.customers == ["広島ガラス工業㈱"])
    }
}
