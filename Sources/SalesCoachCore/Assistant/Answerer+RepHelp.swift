/// "Who needs help the most?", 「一番サポートが必要な担当は？」: a manager wants a
/// name and the reasons, not a table to read. Each rep's book is weighed by
/// what the method says goes wrong first: key accounts left past their
/// follow-up (a competitor's opening), B customers nobody is working on (the
/// budget's upside left idle), and recent visits drifting to C.
extension Answerer {
    /// Weeks without a visit after which a B customer counts as idle: B is
    /// where most visits should go, so two months unseen is a gap worth a word.
    static let idleWeeksB = 8

    private struct RepNeeds {
        var rep: String
        var overdueA: [String]
        var idleB: [String]
        /// The rep's B customers with the most upside, for where freed time should go.
        var topB: [String] = []
        var comfort: ComfortCheck
        /// Days the longest-waiting of those customers has gone unseen (never seen counts longest): breaks ties.
        var longestWait: Int
        var drifting: Bool { comfort.warning != nil }
        /// Overdue A weigh most (an A lost costs more than a B gained), then idle B, then drift.
        var weight: Int { overdueA.count * 3 + idleB.count * 2 + (drifting ? 2 : 0) }

        /// The need in one segment's work only ("help getting into B"): that segment's gap alone.
        func weight(in segment: Segment?) -> Int {
            switch segment {
            case .a: overdueA.count
            case .b: idleB.count
            case .c: drifting ? 1 : 0
            case .d, nil: weight
            }
        }
    }

    /// `segment`: the help asked is with one segment's work ("getting into B
    /// accounts", 「Aのフォローで」): the reps are weighed and described by it alone.
    func repsNeedingHelp(data: AssistantData, segment asked: Segment? = nil, into reply: inout Reply) {
        let segment = asked == .d ? nil : asked
        let language = reply.language
        reply.cite("manager-review", "after-sales-follow-up", "c-trap")
        let customers = data.classifications.map(\.customer)
        let reps = RepName.reps(of: customers)
        guard !reps.isEmpty else {
            return reply.lines.append(language.pick(
                "Your list has no rep column, so I cannot tell which rep needs help.",
                "顧客リストに担当者（rep）の列がないため、どの担当者に支援が必要かは分かりません。"))
        }
        let followUp = data.config.plan.followUpWeeks(customersA: data.followUpLoad.perWeek)
        let history = VisitHistory(customers: customers, visitLog: data.visitLog, today: data.today)
        func unseen(_ name: String, weeks: Int) -> Bool {
            history.lastVisit(name).map { $0.days(until: data.today) > 7 * weeks } ?? true
        }
        // "8+ weeks" unseen: a B seen exactly eight weeks ago counts, as the words say.
        func idle(_ name: String) -> Bool {
            history.lastVisit(name).map { $0.days(until: data.today) >= 7 * Answerer.idleWeeksB } ?? true
        }
        // B by upside, the book's order; each rep's first two are where freed visits go.
        let upsideRank = Dictionary(data.members(of: .b).enumerated().map { (Book.key($1.name), $0) }, uniquingKeysWith: { a, _ in a })
        let made = Answerer.visitsMade(data: data).visits
        func wait(_ name: String) -> Int { history.lastVisit(name).map { $0.days(until: data.today) } ?? .max }
        let needs = reps.map { rep -> RepNeeds in
            let names = Set(RepName.customers(of: rep, in: customers).map { Book.key($0.name) })
            let own = data.classifications.filter { names.contains(Book.key($0.name)) }
            // Longest unseen first, so the names said are the ones most at risk.
            let overdueA = own.filter { $0.segment == .a && unseen($0.name, weeks: followUp) }.map(\.name).sorted { wait($0) > wait($1) }
            let idleB = own.filter { $0.segment == .b && idle($0.name) }.map(\.name).sorted { wait($0) > wait($1) }
            let topB = own.filter { $0.segment == .b }.sorted { (upsideRank[Book.key($0.name)] ?? .max) < (upsideRank[Book.key($1.name)] ?? .max) }
                .map(\.name)
            return RepNeeds(
                rep: rep, overdueA: overdueA, idleB: idleB, topB: Array(topB.prefix(2)),
                comfort: ComfortCheck(
                    visitLog: made.filter { names.contains(Book.key($0.customerName)) }, classifications: own,
                    policy: data.config.plan, today: data.today, history: data.history),
                longestWait: (overdueA + idleB).map(wait).max() ?? 0)
        }.sorted { ($0.weight(in: segment), $0.longestWait, $1.rep) > ($1.weight(in: segment), $1.longestWait, $0.rep) }
        if let segment { return repsNeedingHelp(with: segment, needs: needs, followUp: followUp, data: data, into: &reply) }
        guard let first = needs.first, first.weight > 0 else {
            return reply.lines.append(language.pick(
                "No rep stands out: no A customer is past its \(followUp)-week follow-up, no B customer has gone \(Answerer.idleWeeksB) weeks unseen, and nobody's recent visits drift toward C.",
                "目立って支援が必要な担当者はいません：\(followUp)週間のフォローを過ぎたA顧客も、\(Answerer.idleWeeksB)週間訪問のないB顧客もなく、直近の訪問がCに偏っている人もいません。"))
        }
        reply.lines.append(language.pick(
            "\(first.rep) needs help the most: \(reasons(first, followUp: followUp, language: language)).",
            "一番支援が必要なのは\(first.rep)さんです：\(reasons(first, followUp: followUp, language: language))。"))
        reply.lines.append(language.pick("Each rep, most in need first:", "担当者ごと（支援が必要な順）："))
        for need in needs {
            let said = need.weight == 0 ? language.pick("nothing overdue, idle or drifting", "遅れ・放置・偏りなし") : reasons(need, followUp: followUp, language: language)
            reply.lines.append(language.pick("  \(need.rep) — \(said)", "  \(need.rep)さん — \(said)"))
        }
        // 「3人それぞれに一言ずつアドバイスを」, "what should I tell each rep?": one thing to do
        // for each, with the customers to start from, not the percentages.
        reply.lines.append(language.pick("What to tell each, starting from one customer:", "それぞれに伝えること（割合ではなく一社から）："))
        for need in needs {
            reply.lines.append(language.pick("  \(need.rep) — ", "  \(need.rep)さん — ") + Answerer.nextStep(need, language: language))
        }
    }

