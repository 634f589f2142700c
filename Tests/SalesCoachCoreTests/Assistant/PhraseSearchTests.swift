import Foundation
import Testing

@testable import SalesCoachCore

/// `PhraseSearch` answers from the bytes when it can; every answer must be
/// the one `String.contains` (Foundation's search, as the recognisers used
/// before) gives.
@Suite struct PhraseSearchTests {
    static let texts = [
        "", " ", " who should i visit this week? ", "whoshouldivisitthisweek?", " k ", " top 5 by sales ",
        "来週どこに行けばいい？", "Aランクは何社？", "line\r\nnext", "cafe\u{301}", "café", "ok", "OK",
    ]
    static let phrases = [
        "", " ", " visit ", " week ", "visit", "ない", "何社", "\u{212A}", " \u{212A} ", "\u{37E}", "?", "\n", "\r",
        "e", "é", "e\u{301}", "caf", " this week ", "k", "ok", "Ｋ",
    ]

    @Test("every text and phrase gets the answer String.contains gives")
    func sameAsContains() {
        for text in Self.texts {
            for phrase in Self.phrases {
                #expect(PhraseSearch.contains(text, phrase) == text.contains(phrase), "\(text.debugDescription) ∋ \(phrase.debugDescription)")
            }
        }
    }
}
