/// Answers that are lists of the user's own customers: where to focus, who
/// is borderline, who has not been seen lately. Each cites the entry that
/// explains why, beneath the names.
extension Answerer {
    /// How many customers a list answer names before "… and N more": a
    /// segment of a rep's book of a few dozen fits whole.
    static let listShown = 12

    func customerList(_ list: CustomerListQuestion, reading: Interpretation, data: AssistantData, into reply: inout Reply) {
        switch list {
        case .focus: focus(data: data, into: &reply)
        case .borderline: borderline(reading, data: data, into: &reply)
        case .notSeenLately: notSeenLately(reading, data: data, into: &reply)
        case .top(let metric): top(metric, reading: reading, data: data, into: &reply)
        case .repsBySegment: repsBySegment(reading, data: data, into: &reply)
        case .nearA where reading.within != nil: nearWithin(.a, names: reading.within ?? [], data: data, into: &reply)
        case .near(_, let to) where reading.within != nil: nearWithin(to, names: reading.within ?? [], data: data, into: &reply)
        case .nearA: nearA(data: data, into: &reply)
        case .neverVisited: neverVisited(reading, data: data, into: &reply)
        case .visitLog: visitLog(reading, data: data, into: &reply)
        case .repBreakdown: repBreakdown(reading, data: data, into: &reply)
        case .comfort: comfort(data: data, asksIfProblem: reading.asksIfProblem, into: &reply)
        case .near(let from, let to): near(from: from, to: to, data: data, into: &reply)
        case .unclassified: unclassified(data: data, asksEmptyCells: reading.asksEmptyCells, into: &reply)
        case .overdue: overdue(reading, data: data, into: &reply)
        case .atRisk: atRisk(reading, data: data, into: &reply)
        case .timeShares: timeShares(data: data, into: &reply)
        case .noBusiness: noBusiness(reading, data: data, into: &reply)
        case .declining: declining(reading, data: data, into: &reply)
        case .topScore(let axis): topScore(axis, reading: reading, data: data, into: &reply)
        case .total(let metric, let average):
            // "total sales and profit by rep?": each metric named, one after the other.
            let named = reading.askedMetrics.filter { $0 != .growth || average }
            for metric in named.count >= 2 ? named : [metric] {
                total(metric, average: average, reading: reading, data: data, into: &reply)
            }
        case .threshold(let bound): threshold(bound, reading: reading, data: data, into: &reply)
        case .owners: owners(reading, data: data, into: &reply)
        case .rest: rest(reading, data: data, into: &reply)
        case .place(let kanji, let spelled): place((kanji, spelled), reading: reading, data: data, into: &reply)
        }
    }

    /// The customers named after a place, A first, each with its scores;
    /// said to go by the names, since the list holds no address.
    private func place(_ place: (kanji: String, reading: String), reading: Interpretation, data: AssistantData, into reply: inout Reply) {
        let language = reply.language
        let names = data.classifications.map(\.customer.name)
        let held = Set(reading.tradeParts.map { PlaceList.customers(ofTrade: $0, in: names) } ?? PlaceList.customers(at: place, in: names))
        let order: [Segment?] = [.a, .b, .c, .d, nil]
        let found = data.classifications.enumerated()
            .filter { held.contains($0.element.name) && (reading.segments.isEmpty || $0.element.segment.map(reading.segments.contains) == true) }
            .sorted { (order.firstIndex(of: $0.element.segment) ?? 4, $0.offset) < (order.firstIndex(of: $1.element.segment) ?? 4, $1.offset) }
            .map(\.element)
        let segments = reading.segments.map(\.rawValue).joined(separator: "/")
        // A trade is said with the parts of a name that told it: "shipyards (造船, ドック, 重工)".
        let parts = reading.tradeParts.map { $0.filter { $0.contains(where: \.isJapanese) } }.map { $0.joined(separator: language.pick(", ", "・")) }
        let town = language.pick(
            parts.map { "a word for “\(place.kanji)” (\($0))" }
                ?? (place.reading.isEmpty ? "“\(place.kanji)”" : "\(place.reading.prefix(1).uppercased() + place.reading.dropFirst()) (\(place.kanji))"),
            parts.map { "「\(place.kanji)」を表す語（\($0)）" } ?? "「\(place.kanji)」")
        // A trade is found the way a place is: the list has neither column, so the names decide.
        let why = reading.tradeParts == nil
            ? language.pick("your list holds no addresses, so this goes by the names", "住所の列はないため、社名で探しています")
            : language.pick("your list holds no trade column, so this goes by the names", "業種の列はないため、社名で探しています")
        guard !found.isEmpty else {
            reply.lines.append(language.pick(
                "No \(segments.isEmpty ? "" : segments + " ")customer has \(town) in its name (\(why)).",
                "社名に\(town)が入る\(segments.isEmpty ? "" : segments)顧客はいません（\(why)）。"))
            return
        }
        reply.lines.append(language.pick(
            "\(segments.isEmpty ? "Customers" : segments + " customers") with \(town) in their name: \(found.count) of \(data.classifications.count) (\(why)):",
            "社名に\(town)が入る\(segments)顧客：全\(data.classifications.count)社中\(found.count)社（\(why)）："))
        for c in found.prefix(reply.shown(found.count)) {
            let segment = c.segment.map { language.pick("\($0.rawValue)", "\($0.rawValue)") } ?? language.pick("not classified", "分類なし")
            let objective = c.objective.map(\.scoreText) ?? "–"
            let record = c.record.map(\.scoreText) ?? "–"
            // "which of the Arita ones is borderline?": the flag on the line, as the borderline list words it.
            let edge = c.isBorderline ? language.pick(" (borderline)", "（境界線上）") : ""
            reply.lines.append(language.pick(
                "  \(c.name) — \(segment); objective \(objective) · record \(record)\(edge)",
                "  \(c.name) — \(segment)、客観的評価 \(objective)・取り引き実績 \(record)\(edge)"))
        }
        if found.count > reply.shown(found.count) {
            reply.lines.append(language.pick("  … and \(found.count - reply.shown(found.count)) more.", "  …ほか\(found.count - reply.shown(found.count))社。"))
        }
        reply.listed = found.map(\.name)
    }

    /// The policy's share of the visits for each segment, what it is for,
    /// and what it comes to in a week at the plan's capacity.
    private func timeShares(data: AssistantData, into reply: inout Reply) {
        let language = reply.language
        let policy = data.config.plan
        reply.lines.append(language.pick(
            "How your visits should split between the segments (the policy, plan.share_a … plan.share_d):",
            "訪問の領域ごとの配分（方針 plan.share_a〜plan.share_d）："))
        let count = { (segment: Segment) in data.memberCount(of: segment) }
        let roles: [(Segment, String, String)] = [
            (.a, "keep the follow-up on your \(count(.a)) key accounts", "重要顧客\(count(.a))社のフォローを切らさない"),
            (.b, "the largest share: your \(count(.b)) customers with the most upside", "最大の配分：伸びしろの大きい\(count(.b))社"),
            (.c, "only when long overdue (\(count(.c)) customers)", "長く訪問していない時だけ（\(count(.c))社）"),
            (.d, "a short check now and then (\(count(.d)) customers)", "ときどき短く確認する程度（\(count(.d))社）"),
        ]
        for (segment, english, japanese) in roles {
            reply.lines.append("  \(segment.rawValue) \(Config.format(policy.share(of: segment)))% — " + language.pick(english, japanese))
        }
        let visits = Segment.allCases.map { segment in
            "\(segment.rawValue) \(Formatting.trimmed(policy.share(of: segment).doubleValue * Double(policy.capacity) / 100, decimals: 1))"
        }.joined(separator: " · ")
        reply.lines.append(language.pick(
            "At \(policy.capacity) visits a week that is about \(visits). Ask “who should I visit this week?” for the plan.",
            "週\(policy.capacity)件なら、おおよそ \(visits) 件です。「今週はどこを訪問すべき？」で計画を出せます。"))
        reply.cite("why-focus-b", "weekly-plan")
    }

