/// "how much do my A customers buy from us in total?", 「チーム全体の売上合計は？」,
/// "average sales per B customer": one metric added up over the customers
/// asked about, with how many it covers and its part of the whole.
///
/// A manager asking for a total wants the amount on the first line; a count
/// and a share of sales (what the segment answers give) do not answer it.
extension Answerer {
    func total(_ metric: Metric, average asksAverage: Bool, reading: Interpretation, data: AssistantData, into reply: inout Reply) {
        if reading.asksMargin { return margin(reading, data: data, into: &reply) }
        let language = reply.language
        let wanted = Set(reading.segments)
        let pool = Answerer.pool(reading, data: data).filter { wanted.isEmpty || $0.segment.map(wanted.contains) == true }
        let values = pool.compactMap { $0.customer[metric] }
        let sum = values.reduce(0, +)
        let whole = data.classifications.compactMap { $0.customer[metric] }.reduce(0, +)
        let label = language.pick(metric.label, metric.labelJapanese)
        let who = wanted.isEmpty
            ? (reading.poolTrade.map { language.pick("the \($0) (by their names)", "\($0)（名前から判断）") }
                ?? (reading.within != nil ? language.pick("those customers", "それらの顧客") : language.pick("your customers", "担当先全体")))
            : language.pick("your \(wanted.sorted().map(\.rawValue).joined(separator: "/")) customers", "\(wanted.sorted().map(\.rawValue).joined(separator: "・"))顧客")
        reply.cite(metric.axis == .objective ? "axis-objective" : "axis-record")
        reply.about = []
        reply.listed = pool.map(\.name)
        guard !values.isEmpty else {
            reply.lines.append(language.pick(
                "No value of \(label) is on record for \(who) (\(Counted(pool.count, "customer", counter: "社").text(in: .en))).",
                "\(who)（\(pool.count)社）には\(label)の値がありません。"))
            return
        }
        let amount = { (value: Double) in Formatting.value(value, of: metric, in: language) }
        // An average amount to the unit: "4,929", not "4,928.6".
        let mean = metric == .growth ? sum / Double(values.count) : (sum / Double(values.count)).rounded()
        let missing = pool.count - values.count
        let covered = missing > 0
            ? language.pick(" (\(values.count) of \(pool.count) customers have a value)", "（\(pool.count)社中\(values.count)社に値あり）")
            : language.pick(" (\(Counted(values.count, "customer", counter: "社").text(in: .en)))", "（\(values.count)社）")
        // Growth is a rate: its sum means nothing, so it is always averaged.
        if asksAverage || metric == .growth {
            reply.lines.append(language.pick(
                "\(label.prefix(1).uppercased() + label.dropFirst()) of \(who), on average: \(amount(mean))\(covered); \(amount(sum)) in total.",
                "\(who)の\(label)の平均：\(amount(mean))\(covered)。合計は\(amount(sum))。"))
        } else {
            reply.lines.append(language.pick(
                "\(label.prefix(1).uppercased() + label.dropFirst()) of \(who): \(amount(sum)) in total\(covered), \(amount(mean)) on average.",
                "\(who)の\(label)：合計\(amount(sum))\(covered)、1社平均\(amount(mean))。"))
        }
        // "and the number of D's": that count, beside the total.
        // "how many C customers, and what share of total sales do they make?": both, the share of this total.
        for segment in reading.countedSegments {
            let members = pool.filter { $0.segment == segment }
            let part = members.compactMap { $0.customer[metric] }.reduce(0, +)
            let share = metric != .growth && sum > 0 && part > 0
                ? language.pick("; \(label) \(amount(part)), \(Formatting.percent(part / sum)) of the total", "、\(label)\(amount(part))（合計の\(Formatting.percent(part / sum))）")
                : ""
            // "how many A customers, and their average sales?": the average of those, not of the whole pool.
            let valued = members.compactMap { $0.customer[metric] }
            let each = asksAverage && !valued.isEmpty
                ? language.pick(
                    "; \(amount(metric == .growth ? valued.reduce(0, +) / Double(valued.count) : (valued.reduce(0, +) / Double(valued.count)).rounded())) on average",
                    "、1社平均\(amount(metric == .growth ? valued.reduce(0, +) / Double(valued.count) : (valued.reduce(0, +) / Double(valued.count)).rounded()))")
                : ""
            reply.lines.append(language.pick(
                "\(segment.rawValue) customers: \(members.count) of \(pool.count)\(share)\(each).", "\(segment.rawValue)顧客：\(pool.count)社中\(members.count)社\(share)\(each)。"))
        }
        if metric != .growth, whole > 0, sum != whole {
            // The whole of the customers in view: one rep's when the session works on one.
            let count = data.classifications.count
            reply.lines.append(language.pick(
                "That is \(Formatting.percent(sum / whole)) of the \(amount(whole)) over all \(count) customers.",
                "全\(count)社の\(amount(whole))のうち\(Formatting.percent(sum / whole))です。"))
        }
        // By segment when none was named, so the total says where it comes from; each of several named, side by side.
        if wanted.isEmpty || wanted.count > 1, metric != .growth {
            // Each part with how many customers it sums: "totals by segment" asks for both.
            let counted = { (count: Int) in language.pick(" (\(count) customer\(count == 1 ? "" : "s"))", "（\(count)社）") }
            var parts = Segment.allCases.compactMap { segment -> String? in
                let members = pool.filter { $0.segment == segment }
                let part = members.compactMap { $0.customer[metric] }.reduce(0, +)
                return part == 0 ? nil : "\(segment.rawValue) \(amount(part))" + counted(members.count)
            }
            // The unclassified's share too, so the parts add up to the total said above.
            let unplaced = pool.filter { $0.segment == nil }
            let unclassified = unplaced.compactMap { $0.customer[metric] }.reduce(0, +)
            if wanted.isEmpty, unclassified != 0 {
                parts.append(language.pick("unclassified ", "未分類 ") + amount(unclassified) + counted(unplaced.count))
            }
            if parts.count > 1 || wanted.count > 1 {
                reply.lines.append(language.pick("  By segment: ", "  領域別：") + parts.joined(separator: " · "))
            }
            // The team's figure by rep, when the list has several.
            let reps = RepName.reps(of: pool.map(\.customer))
            if reps.count > 1, data.namedRep == nil {
                // "how many customers does each rep have, and each one's sales?": both, side by side.
                let byRep = reps.map { rep in
                    let own = RepName.customers(of: rep, in: pool.map(\.customer))
                    let part = own.compactMap { $0[metric] }.reduce(0, +)
                    return "\(rep) \(amount(part))" + counted(own.count)
                }
                reply.lines.append(language.pick("  By rep: ", "  担当者別：") + byRep.joined(separator: " · "))
                // "…and the top customer for each": each rep's largest by the same figure.
                if reading.asksTopPerRep {
                    let tops = reps.compactMap { rep -> String? in
                        guard let top = RepName.customers(of: rep, in: pool.map(\.customer))
                            .filter({ $0[metric] != nil }).max(by: { ($0[metric] ?? 0, $1.name) < ($1[metric] ?? 0, $0.name) })
                        else { return nil }
                        return language.pick("\(rep): \(top.name) (\(amount(top[metric] ?? 0)))", "\(rep)さん：\(top.name)（\(amount(top[metric] ?? 0))）")
                    }
                    reply.lines.append(language.pick("  Top customer of each rep: ", "  担当者ごとの最大の顧客：") + tops.joined(separator: " · "))
                }
            }
        }
    }
}

