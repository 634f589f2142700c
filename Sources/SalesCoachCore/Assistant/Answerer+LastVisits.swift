/// 「それぞれ最後に行ったのいつ？」, "when was each of them last visited?" right
/// after a list: the last visit of each customer just listed, in the list's order.
///
/// A manager who has just seen which key accounts are overdue asks next how
/// long each has waited; the list is the subject, so no segment is asked for.
extension Answerer {
    func lastVisits(of names: [String], data: AssistantData, into reply: inout Reply) {
        let language = reply.language
        let history = VisitHistory(customers: data.classifications.map(\.customer), visitLog: data.visitLog, today: data.today)
        let keys = names.map(Book.key)
        let found = keys.compactMap { key in data.classifications.first { Book.key($0.name) == key } }
        guard !found.isEmpty else {
            return reply.lines.append(language.pick(
                "None of those customers is in your list any more.", "先ほどの顧客はどれも、もう顧客リストにありません。"))
        }
        reply.lines.append(language.pick(
            "Last visit of each of those \(Counted(found.count, "customer", counter: "社").text(in: .en)):",
            "先ほどの\(found.count)社の前回の訪問："))
        for classification in found.prefix(reply.shown(found.count)) {
            let segment = classification.segment.map { language.pick(" (\($0.rawValue))", "（\($0.rawValue)）") } ?? ""
            let last = history.lastVisit(classification.name).map { Answerer.ago($0, today: data.today, language) }
                ?? language.pick("never visited", "訪問記録なし")
            reply.lines.append(language.pick("  \(classification.name)\(segment) — \(last)", "  \(classification.name)\(segment)：\(last)"))
        }
        if found.count > reply.shown(found.count) {
            reply.lines.append(language.pick(
                "  … and \(found.count - reply.shown(found.count)) more.", "  …ほか\(found.count - reply.shown(found.count))社。"))
        }
        reply.cite("visit-cadence")
        reply.about = found.prefix(reply.shown(found.count)).map(\.name)
        reply.listed = found.map(\.name)
    }
}
