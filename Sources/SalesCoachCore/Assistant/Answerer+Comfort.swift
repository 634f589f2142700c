/// "Is anyone spending too much time on C?", 「誰がCに時間かけすぎてる？」: the
/// logged visits of the comfort window against the C trap, for the whole
/// list and, when it has reps, for each rep — the same check as `comfort`.
extension Answerer {
    func comfort(data: AssistantData, into reply: inout Reply) {
        let language = reply.language
        let policy = data.config.plan
        reply.cite("c-trap")
        // Asked about one rep ("is Okada spending too much time on C?"), the
        // book is that rep's: only visits to its customers count.
        let customers = data.classifications.map(\.customer)
        let reps = RepName.reps(of: customers)
        let made = Answerer.visitsMade(data: data)
        let log = made.visits
        let whole = ComfortCheck(visitLog: log, classifications: data.classifications, policy: policy, today: data.today, history: data.history)
        let who = reps.count == 1 ? language.pick(reps[0], "\(reps[0])さん") : language.pick("Everyone", "全体")
        let window = data.today.adding(days: 1 - 7 * whole.weeks)
        let logged = made.logged.filter { $0.date >= window && $0.date <= data.today }.count
        let fromBook = log.filter { $0.date >= window && $0.date <= data.today }.count - logged
        reply.lines.append(language.pick(
            "Visits made in the last \(whole.weeks) weeks (\(logged) logged, \(fromBook) from the list's last_visit dates), against the C trap (C above both its share of your book's potential and the policy's \(Config.format(policy.share(of: .c)))%):",
            "直近\(whole.weeks)週の訪問（記録\(logged)件、顧客リストの last_visit から\(fromBook)件）とCの罠（Cの割合が、担当先の潜在力に占めるCの割合と方針の\(Config.format(policy.share(of: .c)))%の両方を上回るか）："))
        reply.lines.append("  " + Answerer.comfortLine(whole, who: who, language: language))
        if whole.visits.total == 0 {
            reply.lines.append(language.pick(
                "  Neither the visit log nor the list's last_visit dates hold a visit in these weeks: log each visit (`visit NAME`, or “I visited NAME today”) and ask again.",
                "  この期間の訪問は、訪問記録にも顧客リストの last_visit にもありません。訪問のたびに記録して（`visit 顧客名` または「今日〇〇に行ってきた」）、もう一度聞いてください。"))
            return
        }
        if reps.count == 1 {
            let recentC = log.filter { $0.date >= window && data.classification(named: $0.customerName)?.segment == .c }
                .sorted { $0.date > $1.date }.map { "\($0.customerName) \($0.date)" }
            if !recentC.isEmpty {
                // All of them up to eight, so the count above and the names agree; past that, how many more.
                let shown = recentC.count <= 8 ? recentC : Array(recentC.prefix(6))
                let more = recentC.count - shown.count
                reply.lines.append(language.pick("  C visits: ", "  Cへの訪問：") + shown.joined(separator: language.pick(", ", "、"))
                    + (more > 0 ? language.pick(" and \(more) more", " ほか\(more)件") : ""))
            }
        }
        guard reps.count > 1 else { return }
        // "Who visits C the most?": the reps with the largest C share of their visits first;
        // reps level over the window are told apart by twice its length.
        var longer = policy
        longer.comfortWindowWeeks = policy.comfortWindowWeeks * 2
        let checks = reps.map { rep -> (rep: String, check: ComfortCheck, longer: ComfortCheck) in
            let names = Set(RepName.customers(of: rep, in: customers).map { Book.key($0.name) })
            let visits = log.filter { names.contains(Book.key($0.customerName)) }
            let book = data.classifications.filter { names.contains(Book.key($0.name)) }
            return (
                rep, ComfortCheck(visitLog: visits, classifications: book, policy: policy, today: data.today, history: data.history),
                ComfortCheck(visitLog: visits, classifications: book, policy: longer, today: data.today, history: data.history))
        }.sorted {
            ($0.check.cVisitShare, $0.check.visits.count(.c), $0.longer.cVisitShare, $0.longer.visits.count(.c))
                > ($1.check.cVisitShare, $1.check.visits.count(.c), $1.longer.cVisitShare, $1.longer.visits.count(.c))
        }
        for (rep, check, _) in checks {
            reply.lines.append("  " + Answerer.comfortLine(check, who: language.pick(rep, "\(rep)さん"), language: language))
        }
        let drifting = checks.filter { $0.check.warning != nil }
        guard let most = drifting.first else {
            return reply.lines.append(language.pick("No rep is drifting toward C on the visits logged.", "記録された訪問では、Cに偏っている担当者はいません。"))
        }
        let c = most.check.visits.count(.c), total = most.check.visits.total, share = Formatting.percent(most.check.cVisitShare)
        let others = drifting.dropFirst().map(\.rep)
        // Level with the next over the window: the longer look is what sets them apart, and is said.
        let level = drifting.dropFirst().first.map {
            ($0.check.cVisitShare, $0.check.visits.count(.c)) == (most.check.cVisitShare, c)
        } ?? false
        let apart = level ? language.pick(
            " Level with \(drifting[1].rep) over \(most.check.weeks) weeks; over the last \(most.longer.weeks): \(most.longer.visits.count(.c)) of \(most.longer.visits.total) visits to C (\(Formatting.percent(most.longer.cVisitShare))).",
            "\(most.check.weeks)週では\(drifting[1].rep)さんと同じですが、直近\(most.longer.weeks)週ではCへの訪問が\(most.longer.visits.total)件中\(most.longer.visits.count(.c))件（\(Formatting.percent(most.longer.cVisitShare))）です。") : ""
        reply.lines.append(language.pick(
            "Most on C: \(most.rep), \(c) of \(total) recent visits (\(share))." + apart
                + (others.isEmpty ? "" : " Also drifting toward C: \(others.joined(separator: ", ")).")
                + " Move their routine C contact to phone or mail and give those visits to B.",
            "Cに最も偏っているのは\(most.rep)さんです（直近の訪問\(total)件中\(c)件、\(share)）。" + apart
                + (others.isEmpty ? "" : "ほかにCに偏っている担当者：\(others.map { "\($0)さん" }.joined(separator: "、"))。")
                + "Cとの定型のやりとりは電話やメールに移し、空いた訪問をBに回しましょう。"))
    }

