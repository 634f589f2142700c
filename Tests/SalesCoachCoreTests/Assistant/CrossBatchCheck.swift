import Foundation
import Testing

@testable import SalesCoachCore

/// How well the interpreter reads questions of a kind it has not learnt from:
/// each tune file in turn is left out of learning and read. This is how the
/// scorer's fitting and settings are chosen without ever looking at held-out questions.
/// Prints only; run with `SALESCOACH_CROSS_BATCH=1 swift test --filter CrossBatchCheck`.
@Suite struct CrossBatchCheck {
    static func run(_ label: String, build: (Understanding) -> Interpreter) {
        let all = QuestionSet.tuneQuestions
        let splits = Array(Set(all.map(\.split))).sorted()
        var right = 0, total = 0, outRight = 0, outTotal = 0, saidOut = 0, saidOutRight = 0
        for held in splits {
            var understanding = Understanding.standard
            understanding.tuneQuestions = all.filter { $0.split != held }
            let interpreter = build(understanding)
            for question in all where question.split == held {
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
                if kind == .outOfScope {
                    saidOut += 1
                    if question.intent == .outOfScope { saidOutRight += 1 }
                }
            }
        }
        print("[cross] \(label): intent \(right)/\(total) = \(Double(right) / Double(total)), out of scope recall \(outRight)/\(outTotal), precision \(saidOutRight)/\(saidOut)")
    }

    static let matcher = CustomerMatcher(names: DemoBook.names)

    @Test("cross-batch check of the learnt scorer, when asked")
    func crossBatch() {
        guard ProcessInfo.processInfo.environment["SALESCOACH_CROSS_BATCH"] != nil else { return }
        var fittings: [IntentClassifier.Fitting] = [IntentClassifier.Fitting()]
        if let grid = ProcessInfo.processInfo.environment["SALESCOACH_CROSS_GRID"] {
            // "epochs,rate,l2;epochs,rate,l2"
            fittings = grid.split(separator: ";").map { item in
                let v = item.split(separator: ",").compactMap { Double($0) }
                var f = IntentClassifier.Fitting()
                f.epochs = Int(v[0]); f.rate = v[1]; f.l2 = v[2]
                return f
            }
        }
        for fitting in fittings {
            Self.run("learnt epochs=\(fitting.epochs) rate=\(fitting.rate) l2=\(fitting.l2)") { understanding in
                Interpreter(matcher: Self.matcher, understanding: understanding, fitting: fitting)
            }
        }
    }
}