    /// The customers a small fall would move down: a high axis within the
    /// borderline margin above the cut, closest first, in the segments asked
    /// (A, B and C when none; D has nowhere lower to go).
    private func atRisk(_ reading: Interpretation, data: AssistantData, into reply: inout Reply) {
        let language = reply.language
        let classifier = data.config.classifier
        let cut = classifier.cut.doubleValue
        let wanted = reading.segments.isEmpty ? [Segment.a, .b, .c] : reading.segments.filter { $0 != .d }
        func slack(_ c: Classification) -> Double? {
            [c.objective, c.record].compactMap { $0 }.filter { $0.isHigh && $0.isBorderline }.map { $0.value - cut }.min()
        }
        let found = Answerer.pool(reading, data: data).filter { c in c.segment.map(wanted.contains) == true && slack(c) != nil }
            .sorted { (slack($0)!, $0.name) < (slack($1)!, $1.name) }
        reply.cite("borderline")
        // "Which key account across the team is most at risk?": one answer first. A lapsed
        // follow-up is the open door the method warns of, so the lapsed key account with the
        // most of our sales at stake comes before any score a small change would move.
        if reading.asksOne {
            let lapsed = wanted.contains(.a) ? overdueA(data: data).customers : []
            if let worst = lapsed.max(by: { ($0.classification.customer[.sales] ?? 0) < ($1.classification.customer[.sales] ?? 0) }) {
                let sales = worst.classification.customer[.sales].map {
                    language.pick(", \(Formatting.amount($0, in: .en)) of our sales at stake", "、当社売上\(Formatting.amount($0, in: .ja))がかかっています")
                } ?? ""
                let gap = PlanReason.sinceLastVisit(worst.days, language)
                reply.lines.append(language.pick(
                    "Most at risk: \(worst.classification.name), a key account past its follow-up (\(gap))\(sales).",
                    "最も危ないのは\(worst.classification.name)です：フォロー間隔を過ぎたA顧客です（\(gap)）\(sales.isEmpty ? "" : "。" + sales.dropFirst() )。"))
                reply.cite("after-sales-follow-up")
            } else if let closest = found.first {
                reply.lines.append(language.pick("Most at risk: \(closest.name), the closest above the cut.", "最も危ないのは\(closest.name)です（基準線に最も近い先）。"))
            }
        }
        let scope = wanted.map(\.rawValue).joined(separator: "/")
        let margin = Config.format(classifier.borderlineMargin)
        guard !found.isEmpty else {
            reply.lines.append(language.pick(
                "No \(scope) customer is within \(margin) points above the cut (\(Config.format(classifier.cut))) on a high axis: none would drop with a small change.",
                "\(scope)の顧客で、高い軸が基準線（\(Config.format(classifier.cut))）の上\(margin)ポイント以内の先はありません。小さな変化で落ちる顧客はいません。"))
            if reading.segments == [.d] {
                reply.lines.append(language.pick("D is the lowest segment: there is nowhere lower to drop.", "Dは一番下の領域なので、これ以上は下がりません。"))
            }
            atRiskOfLapse(wanted, data: data, into: &reply)
            return
        }
        reply.lines.append(language.pick(
            "At risk of dropping (\(scope)) — a high axis within \(margin) points above the cut: \(found.count), closest first:",
            "落ちる恐れのある顧客（\(scope)）— 高い軸が基準線の上\(margin)ポイント以内：\(found.count)社、基準線に近い順："))
        for c in found.prefix(reply.shown(found.count)) {
            reply.lines.append("  " + Answerer.borderlineLine(c, cut: classifier.cut, language: language))
        }
        if found.count > reply.shown(found.count) {
            reply.lines.append(language.pick("  … and \(found.count - reply.shown(found.count)) more.", "  …ほか\(found.count - reply.shown(found.count))社。"))
        }
        reply.about = found.prefix(reply.shown(found.count)).map(\.name)
        atRiskOfLapse(wanted, data: data, into: &reply)
    }

    /// An A customer is also at risk when its follow-up lapses: that is the
    /// opening a competitor waits for, whatever its scores say.
    private func atRiskOfLapse(_ wanted: [Segment], data: AssistantData, into reply: inout Reply) {
        guard wanted.contains(.a) else { return }
        let (weeks, due) = overdueA(data: data)
        guard !due.isEmpty else { return }
        let language = reply.language
        let names = due.prefix(3).map(\.classification.name)
        let more = due.count > 3 ? language.pick(" and \(due.count - 3) more", "ほか\(due.count - 3)社") : ""
        reply.lines.append(language.pick(
            "Follow-up lapsing: \(Counted(due.count, "A customer", counter: "社").text(in: .en)) past the \(weeks)-week follow-up (\(names.joined(separator: ", "))\(more)): a gap in after-sales care is how a competitor gets in. Ask “who is overdue?”.",
            "フォローの空白：\(weeks)週間のフォロー間隔を過ぎたA顧客が\(due.count)社（\(names.joined(separator: "、"))\(more)）。アフターフォローの空白は競合が入り込む隙になります。「訪問が遅れている顧客は？」で確認できます。"))
        reply.cite("after-sales-follow-up")
    }

    /// "who is overdue?", 「訪問が遅れている顧客は？」: each segment's customers past
    /// its own cadence (A's follow-up, C's and D's overdue weeks), A first;
    /// B has no cadence, so its customers unseen for over four weeks are named.
    private func overdue(_ reading: Interpretation, data: AssistantData, into reply: inout Reply) {
        let language = reply.language
        let wanted: [Segment] = reading.segments.isEmpty ? Segment.allCases : Segment.allCases.filter(reading.segments.contains)
        // A alone is the follow-up list, with its count against the A customers.
        if wanted == [.a] { return notSeenLately(reading, data: data, into: &reply) }
        let history = VisitHistory(customers: data.classifications.map(\.customer), visitLog: data.visitLog, today: data.today)
        reply.cite("visit-cadence")
        // 「一番フォローが必要なのは誰」: the one answer first, then the whole list.
        if let asked = reading.progressWords, CustomerListQuestion.asksSingleMost(QuestionText(asked)),
            let (top, days) = mostOverdue(wanted, data: data, history: history)
        {
            let segment = top.segment?.rawValue ?? "?"
            reply.lines.append(language.pick(
                "Most in need of a visit: \(top.name)\(Answerer.repTag(top, reading, data, language)) — \(segment), \(PlanReason.sinceLastVisit(days, language))\(top.segment == .a ? "; a lapse in an A customer's follow-up is the opening a competitor waits for" : "").",
                "一番訪問が必要なのは\(top.name)\(Answerer.repTag(top, reading, data, language))です（\(segment)、\(PlanReason.sinceLastVisit(days, language))）\(top.segment == .a ? "。A顧客のフォローの空白は競合が入る隙になります" : "")。"))
        }
        reply.lines.append(language.pick(
            "Overdue by each segment's cadence (last_visit and your visit log), longest unseen first:",
            "領域ごとの訪問間隔を過ぎた顧客（last_visit と訪問記録から、間が空いている順）："))
        var named: [String] = []
        for segment in wanted {
            let members = data.members(of: segment)
            let days = { (c: Classification) in history.lastVisit(c.name).map { $0.days(until: data.today) } }
            guard let weeks = overdueWeeks(of: segment, data: data) else {
                // B has no cadence, but the main target left unseen for a month or more is what a rep asking this needs.
                let unseen = members.filter { days($0).map { $0 > 28 } ?? true }
                    .sorted { (days($0) ?? .max, $1.name) > (days($1) ?? .max, $0.name) }
                reply.lines.append(unseen.isEmpty
                    ? language.pick(
                        "  B: no set cadence (visits go by upside); every B customer was seen within 4 weeks.",
                        "  B：訪問間隔の決まりなし（伸びしろ順に訪問）。B顧客はすべて4週間以内に訪問しています。")
                    : language.pick(
                        "  B — no set cadence, the main target; not seen for over 4 weeks: \(unseen.count) of \(members.count):",
                        "  B — 訪問間隔の決まりなし（最重点）。4週間以上訪問していない：\(members.count)社中\(unseen.count)社："))
                for c in unseen.prefix(reply.shown(unseen.count)) {
                    reply.lines.append("    \(c.name)\(Answerer.repTag(c, reading, data, language)) — \(PlanReason.sinceLastVisit(days(c), language))")
                }
                if unseen.count > reply.shown(unseen.count) {
                    reply.lines.append(language.pick("    … and \(unseen.count - reply.shown(unseen.count)) more.", "    …ほか\(unseen.count - reply.shown(unseen.count))社。"))
                }
                named += unseen.prefix(reply.shown(unseen.count)).map(\.name)
                continue
            }
            let due = members.filter { days($0).map { $0 > 7 * weeks } ?? true }
                .sorted { (days($0) ?? .max, $1.name) > (days($1) ?? .max, $0.name) }
            reply.lines.append(language.pick(
                "  \(segment.rawValue) — past \(weeks) weeks: \(due.count) of \(members.count)\(due.isEmpty ? "" : ":")",
                "  \(segment.rawValue) — \(weeks)週間超：\(members.count)社中\(due.count)社\(due.isEmpty ? "" : "：")"))
            for c in due.prefix(reply.shown(due.count)) {
                reply.lines.append("    \(c.name)\(Answerer.repTag(c, reading, data, language)) — \(PlanReason.sinceLastVisit(days(c), language))")
            }
            if due.count > reply.shown(due.count) {
                reply.lines.append(language.pick("    … and \(due.count - reply.shown(due.count)) more.", "    …ほか\(due.count - reply.shown(due.count))社。"))
            }
            named += due.prefix(reply.shown(due.count)).map(\.name)
        }
        reply.about = named
    }

    /// The customer most in need of a visit: an A customer past its follow-up
    /// unseen longest (never visited first), else the B customer unseen
    /// longest past four weeks; C and D only when nothing else is asked.
    private func mostOverdue(_ wanted: [Segment], data: AssistantData, history: VisitHistory) -> (Classification, Int?)? {
        let days = { (c: Classification) in history.lastVisit(c.name).map { $0.days(until: data.today) } }
        for segment in [Segment.a, .b, .c, .d] where wanted.contains(segment) {
            let limit = overdueWeeks(of: segment, data: data).map { 7 * $0 } ?? 28
            let due = data.members(of: segment).filter { days($0).map { $0 > limit } ?? true }
            if let top = due.max(by: { (days($0) ?? .max, $1.name) < (days($1) ?? .max, $0.name) }) { return (top, days(top)) }
        }
        return nil
    }

