import Testing

@testable import SalesCoachCore

/// Questions about progress over time are answered from the segment
/// history — the customers that moved, the time in B, one customer's
/// history — and a question about a move still to come is not.
@Suite struct ProgressAnswerTests {
    typealias T = AssistantAnswerTests
    static let classifications = DemoBook.classifications
    static let today = LocalDate(parsing: "2026-11-20")!

    /// Three demo customers with a past: the first two were B and became A
    /// this fiscal year (one after two visits), the third was A and fell to B.
    static let (rose, roseUnvisited, fell) = (
        classifications.filter { $0.segment == .a }[0].name, classifications.filter { $0.segment == .a }[1].name,
        classifications.filter { $0.segment == .b }[0].name
    )

    static let data: AssistantData = {
        func row(_ classification: Classification, _ date: String, _ segment: Segment?) -> SegmentHistoryEntry {
            var snapshot = SegmentSnapshot(classification)
            snapshot.segment = segment
            return SegmentHistoryEntry(date: LocalDate(parsing: date)!, snapshot: snapshot)
        }
        var entries = classifications.map { row($0, "2026-04-01", $0.segment) }
        for (index, classification) in classifications.enumerated() where [rose, roseUnvisited, fell].contains(classification.name) {
            entries[index] = row(classification, "2026-04-01", classification.name == fell ? .a : .b)
            entries.append(row(classification, classification.name == rose ? "2026-09-10" : "2026-10-05", classification.segment))
        }
        var data = AssistantData(
            classifications: classifications, guidance: DemoBook.knowledge,
            visitLog: [
                VisitRecord(customerName: rose, date: LocalDate(parsing: "2026-06-01")!),
                VisitRecord(customerName: rose, date: LocalDate(parsing: "2026-08-01")!),
            ], today: today)
        data.history = SegmentHistory(entries)
        return data
    }()

    static func ask(_ questions: String...) -> Answer { T.ask(questions, data: data)! }

    @Test(
        "who moved from B to A is answered with exactly those customers, in the question's language",
        arguments: [
            "which customers moved from B to A this year?", "who moved to A?", "which B customers became A?",
            "今年BからAに移った顧客は？", "Aになった顧客は？", "any B→A conversions this fiscal year?",
        ])
    func conversions(question: String) {
        let answer = Self.ask(question)
        #expect(answer.interpretation.progress == .moves(from: .b, to: .a) || answer.interpretation.progress == .moves(from: nil, to: .a), "\(question)")
        let text = answer.lines.joined(separator: "\n")
        #expect(text.contains(Self.rose) && text.contains(Self.roseUnvisited), "\(question): \(text)")
        #expect(!text.contains(Self.fell), "\(question)")
        #expect(answer.language == (question.unicodeScalars.allSatisfy { $0.isASCII || $0 == "→" } ? .en : .ja))
    }

    @Test(
        "a key account that slipped is named when the user asks who fell out of A",
        arguments: [
            "今期AからBに落ちた顧客は？", "did any key accounts drop?", "which A customers slipped this quarter?", "did any key accounts slip?",
        ])
    func losses(question: String) {
        let text = Self.ask(question).lines.joined(separator: "\n")
        #expect(text.contains(Self.fell), "\(question): \(text)")
        #expect(!text.contains(Self.rose), "\(question)")
    }

