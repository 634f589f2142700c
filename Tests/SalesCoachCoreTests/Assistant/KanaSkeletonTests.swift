import Testing

@testable import SalesCoachCore

/// English names written in katakana are read by their consonants.
@Suite struct KanaSkeletonTests {
    @Test(
        "a Latin name and its katakana spelling have the same skeleton",
        arguments: [
            ("Meridian Pharma", "メリディアンファーマ"), ("Vertex", "ヴァーテックス"), ("Keystone", "キーストーン"),
            ("Northwind", "ノースウィンド"), ("Helios Energy", "ヘリオスエナジー"), ("Darcel", "ダーセル"), ("Emily", "エミリー"),
            ("Carter", "カーター"), ("Motors", "モーターズ"), ("Systems", "システムズ"),
        ])
    func sameSkeleton(latin: String, katakana: String) {
        #expect(KanaSkeleton.of(latin: latin) == KanaSkeleton.of(katakana: Array(katakana)), "\(latin) / \(katakana)")
    }

    @Test("a customer written in katakana is taken and said so; a katakana word that is no name is left alone")
    func katakanaCustomer() {
        let meridian = AssistantAnswerTests.ask("メリディアンファーマ、Aまで何が足りない？")
        #expect(meridian.interpretation.takenAs == "Meridian Pharma", "\(meridian.lines)")
        let rep = AssistantAnswerTests.ask("キーストーンの担当は誰？")
        #expect(rep.interpretation.asksRep)
        #expect(rep.lines.contains { $0.hasPrefix("Keystone Retail Groupの担当：") }, "\(rep.lines)")
        // The leading words of a longer name, without the place after them.
        let matcher = CustomerMatcher(names: ["Meridian Motors Kansai", "Orion Hydraulics"])
        #expect(matcher.match(in: "メリディアンモーターズの担当者は？").likely == ["Meridian Motors Kansai"])
        #expect(AssistantAnswerTests.ask("スケジュールを見せて").interpretation.customers.isEmpty)
        #expect(AssistantAnswerTests.ask("マトリックスって何？").interpretation.customers.isEmpty)
    }

    @Test("a rep's Latin name in katakana with さん names the rep")
    func katakanaRep() {
        let reps = ["Darcel Schlecht", "Emily Carter", "佐々木 健"]
        #expect(RepName.named(in: "エミリーさんのB顧客は何社ですか", reps: reps) == "Emily Carter")
        #expect(RepName.named(in: "ダーセルさんの担当で一番売上が大きいのは？", reps: reps) == "Darcel Schlecht")
        #expect(RepName.named(in: "エミリーのB顧客", reps: reps) == nil, "without さん a katakana word is not taken for a rep")
    }
}