extension Answerer {
    /// The customers past a bound on one metric, within the segments named or
    /// the list just shown, largest first, each with its value.
    func threshold(_ bound: MetricThreshold, reading: Interpretation, data: AssistantData, into reply: inout Reply) {
        let language = reply.language
        let wanted = Set(reading.segments)
        let pool = Answerer.pool(reading, data: data).filter { wanted.isEmpty || $0.segment.map(wanted.contains) == true }
        let bounds = bound.all
        var found: [(customer: Classification, value: Double)] = []
        for c in pool where bound.admits(c.customer) {
            if let value = c.customer[bound.metric] { found.append((c, value)) }
        }
        found.sort { $0.value != $1.value ? $0.value > $1.value : $0.customer.name < $1.customer.name }
        // "employees is more than 1,000 and our sales is less than 10M".
        let condition = bounds.map { b in
            language.pick("\(b.metric.label) is \(b.text(in: .en))", "\(b.metric.labelJapanese)が\(b.text(in: .ja))")
        }.joined(separator: language.pick(" and ", "、"))
        let scope = wanted.isEmpty ? "" : wanted.sorted().map(\.rawValue).joined(separator: "/")
        for metric in Set(bounds.map(\.metric)).sorted(by: { $0.index < $1.index }) {
            reply.cite(metric.axis == .objective ? "axis-objective" : "axis-record")
        }
        reply.lines.append(language.pick(
            "\(scope.isEmpty ? "Customers" : "\(scope) customers") whose \(condition): \(found.count) of \(pool.count)\(found.isEmpty ? "." : ":")",
            "\(condition)の\(scope.isEmpty ? "" : scope)顧客：\(pool.count)社中\(found.count)社\(found.isEmpty ? "。" : "：")"))
        for (c, _) in found.prefix(reply.shown(found.count)) {
            let values = bounds.compactMap { b in c.customer[b.metric].map { Formatting.value($0, of: b.metric, in: language) } }
            let shown = values.joined(separator: " · ")
            reply.lines.append(language.pick(
                "  \(c.name) — \(shown) (\(c.segment?.rawValue ?? "–"))", "  \(c.name) — \(shown)（\(c.segment?.rawValue ?? "–")）"))
        }
        if found.count > reply.shown(found.count) {
            reply.lines.append(language.pick("  … and \(found.count - reply.shown(found.count)) more.", "  …ほか\(found.count - reply.shown(found.count))社。"))
        }
        let missing = pool.filter { c in bounds.contains { c.customer[$0.metric] == nil } }.count
        if missing > 0 {
            let labels = Set(bounds.map(\.metric)).sorted(by: { $0.index < $1.index })
            reply.lines.append(language.pick(
                "  (\(Counted(missing, "customer", counter: "社").text(in: .en)) without a value for \(labels.map(\.label).joined(separator: " or ")) are left out.)",
                "  （\(labels.map(\.labelJapanese).joined(separator: "・"))の値がない\(missing)社は含めていません。）"))
        }
        reply.about = found.prefix(reply.shown(found.count)).map { $0.customer.name }
        reply.listed = found.map { $0.customer.name }
    }
}