    /// The customers with no segment, each with the axis that has no value
    /// and what to fill in; they are left out of every share and plan until then.
    private func unclassified(data: AssistantData, asksEmptyCells: Bool, into reply: inout Reply) {
        let language = reply.language
        let none = data.classifications.filter { $0.segment == nil }
        reply.cite("scoring")
        // "which customers have missing data?": the empty cells of the customers
        // that are placed anyway, said after those that cannot be.
        defer { if asksEmptyCells { emptyCells(data: data, into: &reply) } }
        guard !none.isEmpty else {
            reply.lines.append(language.pick(
                "Every one of your \(data.classifications.count) customers is in a segment: each has a value on both axes.",
                "\(data.classifications.count)社すべてがいずれかの領域に入っています（両方の軸に値があります）。"))
            return
        }
        reply.lines.append(language.pick(
            "Not in any segment: \(none.count) of \(data.classifications.count) customers, because an axis has no value at all. They are left out of the shares and the plan until it is filled in:",
            "どの領域にも入っていない顧客：\(data.classifications.count)社中\(none.count)社（どちらかの軸に値が一つもないため）。値が入るまで、割合や訪問計画から外れます："))
        for c in none.prefix(reply.visitsShown) {
            let metrics = c.missingAxes.flatMap { axis in Metric.allCases.filter { $0.axis == axis } }
            let keys = metrics.map(\.rawValue).joined(separator: language.pick(", ", "、"))
            let axes = c.missingAxes.map { language.pick($0.label, $0.labelJapanese) }.joined(separator: language.pick(" and ", "・"))
            reply.lines.append(language.pick(
                "  \(c.name): no \(axes) (none of \(keys))",
                "  \(c.name)：\(axes)の値なし（\(keys) がすべて空欄）"))
        }
        if none.count > reply.visitsShown {
            reply.lines.append(language.pick(
                "  … and \(none.count - reply.visitsShown) more: `list unclassified` shows them all.",
                "  …ほか\(none.count - reply.visitsShown)社。`list unclassified` ですべて表示します。"))
        }
        let example = none[0].name
        reply.lines.append(language.pick(
            "Fill in one value on the empty axis, e.g. `set \(example) \(Metric.allCases.first { $0.axis == none[0].missingAxes[0] }!.rawValue)=…`, and it is placed.",
            "空の軸の値を一つ入れれば分類されます（例：`set \(example) \(Metric.allCases.first { $0.axis == none[0].missingAxes[0] }!.rawValue)=…`）。"))
        reply.cite(contentsOf: Set(none.flatMap(\.missingAxes)).sorted { $0 == .objective && $1 != .objective }.map { $0 == .objective ? "axis-objective" : "axis-record" })
        reply.about = none.prefix(reply.visitsShown).map(\.name)
    }

    /// The classified customers with an empty cell, each with the columns it
    /// lacks: an axis is scored on the values it has, so a blank changes the
    /// score without saying so anywhere else. Nothing when every cell is filled.
    private func emptyCells(data: AssistantData, into reply: inout Reply) {
        let language = reply.language
        let history = VisitHistory(customers: data.classifications.map(\.customer), visitLog: data.visitLog, today: data.today)
        let gaps: [(name: String, columns: [String])] = data.classifications.compactMap { c in
            guard c.segment != nil else { return nil }
            var columns = Metric.allCases.filter { c.customer[$0] == nil }.map { language.pick($0.rawValue, $0.labelJapanese) }
            if history.lastVisit(c.name) == nil { columns.append(language.pick("last_visit", "最終訪問日")) }
            return columns.isEmpty ? nil : (c.name, columns)
        }
        guard !gaps.isEmpty else { return }
        reply.lines.append(language.pick(
            "\(Counted(gaps.count, "classified customer", counter: "社").text(in: .en)) \(gaps.count == 1 ? "has" : "have") empty cells; each axis is scored on the values it has:",
            "分類済みで空欄のある顧客：\(gaps.count)社（各軸はある値だけで採点しています）："))
        for gap in gaps.prefix(reply.visitsShown) {
            reply.lines.append("  \(gap.name)" + language.pick(": no ", "：") + gap.columns.joined(separator: language.pick(", ", "、"))
                + language.pick("", " が空欄"))
        }
        if gaps.count > reply.visitsShown {
            reply.lines.append(language.pick("  … and \(gaps.count - reply.visitsShown) more.", "  …ほか\(gaps.count - reply.visitsShown)社。"))
        }
    }

    /// The customers with no visit on record (neither `last_visit` nor the
    /// log), in the segments asked about, in the method's order (B, A, C, D).
    private func neverVisited(_ reading: Interpretation, data: AssistantData, into reply: inout Reply) {
        let language = reply.language
        let wanted = Set(reading.segments)
        let history = VisitHistory(customers: data.classifications.map(\.customer), visitLog: data.visitLog, today: data.today)
        // B first, then A, C, D, and the unclassified last (only when no segment is asked for).
        let order: [Segment?] = [.b, .a, .c, .d, nil]
        let never = Answerer.pool(reading, data: data).filter { c in
            guard wanted.isEmpty || c.segment.map(wanted.contains) == true else { return false }
            return history.lastVisit(c.name) == nil
        }.sorted { (order.firstIndex(of: $0.segment)!, $0.name) < (order.firstIndex(of: $1.segment)!, $1.name) }
        reply.cite("visit-cadence")
        guard !never.isEmpty else {
            reply.lines.append(language.pick(
                "Every customer \(wanted.isEmpty ? "" : "in \(wanted.sorted().map(\.rawValue).joined(separator: "/")) ")has a visit on record.",
                "\(wanted.isEmpty ? "" : wanted.sorted().map(\.rawValue).joined(separator: "・") + "の")顧客はすべて訪問の記録があります。"))
            return
        }
        reply.lines.append(language.pick(
            "No visit on record (neither last_visit nor the log): \(never.count) customer\(never.count == 1 ? "" : "s"), B first:",
            "訪問の記録がない顧客（last_visit も訪問記録もなし）：\(never.count)社、Bから順に："))
        for c in never.prefix(reply.shown(never.count)) {
            let what = c.segment.map { language == .en ? "\($0.rawValue) (\($0.summary))" : "\($0.rawValue)（\($0.summaryJapanese)）" }
                ?? language.pick("not classified", "未分類")
            reply.lines.append("  \(c.name) — \(what)")
        }
        if never.count > reply.shown(never.count) {
            reply.lines.append(language.pick("  … and \(never.count - reply.shown(never.count)) more.", "  …ほか\(never.count - reply.shown(never.count))社。"))
        }
        reply.about = never.prefix(reply.shown(never.count)).map(\.name)
    }

    /// The B customers nearest to A: highest transaction record first (the
    /// axis the rep can move), each with the nearest change of its business
    /// that would take it there.
    private func nearA(data: AssistantData, into reply: inout Reply) {
        let language = reply.language
        let bs = data.classifications.filter { $0.segment == .b }
            .sorted { ($0.record?.value ?? 0, $1.name) > ($1.record?.value ?? 0, $0.name) }
        reply.cite("why-focus-b", "segment-a")
        guard !bs.isEmpty else {
            reply.lines.append(language.pick("You have no B customer, so none is on its way to A.", "B顧客がいないため、Aに近い先もありません。"))
            return
        }
        let cut = bs[0].record?.cut.doubleValue ?? 50
        reply.lines.append(language.pick(
            "The B customers closest to A — the most business with us already, so the fewest orders from the cut of \(Formatting.fixed(cut, decimals: 0)):",
            "Aに最も近いB顧客（すでに取り引きが多く、基準\(Formatting.fixed(cut, decimals: 0))まであと少しの順）："))
        for c in bs.prefix(5) {
            let record = c.record.map { Formatting.score($0.score, cut: $0.cut) } ?? "–"
            var line = language.pick("  \(c.name) — record \(record)", "  \(c.name) — 取り引き実績 \(record)")
            if let move = c.moves(toward: .a).first(where: { $0.axis == .record }) {
                line += language.pick("; ", "。") + move.sentenceWithReach(in: language)
            }
            reply.lines.append(line)
        }
        reply.about = bs.prefix(5).map(\.name)
        reply.lines.append(language.pick(
            "  Ask “what would it take to move NAME to A?” for the business that would do it.",
            "  「NAMEをAにするには？」と聞くと、必要な取り引きの量がわかります。"))
    }

    /// The customers of `from` nearest to `to`: highest score first on the
    /// axis that separates the two, each with the nearest change on it. Two
    /// segments apart on both axes are no one step; the answer says so.
    private func near(from: Segment, to: Segment, data: AssistantData, into reply: inout Reply) {
        let language = reply.language
        reply.cite(Answerer.segmentEntry(to), Answerer.segmentEntry(from))
        let axis: Axis? = from.objectiveHigh != to.objectiveHigh
            ? (from.recordHigh == to.recordHigh ? .objective : nil) : (from.recordHigh != to.recordHigh ? .record : nil)
        guard let axis else {
            reply.lines.append(language.pick(
                "\(from.rawValue) and \(to.rawValue) differ on both axes, so no \(from.rawValue) customer becomes \(to.rawValue) in one step; ask “any borderline customers?” for the ones nearest a change.",
                "\(from.rawValue)と\(to.rawValue)は二つの軸の両方で違うため、\(from.rawValue)顧客が一度に\(to.rawValue)になることはありません。変わり目に近い顧客は「境界線上の顧客は？」で確認できます。"))
            return
        }
        func score(_ c: Classification) -> Double { (axis == .objective ? c.objective : c.record)?.value ?? 0 }
        let candidates = data.classifications.filter { $0.segment == from }.sorted { (score($0), $1.name) > (score($1), $0.name) }
        guard !candidates.isEmpty else {
            reply.lines.append(language.pick("You have no \(from.rawValue) customer.", "\(from.rawValue)顧客はいません。"))
            return
        }
        let axisName = axis == .objective ? language.pick("objective evaluation", "客観的評価") : language.pick("transaction record", "取り引き実績")
        reply.lines.append(language.pick(
            "The \(from.rawValue) customers closest to \(to.rawValue) — highest \(axisName) first, the axis that separates the two:",
            "\(to.rawValue)に最も近い\(from.rawValue)顧客（二つを分ける\(axisName)の高い順）："))
        for c in candidates.prefix(5) {
            let value = (axis == .objective ? c.objective : c.record).map { Formatting.score($0.score, cut: $0.cut) } ?? "–"
            let border = c.isBorderline ? language.pick(" (borderline)", "（境界線上）") : ""
            var line = "  \(c.name) — \(axisName) \(value)\(border)"
            if let move = c.moves(toward: to).first(where: { $0.axis == axis }) {
                line += language.pick("; ", "。") + move.sentenceWithReach(in: language)
            }
            reply.lines.append(line)
        }
        reply.about = candidates.prefix(5).map(\.name)
    }

