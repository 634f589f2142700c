/// Yes or no first, for a question that checks what was just said:
/// 「じゃあBってことでいいの？」, 「それ、スコアちょうど50ってこと？」 about one
/// customer, 「じゃあCはいかなくていいってこと？」 about a segment. The figures
/// that decide it follow in the same answer.
extension Answerer {
    /// "Yes, X is in B …" or "No, X is in A …", with the axes on the line said.
    static func segmentConfirmation(_ asked: Segment, of c: Classification, language: Language) -> String {
        guard let segment = c.segment else {
            return language.pick(
                "No: \(c.name) is not classified yet; an axis has no data.", "いいえ：\(c.name)はまだ分類されていません（どちらかの軸にデータがありません）。")
        }
        let opening = segment == asked
            ? language.pick("Yes: \(c.name) is in \(segment.rawValue).", "はい、\(c.name)は\(segment.rawValue)です。")
            : language.pick("No: \(c.name) is in \(segment.rawValue), not \(asked.rawValue).", "いいえ、\(c.name)は\(asked.rawValue)ではなく\(segment.rawValue)です。")
        return ([opening] + [c.objective, c.record].compactMap { $0 }.compactMap { onTheLine($0, language: language) })
            .joined(separator: language.pick(" ", ""))
    }

    /// 「ちょうど50？」: whether an axis score is exactly that number.
    static func scoreConfirmation(_ asked: Int, of c: Classification, language: Language) -> String {
        let axes = [c.objective, c.record].compactMap { $0 }
        let target = Rational(asked)
        if let exact = axes.first(where: { $0.score == target }) {
            let atCut = exact.score == exact.cut
            return language.pick(
                "Yes: its \(exact.axis.label) is exactly \(asked), worked out in exact fractions, not rounded."
                    + (atCut ? " A score of exactly \(Formatting.score(exact.cut)) counts as high, so \(c.name) is in \(c.segment?.rawValue ?? "–")." : ""),
                "はい、\(exact.axis.labelJapanese)はちょうど\(asked)です（丸めではなく分数で正確に計算した値）。"
                    + (atCut ? "\(Formatting.score(exact.cut))ちょうどは「高」に数えるので、\(c.name)は\(c.segment?.rawValue ?? "–")です。" : ""))
        }
        // Near the number asked, enough decimals that the figure shown is not the number itself (50.001, not 50.00).
        let shown = axes.map { axis -> String in
            var decimals = 2
            while decimals < 6, Formatting.score(axis.score, cut: axis.cut, decimals: decimals) == Formatting.score(target, cut: axis.cut, decimals: decimals) {
                decimals += 1
            }
            let figure = Formatting.score(axis.score, cut: axis.cut, decimals: decimals)
            return language.pick("\(axis.axis.label) \(figure)", "\(axis.axis.labelJapanese) \(figure)")
        }
        return language.pick(
            "No, not exactly \(asked): \(shown.joined(separator: ", ")).", "いいえ、ちょうど\(asked)ではありません：\(shown.joined(separator: "、"))。")
    }

    /// 「それって危ない？」: a key account past its follow-up, or a high axis close
    /// enough to the cut that a small fall moves the customer down; no otherwise.
    static func riskVerdict(_ c: Classification, data: AssistantData, language: Language) -> String {
        guard let segment = c.segment else {
            return language.pick(
                "Cannot say: \(c.name) is not classified yet (an axis has no data).", "判断できません：\(c.name)はまだ分類されていません（軸のデータがありません）。")
        }
        var risks: [String] = []
        let weeks = data.config.plan.followUpWeeks(customersA: data.followUpLoad.perWeek)
        // With no room for A visits at all the cadence is a placeholder of years: no lapse to speak of.
        if segment == .a, weeks < 52 {
            let history = VisitHistory(customers: [c.customer], visitLog: data.visitLog, today: data.today)
            let days = history.lastVisit(c.name).map { $0.days(until: data.today) }
            if days.map({ $0 > 7 * weeks }) ?? true {
                let gap = PlanReason.sinceLastVisit(days, language)
                risks.append(language.pick(
                    "it is past its \(weeks)-week follow-up (\(gap)), and a key account left alone is where a competitor gets in",
                    "\(weeks)週間のフォロー間隔を過ぎていて（\(gap)）、放っておいたA顧客は競合の入り口になります"))
            }
        }
        for axis in [c.objective, c.record].compactMap({ $0 }) where axis.isHigh && axis.isBorderline {
            let down: Segment
            switch (segment, axis.axis) {
            case (.a, .objective): down = .c
            case (.a, .record): down = .b
            case (.b, _): down = .d
            default: down = .d
            }
            risks.append(axis.score == axis.cut
                ? language.pick(
                    "its \(axis.axis.label) is exactly on the cut (\(axis.scoreText)), so any fall makes it \(down.rawValue)",
                    "\(axis.axis.labelJapanese)がちょうど基準線上（\(axis.scoreText)）で、少しでも下がれば\(down.rawValue)になります")
                : language.pick(
                    "its \(axis.axis.label) (\(axis.scoreText)) is within a few points of the cut, so a small fall makes it \(down.rawValue)",
                    "\(axis.axis.labelJapanese)（\(axis.scoreText)）が基準のすぐ上で、少し下がれば\(down.rawValue)になります"))
        }
        guard !risks.isEmpty else {
            if segment == .d {
                return language.pick(
                    "No: \(c.name) is D, low on both axes already, so there is little to lose; it gets little time either way.",
                    "いいえ：\(c.name)はDで両軸とも低く、失うものはほとんどありません。どちらにしても時間はかけません。")
            }
            return language.pick(
                "No, not now: \(c.name) (\(segment.rawValue)) sits clear of the cut on its high axis\(segment == .a ? "es and its follow-up is on time" : "").",
                "いいえ、今のところ大丈夫です：\(c.name)（\(segment.rawValue)）は高い軸が基準から離れています\(segment == .a ? "し、フォローも間に合っています" : "")。")
        }
        return language.pick(
            "Yes: \(c.name) (\(segment.rawValue)) — \(risks.joined(separator: "; ")).",
            "はい、注意が必要です：\(c.name)（\(segment.rawValue)）は\(risks.joined(separator: "。また、"))。")
    }