extension Answerer {
    /// The rep of each customer just listed, grouped by rep, in the list's order.
    func owners(_ reading: Interpretation, data: AssistantData, into reply: inout Reply) {
        let language = reply.language
        let listed = Answerer.pool(reading, data: data)
        var reps: [String] = []
        var byRep: [String: [String]] = [:]
        for c in listed {
            let rep = c.customer.rep ?? language.pick("(no rep on record)", "（担当者の記録なし）")
            if byRep[rep] == nil { reps.append(rep) }
            byRep[rep, default: []].append(c.name)
        }
        reply.lines.append(language.pick(
            "Who looks after the \(Counted(listed.count, "customer", counter: "社").text(in: .en)) just listed:",
            "先ほどの\(listed.count)社の担当者："))
        for rep in reps {
            let names = byRep[rep] ?? []
            reply.lines.append(language.pick(
                "  \(rep) — \(names.joined(separator: ", "))", "  \(rep) — \(names.joined(separator: "、"))"))
        }
        reply.about = listed.map(\.name)
        reply.listed = listed.map(\.name)
    }
}

extension Answerer {
    /// After a list shown whole, "the rest?": that list was complete; the
    /// other customers of its segments (or of the book), with their last visits.
    func rest(_ reading: Interpretation, data: AssistantData, into reply: inout Reply) {
        let language = reply.language
        let shown = Set((reading.within ?? []).map(Book.key))
        let wanted = Set(reading.segments)
        let others = data.classifications.filter {
            !shown.contains(Book.key($0.name)) && (wanted.isEmpty || $0.segment.map(wanted.contains) == true)
        }
        let scope = wanted.isEmpty ? "" : wanted.sorted().map(\.rawValue).joined(separator: "/") + " "
        reply.lines.append(language.pick(
            "That list was complete: \(Counted(shown.count, "customer", counter: "社").text(in: .en)).",
            "先ほどの一覧はあれで全部です（\(shown.count)社）。"))
        guard !others.isEmpty else { return }
        let history = VisitHistory(customers: others.map(\.customer), visitLog: data.visitLog, today: data.today)
        reply.lines.append(language.pick(
            "Your other \(scope)customers, not in it (\(others.count)):",
            "一覧に入らなかった\(scope.isEmpty ? "" : scope.trimmingWhitespace + "の")顧客（\(others.count)社）："))
        for c in others.prefix(reply.shown(others.count)) {
            let since = PlanReason.sinceLastVisit(history.lastVisit(c.name).map { $0.days(until: data.today) }, language)
            reply.lines.append("  \(c.name) (\(c.segment?.rawValue ?? "–")) — \(since)")
        }
        if others.count > reply.shown(others.count) {
            reply.lines.append(language.pick("  … and \(others.count - reply.shown(others.count)) more.", "  …ほか\(others.count - reply.shown(others.count))社。"))
        }
        reply.about = others.prefix(reply.shown(others.count)).map(\.name)
        reply.listed = others.map(\.name)
    }
}