    /// "which of those could become B?" after a list: those of the listed
    /// customers one axis away from `to` (an A that could slip, a D that
    /// could rise), the nearest the cut first.
    private func nearWithin(_ to: Segment, names: [String], data: AssistantData, into reply: inout Reply) {
        let language = reply.language
        let listed = Set(names.map(Book.key))
        let steps = data.classifications.filter { listed.contains(Book.key($0.name)) }.compactMap { c -> (Classification, Axis, Double)? in
            guard let from = c.segment, from != to else { return nil }
            let axis: Axis? = from.objectiveHigh != to.objectiveHigh
                ? (from.recordHigh == to.recordHigh ? .objective : nil) : (from.recordHigh != to.recordHigh ? .record : nil)
            guard let axis, let score = axis == .objective ? c.objective : c.record else { return nil }
            // Near enough to move on a small change: within the borderline margin of the cut.
            let distance = abs(score.value - score.cut.doubleValue)
            guard distance <= data.config.classifier.borderlineMargin.doubleValue else { return nil }
            return (c, axis, distance)
        }
        .sorted { ($0.2, $0.0.name) < ($1.2, $1.0.name) }
        reply.cite(Answerer.segmentEntry(to), "borderline")
        guard !steps.isEmpty else {
            reply.lines.append(language.pick(
                "None of those \(names.count) is a small change from \(to.rawValue): each is \(to.rawValue) already, differs from it on both axes, or is more than the borderline margin from the cut.",
                "その\(names.count)社の中に、少しの変化で\(to.rawValue)になる顧客はいません（すでに\(to.rawValue)か、二つの軸の両方で違うか、基準から境界線の幅より離れています）。"))
            return
        }
        reply.lines.append(language.pick(
            "Of those \(names.count), the ones a small change would make \(to.rawValue) — nearest the cut first:",
            "その\(names.count)社のうち、少しの変化で\(to.rawValue)になる顧客（基準に近い順）："))
        for (c, axis, _) in steps.prefix(reply.shown(steps.count)) {
            let score = (axis == .objective ? c.objective : c.record).map { Formatting.score($0.score, cut: $0.cut) } ?? "–"
            let axisName = axis == .objective ? language.pick("objective evaluation", "客観的評価") : language.pick("transaction record", "取り引き実績")
            let segment = c.segment?.rawValue ?? "–"
            var line = language.pick("  \(c.name) — \(segment) now; \(axisName) \(score)", "  \(c.name) — 現在\(segment)、\(axisName) \(score)")
            if let move = c.moves(toward: to).first(where: { $0.axis == axis }) {
                line += language.pick("; ", "。") + move.sentenceWithReach(in: language)
            }
            reply.lines.append(line)
        }
        reply.about = steps.prefix(reply.shown(steps.count)).map(\.0.name)
        reply.listed = steps.map(\.0.name)
    }

    /// The book's reps, or nil with a reply that says the list has none.
    private static func reps(of customers: [Customer], into reply: inout Reply) -> [String]? {
        let reps = RepName.reps(of: customers)
        guard reps.isEmpty else { return reps }
        reply.lines.append(reply.language.pick(
            "Your list has no rep column, so customers cannot be counted per rep.",
            "顧客リストに担当者（rep）の列がないため、担当者ごとには数えられません。"))
        return nil
    }

    /// Reps by how many customers of one segment they hold, most first.
    private func repsBySegment(_ reading: Interpretation, data: AssistantData, into reply: inout Reply) {
        let language = reply.language
        guard let segment = reading.segments.first else { return }
        let customers = data.classifications.map(\.customer)
        guard let reps = Answerer.reps(of: customers, into: &reply) else { return }
        // "the most overdue A customers": only those past the segment's cadence count.
        let overdue = reading.progressWords.map { PhraseLookup(QuestionText($0)).has(english: Answerer.overdueWords.english, japanese: Answerer.overdueWords.japanese) } ?? false
        let due = overdue ? overdueWeeks(of: segment, data: data) : nil
        var inSegment = data.classifications.filter { $0.segment == segment }.map(\.customer)
        if let due {
            let history = VisitHistory(customers: data.classifications.map(\.customer), visitLog: data.visitLog, today: data.today)
            inSegment = inSegment.filter { c in history.lastVisit(c.name).map { $0.days(until: data.today) > 7 * due } ?? true }
        }
        let counts = reps.enumerated().map { offset, rep in
            (rep: rep, count: RepName.customers(of: rep, in: inSegment).count,
             total: RepName.customers(of: rep, in: customers).count, offset: offset)
        }
        .filter { $0.count > 0 }
        .sorted { ($0.count, -$0.offset) > ($1.count, -$1.offset) }
        if let due {
            reply.cite("visit-cadence")
            guard !counts.isEmpty else {
                reply.lines.append(language.pick(
                    "No rep has a \(segment.rawValue) customer past its \(due)-week cadence: every one was seen within \(due) weeks.",
                    "\(due)週の訪問間隔を過ぎた\(segment.rawValue)顧客を持つ担当者はいません（全社\(due)週以内に訪問済み）。"))
                return
            }
            reply.lines.append(language.pick(
                "Reps by their \(segment.rawValue) customers not seen for over \(due) weeks (the \(segment.rawValue) cadence; never visited counts), most first:",
                "\(due)週以上訪問していない\(segment.rawValue)顧客（\(segment.rawValue)の訪問間隔、訪問記録なしを含む）の多い担当者："))
        } else {
            guard !counts.isEmpty else {
                reply.lines.append(language.pick("No rep has a \(segment.rawValue) customer.", "\(segment.rawValue)顧客を持つ担当者はいません。"))
                return
            }
            reply.lines.append(language.pick(
                "Reps by their \(segment.rawValue) customers (as ranked in the whole list), most first:",
                "\(segment.rawValue)顧客の多い担当者（リスト全体での分類）："))
        }
        if let top = counts.first {
            let tied = counts.filter { $0.count == top.count }.map(\.rep)
            reply.lines.append(Answerer.mostLine(segment, reps: tied, count: top.count, of: top.total, in: language, overdue: due != nil))
        }
        // "…and are they visiting them?": how many of each rep's were seen in the last 4 weeks, and never.
        let history = VisitHistory(customers: inSegment, visitLog: data.visitLog, today: data.today)
        func visited(_ rep: String) -> String {
            guard reading.asksWhetherVisited, due == nil else { return "" }
            let own = RepName.customers(of: rep, in: inSegment)
            let recent = own.filter { history.lastVisit($0.name).map { $0.days(until: data.today) <= 28 } ?? false }.count
            let never = own.filter { history.lastVisit($0.name) == nil }.count
            return language.pick(
                "; \(recent) seen in the last 4 weeks" + (never > 0 ? ", \(never) never visited" : ""),
                "、直近4週に訪問\(recent)社" + (never > 0 ? "、訪問記録なし\(never)社" : ""))
        }
        for (i, row) in counts.prefix(reply.shown(counts.count)).enumerated() {
            let names = due == nil ? visited(row.rep) : language.pick(": ", "：") + RepName.customers(of: row.rep, in: inSegment).prefix(4).map(\.name).joined(separator: language.pick(", ", "、"))
            reply.lines.append(language.pick(
                "  \(i + 1). \(row.rep) — \(row.count) of their \(row.total) customers\(names)",
                "  \(i + 1). \(row.rep)さん — 担当\(row.total)社中\(row.count)社\(names)"))
        }
        if counts.count > reply.shown(counts.count) {
            reply.lines.append(language.pick("  … and \(counts.count - reply.shown(counts.count)) more.", "  …ほか\(counts.count - reply.shown(counts.count))名。"))
        }
        reply.cite(Answerer.segmentEntry(segment), "manager-review")
    }

    /// "which rep has the most D's?": the answer named first, ties said as ties.
    static func mostLine(_ segment: Segment, reps tied: [String], count: Int, of total: Int, in language: Language, overdue: Bool = false) -> String {
        let english = tied.count == 1 ? "\(count) of \(total)" : "tied at \(count) each"
        let japanese = tied.count == 1 ? "担当\(total)社中\(count)社" : "同数で\(count)社ずつ"
        return language.pick(
            "Most \(overdue ? "overdue " : "")\(segment.rawValue) customers: \(tied.joined(separator: " and ")), \(english).",
            "\(overdue ? "訪問間隔を過ぎた" : "")\(segment.rawValue)が最も多いのは\(tied.map { "\($0)さん" }.joined(separator: "と"))です（\(japanese)）。")
    }

