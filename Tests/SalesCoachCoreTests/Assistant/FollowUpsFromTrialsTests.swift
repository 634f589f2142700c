import Testing

@testable import SalesCoachCore

/// Follow-ups two fresh trials asked that lost the thread: a segment after
/// the counts, the best of a list, a ranking narrowed to a segment or cut
/// to a number, what a word means, whether any customer fits it, and what
/// changed this week.
@Suite struct FollowUpsFromTrialsTests {
    typealias T = AssistantAnswerTests

    static func conversation(_ questions: [String], data: AssistantData = T.data) -> [Answer] {
        var context = ConversationContext()
        return questions.map { Assistant.answer($0, context: &context, data: data) }
    }

    @Test("'and in B?' and 「じゃあその中でBは？」 after the counts of every segment list the B customers")
    func segmentAfterCounts() {
        for pair in [["how many customers in each group", "and in B?"], ["顧客は何社ありますか", "じゃあその中でBは？"]] {
            let answers = Self.conversation(pair)
            #expect(answers[1].interpretation.intent == .segmentMembers && answers[1].interpretation.segments == [.b], "\(pair) \(answers[1].lines)")
        }
        // After one segment's count, another segment's is a count.
        let counted = Self.conversation(["how many A customers do I have?", "and B?"])
        #expect(counted[1].interpretation.intent == .countAndShare, "\(counted[1].lines)")
    }

    @Test("'which one of those is the best' and 「じゃあその中で一番は？」 after a segment's list give its first customer, in full")
    func bestOfList() {
        for pair in [["who are my B customers?", "which one of those is the best"], ["Bの顧客は？", "じゃあその中で一番は？"]] {
            var context = ConversationContext()
            _ = Assistant.answer(pair[0], context: &context, data: T.data)
            let first = context.listed.first
            let best = Assistant.answer(pair[1], context: &context, data: T.data)
            #expect(best.interpretation.intent == .explainCustomer && best.interpretation.customers == [first].compactMap { $0 }, "\(best.lines)")
            #expect(best.interpretation.firstOfListed)
        }
    }

    @Test("'only A ones' after the top 5 by sales keeps the ranking and the five; 'make it 3' then cuts it to three")
    func rankingNarrowed() {
        let answers = Self.conversation(["top 5 customers by sales", "only A ones", "make it 3"])
        let narrowed = answers[1].interpretation
        #expect(narrowed.customerList == .top(.sales) && narrowed.segments == [.a] && narrowed.number == 5, "\(answers[1].lines)")
        let cut = answers[2].interpretation
        #expect(cut.customerList == .top(.sales) && cut.segments == [.a] && cut.number == 3, "\(answers[2].lines)")
    }

    @Test("what a borderline customer is, asked after a customer, is the word's meaning; whether any are borderline lists them")
    func borderlineAfterACustomer() {
        let meaning = Self.conversation(["why is 田中商事 in C?", "whats a borderline customer"])
        #expect(meaning[1].interpretation.customers.isEmpty, "\(meaning[1].lines)")
        let any = Self.conversation(["田中商事のスコア教えて", "ボーダーラインの客っている？"])
        #expect(any[1].interpretation.intent != .explainCustomer, "\(any[1].lines)")
    }

    @Test("a common word mistyped reads as the word: 'whcih rep has the most C accounts'")
    func mistypedWord() {
        let typed = T.ask("whcih rep has the most C accounts")
        let meant = T.ask("which rep has the most C accounts")
        #expect(typed.interpretation.intent == meant.interpretation.intent && typed.lines == meant.lines)
    }

    @Test("a plan asked for with a day taken by a meeting leaves that day out, though 'meeting' is off topic alone")
    func dayTakenByMeeting() {
        let reading = T.ask("今週の訪問予定立てて。金曜は終日会議").interpretation
        #expect(reading.intent == .weeklyPlan && reading.droppedDays == [5], "\(reading)")
    }

    @Test("'what changed?' names the visits logged this week with their notes, beside the segment moves")
    func whatChangedNamesVisits() throws {
        var data = T.data
        let name = try #require(data.classifications.first?.name)
        data.visitLog = [VisitRecord(customerName: name, date: T.today.adding(days: -1), note: "they want a quote")]
        let answer = T.ask("what changed", data: data)
        #expect(answer.lines.contains { $0.contains(name) && $0.contains("they want a quote") }, "\(answer.lines)")
    }
}
