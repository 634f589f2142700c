import Foundation
import Testing

@testable import SalesCoachCore

/// Writes the tune questions as the interpreter's learning examples
/// (`IntentExamples.swift`), with customer names masked by the demo book's
/// matcher. Only when asked: `SALESCOACH_WRITE_EXAMPLES=path swift test --filter IntentExampleWriter`.
/// Held-out questions never go in.
@Suite struct IntentExampleWriter {
    @Test("write the tune questions as learning examples, when asked")
    func write() throws {
        guard let path = ProcessInfo.processInfo.environment["SALESCOACH_WRITE_EXAMPLES"] else { return }
        let lines = Self.examples(QuestionSet.tuneQuestions).map { "        \($0.kind.rawValue) | \($0.question)" }
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
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
