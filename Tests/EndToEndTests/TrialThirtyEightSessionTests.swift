import Foundation
import TestSupport
import Testing

/// Sessions from a fresh trial (38) on a North Kantō distributor of factory
/// electrical parts. (Today is Wednesday 2026-12-09.)
@Suite struct TrialThirtyEightSessionTests {
    @Test("「佐々木さんの顧客一覧」 with a customer 佐々木電設 lists the rep's book; 「そのうち未訪問は？」 stays in it")
    func repWithHonorificBesideCustomer() throws {
        let result = try BinaryRunner.session(
            book: TrialBooks.kitaKantoElectrical, ["佐々木さんの顧客一覧", "そのうち未訪問は？", "売上合計とDの数も"], language: "ja")
        #expect(result.status == 0, "\(result.stderr)")
        let output = result.stdout
        #expect(output.contains("Aの顧客（重要顧客：フォローを切らさない）：全17社中3社"), "\(output)")
        #expect(!output.contains("佐々木電設㈱はC"), "\(output)")
        #expect(output.contains("訪問の記録がない顧客（last_visit も訪問記録もなし）：4社"), "\(output)")
        #expect(output.contains("D顧客：17社中4社、"), "\(output)")
    }
}