    /// One thing for a rep to do next: see the longest-unseen key accounts, then
    /// give B the visits C took, naming the B customers to start from.
    private static func nextStep(_ need: RepNeeds, language: Language) -> String {
        let separator = language.pick(" and ", "、")
        var parts: [String] = []
        if !need.overdueA.isEmpty {
            let first = need.overdueA.prefix(2).joined(separator: separator)
            parts.append(language.pick("see \(first) first (A, past the follow-up)", "まず\(first)へ（Aのフォロー切れ）"))
        }
        let b = (need.idleB + need.topB.filter { !need.idleB.contains($0) }).prefix(2).joined(separator: separator)
        if need.drifting {
            let c = need.comfort.visits.count(.c)
            parts.append(b.isEmpty
                ? language.pick(
                    "cut the C visits (\(c) of the last \(need.comfort.visits.total)) back to the policy",
                    "Cへの訪問（直近\(need.comfort.visits.total)件中\(c)件）を方針まで減らす")
                : language.pick(
                    "give the visits C took (\(c) of the last \(need.comfort.visits.total)) to B: \(b)",
                    "Cに使っていた訪問（直近\(need.comfort.visits.total)件中\(c)件）をBの\(b)に回す"))
        } else if !need.idleB.isEmpty {
            let idle = need.idleB.prefix(2).joined(separator: separator)
            parts.append(language.pick("book a visit with \(idle) (B, unseen 8+ weeks)", "\(idle)に訪問を入れる（B、8週間以上訪問なし）"))
        }
        guard !parts.isEmpty else {
            return b.isEmpty
                ? language.pick("keep it up: key accounts seen on time, no drift to C", "この調子で：Aのフォローは期限内、Cへの偏りなし")
                : language.pick("keep it up, and keep most visits on B (\(b))", "この調子で、訪問の大半はBへ（\(b)）")
        }
        return parts.joined(separator: language.pick("; then ", "。次に")) + language.pick(".", "。")
    }

