/// "What's the difference between A and C?", 「BとCの違いは？」: two segments
/// side by side — the axis that separates them, what each asks of the rep's
/// time under the current policy, and who is in each in this book.
///
/// One segment's article answers "what is C?"; a comparison needs the contrast
/// itself, which neither article states, so it is built from the segments'
/// positions on the two axes rather than written out for each of the six pairs.
extension Answerer {
    func contrast(_ first: Segment, _ second: Segment, asksWhichGetsTime: Bool = false, data: AssistantData, into reply: inout Reply) {
        let language = reply.language
        let policy = data.config.plan
        // 「BとAどっちに時間使うべき？」: the verdict first, from the policy's shares.
        if asksWhichGetsTime {
            let (more, less) = policy.share(of: first) >= policy.share(of: second) ? (first, second) : (second, first)
            let (moreShare, lessShare) = (Config.format(policy.share(of: more)), Config.format(policy.share(of: less)))
            reply.lines.append(policy.share(of: more) == policy.share(of: less)
                ? language.pick(
                    "Neither gets more: the policy gives \(more.rawValue) and \(less.rawValue) \(moreShare)% of visits each.",
                    "どちらも同じです：方針では\(more.rawValue)にも\(less.rawValue)にも訪問の\(moreShare)%を充てます。")
                : language.pick(
                    "More of your time goes to \(more.rawValue): the policy gives it \(moreShare)% of visits, \(less.rawValue) \(lessShare)%.",
                    "時間を多くかけるのは\(more.rawValue)です：方針では訪問の\(moreShare)%を\(more.rawValue)に、\(lessShare)%を\(less.rawValue)に充てます。"))
        }
        reply.lines.append(language.pick("\(first.rawValue) and \(second.rawValue), side by side:", "\(first.rawValue)と\(second.rawValue)の違い："))
        reply.lines.append("  " + Answerer.separation(first, second, language: language))
        for segment in [first, second] {
            let objective = segment.objectiveHigh ? language.pick("high", "高い") : language.pick("low", "低い")
            let record = segment.recordHigh ? language.pick("high", "高い") : language.pick("low", "低い")
            let share = Config.format(policy.share(of: segment))
            reply.lines.append(language.pick(
                "  \(segment.rawValue) (\(segment.summary)): objective evaluation \(objective), transaction record \(record); the policy gives it \(share)% of visits\(Answerer.cadence(segment, policy: policy, customersA: data.followUpLoad.perWeek, language: language)).",
                "  \(segment.rawValue)（\(segment.summaryJapanese)）：客観的評価が\(objective)・取り引き実績が\(record)。方針では訪問の\(share)%\(Answerer.cadence(segment, policy: policy, customersA: data.followUpLoad.perWeek, language: language))。"))
        }
        reply.lines.append("  " + Answerer.timeAdvice(first, second, language: language))
        reply.lines.append(language.pick("In your book:", "あなたの担当先では："))
        for segment in [first, second] {
            let count = data.memberCount(of: segment)
            let leading = data.members(of: segment, limit: 3).map(\.name)
            let names = leading.isEmpty ? "" : language.pick(", e.g. ", "（例：") + leading.joined(separator: language.pick(", ", "、"))
                + (language == .ja && !leading.isEmpty ? "）" : "")
            reply.lines.append(language.pick(
                "  \(segment.rawValue): \(count) of \(data.summary.total)\(names)",
                "  \(segment.rawValue)：全\(data.summary.total)社中\(count)社\(names)"))
            reply.data.append(.members(segment: segment, names: leading, total: count))
        }
        reply.cite(Answerer.segmentEntry(first), Answerer.segmentEntry(second))
    }

