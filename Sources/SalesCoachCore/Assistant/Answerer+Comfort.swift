/// "Is anyone spending too much time on C?", 「誰がCに時間かけすぎてる？」: the
/// logged visits of the comfort window against the C trap, for the whole
/// list and, when it has reps, for each rep — the same check as `comfort`.
extension Answerer {
    func comfort(data: AssistantData, asksIfProblem: Bool = false, into reply: inout Reply) {
        let language = reply.language
        // 「それは問題ですか？」 right after this check: yes or no first, above the figures.
        let start = reply.lines.count
        var verdict: String?
        defer {
            if asksIfProblem, let verdict { reply.lines.insert(verdict, at: start) }
        }
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
        let hasC = { (book: [Classification]) in book.contains { $0.segment == .c } }
        reply.lines.append("  " + Answerer.comfortLine(whole, who: who, hasC: hasC(data.classifications), language: language))
        verdict = Answerer.comfortVerdict(whole, who: reps.count == 1 ? who : nil, hasC: hasC(data.classifications), language: language)
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
        let checks = reps.map { rep -> (rep: String, check: ComfortCheck, longer: ComfortCheck, hasC: Bool) in
            let names = Set(RepName.customers(of: rep, in: customers).map { Book.key($0.name) })
            let visits = log.filter { names.contains(Book.key($0.customerName)) }
            let book = data.classifications.filter { names.contains(Book.key($0.name)) }
            return (
                rep, ComfortCheck(visitLog: visits, classifications: book, policy: policy, today: data.today, history: data.history),
                ComfortCheck(visitLog: visits, classifications: book, policy: longer, today: data.today, history: data.history),
                hasC(book))
        }.sorted {
            ($0.check.cVisitShare, $0.check.visits.count(.c), $0.longer.cVisitShare, $0.longer.visits.count(.c))
                > ($1.check.cVisitShare, $1.check.visits.count(.c), $1.longer.cVisitShare, $1.longer.visits.count(.c))
        }
        for (rep, check, _, repHasC) in checks {
            reply.lines.append("  " + Answerer.comfortLine(check, who: language.pick(rep, "\(rep)さん"), hasC: repHasC, language: language))
        }
        let drifting = checks.filter { $0.check.warning != nil }
        verdict = drifting.first.map { most in
            language.pick(
                "Yes: \(drifting.count == 1 ? "one rep gives" : "\(drifting.count) reps give") C more of their visits than it is worth — most of all \(most.rep), \(most.check.visits.count(.c)) of \(most.check.visits.total) recent visits (\(Formatting.percent(most.check.cVisitShare))) against the policy's \(Config.format(policy.share(of: .c)))%. Those visits keep the numbers where they are; the growth is in B.",
                "はい、問題です：Cに訪問を割きすぎている担当者が\(drifting.count)人います。最も多いのは\(most.rep)さんで、直近の訪問\(most.check.visits.total)件中\(most.check.visits.count(.c))件（\(Formatting.percent(most.check.cVisitShare))）、方針の\(Config.format(policy.share(of: .c)))%を上回ります。Cへの訪問は今の数字を保つだけで、伸びはBにあります。")
        } ?? Answerer.noDriftVerdict(tooFew: checks.filter { !$0.check.hasEnoughVisits && $0.hasC }.map(\.rep), language: language)
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

    /// Yes or no on one book's C share: drifting, no drift, too few visits to
    /// tell, or no C customers at all (then no visit can drift there).
    static func comfortVerdict(_ check: ComfortCheck, who: String?, hasC: Bool, language: Language) -> String {
        let c = check.visits.count(.c), total = check.visits.total, share = Formatting.percent(check.cVisitShare)
        let whose = who.map { language.pick("\($0)'s", "\($0)の") } ?? language.pick("your", "")
        if check.warning != nil {
            return language.pick(
                "Yes: C takes \(c) of \(whose) \(total) recent visits (\(share)), more than C is worth. Those visits keep the numbers where they are; the growth is in B.",
                "はい、問題です：\(whose)直近の訪問\(total)件中\(c)件（\(share)）がCで、Cの価値に見合う以上です。Cへの訪問は今の数字を保つだけで、伸びはBにあります。")
        }
        if !hasC {
            return language.pick(
                "No: there are no C customers in \(whose) book, so no visit can drift to C.",
                "いいえ：\(whose)担当先にはCの顧客がいないので、Cに偏ることはありません。")
        }
        if !check.hasEnoughVisits {
            return language.pick(
                "Too early to say: \(total) recent visit\(total == 1 ? "" : "s"), fewer than the \(check.minimumVisits) needed to judge the mix.",
                "まだ判断できません：直近の訪問は\(total)件で、偏りを判断するには\(check.minimumVisits)件以上必要です。")
        }
        return language.pick(
            "No: C takes \(c) of \(whose) \(total) recent visits (\(share)), within what C is worth.",
            "いいえ、問題ありません：\(whose)直近の訪問\(total)件中Cは\(c)件（\(share)）で、Cの価値の範囲内です。")
    }

    /// No rep drifting: "no" when every rep with C customers has visits enough
    /// to judge; otherwise who has too few, so the "no" claims no more than is known.
    static func noDriftVerdict(tooFew: [String], language: Language) -> String {
        guard !tooFew.isEmpty else {
            return language.pick(
                "No: no rep is giving C more of their visits than it is worth.", "いいえ、問題ありません：Cに訪問を割きすぎている担当者はいません。")
        }
        return language.pick(
            "Not on the visits there are: no rep is drifting toward C, but \(tooFew.joined(separator: ", ")) made too few visits to tell.",
            "今ある訪問では問題ありません：Cに偏っている担当者はいませんが、\(tooFew.map { "\($0)さん" }.joined(separator: "、"))は訪問が少なく判断できません。")
    }

    /// "Emily Carter — 6 visits, C 3 (50%): drifting toward C".
    static func comfortLine(_ check: ComfortCheck, who: String, hasC: Bool = true, language: Language) -> String {
        let c = check.visits.count(.c)
        let counts = language.pick(
            "\(check.visits.total) visit\(check.visits.total == 1 ? "" : "s"), C \(c) (\(Formatting.percent(check.cVisitShare)))",
            "訪問\(check.visits.total)件、うちC \(c)件（\(Formatting.percent(check.cVisitShare))）")
        let verdict: String
        if check.warning != nil {
            verdict = language.pick("drifting toward C", "Cに偏っています")
        } else if !hasC {
            verdict = language.pick("no C customers in the book", "担当先にCの顧客なし")
        } else if !check.hasEnoughVisits {
            verdict = language.pick(
                "too few to tell (at least \(check.minimumVisits) needed)", "判断するには少なすぎます（\(check.minimumVisits)件以上必要）")
        } else {
            verdict = language.pick("no drift", "偏りなし")
        }
        return language.pick("\(who) — \(counts): \(verdict)", "\(who) — \(counts)：\(verdict)")
    }
}
