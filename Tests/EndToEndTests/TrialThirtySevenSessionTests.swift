import Foundation
import TestSupport
import Testing

/// Sessions from a fresh trial (37) on a Kyushu agricultural-machinery
/// dealer. (Today is Wednesday 2026-12-09.)
@Suite struct TrialThirtySevenSessionTests {
    private func session(_ lines: [String], language: String = "ja") throws -> String {
        let result = try BinaryRunner.session(book: TrialBooks.kyushuFarmMachinery, lines, language: language)
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    @Test("「なんで…入ってるの？」 after a change in words asks about the week as saved, where the customer is")
    func inPlanAfterChangeInWords() throws {
        let output = try session([
            "松本です。今週どこ回ればいい？",
            "金曜休み。1日3件で計画たてて",
            "菊池グリーンは必ず入れて、松本園芸ははずして",
            "なんで玉名ハウス入ってるの？",
        ])
        let last = output.components(separatedBy: "外すものはありません").last ?? ""
        #expect(last.contains("株式会社玉名ハウスは計画に入っています"), "\(output)")
        #expect(!last.contains("入っていません"), "\(output)")
    }
}
