import Foundation
import TestSupport
import Testing

/// Sessions from a fresh trial (35) on a Hokuriku construction-materials
/// distributor: a plan typed with kanji customers in an English line, and a
/// place in romaji moved to a day. (Today is Wednesday 2026-12-09.)
@Suite struct TrialThirtyFiveSessionTests {
    private func session(_ lines: [String]) throws -> String {
        let result = try BinaryRunner.session(book: TrialBooks.hokurikuBuilding, lines, language: "en")
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    @Test("a plan typed in English with kanji customers is checked on their rep's book, every line in English")
    func typedPlanInEnglish() throws {
        let output = try session([
            "plan: mon 七尾港運, 勝山テック; tue 小松リフト, 氷見造園, 能登建設; wed 松任コンクリート; thu 羽咋重機 -- is this ok?",
        ])
        #expect(output.contains("(Ishikawa Rie's customers, as ranked in the whole list)"), "\(output)")
        #expect(!output.contains("担当先"), "\(output)")
        #expect(output.contains("Move 3 visits from C to B customers."), "\(output)")
    }

    @Test("'move uozu to friday' after a plan puts 魚津産業 on Friday")
    func placeInRomajiMoved() throws {
        let output = try session(["tom baker here, who should i see this week", "move uozu to friday"])
        #expect(output.contains("魚津産業 is on 2026-12-11 (Fri)"), "\(output)")
    }
}
