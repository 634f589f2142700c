import Foundation
import TestSupport
import Testing

/// Sessions from a fresh trial (39) on a northern Tōhoku distributor of
/// food-processing machinery. (Today is Wednesday 2026-12-09.)
@Suite struct TrialThirtyNineSessionTests {
    private func session(_ lines: [String], language: String = "en") throws -> String {
        let result = try BinaryRunner.session(book: TrialBooks.tohokuFoodMachinery, lines, language: language)
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    @Test("「工藤さんの担当だけ見せて」 lists that rep's customers by segment")
    func repsBookOnly() throws {
        let output = try session(["工藤さんの担当だけ見せて"], language: "ja")
        #expect(output.contains("Aの顧客（重要顧客：フォローを切らさない）：全15社中3社"), "\(output)")
    }

    @Test("'plan it: 2 a day, friday off, X has to be in' on Mark's week plans Wednesday and Thursday, two a day, X kept")
    func planWithLimitsForRep() throws {
        let output = try session(["Mark here, who should i see this week", "plan it: 2 a day, friday off, northern star has to be in"])
        let last = output.components(separatedBy: "Ask “why?”").dropLast().last ?? ""
        #expect(last.contains("Visits for the week of 2026-12-07: 4 of 4."), "\(output)")
        #expect(last.contains("Kept in, as you asked: Northern Star Foods Ltd.\n"), "\(output)")
    }
}
