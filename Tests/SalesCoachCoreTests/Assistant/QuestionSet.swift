import Foundation
import Testing

@testable import SalesCoachCore

/// The labelled questions the interpreter is measured on, in two splits:
/// `tune` (knowledge/understanding/tune/, which the model learns from and
/// whose failures may be studied) and `heldout` (Heldout/ beside this file:
/// written by people who never saw the interpreter, measured, never tuned on).
enum QuestionSet {
    /// The tune questions: the same data the model learns from.
    static var tuneQuestions: [LabeledQuestion] { Understanding.standard.tuneQuestions }

    /// The held-out batches in the order they were written.
    static let heldoutBatches = [
        "heldout-first", "heldout-late", "heldout-third", "heldout-fourth", "heldout-fifth", "heldout-sixth",
        "heldout-seventh", "heldout-eighth",
    ]

    /// All held-out batches.
    static var heldoutQuestions: [LabeledQuestion] { heldoutBatches.flatMap(heldout) }

    /// One held-out batch, read from Heldout/NAME.questions.
    static func heldout(_ name: String) -> [LabeledQuestion] {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Heldout")
        let file = folder.appendingPathComponent(name + ".questions")
        guard let text = try? String(contentsOf: file, encoding: .utf8) else {
            Issue.record("cannot read \(file.path)")
            return []
        }
        return parse(text, split: name)
    }

    /// Reads the `intent | customers | segments | extra | question | previous` lines.
    static func parse(_ text: String, split: String) -> [LabeledQuestion] {
        do {
            return try LabeledQuestion.parse(text, split: split, file: split)
        } catch {
            Issue.record("\(error)")
            return []
        }
    }
}
