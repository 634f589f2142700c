import Foundation
import Testing

@testable import SalesCoachCore

/// knowledge/prose/ is data tested like code: every sentence the program
/// says is there in both languages with the same placeholders, and a
/// mistake in a file is refused with its file and line.
@Suite struct ProseTests {
    @Test("the shipped prose reads, and every key has its text in both languages", arguments: ProseKey.allCases)
    func shipped(_ key: ProseKey) throws {
        #expect(Prose.standardError == nil, "\(Prose.standardError?.description ?? "")")
        for language in Language.allCases {
            #expect(!Prose.standard.text(key, in: language).isEmpty, "\(key.rawValue) in \(language)")
        }
        #expect(
            Set(Prose.placeholders(in: key.text(in: .en))) == Set(Prose.placeholders(in: key.text(in: .ja))),
            "\(key.rawValue)")
    }

    @Test("placeholders are filled once, and a value holding braces stays as it is")
    func placeholders() throws {
        let prose = try Prose(files: Self.files(replacing: "[quiz.reach.explanation]\nen: {letter} for {customer}.\nja: {customer}は{letter}。\n"))
        #expect(prose.text(.quizReachExplanation, in: .en, ["letter": "b", "customer": "{letter} Inc"]) == "b for {letter} Inc.")
        #expect(prose.text(.quizReachExplanation, in: .ja, ["letter": "b", "customer": "田中商事"]) == "田中商事はb。")
    }

    @Test(
        "a mistake in a prose file names the file and line",
        arguments: [
            ("[quiz.reach.explanation]\nen: x\nja: y\n[quiz.reach.explantion]\nen: x\n", "knowledge/prose/x.prose:4: unknown text '[quiz.reach.explantion]' (did you mean 'quiz.reach.explanation'?)"),
            ("[quiz.reach.explanation]\nfr: x\n", "knowledge/prose/x.prose:2: expected 'en: text' or 'ja: text'"),
            ("[quiz.reach.explanation]\nen: x\nen: y\n", "knowledge/prose/x.prose:3: [quiz.reach.explanation] has a second 'en:' text; expected one per language"),
            ("[quiz.reach.explanation]\nen: {letter}\nja: {customer}\n", "knowledge/prose/x.prose:1: [quiz.reach.explanation]: the en text names {letter} but the ja text {customer}; expected the same"),
            ("[quiz.reach.explanation]\nen: x\n", "knowledge/prose/: no 'ja: …' text for [quiz.reach.explanation]; the program says it"),
        ])
    func mistakes(text: String, message: String) {
        do {
            _ = try Prose(files: Self.files(replacing: text))
            Issue.record("no error for \(text)")
        } catch {
            #expect(error.description == message)
        }
    }

    /// The shipped files without their quiz.reach.explanation, and `text` as x.prose.
    static func files(replacing text: String) -> [(path: String, text: String)] {
        EmbeddedProse.files.map { file in
            guard let range = file.text.range(of: "[quiz.reach.explanation]") else { return file }
            let rest = file.text[range.upperBound...]
            let end = rest.range(of: "\n\n").map { $0.upperBound } ?? file.text.endIndex
            return (file.path, String(file.text[..<range.lowerBound] + file.text[end...]))
        } + [("x.prose", text)]
    }
}
