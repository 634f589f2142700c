import TestSupport
import Testing

@testable import SalesCoachCore

/// A fresh trial on an Okinawa distributor of kitchen equipment: Okinawan
/// family names and places, a wage question beside a place, and "which of
/// those could become B" after the borderline list.
@Suite struct TrialFortyThreeTests {
    static let okinawa = AssistantData.trialBook(TrialBooks.okinawaKitchen, source: "okinawa.csv")

    static func ask(_ lines: [String]) -> Answer { okinawa.answerToLast(of: lines) }

    @Test("the rep spelt \"Kinjo Mai\" is 金城 in kanji, beside the rep 比嘉 翔太")
    func okinawanFamilyNames() {
        let reps = ["比嘉 翔太", "Kinjo Mai", "Lisa Grant"]
        let names = Self.okinawa.classifications.map(\.customer.name)
        #expect(RepName.allNamed(in: "金城さんと比嘉さん、Bが多いのはどっち？", reps: reps, customerNames: names) == ["Kinjo Mai", "比嘉 翔太"])
    }

    @Test("Okinawan places read in romaji", arguments: [
        ("ginowan bakery", "宜野湾ベーカリー"), ("chatan seaside", "北谷シーサイドホテル"), ("ryukyu grand", "株式会社琉球グランドリゾート"),
        ("itoman marine", "糸満マリンホテル"), ("urasoe kyushoku", "浦添給食センター合同会社"),
    ])
    func okinawanPlaces(typed: String, customer: String) {
        let matches = Self.okinawa.interpreter.matcher.match(in: typed)
        #expect((matches.names + matches.likely).first == customer, "\(matches)")
    }

    @Test("「沖縄の最低賃金っていくら？」 is declined, not taken for 沖縄シティホテル")
    func wageDeclined() {
        let answer = Self.ask(["沖縄の最低賃金っていくら？"])
        #expect(answer.interpretation.intent == .outOfScope, "\(answer.text)")
        #expect(answer.text.hasPrefix("その質問にはお答えできません"), "\(answer.text)")
        #expect(!answer.text.contains("もしかして"), "\(answer.text)")
    }

    @Test("「その中でBになりそうなのは？」 after the borderline list gives the A customers that could slip to B", arguments: [
        ["境界線上の顧客は？", "その中でBになりそうなのは？"], ["which customers are borderline?", "which of those could become B?"],
    ])
    func whichOfThoseCouldBecome(lines: [String]) {
        let answer = Self.ask(lines)
        let rows = answer.lines.filter { $0.hasPrefix("  ") }.map { $0.split(separator: " — ").first.map { String($0.dropFirst(2)) } ?? "" }
        #expect(rows == ["糸満マリンホテル", "宮古島ビーチリゾート株式会社"], "\(answer.text)")
    }
}
