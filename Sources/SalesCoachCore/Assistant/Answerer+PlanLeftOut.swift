/// "and the rest?" after a plan: the customers it leaves out, segment by
/// segment, next in line first, each with why it waits.
///
/// A rep who has just seen ten picks wants to know who did not make it and
/// whether that is right; a refusal or the whole book again answers neither.
extension Answerer {
    func planLeftOut(_ reading: Interpretation, data: AssistantData, into reply: inout Reply) {
        let language = reply.language
        let policy = data.config.plan
        // The plan just shown: its picks, the visits the rep entered, or the proposal.
        let plan = Answerer.plan(reading, data: data)
        let shownNames = reading.within ?? (data.planned.isEmpty ? plan.picks.map(\.customer) : data.planned.map(\.customerName))
        let shown = Set(shownNames.map(Book.key))
        let history = VisitHistory(customers: data.classifications.map(\.customer), visitLog: data.visitLog, today: data.today)
        // "which A follow-ups wait for next week?": only the segments named.
        let wanted = Set(reading.segments)
        let left = data.classifications.filter {
            $0.segment.map { wanted.isEmpty || wanted.contains($0) } == true && !shown.contains(Book.key($0.name))
        }
        // A asked for by name: the follow-ups due that wait; those not due yet are only counted.
        let notDue = wanted == [.a] ? left.filter { data.visitPriority($0, history: history).rank == .aLater } : []
        let waiting = left.filter { c in !notDue.contains { $0.name == c.name } }
        let unclassified = wanted.isEmpty ? data.classifications.filter { $0.segment == nil } : []
        reply.cite("weekly-plan")
        reply.lines.append(language.pick(
            "Not in the plan for the week of \(plan.week.start): \(Counted(waiting.count, "customer", counter: "社").text(in: .en)), next in line first.",
            "\(plan.week.start)の週の計画に入っていない顧客：\(waiting.count)社（次に回す順）。"))
        var named: [String] = []
        for segment in Segment.allCases {
            let members = waiting.filter { $0.segment == segment }
                .map { data.visitPriority($0, history: history) }
                .sorted()
            guard !members.isEmpty else { continue }
            let listed = members
            reply.lines.append("  \(segment.rawValue) (\(Counted(listed.count, "customer", counter: "社").text(in: language))):")
            for priority in listed.prefix(reply.shown(listed.count)) {
                reply.lines.append("    \(priority.name) — \(priority.reason(in: language, policy: policy))")
                named.append(priority.name)
            }
            if listed.count > reply.shown(listed.count) {
                reply.lines.append(language.pick(
                    "    … and \(listed.count - reply.shown(listed.count)) more.", "    …ほか\(listed.count - reply.shown(listed.count))社。"))
            }
        }
        if !notDue.isEmpty {
            reply.lines.append(language.pick(
                "  Not due yet, so not waiting: \(Counted(notDue.count, "other A customer", counter: "社").text(in: .en)).",
                "  ほかのA \(notDue.count)社はまだフォローの時期ではありません。"))
        }
        if !unclassified.isEmpty {
            reply.lines.append(language.pick(
                "  Not classified (an axis has no data), so never planned: \(unclassified.prefix(reply.shown(unclassified.count)).map(\.name).joined(separator: ", "))",
                "  未分類（どちらかの軸のデータがない）ため計画に入らない顧客：\(unclassified.prefix(reply.shown(unclassified.count)).map(\.name).joined(separator: "、"))"))
        }
        let free = plan.capacity - plan.picks.count
        if reading.within == nil || data.planned.isEmpty, free > 0 {
            reply.lines.append(language.pick(
                "\(Counted(free, "visit", counter: "件").text(in: .en)) of \(plan.capacity) stay free: the plan does not pad the week with C and D.",
                "\(plan.capacity)件のうち\(free)件は空けてあります：CやDで週を埋めることはしません。"))
        }
        if waiting.isEmpty && unclassified.isEmpty {
            let scope = wanted.sorted().map(\.rawValue).joined(separator: "/")
            reply.lines.append(wanted.isEmpty
                ? language.pick("Every customer is in the plan.", "すべての顧客が計画に入っています。")
                : notDue.isEmpty
                    ? language.pick("Every \(scope) customer is in the plan.", "\(scope)の顧客はすべて計画に入っています。")
                    : language.pick("Every \(scope) customer that is due is in the plan.", "時期の来ている\(scope)の顧客はすべて計画に入っています。"))
        }
        reply.about = named
        reply.listed = waiting.map(\.name)
    }
}
