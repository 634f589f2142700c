import Testing

@testable import SalesCoachCore

/// Names as two fresh trials typed them: without the front of the name
/// ("curry house", "ichibantei"), in romaji for kanji the reading tables did
/// not hold ("kitahama", "bentencho"), and companies the book does not have
/// ("is Toyota one of ours?", 「博多フーズってうちの客？」).
@Suite struct NamesAsRepsTypeThemTests {
    static let names = [
        "Fukuoka Curry House", "ホテルサンライズ小倉", "キャナル・ダイニング", "博多ラーメン一番亭", "ベーカリー麦の穂",
        "株式会社北浜商事", "株式会社弁天町物産", "株式会社梅田電子", "株式会社大阪精機", "Osaka Digital Works",
    ]
    static let matcher = CustomerMatcher(names: names)

    static let book: [Customer] = names.enumerated().map { i, name in
        Customer(
            name: name,
            metrics: MetricValues([
                .companyRevenue: Double(100 * (i + 1)), .employees: Double(10 * ((i * 7) % 10 + 1)), .orders: Double((i * 3) % 10 + 1),
                .sales: Double(1000 * ((i * 5) % 10 + 1)),
            ]))
    }
    static let data = AssistantData(classifications: Classifier().classify(book), guidance: StubGuidance(), today: LocalDate(year: 2026, month: 12, day: 9)!)

    static func ask(_ question: String) -> Answer {
        var context = ConversationContext()
        return Assistant.answer(question, context: &context, data: data)
    }

    @Test(
        "a name typed without its front is found: two later words for certain, one long word of a reading as the likely one",
        arguments: [
            ("why is curry house a B?", "Fukuoka Curry House", true),
            ("who is sunrise kokura", "ホテルサンライズ小倉", true),
            ("tell me about canal dining", "キャナル・ダイニング", true),
            ("ichibanteiってどこのセグメント", "博多ラーメン一番亭", false),
        ])
    func laterWords(question: String, name: String, certain: Bool) {
        let found = Self.matcher.match(in: question)
        if certain {
            #expect(found.names == [name], "\(found)")
        } else {
            #expect(found.names.isEmpty && found.likely == [name], "\(found)")
        }
    }

    @Test("kanji the word tables lack are read kanji by kanji, neighbours joined, and only an exact spelling finds them")
    func guessedReadings() {
        #expect(JapaneseNameReadings.readings(of: Array("北浜商事")) == [])
        #expect(JapaneseNameReadings.readings(of: Array("北浜商事"), guessing: true).contains(["kitahama", "shoji"]))
        #expect(JapaneseNameReadings.readings(of: Array("弁天町物産"), guessing: true).contains { $0.first == "bentencho" })
        #expect(Self.matcher.match(in: "why is bentencho a C").likely == ["株式会社弁天町物産"])
        #expect(Self.matcher.match(in: "tell me about kitahama shoji").names == ["株式会社北浜商事"])
        #expect(Self.matcher.match(in: "compare umeda denshi and osaka seiki").names == ["株式会社梅田電子", "株式会社大阪精機"])
        #expect(Self.matcher.match(in: "why doesnt bakery mugi no ho have a segment").names == ["ベーカリー麦の穂"])
        // A guessed reading takes no typo: "kitahamma" names nobody.
        let typo = Self.matcher.match(in: "tell me about kitahamma shoji")
        #expect(typo.names.isEmpty && typo.likely.isEmpty, "\(typo)")
    }

    @Test("a place after a capitalised word names another company, not a did-you-mean of the customers named after the place")
    func placeAfterAnotherName() {
        let other = Self.matcher.match(in: "what about Hitachi Osaka")
        #expect(other.names.isEmpty && other.suggestions.isEmpty && other.others == ["Hitachi Osaka"], "\(other)")
        // Alone, the place still offers the customers it starts.
        #expect(Set(Self.matcher.match(in: "tell me about osaka").suggestions) == ["株式会社大阪精機", "Osaka Digital Works"])
    }

    @Test(
        "a company the book lacks, asked about as a customer, is said to be missing from the list, in the question's language",
        arguments: [
            ("is Toyota one of ours?", "Toyota"), ("is Hakata Marine Foods one of ours?", "Hakata Marine Foods"),
            ("how is Toyota doing", "Toyota"), ("show me Foo Bar please", "Foo Bar"),
            ("博多フーズってうちの客？", "博多フーズ"), ("パナソニックの状況は？", "パナソニック"),
        ])
    func unknownCompany(question: String, name: String) {
        let answer = Self.ask(question)
        #expect(answer.interpretation.intent == .explainCustomer && answer.interpretation.unknownName == name, "\(answer.lines)")
        #expect(answer.lines.first?.contains(name) == true)
        #expect(answer.language == (question.allSatisfy(\.isASCII) ? .en : .ja))
    }

    @Test("off-topic requests stay declined even with a capitalised place in them", arguments: [
        "can u book me a taxi to Kokura", "whats the weather in Fukuoka tmrw", "経費精算のやり方教えてください",
    ])
    func offTopic(question: String) {
        #expect(Self.ask(question).interpretation.intent == .outOfScope)
    }

    @Test("a visit reported in lower case with an unknown name is said to name nobody, never answered as a plan")
    func lowerCaseVisit() throws {
        let statement = try #require(
            VisitStatement.read("visited foo dining today nothing new", matcher: Self.matcher, today: LocalDate(year: 2026, month: 12, day: 9)!))
        guard case .unsure(_, _, .noSuchCustomer(let typed)) = statement else {
            Issue.record("\(statement)")
            return
        }
        #expect(typed == "foo dining")
    }

    @Test("a visit to a kanji name typed in romaji is logged to the one customer it fits")
    func romajiVisit() throws {
        let today = LocalDate(year: 2026, month: 12, day: 9)!
        let statement = try #require(VisitStatement.read("i visited kitahama yesterday", matcher: Self.matcher, today: today))
        guard case .log(let name, let date, _) = statement else {
            Issue.record("\(statement)")
            return
        }
        #expect(name == "株式会社北浜商事" && date == today.adding(days: -1))
        let canal = try #require(VisitStatement.read("visited canal dining today nothing new", matcher: Self.matcher, today: today))
        guard case .log(let canalName, _, _) = canal else {
            Issue.record("\(canal)")
            return
        }
        #expect(canalName == "キャナル・ダイニング")
    }
}
