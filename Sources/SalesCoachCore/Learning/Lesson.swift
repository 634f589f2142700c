/// The guided lesson for new hires: six steps through the two axes, the four
/// segments and the C trap, each on a real customer of the rep's own book.
public enum Lesson {
    /// Builds the steps from a classified book. A step whose segment has no
    /// customer is left out, so a small book gives a shorter lesson.
    public static func steps(for classifications: [Classification]) -> [LessonStep] {
        let classified = classifications.filter { $0.segment != nil }
        var used = Set<String>()
        func unused(_ c: Classification) -> Bool { !used.contains(c.name) }
        func clearest(_ segment: Segment) -> Classification? {
            // The customer furthest from both cuts teaches the segment best.
            let pick = classified.filter { $0.segment == segment && unused($0) }.max { distance($0) < distance($1) }
            if let pick { used.insert(pick.name) }
            return pick
        }
        var steps: [LessonStep] = []
        if let a = clearest(.a) {
            steps.append(LessonStep(
                introduction: [
                    .en: "Every customer is rated on two axes: how attractive the company is on its own (objective evaluation: size, revenue, growth) and how much business it does with us (transaction record: orders, sales, profit). High on both means a key account.",
                    .ja: "顧客は二つの軸で評価します。会社そのものの魅力（客観的評価：規模・売上高・成長）と、当社との取り引きの大きさ（取り引き実績：受注・売上・粗利）です。両方が高ければ重要顧客です。",
                ], customer: a, answer: .a, knowledgeIDs: ["method-overview", "segment-a"],
                takeaway: [
                    .en: "The method's answer: A. Keep up the after-sales follow-up on a steady rhythm, so no competitor finds a way in.",
                    .ja: "方法の答え：A。アフターフォローを一定のリズムで続け、競合に入り込む隙を与えないこと。",
                ]))
        }
        if let b = clearest(.b) {
            let standing = BookStanding(b, in: classifications)
            steps.append(LessonStep(
                introduction: [
                    .en: "Now a company that is \(standing.objectivePhrase(in: .en)), yet still buys little from us. Its potential is untouched: this is where a rep's time pays back most.",
                    .ja: "次は、\(standing.objectivePhrase(in: .ja))なのに、当社との取り引きがまだ少ない会社です。伸びしろが手つかずで残っている、時間をかける価値が最も高い相手です。",
                ], customer: b, answer: .b, knowledgeIDs: ["segment-b", "why-focus-b"],
                takeaway: [
                    .en: "The method's answer: B, the main target. Most of your visits belong here: winning more of its business is how the numbers grow.",
                    .ja: "方法の答え：B、最重点の相手。訪問の大半はここへ。この会社との取り引きを増やすことが数字を伸ばす道です。",
                ]))
        }
        if let c = clearest(.c) {
            let standing = BookStanding(c, in: classifications)
            steps.append(LessonStep(
                introduction: [
                    .en: "This one buys a lot from us, but it is \(standing.objectivePhrase(in: .en)). Visits feel easy and welcome, which is exactly why they are tempting.",
                    .ja: "この会社は当社からよく買ってくれますが、\(standing.objectivePhrase(in: .ja))です。訪問しやすく歓迎されるからこそ、つい足が向きがちな相手です。",
                ], customer: c, answer: .c, knowledgeIDs: ["segment-c", "c-trap"],
                takeaway: [
                    .en: "The method's answer: C. Give it the visits the business needs, no more: more visits cannot grow your numbers much here, and the spare time goes to B.",
                    .ja: "方法の答え：C。取り引きに必要な分だけ訪問し、それ以上はかけない。ここで訪問を増やしても数字はあまり伸びないので、余った時間はBへ。",
                ]))
        }
        if let d = clearest(.d) {
            steps.append(LessonStep(
                introduction: [
                    .en: "Low on both axes, against the rest of your book: even a won deal would be small. Keep contact light.",
                    .ja: "このリストの中では、どちらの軸も低い会社です。商談がまとまっても得るものは小さいので、接触は最小限で十分です。",
                ], customer: d, answer: .d, knowledgeIDs: ["segment-d"],
                takeaway: [
                    .en: "The method's answer: D. Spend little time here; a call or an email now and then is enough.",
                    .ja: "方法の答え：D。時間はほとんどかけない。ときどき電話やメールをする程度で十分です。",
                ]))
        }
        if let borderline = classified.filter({ $0.isBorderline && unused($0) }).min(by: { distance($0) < distance($1) }) {
            used.insert(borderline.name)
            steps.append(LessonStep(
                introduction: [
                    .en: "Some customers sit right on a cut line. Place this one, then look at how little would move it.",
                    .ja: "基準線のすぐそばにいる顧客もいます。まず領域を答えて、どれだけの変化で移るかを見てみましょう。",
                ], customer: borderline, answer: borderline.segment ?? .d, knowledgeIDs: ["borderline"],
                takeaway: [
                    .en: "The method's answer: \(borderline.segment?.rawValue ?? "D"), for now. A customer this close to a cut can change segment with a small change, so check it again after the next orders come in.",
                    .ja: "方法の答え：いまは\(borderline.segment?.rawValue ?? "D")。区切りに近い顧客は小さな変化で領域が変わるので、次の受注のあとにもう一度確かめましょう。",
                ]))
        }
        if let trap = classified.filter({ $0.segment == .c && unused($0) }).max(by: { recordWeight($0) < recordWeight($1) }) {
            steps.append(LessonStep(
                introduction: [
                    .en: "Last: the customer with the strongest record in C. A long relationship and personal goodwill (情) make it feel important. Where does it belong, and where should the extra visits go instead?",
                    .ja: "最後に、Cの中で取り引き実績が最も強い顧客です。長い付き合いと情があると重要に感じられます。どの領域に入り、余分な訪問は本来どこへ向けるべきでしょうか。",
                ], customer: trap, answer: .c, knowledgeIDs: ["c-trap", "why-focus-b"],
                takeaway: [
                    .en: "The method's answer: C, however warm the relationship. The extra visits go to B customers, where the potential is.",
                    .ja: "方法の答え：どれほど付き合いが深くてもC。余分な訪問は、伸びしろのあるB顧客へ向けます。",
                ]))
        }
        return steps
    }

    static func distance(_ c: Classification) -> Double {
        guard let o = c.objective?.value, let r = c.record?.value else { return 0 }
        return min(abs(o - 50), abs(r - 50))
    }

    static func recordWeight(_ c: Classification) -> Double { c.record?.value ?? 0 }
}