    /// Each rep's customers by segment, the reps with the most B first: the
    /// manager's first look at where each book's upside is.
    private func repBreakdown(_ reading: Interpretation, data: AssistantData, into reply: inout Reply) {
        let language = reply.language
        let customers = data.classifications.map(\.customer)
        if !reading.reps.isEmpty {
            repComparison(reading.reps, segments: reading.segments, data: data, into: &reply)
            return
        }
        if reading.asksHelp {
            return repsNeedingHelp(data: data, segment: reading.segments.count == 1 ? reading.segments[0] : nil, into: &reply)
        }
        guard let reps = Answerer.reps(of: customers, into: &reply) else { return }
        let rows = reps.map { rep -> (rep: String, counts: [Segment: Int], total: Int) in
            let names = Set(RepName.customers(of: rep, in: customers).map(\.name))
            var counts: [Segment: Int] = [:]
            for c in data.classifications where names.contains(c.name) { if let s = c.segment { counts[s, default: 0] += 1 } }
            return (rep, counts, names.count)
        }
        .sorted { ($0.counts[.b] ?? 0, $0.total, $1.rep) > ($1.counts[.b] ?? 0, $1.total, $0.rep) }
        // 「チーム全体でBの顧客は何社？」: the team's count of that segment first, then each rep's.
        // With a figure asked beside it ("number of customers, sales and how many A"), the table
        // below holds them all, and the reps with the most of that segment are named after it.
        if reading.segments.count == 1, let segment = reading.segments.first, reading.askedMetrics.isEmpty {
            let count = data.classifications.filter { $0.segment == segment }.count
            let total = data.classifications.count
            let share = Formatting.percent(total == 0 ? 0 : Double(count) / Double(total))
            reply.lines.append(language.pick(
                "\(segment.rawValue) across the team: \(count) of \(Counted(total, "customer", counter: "社").text(in: .en)) (\(share)).",
                "チーム全体の\(segment.rawValue)：全\(total)社中\(count)社（\(share)）。"))
            let ranked = rows.sorted(by: { ($0.counts[segment] ?? 0, $1.rep) > ($1.counts[segment] ?? 0, $0.rep) })
            // "which rep has the most D's?": the answer named first, ties said as ties.
            if let top = ranked.first, case let most = top.counts[segment] ?? 0, most > 0 {
                let tied = ranked.filter { ($0.counts[segment] ?? 0) == most }.map(\.rep)
                reply.lines.append(Answerer.mostLine(segment, reps: tied, count: most, of: top.total, in: language))
            }
            for row in ranked.prefix(reply.listShown * 2) {
                reply.lines.append(language.pick(
                    "  \(row.rep): \(row.counts[segment] ?? 0) of \(row.total)",
                    "  \(row.rep)さん：担当\(row.total)社中\(row.counts[segment] ?? 0)社"))
            }
            reply.cite(Answerer.segmentEntry(segment), "manager-review")
            return
        }
        // Each rep's sales to us beside the counts: 「担当別の売上は」 asks exactly that, and a manager reads both together.
        // "sales and profit by rep?": each metric asked for, summed.
        let asked = reading.askedMetrics.filter { $0 != .growth }  // a rate, never summed
        let metrics = asked.isEmpty ? [Metric.sales] : asked
        func sum(_ metric: Metric, _ names: [String]) -> Double {
            names.compactMap { data.classification(named: $0)?.customer[metric] }.reduce(0, +)
        }
        let sums = Dictionary(uniqueKeysWithValues: rows.map { row in
            (row.rep, metrics.map { sum($0, RepName.customers(of: row.rep, in: customers).map(\.name)) })
        })
        // 「担当者ごとの売上」: two reps shown alike ("2.6億" for 257M and 265M) are written in full.
        let inFull = metrics.indices.map { index in
            let shown = rows.map { Formatting.value(sums[$0.rep]?[index] ?? 0, of: metrics[index], in: language) }
            return Set(shown).count < shown.count
        }
        let sales = { (values: [Double]) -> String in
            zip(metrics, values).enumerated().map { index, pair in
                let (metric, sum) = pair
                let value = inFull[index] && metric.isMoney ? Formatting.grouped(sum) : Formatting.value(sum, of: metric, in: language)
                return language.pick("\(metric.label) \(value)", "\(metric.labelJapanese)\(value)")
            }
            .joined(separator: language.pick(", ", "、"))
        }
        // With a figure asked for, the reps in its order (our sales when it is among
        // them, as in 「担当者別の合計」); else the most B first.
        let key = metrics.firstIndex(of: .sales) ?? 0
        let ordered = asked.isEmpty ? rows : rows.sorted { (sums[$0.rep]?[key] ?? 0, $1.rep) > (sums[$1.rep]?[key] ?? 0, $0.rep) }
        reply.lines.append(asked.isEmpty
            ? language.pick(
                "Customers per rep by segment (as ranked in the whole list), most B first:",
                "担当者ごとの領域別の顧客数（リスト全体での分類）、Bの多い順：")
            : language.pick(
                "Customers per rep by segment (as ranked in the whole list), by \(metrics[key].label), highest first:",
                "担当者ごとの領域別の顧客数（リスト全体での分類）、\(metrics[key].labelJapanese)の多い順："))
        for row in ordered.prefix(reply.listShown * 2) {
            let cells = Segment.allCases.map { "\($0.rawValue) \(row.counts[$0] ?? 0)" }.joined(separator: " · ")
            let own = sales(sums[row.rep] ?? [])
            // The split adds up to the total said beside it: the unclassified are named as such.
            let left = row.total - Segment.allCases.reduce(0) { $0 + (row.counts[$1] ?? 0) }
            reply.lines.append(language.pick(
                "  \(row.rep) — \(cells) (\(row.total) in all\(left > 0 ? ", \(left) unclassified" : "")); \(own)",
                "  \(row.rep)さん — \(cells)（計\(row.total)社\(left > 0 ? "、うち未分類\(left)社" : "")）、\(own)"))
        }
        if rows.count > reply.listShown * 2 {
            reply.lines.append(language.pick("  … and \(rows.count - reply.listShown * 2) more reps.", "  …ほか\(rows.count - reply.listShown * 2)名。"))
        }
        let team = Segment.allCases.map { segment in "\(segment.rawValue) \(data.classifications.filter { $0.segment == segment }.count)" }
            .joined(separator: " · ")
        let unclassified = data.classifications.filter { $0.segment == nil }.count
        let all = sales(metrics.map { sum($0, customers.map(\.name)) })
        reply.lines.append(language.pick(
            "  The whole team — \(team) (\(customers.count) in all\(unclassified > 0 ? ", \(unclassified) unclassified" : "")); \(all)",
            "  チーム全体 — \(team)（計\(customers.count)社\(unclassified > 0 ? "、うち未分類\(unclassified)社" : "")）、\(all)"))
        if reading.segments.count == 1, let segment = reading.segments.first, let metric = asked.first(where: \.isMoney) {
            // "which rep has the largest C share in sales?": each rep's share of that figure in the segment, largest first.
            let shares = rows.map { row -> (rep: String, part: Double, whole: Double) in
                let names = RepName.customers(of: row.rep, in: customers).map(\.name)
                let part = names.compactMap { data.classification(named: $0) }.filter { $0.segment == segment }
                    .compactMap { $0.customer[metric] }.reduce(0, +)
                return (row.rep, part, sum(metric, names))
            }
            .sorted { lhs, rhs in
                let left: Double = lhs.whole > 0 ? lhs.part / lhs.whole : 0
                let right: Double = rhs.whole > 0 ? rhs.part / rhs.whole : 0
                return left != right ? left > right : lhs.rep < rhs.rep
            }
            let cells = shares.map { share -> String in
                let ratio: Double = share.whole > 0 ? share.part / share.whole : 0
                let percent = Formatting.percent(ratio)
                let part = Formatting.value(share.part, of: metric, in: language)
                let whole = Formatting.value(share.whole, of: metric, in: language)
                return language.pick("\(share.rep) \(percent) (\(part) of \(whole))", "\(share.rep)さん \(percent)（\(whole)中\(part)）")
            }
            reply.lines.append(language.pick(
                "\(segment.rawValue)'s share of \(metric.label), rep by rep, largest first: \(cells.joined(separator: " · ")).",
                "担当者ごとの\(metric.labelJapanese)に占める\(segment.rawValue)の割合（大きい順）：\(cells.joined(separator: "・"))。"))
        } else if reading.segments.count == 1, let segment = reading.segments.first,
            let most = rows.map({ $0.counts[segment] ?? 0 }).max(), most > 0
        {
            let tied = rows.filter { ($0.counts[segment] ?? 0) == most }
            reply.lines.append(Answerer.mostLine(segment, reps: tied.map(\.rep).sorted(), count: most, of: tied[0].total, in: language))
        }
        reply.lines.append(language.pick(
            "  `summary by rep` adds each rep's shares; `rep NAME` ranks one rep's customers as their own book.",
            "  `summary by rep` で担当者ごとの構成比、`rep 名前` でその担当者の顧客だけを評価できます。"))
        reply.cite("manager-review")
    }

    /// The customers a list is drawn from: the book, or the list just shown
    /// when the question asks about those ("which of those …?").
    static func pool(_ reading: Interpretation, data: AssistantData) -> [Classification] {
        guard let within = reading.within else { return data.classifications }
        return within.compactMap { data.classification(named: $0) }
    }

