/// Answers about segments: who is in one, how to work it, how many there are.
extension Answerer {
    /// How many members a reply lists before pointing to `list`.
    static let membersShown = 15

    func members(_ reading: Interpretation, data: AssistantData, into reply: inout Reply) {
        if let within = reading.within, reading.asksLastVisit, reading.segments.isEmpty {
            return lastVisits(of: within, data: data, into: &reply)
        }
        if let within = reading.within, reading.asksIfProblem {
            return problemVerdict(of: within, data: data, into: &reply)
        }
        let language = reply.language
        // "Emily's customers", 「佐々木さんの担当顧客一覧」: the book segment by
        // segment, each led by the customers that matter most in it.
        let wholeBook = reading.segments.isEmpty && (reading.mentionsCustomers || reading.showsAll) && !reading.isFollowUp
        let wanted = wholeBook ? Segment.allCases.filter { data.memberCount(of: $0) > 0 } : segments(reading, into: &reply)
        // The whole book ends with those no segment holds, so the list adds up to the count the rep knows.
        defer {
            let unclassified = data.classifications.filter { $0.segment == nil }.map(\.name)
            if wholeBook, reading.within == nil, !unclassified.isEmpty {
                reply.lines.append("")
                reply.lines.append(language.pick(
                    "Not classified (an axis has no data): \(unclassified.count) — \(unclassified.joined(separator: ", "))",
                    "未分類（どちらかの軸のデータなし）：\(unclassified.count)社 — \(unclassified.joined(separator: "、"))"))
                reply.listed += unclassified
            }
        }
        // "my B customers and when I last saw each": each line ends with the last visit.
        let history = reading.asksLastVisit
            ? VisitHistory(customers: data.classifications.map(\.customer), visitLog: data.visitLog, today: data.today) : nil
        let line = { (c: Classification) in
            "  " + Answerer.scoreLine(c, language: language) + (history.map { Answerer.lastVisitNote(c.name, history: $0, data: data, language: language) } ?? "")
        }
        // "which of those are A?": only the customers of the list just shown.
        if let within = reading.within {
            let keys = Set(within.map(Book.key))
            let found = wanted.flatMap { segment in data.members(of: segment).filter { keys.contains(Book.key($0.name)) } }
            reply.lines.append(language.pick(
                "Of those \(within.count) customers, \(found.count) \(found.count == 1 ? "is" : "are") in \(wanted.map(\.rawValue).joined(separator: "/"))\(found.isEmpty ? "." : ":")",
                "先ほどの\(within.count)社のうち、\(wanted.map(\.rawValue).joined(separator: "・"))は\(found.count)社\(found.isEmpty ? "です。" : "：")"))
            for classification in found.prefix(reply.shown(found.count)) { reply.lines.append(line(classification)) }
            if found.count > reply.shown(found.count) {
                reply.lines.append(language.pick("  … and \(found.count - reply.shown(found.count)) more.", "  …ほか\(found.count - reply.shown(found.count))社。"))
            }
            reply.about = found.prefix(reply.shown(found.count)).map(\.name)
            reply.listed = found.map(\.name)
            wanted.forEach { reply.cite(Answerer.segmentEntry($0)) }
            return
        }
        for (i, segment) in wanted.enumerated() {
            if i > 0 { reply.lines.append("") }
            // "top 5 B accounts": as many as asked for, within reason.
            let limit = reading.showsAll ? Int.max : reading.number.map { min(max($0, 1), 50) } ?? Answerer.membersShown
            let shown = data.members(of: segment, limit: limit)
            let count = data.memberCount(of: segment)
            let row = data.summary.row(segment)
            reply.data.append(.members(segment: segment, names: shown.map(\.name), total: count))
            reply.listed += data.members(of: segment).map(\.name)
            reply.cite(Answerer.segmentEntry(segment))
            guard count > 0 else {
                reply.lines.append(language.pick(
                    "You have no \(segment.rawValue) customers (of \(data.summary.total)).",
                    "\(segment.rawValue)の顧客はいません（全\(data.summary.total)社）。"))
                continue
            }
            let order: String
            switch segment {
            case .a: order = language.pick("most of our sales first", "当社売上の大きい順")
            case .b: order = language.pick("largest upside first", "伸びしろの大きい順")
            case .c: order = language.pick("strongest record first", "取り引き実績の高い順")
            case .d: order = language.pick("highest objective score first", "客観的評価の高い順")
            }
            reply.lines.append(language.pick(
                "\(segment.rawValue) customers (\(segment.summary)): \(count) of \(data.summary.total) (\(Formatting.percent(row.shareOfCustomers))), \(order):",
                "\(segment.rawValue)の顧客（\(segment.summaryJapanese)）：全\(data.summary.total)社中\(count)社（\(Formatting.percent(row.shareOfCustomers))）、\(order)："))
            for classification in shown { reply.lines.append(line(classification)) }
            if count > shown.count {
                reply.lines.append(language.pick(
                    "  … and \(count - shown.count) more: `list \(segment.rawValue)` shows them all.",
                    "  …ほか\(count - shown.count)社。`list \(segment.rawValue)` で全社を表示します。"))
            }
        }
    }

