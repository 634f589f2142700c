import Testing

@testable import SalesCoachCore

/// "What's the difference between A and C?" sets the two segments side by
/// side — the axis that separates them, each one's share of visits and who
/// is in each — instead of answering with one segment's article.
@Suite struct SegmentContrastAnswerTests {
    typealias T = AssistantAnswerTests

    @Test(
        "a question about the difference between two segments names both, with their counts in the book",
        arguments: [
            ("what's the difference between an A and a C customer?", Segment.a, Segment.c),
            ("how is D different from B", .d, .b),
            ("A vs B", .a, .b),
            ("BとCの違いは？", .b, .c),
            ("AとBってどう違うの", .a, .b),
            ("compare C and D customers", .c, .d),
        ])
    func contrast(question: String, first: Segment, second: Segment) {
        let answer = T.ask(question)
        let pair = answer.interpretation.contrast
        #expect(pair?.0 == first && pair?.1 == second, "\(question)")
        for segment in [first, second] {
            let count = T.summary.row(segment).count
            #expect(answer.data.contains { data in
                if case .members(segment, _, let total) = data { return total == count }
                return false
            }, "\(question): \(segment)")
            #expect(answer.citations.contains(Answerer.segmentEntry(segment)))
        }
        let isJapanese = question.unicodeScalars.contains { $0.value > 0x3000 }
        #expect(answer.language == (isJapanese ? .ja : .en))
    }

    @Test("the axis that separates two segments is the one they differ on")
    func separatingAxis() {
        let aC = Answerer.separation(.a, .c, language: .en)
        #expect(aC.contains("objective evaluation") && !aC.contains("transaction record —"))
        let aB = Answerer.separation(.a, .b, language: .en)
        #expect(aB.contains("transaction record"))
        let bC = Answerer.separation(.b, .c, language: .en)
        #expect(bC.contains("both axes"))
    }

    @Test("one segment, or a customer named with two segments, is not read as a comparison of segments")
    func notAContrast() {
        #expect(T.ask("what is a C customer?").interpretation.contrast == nil)
        #expect(T.ask("how should I handle C customers?").interpretation.contrast == nil)
        let name = DemoBook.classifications.first { $0.segment == .c }!.name
        #expect(T.ask("why is \(name) in C and not A?").interpretation.contrast == nil)
    }
}
