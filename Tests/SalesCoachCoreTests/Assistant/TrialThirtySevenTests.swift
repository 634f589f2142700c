import TestSupport
import Testing

@testable import SalesCoachCore

/// A fresh trial on a Kyushu agricultural-machinery dealer: companies the
/// book lacks written with a legal mark, and what the rep's follow-ups mean.
@Suite struct TrialThirtySevenTests {
    static let kyushu = AssistantData.trialBook(TrialBooks.kyushuFarmMachinery, source: "kyushu.csv")

    @Test("a company the book lacks, written with ㈱ or (株) before or after it, is 'not in your list'", arguments: [
        ("鹿児島ミート㈱はどのセグメント？", "鹿児島ミート㈱"), ("㈱鹿児島ミートはどう？", "㈱鹿児島ミート"),
        ("鹿児島ミート(株)の担当は？", "鹿児島ミート㈱"),
    ])
    func unknownCompanyWithLegalMark(line: String, named: String) {
        var context = ConversationContext()
        let answer = Assistant.answer(line, context: &context, data: Self.kyushu)
        #expect(answer.text.contains("「\(named)」は顧客リストにありません"), "\(answer.text)")
    }
}
