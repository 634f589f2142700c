/// "is that a problem?", 「それって問題？」 right after a list of customers left
/// unseen: yes or no first, from the key accounts in that list and how far
/// past their follow-up they are, then what to do.
///
/// A manager who has just seen one overdue A asks whether it matters; the
/// method says a key account left alone is where a competitor gets in, so the
/// answer weighs the lapse and the sales at stake rather than declining.
extension Answerer {
    func problemVerdict(of names: [String], data: AssistantData, into reply: inout Reply) {
        let language = reply.language
        let weeks = data.config.plan.followUpWeeks(customersA: data.followUpLoad.perWeek)
        let history = VisitHistory(customers: data.classifications.map(\.customer), visitLog: data.visitLog, today: data.today)
        let keys = Set(names.map(Book.key))
        let days = { (c: Classification) in history.lastVisit(c.name).map { $0.days(until: data.today) } }
        let lapsed = data.classifications
            .filter { keys.contains(Book.key($0.name)) && $0.segment == .a && (days($0).map { $0 > 7 * weeks } ?? true) }
            .sorted { (days($0) ?? .max, $1.name) > (days($1) ?? .max, $0.name) }
        reply.cite("after-sales-follow-up")
        guard let worst = lapsed.first else {
            return reply.lines.append(language.pick(
                "Not yet: none of those key accounts is past its \(weeks)-week follow-up. Keep the rhythm so none gets there.",
                "まだ問題ではありません：どのA顧客も\(weeks)週間のフォロー間隔を過ぎていません。このリズムを保ちましょう。"))
        }
        let sales = worst.customer[.sales].map { language.pick(", with \(Formatting.amount($0, in: .en)) of our sales at stake", "、当社売上\(Formatting.amount($0, in: .ja))がかかっています") } ?? ""
        let gap = PlanReason.sinceLastVisit(days(worst), language)
        reply.lines.append(lapsed.count == 1
            ? language.pick(
                "Yes: \(worst.name) is a key account past its \(weeks)-week follow-up (\(gap))\(sales). A key account left alone is where a competitor gets in; see it this week.",
                "はい、問題です：\(worst.name)はAで、\(weeks)週間のフォロー間隔を過ぎています（\(gap)）\(sales)。放っておいたA顧客は競合の入り口になります。今週中に訪問しましょう。")
            : language.pick(
                "Yes: \(lapsed.count) key accounts are past their \(weeks)-week follow-up; the longest, \(worst.name), \(gap)\(sales). A key account left alone is where a competitor gets in; see the longest-unseen first, this week.",
                "はい、問題です：A顧客\(lapsed.count)社が\(weeks)週間のフォロー間隔を過ぎています。最も長いのは\(worst.name)（\(gap)）\(sales)。放っておいたA顧客は競合の入り口になります。今週、長く空いている順に訪問しましょう。"))
        reply.about = [worst.name]
        reply.listed = lapsed.map(\.name)
    }
}