    @Test(
        "B accounts that have not moved are the B customers that stayed in B, never the one that left it or the ones that arrived",
        arguments: [
            "which of my B accounts haven't moved all year?", "which B customers are still stuck in B this fiscal year?",
            "今期ずっとBのままの顧客は？", "Bから動いていない顧客は？",
        ])
    func stayedInB(question: String) {
        let answer = Self.ask(question)
        #expect(answer.interpretation.progress == .stayed(.b), "\(question)")
        let text = answer.lines.joined(separator: "\n")
        // `fell` reached B only in October; every other B customer was B from the first snapshot.
        let stayed = Self.classifications.filter { $0.segment == .b && $0.name != Self.fell }.map(\.name)
        for name in stayed { #expect(text.contains(name), "\(question): \(name) missing in\n\(text)") }
        #expect(!text.contains(Self.fell), "\(question): \(text)")
        #expect(!text.contains(Self.rose), "\(question)")
        #expect(text.contains("\(stayed.count)"), "\(text)")
    }

    @Test("whether the time in B pays off counts the visits spent in B and the B→A moves that followed", arguments: [
        "is my time in B paying off?", "Bへの訪問は成果が出てる？",
    ])
    func payoff(question: String) {
        let answer = Self.ask(question)
        #expect(answer.interpretation.progress == .payoff)
        let text = answer.lines.joined(separator: "\n")
        #expect(text.contains("2"), "\(text)")
        #expect(text.contains(Self.rose), "\(text)")
        #expect(answer.citations.contains("why-focus-b"))
    }

    @Test("one customer's history is its rows with the visits between, also asked of the customer just discussed")
    func customerHistory() {
        let answer = Self.ask("how has \(Self.rose) changed over time?")
        #expect(answer.interpretation.progress == .history)
        #expect(answer.lines.contains { $0.contains("2026-04-01  B") })
        #expect(answer.lines.contains { $0.contains("(B→A)") })
        #expect(answer.lines.contains { $0.contains("2 visits: 2026-06-01, 2026-08-01") })
        let followUp = Self.ask("why is \(Self.fell) in B?", "has it moved?")
        #expect(followUp.interpretation.customers == [Self.fell])
        #expect(followUp.lines.contains { $0.contains("(A→B)") })
        let ja = Self.ask("\(Self.fell)の推移は？")
        #expect(ja.language == .ja && ja.lines.first?.contains("の推移") == true)
    }

    @Test("a move still to come keeps its own question, and a plain why is not a history question")
    func notProgress() {
        let customer = Self.classifications.first { $0.segment == .c }!.name
        let take = Self.ask("what would it take to move \(customer) to A?")
        #expect(take.interpretation.intent.kind == .whatWouldItTake)
        #expect(take.interpretation.progress == nil)
        #expect(Self.ask("why is \(customer) in C?").interpretation.progress == nil)
        #expect(Self.ask("who should I visit this week?").interpretation.progress == nil)
    }

    @Test("without any history the answer says how it starts instead of inventing moves")
    func noHistory() {
        let answer = T.ask("which customers moved from B to A this year?")
        #expect(answer.lines.first?.contains("No segment history yet") == true)
    }

    @Test(
        "a question about what changed lists every move over the period it names",
        arguments: [
            ("what changed since April?", "2026-04-01"), ("先月から何か変わった？", "2026-10-01"), ("今四半期の動きは？", "2026-10-01"),
            ("4月以降に区分が変わった顧客は？", "2026-04-01"), ("any changes this year?", "2026-01-01"),
        ])
    func whatChanged(question: String, since: String) {
        let answer = Self.ask(question)
        #expect(answer.interpretation.progress == .moves(from: nil, to: nil), "\(question)")
        #expect(answer.lines.first?.contains(since) == true, "\(question): \(answer.lines.first ?? "")")
        let text = answer.lines.joined(separator: "\n")
        // The rise of September is before October; the October moves are in every period.
        #expect(text.contains(Self.roseUnvisited) && text.contains(Self.fell), "\(question)")
        #expect(text.contains(Self.rose) == (since < "2026-09-10"), "\(question)")
    }

    @Test(
        "a past move of a named customer is its history, even worded like a question about a move to come",
        arguments: ["when did {rose} become A?", "how many times did I visit {rose} before it became A?", "why did {fell} drop?", "{rose}は動いた？"])
    func pastMoveOfOne(template: String) {
        let question = template.replacingOccurrences(of: "{rose}", with: Self.rose).replacingOccurrences(of: "{fell}", with: Self.fell)
        let answer = Self.ask(question)
        #expect(answer.interpretation.progress == .history, "\(question)")
        #expect(answer.lines.contains { $0.contains("(B→A)") || $0.contains("(A→B)") }, "\(question): \(answer.lines)")
    }

    @Test("asked about one rep's book, only that rep's customers' moves are named")
    func scopedToTheCustomersAsked() {
        var scoped = AssistantData(
            classifications: Self.classifications.filter { $0.name != Self.roseUnvisited }, guidance: DemoBook.knowledge,
            visitLog: Self.data.visitLog, today: Self.today)
        scoped.history = Self.data.history
        var context = ConversationContext()
        let answer = Assistant.answer("who moved to A this year?", context: &context, data: scoped)
        let text = answer.lines.joined(separator: "\n")
        #expect(text.contains(Self.rose))
        #expect(!text.contains(Self.roseUnvisited))
    }

    @Test(
        "how many customers a segment held then and now, from the history; a count of visits or of today is not this question",
        arguments: ["how many A customers do I have now compared with April?", "今年、Aの数は増えた？", "has the number of A customers grown since last year?"])
    func countsOverTime(question: String) {
        let answer = Self.ask(question)
        #expect(answer.interpretation.progress == .counts(.a), "\(question): \(answer.lines)")
        // Two customers rose to A and one fell since April: one more A.
        let a = Self.classifications.filter { $0.segment == .a }.count
        #expect(answer.lines.first?.contains("\(a - 1)") == true && answer.lines.first?.contains("\(a)") == true, "\(answer.lines)")
        #expect(answer.lines.first?.contains(question.unicodeScalars.allSatisfy(\.isASCII) ? "up by 1" : "1社増えました") == true)
        #expect(Self.ask("how many A customers do I have?").interpretation.progress == nil)
        #expect(Self.ask("how many B customers haven't I visited since October?").interpretation.progress == nil)
        #expect(Self.ask("Bから何社Aになった？").interpretation.progress == .moves(from: .b, to: .a))
    }

    @Test(
        "everyday words that also name moves leave other questions alone",
        arguments: [
            "Which clients fall into D?", "which clients should I drop in on?", "Why should B get more of my time than A?",
            "tips for working my B list?", "is B more important than A?",
        ])
    func notTakenOver(question: String) {
        #expect(Self.ask(question).interpretation.progress == nil, "\(question)")
    }
}