    /// The book ranked by one metric, highest first (lowest first when asked),
    /// within the segments named or the list just shown.
    private func top(_ metric: Metric, reading: Interpretation, data: AssistantData, into reply: inout Reply) {
        let language = reply.language
        let wanted = Set(reading.segments)
        let low = reading.lowestFirst
        let ranked = Answerer.ranked(reading, data: data) { $0.customer[metric] }
        let scope = wanted.isEmpty ? "" : wanted.sorted().map(\.rawValue).joined(separator: "/")
        guard !ranked.isEmpty else {
            reply.lines.append(language.pick(
                "No customer\(scope.isEmpty ? "" : " in \(scope)") has a value for \(metric.label).",
                "\(scope.isEmpty ? "" : "\(scope)の")顧客には\(metric.labelJapanese)の値がありません。"))
            return
        }
        let order = low ? language.pick("lowest first", "小さい順") : language.pick("highest first", "大きい順")
        // "What's Emily's biggest customer by sales?": that one, then the ranking it tops.
        if reading.asksOne, let (first, value) = ranked.first {
            let shown = Formatting.value(value, of: metric, in: language)
            let segment = first.segment?.rawValue ?? "–"
            reply.lines.append(low
                ? language.pick(
                    "The lowest by \(metric.label): \(first.name), \(shown) (\(segment)).",
                    "\(metric.labelJapanese)が最も小さいのは\(first.name)です（\(shown)、\(segment)）。")
                : language.pick(
                    "The highest by \(metric.label): \(first.name), \(shown) (\(segment)).",
                    "\(metric.labelJapanese)が最も大きいのは\(first.name)です（\(shown)、\(segment)）。"))
        }
        // A rep's customers are theirs, not the reader's: "Emily Carter's customers by our sales".
        let whose = data.namedRep.map { language.pick("\($0)'s", "\($0)さんの") } ?? language.pick("Your", "")
        if let within = reading.within {
            reply.lines.append(language.pick(
                "Those \(within.count) customers by \(metric.label), \(order) (\(ranked.count) with a value):",
                "先ほどの\(within.count)社を\(metric.labelJapanese)の\(order)に（値のある\(ranked.count)社）："))
        } else {
            reply.lines.append(language.pick(
                "\(whose) \(scope.isEmpty ? "" : scope + " ")customers by \(metric.label), \(order) (\(ranked.count) with a value):",
                "\(whose)\(scope.isEmpty ? "" : scope + "の")顧客を\(metric.labelJapanese)の\(order)に（値のある\(ranked.count)社）："))
        }
        // A segment's figures: the segment as a segment list shows it, not cut shorter.
        let limit = reading.segmentFigures && reading.number == nil
            ? max(Answerer.rankingLimit(reading, reply: reply), Answerer.membersShown) : Answerer.rankingLimit(reading, reply: reply)
        for (i, (classification, value)) in ranked.prefix(limit).enumerated() {
            let segment = classification.segment?.rawValue ?? "–"
            reply.lines.append(language.pick(
                "  \(i + 1). \(classification.name) — \(Formatting.value(value, of: metric, in: language)) (\(segment))",
                "  \(i + 1). \(classification.name) — \(Formatting.value(value, of: metric, in: language))（\(segment)）"))
        }
        // "top 5" cut between two equal values: the one left out is as high as the last shown.
        if ranked.count > limit, limit > 0, ranked[limit].1 == ranked[limit - 1].1 {
            let tied = ranked[limit...].prefix { $0.1 == ranked[limit - 1].1 }.map(\.0.name)
            let value = Formatting.value(ranked[limit - 1].1, of: metric, in: language)
            reply.lines.append(language.pick(
                "  Tied with #\(limit) at \(value): \(tied.joined(separator: ", ")).",
                "  \(limit)位と同じ\(value)：\(tied.joined(separator: "、"))。"))
        }
        // "top 5": as many as asked for, with no pointer to the rest.
        if ranked.count > limit, reading.number == nil, reading.within != nil {
            // The rest of the list just shown: `list` would show the whole book.
            reply.lines.append(language.pick("  … and \(ranked.count - limit) more.", "  …ほか\(ranked.count - limit)社。"))
        } else if ranked.count > limit, reading.number == nil {
            reply.lines.append(language.pick(
                "  … and \(ranked.count - limit) more: `list --sort \(metric.rawValue)` shows them all.",
                "  …ほか\(ranked.count - limit)社。`list --sort \(metric.rawValue)` ですべて表示します。"))
        }
        // 「上位3社の合計は？」, "total of the top 5": what those shown add up to.
        if reading.asksSum, reading.number != nil, metric != .growth {
            let shown = ranked.prefix(limit)
            let sum = shown.reduce(0.0) { $0 + $1.1 }
            reply.lines.append(language.pick(
                "  Together, these \(shown.count): \(Formatting.value(sum, of: metric, in: language)).",
                "  この\(shown.count)社の合計：\(Formatting.value(sum, of: metric, in: language))。"))
        }
        // "sales of the A companies": what the segment adds up to, and its share of the book.
        if reading.segmentFigures, reading.number == nil, metric != .growth {
            let sum = ranked.reduce(0.0) { $0 + $1.1 }
            let whole = data.classifications.compactMap { $0.customer[metric] }.reduce(0, +)
            // On a rep's customers the share is of that rep's book, and says so: 37% of 茂木's is not 37% of the team's.
            let of = data.namedRep.map { language.pick(" of \($0)'s customers' total", "（\($0)さんの担当全体の") }
                ?? language.pick(" of the whole book's", "（全体の")
            let share = whole > 0 && sum != whole
                ? language.pick(" (\(Formatting.percent(sum / whole))\(of))", "\(of)\(Formatting.percent(sum / whole))）") : ""
            reply.lines.append(language.pick(
                "  Total: \(Formatting.value(sum, of: metric, in: language))\(share).",
                "  合計：\(Formatting.value(sum, of: metric, in: language))\(share)。"))
        }
        reply.about = ranked.prefix(limit).map(\.0.name)
        // "and the smallest?" next ranks the same customers again.
        reply.listed = reading.within ?? []
        reply.cite(metric.axis == .record ? "axis-record" : "axis-objective")
    }

    /// The customers of the pool in the segments asked, by `value`, highest
    /// first (lowest first when asked); ties keep the pool's order.
    static func ranked<Value: Comparable>(
        _ reading: Interpretation, data: AssistantData, by value: (Classification) -> Value?
    ) -> [(Classification, Value)] {
        let wanted = Set(reading.segments)
        let low = reading.lowestFirst
        return pool(reading, data: data).compactMap { c -> (Classification, Value)? in
            guard let v = value(c), wanted.isEmpty || c.segment.map(wanted.contains) == true else { return nil }
            return (c, v)
        }
        .enumerated().sorted { a, b in
            a.element.1 == b.element.1 ? a.offset < b.offset : (low ? a.element.1 < b.element.1 : a.element.1 > b.element.1)
        }
        .map(\.element)
    }

    /// How many a ranking prints: the number asked for ("top 5"), else the usual few.
    static func rankingLimit(_ reading: Interpretation, reply: Reply) -> Int {
        reading.showsAll ? Int.max : reading.number.map { min(max($0, 1), 50) } ?? reply.listShown
    }

    /// The book ranked by one axis score, highest first (lowest first when
    /// asked), within the segments named or the list just shown.
    private func topScore(_ axis: Axis, reading: Interpretation, data: AssistantData, into reply: inout Reply) {
        let language = reply.language
        let wanted = Set(reading.segments)
        let low = reading.lowestFirst
        let ranked = Answerer.ranked(reading, data: data) { (axis == .objective ? $0.objective : $0.record)?.score }
        let scope = wanted.isEmpty ? "" : wanted.sorted().map(\.rawValue).joined(separator: "/")
        guard !ranked.isEmpty else {
            reply.lines.append(language.pick(
                "No customer\(scope.isEmpty ? "" : " in \(scope)") has a \(axis.label) score.",
                "\(scope.isEmpty ? "" : "\(scope)の")顧客には\(axis.labelJapanese)のスコアがありません。"))
            return
        }
        let limit = Answerer.rankingLimit(reading, reply: reply)
        let order = low ? language.pick("lowest first", "低い順") : language.pick("highest first", "高い順")
        reply.lines.append(language.pick(
            "Your \(scope.isEmpty ? "" : scope + " ")customers by \(axis.label) score, \(order)\(reading.number != nil && limit < ranked.count ? " (\(limit) of \(ranked.count))" : ""):",
            "\(scope.isEmpty ? "" : scope + "の")顧客を\(axis.labelJapanese)の\(order)に\(reading.number != nil && limit < ranked.count ? "（\(ranked.count)社中\(limit)社）" : "")："))
        let cut = data.config.classifier.cut
        for (i, (classification, score)) in ranked.prefix(limit).enumerated() {
            let segment = classification.segment?.rawValue ?? "–"
            let other = axis == .objective ? classification.record : classification.objective
            let otherText = other.map { Formatting.score($0.score, cut: cut) } ?? "–"
            reply.lines.append(language.pick(
                "  \(i + 1). \(classification.name) — \(Formatting.score(score, cut: cut)) (\(segment); \(axis == .objective ? "record" : "objective") \(otherText))",
                "  \(i + 1). \(classification.name) — \(Formatting.score(score, cut: cut))（\(segment)、\(axis == .objective ? "取り引き実績" : "客観的評価") \(otherText)）"))
        }
        if ranked.count > limit, reading.number == nil {
            reply.lines.append(language.pick("  … and \(ranked.count - limit) more.", "  …ほか\(ranked.count - limit)社。"))
        }
        reply.about = ranked.prefix(limit).map(\.0.name)
        reply.listed = reading.within ?? []
        reply.cite(axis == .record ? "axis-record" : "axis-objective")
    }

    /// B gets most of the time; A keeps its follow-up; C and D only when overdue.
    private func focus(data: AssistantData, into reply: inout Reply) {
        let language = reply.language
        let policy = data.config.plan
        let topB = data.members(of: .b, limit: 5)
        reply.lines.append(language.pick(
            "Most of your time belongs to B: big companies that buy little from us yet, where the new business is (\(Config.format(policy.share(of: .b)))% of your visits).",
            "時間の大半はBに使いましょう。会社は大きいのに当社との取り引きがまだ少なく、新しい売上が生まれる先です（訪問の\(Config.format(policy.share(of: .b)))%）。"))
        if topB.isEmpty {
            reply.lines.append(language.pick(
                "  Your book has no B customer yet: look for large companies you sell little to, and add them.",
                "  いまのリストにB顧客はいません。取り引きの少ない大きな会社を探してリストに加えましょう。"))
        } else {
            reply.lines.append(language.pick("  The B customers with the most upside:", "  伸びしろの大きいB顧客："))
            for classification in topB { reply.lines.append("    " + Answerer.scoreLine(classification, language: language)) }
            reply.about = topB.map(\.name)
        }
        let due = overdueA(data: data, thisWeek: true)
        if due.customers.isEmpty {
            reply.lines.append(language.pick(
                "Keep A on its follow-up: every A customer has been seen within \(due.weeks) weeks.",
                "Aはフォローを切らさずに：A顧客はすべて\(due.weeks)週間以内に訪問済みです。"))
        } else {
            let names = due.customers.prefix(5).map { "\($0.classification.name) (\(PlanReason.sinceLastVisit($0.days, language)))" }
            let more = due.customers.count > 5 ? language.pick(" and \(due.customers.count - 5) more", " ほか\(due.customers.count - 5)社") : ""
            reply.lines.append(language.pick(
                "Keep A on its follow-up (every \(due.weeks) weeks): \(due.customers.count) due this week — \(names.joined(separator: ", "))\(more).",
                "Aはフォローを切らさずに（\(due.weeks)週間ごと）：今週\(due.customers.count)社が時期です — \(names.joined(separator: "、"))\(more)。"))
        }
        reply.lines.append(language.pick(
            "C and D only when long overdue: they are pleasant to visit but cannot grow your numbers. Ask “who should I visit this week?” for a plan.",
            "CとDは長く訪問していない時だけ。訪問しやすくても数字は伸びません。「今週はどこを訪問すべき？」で計画を出せます。"))
        reply.cite("why-focus-b", "segment-b", "after-sales-follow-up")
    }

