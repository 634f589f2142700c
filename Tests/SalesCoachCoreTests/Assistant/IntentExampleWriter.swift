import Foundation
import Testing

@testable import SalesCoachCore

/// Keeps the interpreter's learning examples (`IntentExamples.swift`) equal
/// to the tune questions, customer names masked by the demo book's matcher.
/// `SALESCOACH_WRITE_EXAMPLES=1 swift test --filter IntentExampleWriter`
/// rewrites the file after tune questions change. Held-out questions never go in.
@Suite struct IntentExampleWriter {
    static var examplesFile: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/SalesCoachCore/Assistant/IntentExamples.swift")
    }

    static var lines: [String] { examples(QuestionSet.tuneQuestions).map { "\($0.kind.rawValue) | \($0.question)" } }

    /// Exactly the tune questions: nothing from the held-out split is learnt
    /// (a held-out question can still read the same as a tune one, such as
    /// "help"; the held-out report gives the figure without those).
    @Test("the learning examples are exactly the tune questions, names masked")
    func examplesAreTheTuneQuestions() {
        let learnt = IntentExamples.all.map { "\($0.kind.rawValue) | \($0.question)" }
        #expect(learnt == Self.lines, "run SALESCOACH_WRITE_EXAMPLES=1 swift test --filter IntentExampleWriter")
    }

    @Test("rewrite the learning examples from the tune questions, when asked")
    func write() throws {
        guard ProcessInfo.processInfo.environment["SALESCOACH_WRITE_EXAMPLES"] != nil else { return }
        let file = Self.examplesFile
        let source = try String(contentsOf: file, encoding: .utf8)
        guard let start = source.range(of: "    static let text = \"\"\"\n"),
            let end = source.range(of: "        \"\"\"", range: start.upperBound..<source.endIndex)
        else {
            Issue.record("\(file.path): expected a `static let text = \"\"\"` block")
            return
        }
        let body = Self.lines.map { "        " + $0 + "\n" }.joined()
        try (source[..<start.upperBound] + body + source[end.lowerBound...]).write(to: file, atomically: true, encoding: .utf8)
    }

    static let matcher = CustomerMatcher(names: DemoBook.classifications.map(\.customer.name))

    /// Questions asked on their own (follow-ups need their context), names masked.
    static func examples(_ questions: [LabeledQuestion]) -> [(kind: Intent.Kind, question: String)] {
        questions.filter { $0.previous == nil }.map { question in
            let text = QuestionText(question.question)
            let masked = text.masking(matcher.match(text).spans)
            var out = ""
            for (i, c) in masked.chars.enumerated() {
                if c == QuestionText.nameMarker {
                    if out.last != QuestionText.nameMarker { out.append(c) }
                } else {
                    out += text.upper[i] ? c.uppercased() : String(c)
                }
            }
            return (question.intent, out)
        }
    }

    /// The model learnt from one tune batch and measured on the other, for
    /// each weight and temperature: how the model's settings were chosen,
    /// without looking at the held-out questions. Prints only.
    @Test("cross-batch check of the model's settings, when asked")
    func crossBatch() {
        guard ProcessInfo.processInfo.environment["SALESCOACH_CROSS_BATCH"] != nil else { return }
        let batches = [
            QuestionSet.parse(QuestionSet.tune, split: "tune"), QuestionSet.parse(QuestionSet.tuneMore, split: "tune-more"),
            QuestionSet.parse(QuestionSet.tuneThird, split: "tune-third"),
            QuestionSet.parse(QuestionSet.tuneFourth, split: "tune-fourth"),
            QuestionSet.parse(QuestionSet.tuneFifth, split: "tune-fifth"),
            QuestionSet.parse(QuestionSet.tuneSixth, split: "tune-sixth"),
        ]
        do {
            for temperature in [2.0, 4.0, 8.0] {
                for weight in [0.0, 1.5, 3.0, 4.5] {
                    var line = "[cross] T=\(temperature) w=\(weight):"
                    var right = 0
                    var total = 0
                    var outRight = 0
                    var outTotal = 0
                    for (held, test) in batches.enumerated() {
                        let train = batches.enumerated().filter { $0.offset != held }.flatMap(\.element)
                        let model = Interpreter.model(learning: Self.examples(train), temperature: temperature)
                        let interpreter = Interpreter(matcher: Self.matcher, model: model, modelWeight: weight)
                        for question in test {
                            var context = ConversationContext()
                            if let previous = question.previous {
                                _ = Assistant.answer(previous, context: &context, data: InterpreterAccuracyTests.data)
                            }
                            let kind = interpreter.interpret(question.question, context: context).intent.kind
                            total += 1
                            if kind == question.intent { right += 1 }
                            if question.intent == .outOfScope {
                                outTotal += 1
                                if kind == .outOfScope { outRight += 1 }
                            }
                        }
                    }
                    line += " intent \(right)/\(total), out of scope \(outRight)/\(outTotal)"
                    print(line)
                }
            }
        }
    }
}