    func advice(_ reading: Interpretation, data: AssistantData, into reply: inout Reply) {
        let language = reply.language
        let policy = data.config.plan
        for (i, segment) in segments(reading, into: &reply).enumerated() {
            if i > 0 { reply.lines.append("") }
            if reading.asksSkipSegment {
                let weeks = policy.followUpWeeks(customersA: data.followUpLoad.perWeek)
                reply.lines.append(Answerer.skipVerdict(segment, policy: policy, weeksA: weeks, language: language))
            }
            let id = Answerer.segmentEntry(segment)
            if let entry = data.guidance.guidance(id: id, in: language) {
                reply.lines.append(entry.title)
                reply.lines += entry.lines.map { "  " + $0 }
            } else {
                reply.lines.append(language.pick(
                    "\(segment.rawValue): \(segment.summary).", "\(segment.rawValue)：\(segment.summaryJapanese)。"))
            }
            let count = data.memberCount(of: segment)
            let leading = data.members(of: segment, limit: 3)
            let row = data.summary.row(segment)
            let share = Config.format(policy.share(of: segment))
            reply.lines.append(language.pick(
                "In your book: \(count) \(segment.rawValue) customers (\(Formatting.percent(row.shareOfCustomers))); the policy gives \(segment.rawValue) \(share)% of visits.",
                "あなたの担当先：\(segment.rawValue)の顧客は\(count)社（\(Formatting.percent(row.shareOfCustomers))）。方針では訪問の\(share)%を\(segment.rawValue)に充てます。"))
            if segment == .a, let line = cadenceLine(data: data, language: language) { reply.lines.append(line) }
            if !leading.isEmpty {
                let names = leading.map(\.name)
                let lead: String
                switch segment {
                case .a: lead = language.pick("Most at stake", "当社売上の大きい先")
                case .b: lead = language.pick("Largest upside", "伸びしろの大きい先")
                case .c: lead = language.pick("Strongest pull (watch your time here)", "引力の強い先（時間のかけすぎに注意）")
                case .d: lead = language.pick("Highest potential", "潜在力の高い先")
                }
                reply.lines.append(language.pick(
                    "\(lead): \(names.joined(separator: ", ")).", "\(lead)：\(names.joined(separator: "、"))。"))
            }
            reply.data.append(.members(segment: segment, names: leading.map(\.name), total: count))
            reply.cite(id, Answerer.companionEntry(segment))
        }
    }

    func counts(_ reading: Interpretation, data: AssistantData, into reply: inout Reply) {
        let language = reply.language
        let summary = data.summary
        reply.data.append(.summary(summary))
        // "how much of our profit comes from C?": orders or profit asked for, that figure's share.
        let figure = reading.askedMetrics.first { $0 == .orders || $0 == .profit }
        let salesShare: (SegmentSummary.Row) -> String = { row in
            if let figure { return Answerer.figureShare(figure, of: row.segment, data: data, language: language) }
            guard let share = row.shareOfSales else { return "" }
            // The amount beside the share: "totals by segment" asks for the money too.
            let amount = Formatting.value(row.sales, of: .sales, in: language)
            return language.pick(
                ", \(amount) of our sales (\(Formatting.percent(share)))", "、当社売上\(amount)（\(Formatting.percent(share))）")
        }
        if !reading.segments.isEmpty {
            for segment in reading.segments {
                let row = summary.row(segment)
                reply.lines.append(language.pick(
                    "\(segment.rawValue): \(row.count) of \(data.namedRep.map { "\($0)'s" } ?? "your") \(summary.total) customers (\(Formatting.percent(row.shareOfCustomers)))\(salesShare(row)).",
                    "\(segment.rawValue)：\(data.namedRep.map { "\($0)さんの担当" } ?? "")全\(summary.total)社中\(row.count)社（\(Formatting.percent(row.shareOfCustomers))）\(salesShare(row))。"))
                reply.cite(Answerer.segmentEntry(segment))
                if reading.asksWhose, data.namedRep == nil, let line = Answerer.byRepLine(segment, data: data, language: language) {
                    reply.lines.append(line)
                }
                if segment == .c, reading.asksTooMuch { cVerdict(data: data, into: &reply) }
            }
        } else {
            reply.lines.append(language.pick(
                "\(data.namedRep.map { "\($0)'s" } ?? "Your") \(summary.total) customers by segment:",
                "\(data.namedRep.map { "\($0)さんの" } ?? "")担当先\(summary.total)社の領域別の内訳："))
            for row in summary.rows {
                reply.lines.append(language.pick(
                    "  \(row.segment.rawValue): \(row.count) (\(Formatting.percent(row.shareOfCustomers)))\(salesShare(row))",
                    "  \(row.segment.rawValue)：\(row.count)社（\(Formatting.percent(row.shareOfCustomers))）\(salesShare(row))"))
            }
            reply.cite("method-overview")
        }
        if summary.unclassified > 0 {
            reply.lines.append(language.pick(
                "\(summary.unclassified) not classified (an axis has no data).",
                "分類できない顧客が\(summary.unclassified)社あります（どちらかの軸のデータなし）。"))
        }
    }

