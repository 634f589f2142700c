import Foundation

/// A question with the reading a careful person would give it: the data the
/// interpreter's model learns from (the tune files under
/// knowledge/understanding/tune/) and the accuracy tests measure against.
///
/// One line per question: `intent | customers | segments | extra | question | previous`.
/// Customers are the book's spellings joined by `+` (a leading `?` marks a
/// name only worth a "did you mean"); segments are letters joined by `+`;
/// extra holds `topic=ID` and `number=N`; previous is the question asked just
/// before, for follow-ups.
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
    /// Any fields after `previous` (answer-level expectations in test batches).
    let more: [String]

    var isJapanese: Bool { question.contains { $0.isJapanese } && LanguageDetector.language(of: question) == .ja }

    var description: String { "\(split):\(line) \(question)" }

    /// The questions of one file; `split` names it in messages. Blank lines and
    /// lines starting with `#` are skipped; any other line must parse.
    static func parse(_ text: String, split: String, file: String) throws(UnderstandingError) -> [LabeledQuestion] {
        var questions: [LabeledQuestion] = []
        for (offset, raw) in text.dataLines.enumerated() {
            let line = String(raw.trimmedForData)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let number = offset + 1
            func fail(_ problem: UnderstandingError.Problem) -> UnderstandingError { UnderstandingError(file: file, line: number, problem) }
            let fields = Substring(line).dataFields
            guard fields.count >= 5 else {
                throw fail(.expected(.question(found: fields.count)))
            }
            guard let intent = Intent.Kind(rawValue: fields[0]) else {
                let known = Intent.Kind.allCases.map(\.rawValue)
                throw fail(.unknown(.intent, fields[0], known: known, listed: true))
            }
            guard !fields[4].isEmpty else { throw fail(.emptyQuestion) }
            let names = fields[1].split(separator: "+").map { String($0.trimmedForData) }
            var segments: [Segment] = []
            for letter in fields[2].split(separator: "+") {
                guard let segment = Segment(letter: letter.trimmedForData) else {
                    throw fail(.unknownSegment(String(letter), joined: true))
                }
                segments.append(segment)
            }
            var topic: String? = nil
            var count: Int? = nil
            for item in fields[3].split(separator: ",") {
                let pair = item.split(separator: "=").map { String($0.trimmedForData) }
                switch (pair.first, pair.count) {
                case ("topic", 2): topic = pair[1]
                case ("number", 2):
                    guard let value = Int(pair[1]) else { throw fail(.notWholeNumber(String(pair[1]))) }
                    count = value
                default: throw fail(.unknown(.extra, String(item), known: ["topic", "number"], listed: false))
                }
            }
            questions.append(LabeledQuestion(
                split: split, line: number, intent: intent,
                customers: names.filter { !$0.hasPrefix("?") },
                suggestions: names.filter { $0.hasPrefix("?") }.map { String($0.dropFirst()) },
                segments: segments, topic: topic, number: count, question: fields[4],
                previous: fields.count > 5 && !fields[5].isEmpty ? fields[5] : nil,
                more: Array(fields.dropFirst(6))))
        }
        return questions
    }
}