    /// Customers within the borderline margin, the ones one step from A first.
    /// "which customers have an axis score of exactly 50?": each one on the cut, with
    /// the axis, and that the cut counts as high (so the least fall moves it).
    private func onTheCut(_ reading: Interpretation, data: AssistantData, into reply: inout Reply) {
        let language = reply.language
        let cut = data.config.classifier.cut
        let on = Answerer.pool(reading, data: data).compactMap { c -> (Classification, [Axis])? in
            let axes = [c.objective, c.record].compactMap { $0 }.filter { $0.score == cut && (reading.borderlineAxis == nil || $0.axis == reading.borderlineAxis) }
            return axes.isEmpty ? nil : (c, axes.map(\.axis))
        }
        reply.cite("borderline", "scoring")
        guard !on.isEmpty else {
            reply.lines.append(language.pick(
                "No customer has an axis score of exactly \(Config.format(cut)); `list` marks those near it with ~.",
                "軸のスコアがちょうど\(Config.format(cut))の顧客はいません。近い顧客は `list` で ~ の印がついています。"))
            return
        }
        reply.lines.append(language.pick(
            "On the cut exactly (\(Config.format(cut)), which counts as high): \(Counted(on.count, "customer", counter: "社").text(in: .en)):",
            "ちょうど基準線上（\(Config.format(cut))、基準線ちょうどは「高」）：\(on.count)社"))
        for (c, axes) in on {
            let names = axes.map { $0 == .objective ? language.pick("objective evaluation", "客観的評価") : language.pick("transaction record", "取り引き実績") }
            reply.lines.append(language.pick(
                "  \(c.name) — \(c.segment?.rawValue ?? "–"): \(names.joined(separator: " and ")) exactly \(Config.format(cut)); the least fall makes it low",
                "  \(c.name) — \(c.segment?.rawValue ?? "–")：\(names.joined(separator: "と"))がちょうど\(Config.format(cut))。少しでも下がると「低」になります"))
        }
        reply.about = on.map(\.0.name)
    }

    private func borderline(_ reading: Interpretation, data: AssistantData, into reply: inout Reply) {
        let language = reply.language
        let classifier = data.config.classifier
        let wanted = Set(reading.segments)
        // "borderline on the transaction record": that axis near the cut, whatever the other does.
        let axis = reading.borderlineAxis
        if reading.onTheCut { return onTheCut(reading, data: data, into: &reply) }
        let found = Answerer.pool(reading, data: data).filter {
            $0.isBorderline && $0.segment != nil && (wanted.isEmpty || wanted.contains($0.segment!))
                && (axis == nil || (axis == .record ? $0.record : $0.objective)?.isBorderline == true)
        }
        .sorted { lhs, rhs in
            let l = Answerer.borderlineRank(lhs, cut: classifier.cut)
            let r = Answerer.borderlineRank(rhs, cut: classifier.cut)
            return l != r ? l < r : lhs.name < rhs.name
        }
        reply.cite("borderline")
        let margin = Config.format(classifier.borderlineMargin)
        let cut = Config.format(classifier.cut)
        guard !found.isEmpty else {
            reply.lines.append(language.pick(
                "No customer\(wanted.isEmpty ? "" : " in \(wanted.map(\.rawValue).sorted().joined(separator: "/"))") is within \(margin) points of the cut (\(cut)): every segment is clear-cut.",
                "基準線（\(cut)）から\(margin)ポイント以内の顧客\(wanted.isEmpty ? "" : "（\(wanted.map(\.rawValue).sorted().joined(separator: "・"))）")はいません。どの顧客も領域がはっきりしています。"))
            return
        }
        let axisName = axis.map { language.pick($0 == .record ? "the transaction record" : "the objective evaluation", $0 == .record ? "取り引き実績" : "客観的評価") }
        reply.lines.append(language.pick(
            "Borderline customers — \(axisName ?? "an axis") within \(margin) points of the cut (\(cut)): \(found.count) of \(reading.within.map { "those \($0.count)" } ?? "\(data.summary.total)"), one step from A first:",
            "境界線上の顧客（\(axisName ?? "どちらかの軸")が基準線\(cut)から\(margin)ポイント以内）：\(reading.within.map { "先ほどの\($0.count)社" } ?? "全\(data.summary.total)社")中\(found.count)社。Aまであと一歩の先から："))
        // Up to two dozen shown whole ("which customers are borderline?" wants every one, and 19
        // lines still read at a glance); a cut that hides a few only sends the rep to `list`.
        let shown = found.count <= reply.listShown * 2 ? found.count : reply.listShown
        for classification in found.prefix(shown) {
            reply.lines.append("  " + Answerer.borderlineLine(classification, cut: classifier.cut, language: language))
        }
        if found.count > shown {
            reply.lines.append(language.pick(
                "  … and \(found.count - shown) more: `list` marks them with ~.",
                "  …ほか\(found.count - shown)社。`list` では ~ の印がついています。"))
        }
        reply.about = found.prefix(shown).map(\.name)
        // Every one of them, for "only the ones in B" next, not only those shown.
        reply.listed = found.map(\.name)
    }

    /// Longest since the last visit first; for A, those past the follow-up cadence.
    private func notSeenLately(_ reading: Interpretation, data: AssistantData, into reply: inout Reply) {
        let language = reply.language
        let wanted = Set(reading.segments)
        // A alone is the follow-up list, unless the question gives its own gap ("in over 60 days").
        let statedGap = reading.progressWords.flatMap { VisitWindow.gapDays(in: $0, today: data.today) }
        if wanted == [.a], statedGap == nil, reading.within == nil {
            let due = overdueA(data: data)
            reply.cite("after-sales-follow-up", "visit-cadence")
            guard !due.customers.isEmpty else {
                reply.lines.append(language.pick(
                    "Every A customer has been seen within its \(due.weeks)-week follow-up.",
                    "A顧客はすべて\(due.weeks)週間ごとのフォローの範囲内で訪問済みです。"))
                return
            }
            reply.lines.append(language.pick(
                "A customers past their \(due.weeks)-week follow-up: \(due.customers.count) of \(data.memberCount(of: .a)), longest unseen first:",
                "\(due.weeks)週間ごとのフォローを過ぎたA顧客：\(data.memberCount(of: .a))社中\(due.customers.count)社、間が空いている順："))
            for item in due.customers.prefix(reply.shown(due.customers.count)) {
                reply.lines.append(
                    "  \(item.classification.name)\(Answerer.repTag(item.classification, reading, data, language)) — \(PlanReason.sinceLastVisit(item.days, language))")
            }
            if due.customers.count > reply.shown(due.customers.count) {
                reply.lines.append(language.pick("  … and \(due.customers.count - reply.shown(due.customers.count)) more.", "  …ほか\(due.customers.count - reply.shown(due.customers.count))社。"))
            }
            reply.about = due.customers.prefix(reply.shown(due.customers.count)).map(\.classification.name)
            return
        }
        let history = VisitHistory(customers: data.classifications.map(\.customer), visitLog: data.visitLog, today: data.today)
        // "in over 3 months", 「2ヶ月以上」: only those past the gap (or never seen).
        let gap = statedGap
        let strict = reading.progressWords.map(VisitWindow.gapIsStrict) ?? false
        let seen = Answerer.pool(reading, data: data).compactMap { c -> (classification: Classification, days: Int?)? in
            // An unclassified customer still has a last visit: listed when no segment is asked for, said to be unclassified.
            guard wanted.isEmpty || c.segment.map(wanted.contains) == true else { return nil }
            let days = history.lastVisit(c.name).map { $0.days(until: data.today) }
            if let gap, let days, days < gap || (strict && days == gap) { return nil }
            return (c, days)
        }
        .sorted { lhs, rhs in
            switch (lhs.days, rhs.days) {
            case (nil, nil): return lhs.classification.name < rhs.classification.name
            case (nil, _): return true
            case (_, nil): return false
            case (let l?, let r?): return l != r ? l > r : lhs.classification.name < rhs.classification.name
            }
        }
        reply.cite("visit-cadence")
        let scope = wanted.isEmpty ? "" : wanted.sorted().map(\.rawValue).joined(separator: "/")
        guard !seen.isEmpty else {
            reply.lines.append(gap.map { days in
                language.pick(
                    "Every \(scope.isEmpty ? "" : scope + " ")customer has been visited within the last \(days) days (last_visit and your visit log).",
                    "\(scope.isEmpty ? "" : scope + "の")顧客はすべて直近\(days)日以内に訪問しています（last_visit と訪問記録から）。")
            } ?? language.pick("No customer to list.", "該当する顧客はいません。"))
            return
        }
        // 「小松さんはBを放置してない？」, "is Emily neglecting her B accounts?": yes or no first,
        // by the B customers unseen for over four weeks (B has no cadence of its own).
        if wanted == [.b], gap == nil, let words = reading.progressWords, Answerer.isYesNo(words) {
            let unseen = seen.filter { ($0.days ?? Int.max) > 28 }
            let total = data.memberCount(of: .b)
            if let first = unseen.first {
                let longest = "\(first.classification.name), \(PlanReason.sinceLastVisit(first.days, language))"
                reply.lines.append(language.pick(
                    "Yes: \(unseen.count) of \(total) B customers have had no visit for over four weeks (longest: \(longest)). B is where the budget grows; each of them needs a visit soon.",
                    "はい、放置ぎみです：B顧客\(total)社中\(unseen.count)社が4週間以上訪問なし（最長：\(longest)）。伸びしろはBにあるので、早めに訪問を。"))
            } else {
                reply.lines.append(language.pick(
                    "No: every B customer has been seen within the last four weeks.",
                    "いいえ：B顧客はすべて直近4週間以内に訪問しています。"))
            }
        }
        if let gap {
            reply.lines.append(language.pick(
                "\(scope.isEmpty ? "Customers" : scope + " customers") not visited for \(strict ? "more than \(gap) days" : "\(gap) days or more") (or never): \(seen.count), longest first, with what the method says about each:",
                "\(gap)日\(strict ? "を超えて" : "以上")訪問していない\(scope.isEmpty ? "" : scope + "の")顧客（記録なしを含む）：\(seen.count)社、間が空いている順に、手法から見た扱いとともに："))
        } else {
            reply.lines.append(language.pick(
                "Not seen for the longest (last_visit and your visit log), with what the method says about each:",
                "訪問から最も間が空いている顧客（last_visit と訪問記録から）と、手法から見た扱い："))
        }
        let policy = data.config.plan
        let cadenceA = policy.followUpWeeks(customersA: data.followUpLoad.perWeek)
        for item in seen.prefix(reply.shown(seen.count)) {
            let advice: String
            switch item.classification.segment {
            case nil: advice = language.pick("not classified: an axis has no data", "未分類：どちらかの軸にデータがありません")
            case .a: advice = language.pick("A: follow-up every \(cadenceA) weeks", "A：\(cadenceA)週間ごとにフォロー")
            case .b: advice = language.pick("B: your main target", "B：最重点の攻めどころ")
            case .c: advice = language.pick("C: a short visit after \(policy.overdueWeeksC) weeks is enough", "C：\(policy.overdueWeeksC)週間を過ぎたら短い訪問で十分")
            case .d: advice = language.pick("D: little time; a check after \(policy.overdueWeeksD) weeks", "D：手間は最小限、\(policy.overdueWeeksD)週間を過ぎたら確認程度")
            }
            reply.lines.append(
                "  \(item.classification.name)\(Answerer.repTag(item.classification, reading, data, language)) — \(PlanReason.sinceLastVisit(item.days, language))"
                    + language.pick(" (\(advice))", "（\(advice)）"))
        }
        if seen.count > reply.shown(seen.count) {
            reply.lines.append(language.pick(
                "  … and \(seen.count - reply.shown(seen.count)) more: `list --sort last_visit` shows every customer, longest unseen first.",
                "  …ほか\(seen.count - reply.shown(seen.count))社。`list --sort last_visit` で全顧客を訪問の古い順に表示します。"))
        }
        reply.about = seen.prefix(reply.shown(seen.count)).map(\.classification.name)
        // Every one of them, for "and the rest?" or "who's responsible for those?" next.
        reply.listed = seen.map(\.classification.name)
    }

