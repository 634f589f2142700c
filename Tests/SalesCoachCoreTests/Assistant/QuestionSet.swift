@testable import SalesCoachCore

/// The labelled questions the interpreter is measured on, in two splits:
/// `tune` (failures there may be studied and fixed) and `heldout` (never).
enum QuestionSet {
    static var tuneQuestions: [LabeledQuestion] { parse(tune, split: "tune") + parse(tuneMore, split: "tune-more") + parse(tuneThird, split: "tune-third")
        + parse(tuneFourth, split: "tune-fourth") + parse(tuneFifth, split: "tune-fifth")
        + parse(tuneSixth, split: "tune-sixth") }
    /// All held-out batches: the one written before the interpreter, a later
    /// one, and four more written by people who never saw it.
    static var heldoutQuestions: [LabeledQuestion] {
        heldoutEarlyQuestions + heldoutLateQuestions + heldoutThirdQuestions + heldoutFourthQuestions + heldoutFifthQuestions
            + heldoutSixthQuestions
    }
    static var heldoutThirdQuestions: [LabeledQuestion] { parse(heldoutThird, split: "heldout-third") }
    static var heldoutFourthQuestions: [LabeledQuestion] { parse(heldoutFourth, split: "heldout-fourth") }
    static var heldoutFifthQuestions: [LabeledQuestion] { parse(heldoutFifth, split: "heldout-fifth") }
    static var heldoutSixthQuestions: [LabeledQuestion] { parse(heldoutSixth, split: "heldout-sixth") }
    static var heldoutEarlyQuestions: [LabeledQuestion] { parse(heldout, split: "heldout") }
    static var heldoutLateQuestions: [LabeledQuestion] { parse(heldoutLate, split: "heldout-late") }

    /// Reads the `intent | customers | segments | extra | question | previous` lines.
    static func parse(_ text: String, split: String) -> [LabeledQuestion] {
        text.split(separator: "\n").enumerated().compactMap { number, line in
            let fields = line.split(separator: "|", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard fields.count >= 5, let intent = Intent.Kind(rawValue: fields[0]) else { return nil }
            let names = fields[1].split(separator: "+").map(String.init)
            var topic: String? = nil
            var count: Int? = nil
            for item in fields[3].split(separator: ",") {
                let pair = item.split(separator: "=").map(String.init)
                guard pair.count == 2 else { continue }
                if pair[0] == "topic" { topic = pair[1] }
                if pair[0] == "number" { count = Int(pair[1]) }
            }
            return LabeledQuestion(
                split: split, line: number + 1, intent: intent,
                customers: names.filter { !$0.hasPrefix("?") },
                suggestions: names.filter { $0.hasPrefix("?") }.map { String($0.dropFirst()) },
                segments: fields[2].split(separator: "+").compactMap { Segment(letter: $0) },
                topic: topic, number: count, question: fields[4],
                previous: fields.count > 5 && !fields[5].isEmpty ? fields[5] : nil)
        }
    }
}

/// One labelled question.
struct LabeledQuestion: Sendable, CustomStringConvertible {
    let split: String
    let line: Int
    let intent: Intent.Kind
    let customers: [String]
    let suggestions: [String]
    let segments: [Segment]
    let topic: String?
    let number: Int?
    let question: String
    /// The question asked just before, for follow-ups.
    let previous: String?

    var isJapanese: Bool { question.contains { $0.isJapanese } && LanguageDetector.language(of: question) == .ja }

    var description: String { "\(split):\(line) \(question)" }
}