    /// The visits made to the book's customers: the log, plus each customer's
    /// last_visit from the list when the log has no visit on that day.
    static func visitsMade(data: AssistantData) -> (visits: [VisitRecord], logged: [VisitRecord]) {
        let inBook = Set(data.classifications.map { Book.key($0.name) })
        let logged = data.visitLog.filter { inBook.contains(Book.key($0.customerName)) }
        let onRecord = Set(logged.map { "\(Book.key($0.customerName))|\($0.date)" })
        let fromList = data.classifications.compactMap { c -> VisitRecord? in
            guard let day = c.customer.lastVisit, !onRecord.contains("\(Book.key(c.name))|\(day)") else { return nil }
            return VisitRecord(customerName: c.name, date: day)
        }
        return (logged + fromList, logged)
    }

    /// "Emily Carter — 6 visits, C 3 (50%): drifting toward C".
    static func comfortLine(_ check: ComfortCheck, who: String, language: Language) -> String {
        let c = check.visits.count(.c)
        let counts = language.pick(
            "\(check.visits.total) visit\(check.visits.total == 1 ? "" : "s"), C \(c) (\(Formatting.percent(check.cVisitShare)))",
            "訪問\(check.visits.total)件、うちC \(c)件（\(Formatting.percent(check.cVisitShare))）")
        let verdict: String
        if check.warning != nil {
            verdict = language.pick("drifting toward C", "Cに偏っています")
        } else if !check.hasEnoughVisits {
            verdict = language.pick(
                "too few to tell (at least \(check.minimumVisits) needed)", "判断するには少なすぎます（\(check.minimumVisits)件以上必要）")
        } else {
            verdict = language.pick("no drift", "偏りなし")
        }
        return language.pick("\(who) — \(counts): \(verdict)", "\(who) — \(counts)：\(verdict)")
    }
}