    /// The weeks after which a customer of `segment` is overdue: A's
    /// follow-up as the plan can hold it, C's and D's overdue settings; B has none.
    /// " (Emily Clark)" after a customer in a list that answers "whose …?", 「…のは誰？」:
    /// a manager asking who is behind wants the rep beside each customer.
    static func repTag(_ c: Classification, _ reading: Interpretation, _ data: AssistantData, _ language: Language) -> String {
        guard let rep = c.customer.rep, let words = reading.progressWords,
            data.classifications.contains(where: { $0.customer.rep.map(RepName.key) != RepName.key(rep) })
        else { return "" }
        let lookup = PhraseLookup(QuestionText(words))
        // "who haven't I seen" is the rep's own question: only "whose" and a rep asked for name them.
        // "who's neglecting their B accounts?": a who with "their" asks for the reps too.
        let whoWithTheir = lookup.hasWords(["their"]) && lookup.hasWords(["who", "whos", "who is"])
        guard whoWithTheir || lookup.has(
            english: ["whose", "which rep", "which reps", "each rep", "per rep", "by rep", "every rep", "all reps", "for each", "who on the team"],
            japanese: ["のは誰", "のはだれ", "誰の", "だれの", "どの担当", "担当者", "担当別", "各担当", "担当ごと", "全担当"])
        else {
            return ""
        }
        return language.pick(" (\(rep))", "（\(rep)さん）")
    }

    private func overdueWeeks(of segment: Segment, data: AssistantData) -> Int? {
        let policy = data.config.plan
        switch segment {
        case .a: return policy.followUpWeeks(customersA: data.followUpLoad.perWeek)
        case .b: return nil
        case .c: return policy.overdueWeeksC
        case .d: return policy.overdueWeeksD
        }
    }

    static let overdueWords = (
        english: Understanding.standard.phrases("overdue-en"), japanese: Understanding.standard.phrases("overdue-ja"))

    /// A customers past the follow-up cadence the policy's capacity holds, longest unseen first.
    /// `thisWeek`: those falling due by the week's end too, as the planner counts them
    /// ("what should I focus on this week?" names the A customers the plan will hold).
    private func overdueA(data: AssistantData, thisWeek: Bool = false) -> (weeks: Int, customers: [(classification: Classification, days: Int?)]) {
        let policy = data.config.plan
        let weeks = policy.followUpWeeks(customersA: data.followUpLoad.perWeek)
        let history = VisitHistory(customers: data.classifications.map(\.customer), visitLog: data.visitLog, today: data.today)
        let slack = thisWeek ? data.today.days(until: PlanWeek(containing: data.today).end) : 0
        // Members come most sales first, which breaks ties between equal gaps.
        let due = data.members(of: .a).enumerated().compactMap { position, c -> (Classification, Int?, Int)? in
            let days = history.lastVisit(c.name).map { $0.days(until: data.today) }
            guard days.map({ thisWeek ? $0 + slack >= 7 * weeks : $0 > 7 * weeks }) ?? true else { return nil }
            return (c, days, position)
        }
        let ordered = due.sorted { ($0.1 ?? .max, -$0.2) > ($1.1 ?? .max, -$1.2) }
        return (weeks, ordered.map { (classification: $0.0, days: $0.1) })
    }

    /// 0 for a B one step from A (record just under the cut), then by distance from the cut.
    static func borderlineRank(_ c: Classification, cut: Rational) -> Double {
        let distances = [c.objective, c.record].compactMap { $0 }.filter(\.isBorderline).map { abs($0.value - cut.doubleValue) }
        let closest = distances.min() ?? 100
        // One step from A: a low axis near the cut whose rise makes it A (B by
        // its record, C by the company's own growth).
        let objectiveHigh = c.objective?.isHigh ?? false
        let recordHigh = c.record?.isHigh ?? false
        let oneStepFromA = (c.record.map { $0.isBorderline && !$0.isHigh } == true && objectiveHigh)
            || (c.objective.map { $0.isBorderline && !$0.isHigh } == true && recordHigh)
        return (oneStepFromA ? 0 : 100) + closest
    }

    /// "太平洋商船 — B; record 46.2, 3.8 below the cut: one step from A".
    static func borderlineLine(_ c: Classification, cut: Rational, language: Language) -> String {
        let segment = c.segment!
        var parts: [String] = []
        for axis in [c.objective, c.record].compactMap({ $0 }) where axis.isBorderline {
            let rounded = Formatting.trimmed(abs(axis.value - cut.doubleValue), decimals: 1)
            // Exactly on the cut counts as high; a gap that rounds to nothing is still a gap.
            let gap = rounded == "0" ? "0.1" : rounded
            let flipped: Segment =
                axis.axis == .objective
                ? Segment(objectiveHigh: !axis.isHigh, recordHigh: c.record?.isHigh ?? false)
                : Segment(objectiveHigh: c.objective?.isHigh ?? false, recordHigh: !axis.isHigh)
            let name = axis.axis == .objective ? language.pick("objective", "客観的評価") : language.pick("record", "取引実績")
            let exact = axis.score == cut
            parts.append(
                exact
                    ? language.pick(
                        "\(name) \(axis.scoreText), exactly on the cut (which counts as high): any fall makes it \(flipped.rawValue)",
                        "\(name) \(axis.scoreText)（ちょうど基準線上、基準線ちょうどは「高」）：少しでも下がれば\(flipped.rawValue)")
                    : rounded == "0"
                    ? language.pick(
                        "\(name) \(axis.scoreText), less than \(gap) \(axis.isHigh ? "above" : "below") the cut: " + (axis.isHigh ? "could slip to " : "one step from ") + flipped.rawValue,
                        "\(name) \(axis.scoreText)（基準線\(axis.isHigh ? "より" : "まで")\(gap)未満）：\(flipped.rawValue)" + (axis.isHigh ? "に下がる可能性" : "まであと一歩"))
                    : axis.isHigh
                    ? language.pick(
                        "\(name) \(axis.scoreText), \(gap) above the cut: could slip to \(flipped.rawValue)",
                        "\(name) \(axis.scoreText)（基準線より\(gap)上）：\(flipped.rawValue)に下がる可能性")
                    : language.pick(
                        "\(name) \(axis.scoreText), \(gap) below the cut: one step from \(flipped.rawValue)",
                        "\(name) \(axis.scoreText)（基準線まで\(gap)）：\(flipped.rawValue)まであと一歩"))
        }
        return "\(c.name) — \(segment.rawValue)" + language.pick("; ", "：") + parts.joined(separator: language.pick("; ", "／"))
    }
}

extension Answerer {
    /// Whether a question asks yes or no ("is Emily neglecting B?", 「Bを放置してない？」)
    /// rather than for a list: no question word, and a yes-or-no form.
    static func isYesNo(_ words: String) -> Bool {
        let text = QuestionText(words)
        if PhraseLookup(text).has(
            english: ["who", "which", "what", "how", "when", "where", "list", "show", "tell me"],
            japanese: ["誰", "だれ", "どの", "どれ", "どこ", "何", "いつ", "一覧", "見せて", "教えて", "リスト"])
        {
            return false
        }
        let first = text.asciiWords.first?.text ?? ""
        if ["is", "are", "does", "do", "has", "have", "did", "am", "isnt", "arent", "doesnt", "hasnt", "havent"].contains(first) { return true }
        let compact = String(text.chars).filter { !$0.isWhitespace && $0 != "?" && $0 != "？" }
        return ["ない", "てる", "でる", "か", "の", "いる", "てない"].contains { compact.hasSuffix($0) }
    }
}