    /// Each rep by one segment's gap: overdue A, idle B with the share of
    /// recent visits B got, or recent visits drifting to C.
    private func repsNeedingHelp(with segment: Segment, needs: [RepNeeds], followUp: Int, data: AssistantData, into reply: inout Reply) {
        let language = reply.language
        let policy = data.config.plan
        func said(_ need: RepNeeds) -> String {
            switch segment {
            case .a:
                return need.overdueA.isEmpty
                    ? language.pick("every A seen within \(followUp) weeks", "Aはすべて\(followUp)週間以内に訪問済み")
                    : reasons(RepNeeds(rep: need.rep, overdueA: need.overdueA, idleB: [], comfort: need.comfort, longestWait: 0), followUp: followUp, language: language, drift: false)
            case .b:
                let visits = need.comfort.visits
                let share = visits.total == 0 ? "" : language.pick(
                    "; B got \(visits.count(.b)) of \(visits.total) recent visits (\(Formatting.percent(Double(visits.count(.b)) / Double(visits.total))); policy \(Config.format(policy.share(of: .b)))%)",
                    "、直近の訪問\(visits.total)件中Bは\(visits.count(.b))件（\(Formatting.percent(Double(visits.count(.b)) / Double(visits.total)))、方針\(Config.format(policy.share(of: .b)))%）")
                let idle = need.idleB.isEmpty
                    ? language.pick("every B seen within \(Answerer.idleWeeksB) weeks", "Bはすべて\(Answerer.idleWeeksB)週間以内に訪問済み")
                    : reasons(RepNeeds(rep: need.rep, overdueA: [], idleB: need.idleB, comfort: need.comfort, longestWait: 0), followUp: followUp, language: language, drift: false)
                return idle + share
            case .c, .d:
                let c = need.comfort.visits.count(.c)
                return need.drifting
                    ? language.pick(
                        "C takes \(c) of \(need.comfort.visits.total) recent visits (\(Formatting.percent(need.comfort.cVisitShare)))",
                        "直近の訪問\(need.comfort.visits.total)件中\(c)件がC（\(Formatting.percent(need.comfort.cVisitShare))）")
                    : language.pick("recent visits not drifting to C", "直近の訪問はCに偏っていません")
            }
        }
        let letter = segment.rawValue
        guard let first = needs.first, first.weight(in: segment) > 0 else {
            reply.lines.append(language.pick("No rep stands out with \(letter):", "\(letter)で目立って支援が必要な担当者はいません："))
            for need in needs { reply.lines.append(language.pick("  \(need.rep) — \(said(need))", "  \(need.rep)さん — \(said(need))")) }
            return
        }
        reply.lines.append(language.pick(
            "\(first.rep) needs the most help with \(letter): \(said(first)).",
            "\(letter)で一番支援が必要なのは\(first.rep)さんです：\(said(first))。"))
        reply.lines.append(language.pick("Each rep, most in need with \(letter) first:", "担当者ごと（\(letter)で支援が必要な順）："))
        for need in needs { reply.lines.append(language.pick("  \(need.rep) — \(said(need))", "  \(need.rep)さん — \(said(need))")) }
    }

    private func reasons(_ need: RepNeeds, followUp: Int, language: Language, drift: Bool = true) -> String {
        var parts: [String] = []
        // Up to four names, then how many more, so the count and the names agree.
        func names(_ all: [String]) -> String {
            let shown = all.count <= 4 ? all : Array(all.prefix(3))
            let more = all.count - shown.count
            return shown.joined(separator: language.pick(", ", "、"))
                + (more > 0 ? language.pick(" and \(more) more", " ほか\(more)社") : "")
        }
        if !need.overdueA.isEmpty {
            parts.append(language.pick(
                "\(need.overdueA.count) A past the \(followUp)-week follow-up (\(names(need.overdueA)))",
                "\(followUp)週間のフォローを過ぎたA \(need.overdueA.count)社（\(names(need.overdueA))）"))
        }
        if !need.idleB.isEmpty {
            parts.append(language.pick(
                "\(need.idleB.count) B unseen for \(Answerer.idleWeeksB)+ weeks (\(names(need.idleB)))",
                "\(Answerer.idleWeeksB)週間以上訪問のないB \(need.idleB.count)社（\(names(need.idleB))）"))
        }
        if need.drifting, drift {
            let c = need.comfort.visits.count(.c)
            parts.append(language.pick(
                "C takes \(c) of \(need.comfort.visits.total) recent visits (\(Formatting.percent(need.comfort.cVisitShare)))",
                "直近の訪問\(need.comfort.visits.total)件中\(c)件がC（\(Formatting.percent(need.comfort.cVisitShare))）"))
        }
        return parts.joined(separator: language.pick("; ", "、"))
    }
}
