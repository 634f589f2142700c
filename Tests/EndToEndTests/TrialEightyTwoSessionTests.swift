import Foundation
import TestSupport
import Testing

/// Trials 79–82 through the real binary: a rep who said who they are asking
/// about another rep or the whole team, a visit to another rep's customer, a
/// plan accepted after questions in between, a must-include that saves nothing.
@Suite struct TrialEightyTwoSessionTests {
    @Test("after 'I'm Mark', 'who is the rep for X?' then 'how many C customers does she have?' is that rep's count")
    func pronounForTheRepJustNamed() throws {
        let result = try BinaryRunner.session(
            book: TrialBooks.tochigiIbaraki,
            ["hi, im Mark", "who is the rep for 日光レイクホテル?", "how many C customers does she have?"], language: "en")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("C: 7 of 佐藤 美咲's 16 customers"), "\(result.stdout)")
    }

    @Test("after 'I'm Mark', another rep's drift to C is read from her visits, not Mark's plan against her book")
    func anotherRepsComfort() throws {
        let result = try BinaryRunner.session(
            book: TrialBooks.tochigiIbaraki, ["hi, im Mark", "plan my week", "accept that plan", "佐藤さんはCに偏ってない？"], language: "en")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stdout.contains("担当先にありません"), "\(result.stdout)")
        #expect(result.stdout.contains("佐藤 美咲さん — 訪問4件、うちC 4件"), "\(result.stdout)")
    }

    @Test("after 'I'm Mark', the team's questions and a trade only others hold are answered from the whole list")
    func teamQuestionsLeaveTheRepsBook() throws {
        let result = try BinaryRunner.session(
            book: TrialBooks.tochigiIbaraki,
            ["hi, im Mark", "who has the most B customers?", "how many customers in each segment? whole team", "ゴルフ場の売上合計は？"],
            language: "en")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Most B customers: Mark Jensen and 佐藤 美咲, tied at 5 each."), "\(result.stdout)")
        #expect(result.stdout.contains("The whole team — A 10 · B 13 · C 13 · D 9 (45 in all)"), "\(result.stdout)")
        #expect(result.stdout.contains("ゴルフ場（名前から判断）の当社売上：合計1,090万（3社）"), "\(result.stdout)")
    }

    @Test("a plan shown, changed and checked is saved by 'ok accept that plan' as shown, at the size asked")
    func acceptAfterACheck() throws {
        let result = try BinaryRunner.session(
            book: TrialBooks.tochigiIbaraki,
            ["plan my week, im off friday", "古河金属工業は絶対入れて", "make it 6", "why?", "am i spending too much time on C?", "ok accept that plan"],
            language: "en")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Saved as your planned visits for the week of 2026-12-07: 6 visits to 6 customers"), "\(result.stdout)")
        // The must-include saved nothing on its own: one save, the one asked for.
        #expect(result.stdout.components(separatedBy: "Saved as your planned visits").count == 2, "\(result.stdout)")
    }

    @Test("'it has to include X' on a proposal puts X in at the plan's size and saves nothing")
    func mustIncludeReshapes() throws {
        let result = try BinaryRunner.session(
            book: TrialBooks.tokushimaKochi, ["plan my week, friday off", "it has to include Kochi Harbor Hotel"], language: "en")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Thu Kochi Harbor Hotel — B"), "\(result.stdout)")
        #expect(!result.stdout.contains("Saved as your planned visits"), "\(result.stdout)")
    }

    @Test("after 「岸です」, a visit another rep made to their customer is logged with its segment")
    func visitToAnotherRepsCustomer() throws {
        let result = try BinaryRunner.session(
            book: TrialBooks.wakayamaSenshu, ["岸です", "月曜に中西さんが紀の里農協に行ってきたらしい"], language: "en")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("紀の里農協（A）への訪問を 2026-12-07 に記録しました"), "\(result.stdout)")
    }
}