    /// Which axis tells the two apart, in words.
    static func separation(_ first: Segment, _ second: Segment, language: Language) -> String {
        let sameObjective = first.objectiveHigh == second.objectiveHigh
        let sameRecord = first.recordHigh == second.recordHigh
        if sameObjective {
            let level = first.objectiveHigh ? language.pick("attractive companies", "会社としての魅力は高い") : language.pick("smaller or weaker companies than most in your book", "このリストの中では規模や勢いが小さい方")
            return language.pick(
                "Both are \(level); what tells them apart is the transaction record — how much business they already do with us.",
                "どちらも\(level)という点は同じで、違うのは取り引き実績、つまり当社とすでにどれだけ取り引きがあるかです。")
        }
        if sameRecord {
            let level = first.recordHigh ? language.pick("already do a lot of business with us", "当社との取り引きが多い") : language.pick("do little business with us so far", "当社との取り引きはまだ少ない")
            return language.pick(
                "Both \(level); what tells them apart is the objective evaluation — how attractive the company is on its own.",
                "どちらも\(level)という点は同じで、違うのは客観的評価、つまり会社そのものの魅力（規模・売上高・業績）です。")
        }
        return language.pick(
            "They differ on both axes: the company's own attractiveness and the business it does with us.",
            "二つの軸の両方で違います。会社そのものの魅力と、当社との取り引きの多さです。")
    }

    /// The follow-up or overdue cadence the policy sets for a segment, as a clause.
    /// The visiting rhythm of a segment; A's is the book's one cadence (see `PlanPolicy.followUpWeeks(customersA:)`).
    static func cadence(_ segment: Segment, policy: PlanPolicy, customersA: Int, language: Language) -> String {
        switch segment {
        case .a:
            let weeks = policy.followUpWeeks(customersA: customersA)
            return language.pick(", and a visit about every \(weeks) weeks", "、約\(weeks)週間に1回は訪問")
        case .b: return ""
        case .c: return language.pick(", and a visit when \(policy.overdueWeeksC) weeks have passed", "、前回から\(policy.overdueWeeksC)週たったら訪問")
        case .d: return language.pick(", and a visit when \(policy.overdueWeeksD) weeks have passed", "、前回から\(policy.overdueWeeksD)週たったら訪問")
        }
    }

    /// What the difference means for the rep's week.
    static func timeAdvice(_ first: Segment, _ second: Segment, language: Language) -> String {
        switch Set([first, second]) {
        case [.a, .b]:
            language.pick(
                "So: with A you keep business you have won, with steady follow-up; with B you win business you do not have yet, and B gets the most time.",
                "つまり、Aは勝ち取った取り引きを守る先（フォローを切らさない）、Bはまだ取れていない取り引きを取りに行く先で、時間を一番かけるのはBです。")
        case [.a, .c]:
            language.pick(
                "So: both are good relationships, but only A's company is big enough that losing it hurts and growing it pays; C is pleasant to visit and cannot grow your numbers much, so it must not take A's or B's time.",
                "つまり、どちらも関係は良好ですが、失うと痛く、伸ばせば数字になるのはAの方です。Cは訪問しやすい一方で数字の伸びは小さいので、AやBの時間を削ってまで通わないようにします。")
        case [.b, .c]:
            language.pick(
                "This is the method's central trade: C feels productive because you are welcome there, B feels hard because little is won yet, yet B is where the budget is made. Move time from C to B.",
                "ここが手法の要です。Cは歓迎されるので成果が出ている気がし、Bはまだ取り引きが少ないので手応えがありません。それでも予算を作るのはBです。Cにかけている時間をBに回しましょう。")
        case [.b, .d]:
            language.pick(
                "So: both buy little from us, but B's company has the budget and needs to buy more; D does not. Visit B often, D only now and then.",
                "つまり、どちらも当社からの購入は少ないものの、Bには予算と需要があり、Dにはありません。Bには足しげく、Dにはたまに訪問します。")
        case [.c, .d]:
            language.pick(
                "So: neither company can grow your numbers much; C at least does business with us, so keep it served at low cost. Neither should take time from A or B.",
                "つまり、どちらも数字を大きく伸ばす余地は小さい先です。Cは取り引きがある分、手間をかけずに関係を保ちます。どちらもAやBの時間を削ってまで訪問しません。")
        default:
            language.pick(
                "So: A is a key account to keep with steady follow-up; D gets little time.",
                "つまり、Aはフォローを切らさず守る重要顧客、Dは時間をかけない先です。")
        }
    }
}
