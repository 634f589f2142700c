import Testing

@testable import SalesCoachCore

/// A note about an unused share says "all" and "none" in words, never
/// "only 3 of 3" or "only 0 of 14", in both languages.
@Suite struct PlanNoteTextTests {
    @Test(
        "an unused share's note counts the eligible customers in words that fit the numbers",
        arguments: [
            (3, 3, "all 3 B customers are already in", "Bの顧客3社はすべて計画に入っています"),
            (0, 14, "none of the 14 B customers can be visited", "Bの顧客14社のうち訪問できるのは1社もありません"),
            (2, 5, "only 2 of 5 B customers can be visited", "Bの顧客5社のうち訪問できるのは2社だけです"),
        ])
    func unusedShare(eligible: Int, customers: Int, english: String, japanese: String) {
        let note = PlanNote.unusedShare(segment: .b, visits: 2, shortfall: .fewEligible(eligible: eligible, customers: customers))
        #expect(note.text(in: .en).contains(english), "\(note.text(in: .en))")
        #expect(note.text(in: .ja).contains(japanese), "\(note.text(in: .ja))")
        #expect(!note.text(in: .en).contains("only \(customers) of \(customers)"))
    }
}