    /// "is 佐藤's C share too high?": the count says little on its own (a
    /// book holds the customers it holds); the method's test is the time C
    /// takes, so the verdict is the recent visits against the C trap.
    private func cVerdict(data: AssistantData, into reply: inout Reply) {
        let language = reply.language
        let made = Answerer.visitsMade(data: data)
        let policy = data.config.plan
        let check = ComfortCheck(
            visitLog: made.visits, classifications: data.classifications, policy: policy, today: data.today, history: data.history)
        let limit = Config.format(policy.share(of: .c))
        let c = check.visits.count(.c), total = check.visits.total
        let verdict: String
        if check.warning != nil {
            verdict = language.pick(
                "too much: move the routine C contact to phone or mail and give those visits to B.",
                "多すぎます。Cとの定型のやりとりは電話やメールに移し、その訪問をBに回しましょう。")
        } else if !check.hasEnoughVisits {
            verdict = language.pick(
                "too few visits to judge (at least \(check.minimumVisits) needed).", "判断するには訪問が少なすぎます（\(check.minimumVisits)件以上必要）。")
        } else {
            verdict = language.pick("within bounds.", "許容範囲です。")
        }
        reply.lines.append(language.pick(
            "Too high? The count is what the book holds; the method's test is time. In the last \(check.weeks) weeks C took \(c) of \(total) visits (\(Formatting.percent(check.cVisitShare))) against the policy's \(limit)%: \(verdict)",
            "多すぎるか：社数は担当先の構成そのもので、手法が見るのは時間の使い方です。直近\(check.weeks)週の訪問\(total)件中Cは\(c)件（\(Formatting.percent(check.cVisitShare))）、方針は\(limit)%：\(verdict)"))
        reply.cite("c-trap")
    }

    /// ", 141,147 of our profit (41%)": one record figure summed over a
    /// segment's customers, beside its share of the book's total.
    static func figureShare(_ metric: Metric, of segment: Segment, data: AssistantData, language: Language) -> String {
        let total = data.classifications.reduce(0.0) { $0 + ($1.customer[metric] ?? 0) }
        let part = data.classifications.filter { $0.segment == segment }.reduce(0.0) { $0 + ($1.customer[metric] ?? 0) }
        guard total > 0 else { return "" }
        let amount = Formatting.value(part, of: metric, in: language)
        let share = Formatting.percent(part / total)
        return metric == .profit
            ? language.pick(", \(amount) of our profit (\(share))", "、粗利\(amount)（\(share)）")
            : language.pick(", \(amount) orders (\(share) of all)", "、受注\(amount)件（全体の\(share)）")
    }

    /// "how many in D and whose are they": the segment's customers counted
    /// by rep, most first; nil for a book of one rep or none.
    static func byRepLine(_ segment: Segment, data: AssistantData, language: Language) -> String? {
        let customers = data.classifications.map(\.customer)
        let reps = RepName.reps(of: customers)
        guard reps.count >= 2 else { return nil }
        let inSegment = data.classifications.filter { $0.segment == segment }.map(\.customer)
        let counts = reps.enumerated()
            .map { offset, rep in (rep: rep, count: RepName.customers(of: rep, in: inSegment).count, offset: offset) }
            .filter { $0.count > 0 }
            .sorted { ($0.count, -$0.offset) > ($1.count, -$1.offset) }
        let unassigned = inSegment.filter { ($0.rep ?? "").trimmingCharacters(in: .whitespaces).isEmpty }.count
        var parts = counts.map { language.pick("\($0.rep) \($0.count)", "\($0.rep)さん \($0.count)社") }
        if unassigned > 0 { parts.append(language.pick("no rep \(unassigned)", "担当者なし \(unassigned)社")) }
        guard !parts.isEmpty else { return nil }
        return language.pick("  By rep: ", "  担当者別：") + parts.joined(separator: language.pick(" · ", "・"))
    }

    /// " · last visit 2026-09-10 (90 days ago, 12 weeks)", or that none is on record.
    static func lastVisitNote(_ name: String, history: VisitHistory, data: AssistantData, language: Language) -> String {
        guard let last = history.lastVisit(name) else { return language.pick(" · never visited", "・訪問記録なし") }
        return language.pick(" · last visit ", "・前回の訪問 ") + Answerer.ago(last, today: data.today, language)
    }

    /// "Globex Manufacturing  objective 81.5 · record 32.6".
    static func scoreLine(_ c: Classification, language: Language) -> String {
        let objective = c.objective.map { $0.scoreText } ?? "–"
        let record = c.record.map { $0.scoreText } ?? "–"
        let border = c.isBorderline ? language.pick(" (borderline)", "（境界線上）") : ""
        return language.pick(
            "\(c.name): objective \(objective) · record \(record)\(border)",
            "\(c.name)：客観的評価 \(objective)・取り引き実績 \(record)\(border)")
    }
}