    /// 「それって私にできること？」: the record axis (orders, our sales, our profit) is
    /// what a rep's visits move; the objective evaluation is the company's own
    /// size and growth, which no visit changes.
    static func reachVerdict(from current: Segment, to goal: Segment, language: Language) -> String {
        let highObjective: Set<Segment> = [.a, .b], highRecord: Set<Segment> = [.a, .c]
        let record = highRecord.contains(current) != highRecord.contains(goal)
        let objective = highObjective.contains(current) != highObjective.contains(goal)
        switch (record, objective) {
        case (true, false):
            return language.pick(
                "Yes: the move to \(goal.rawValue) is on the transaction record (orders, our sales, our profit), which is what your visits work on.",
                "はい：\(goal.rawValue)への移動は取り引き実績（受注件数・当社売上・粗利）の話で、まさに訪問で動かせる部分です。")
        case (false, true):
            return language.pick(
                "Not directly: the move to \(goal.rawValue) needs the company itself to change (its revenue, headcount, growth), which no visit of yours does. Keep its figures up to date, so a real change shows.",
                "直接はできません：\(goal.rawValue)への移動には会社自体の変化（売上高・従業員数・成長率）が必要で、訪問では動きません。実際に変化したときに反映されるよう、データを最新に保ちましょう。")
        default:
            return language.pick(
                "Only half: the transaction record (orders, our sales, our profit) is yours to grow; the objective evaluation is the company's own size and growth.",
                "半分だけです：取り引き実績（受注件数・当社売上・粗利）は自分で伸ばせますが、客観的評価は会社自体の規模と成長で決まります。")
        }
    }

    /// An axis within the borderline margin, said beside the verdict.
    private static func onTheLine(_ axis: AxisScore, language: Language) -> String? {
        guard axis.isBorderline else { return nil }
        if axis.score == axis.cut {
            return language.pick(
                "Its \(axis.axis.label) is exactly \(axis.scoreText), and exactly the cut counts as high: one step down on any of its figures and it is low.",
                "\(axis.axis.labelJapanese)はちょうど\(axis.scoreText)で、基準ちょうどは「高」に数えます。どれか一つの数字が下がれば「低」です。")
        }
        return language.pick(
            "But its \(axis.axis.label) (\(axis.scoreText)) is within a few points of the cut (\(Formatting.score(axis.cut))): a small change moves it.",
            "ただし\(axis.axis.labelJapanese)（\(axis.scoreText)）は基準（\(Formatting.score(axis.cut))）のすぐ近くで、少しの変化で区分が変わります。")
    }

    /// 「Cはいかなくていい？」: whether a segment can be left unvisited, from the policy.
    static func skipVerdict(_ segment: Segment, policy: PlanPolicy, weeksA: Int, language: Language) -> String {
        let share = Config.format(policy.share(of: segment))
        switch segment {
        case .a:
            return language.pick(
                "No: key accounts need their follow-up every \(weeksA) weeks; one left alone is where a competitor gets in.",
                "いいえ：A顧客は\(weeksA)週間ごとのフォローを切らさないことが大事です。放っておくと競合の入り口になります。")
        case .b:
            return language.pick(
                "No, the opposite: B is where most of your visits go (\(share)% by the policy); that is where the numbers can grow.",
                "いいえ、逆です：Bこそ訪問の大半（方針では\(share)%）を充てる先です。数字が伸びるのはここです。")
        case .c:
            return language.pick(
                "No, not none: C keeps its business, so visit when there is a reason (a complaint, a renewal, a real need) or after \(policy.overdueWeeksC) weeks without a visit, keep the visit short, and hold C to about \(share)% of your visits.",
                "いいえ、ゼロにはしません：Cは今の取り引きを守る相手です。理由があるとき（クレーム、更新、本当の需要）か、\(policy.overdueWeeksC)週間訪問が空いたときに短く訪問し、訪問全体の\(share)%程度に抑えます。")
        case .d:
            return language.pick(
                "Mostly, yes: D gets little time (\(share)% of visits by the policy); a visit after \(policy.overdueWeeksD) weeks or when something changes, and phone or mail otherwise.",
                "ほぼそのとおりです：Dにはほとんど時間をかけません（方針では訪問の\(share)%）。\(policy.overdueWeeksD)週間空いたときか何か変化があったときだけ訪問し、それ以外は電話やメールで。")
        }
    }
}
