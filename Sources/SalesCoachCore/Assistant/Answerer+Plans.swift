/// Answers about the week: a proposed plan, the reasons behind it, and a
/// check of the rep's own planned visits.
extension Answerer {
    func weeklyPlan(_ reading: Interpretation, data: AssistantData, into reply: inout Reply) {
        let language = reply.language
        if reading.asksTeamPlan, teamPlan(reading, data: data, into: &reply) { return }
        let plan = Answerer.plan(reading, data: data)
        reply.data.append(.plan(plan))
        reply.about = plan.picks.map(\.customer)
        reply.listed = reply.about
        if let hours = reading.hours {
            reply.lines.append(Answerer.hoursLine(hours, reading: reading, visits: plan.capacity, policy: data.config.plan, language: language))
        }
        reply.lines.append(language.pick(
            "Visits for the week of \(plan.week.start): \(plan.picks.count) of \(plan.capacity).",
            "\(plan.week.start)の週の訪問計画：\(plan.capacity)件中\(plan.picks.count)件。"))
        if !reading.segmentCaps.isEmpty {
            let caps = reading.segmentCaps.sorted { $0.key < $1.key }
            let said = caps.map { "\($0.key.rawValue) ≤ \($0.value)" }.joined(separator: ", ")
            reply.lines.append(language.pick(
                "As asked: \(said); the share a limit takes from a segment goes to B, the main target.",
                "ご指定のとおり \(said) にしています。上限で空いた枠は最重点のBに回しています。"))
        }
        if case let excluded = Answerer.excluded(reading, data: data), !excluded.isEmpty {
            let names = excluded.joined(separator: language.pick(", ", "、"))
            reply.lines.append(language.pick("Left out, as you asked: \(names)\(names.hasSuffix(".") ? "" : ".")", "ご指定のとおり外しています：\(names)。"))
        }
        let pinned = Answerer.pinned(reading, data: data)
        if !pinned.isEmpty {
            let keys = Set(pinned.map(Book.key))
            let kept = plan.picks.filter { keys.contains(Book.key($0.customer)) }
            if !kept.isEmpty {
                let names = kept.map(\.customer).joined(separator: language.pick(", ", "、"))
                reply.lines.append(language.pick("Kept in, as you asked: \(names)\(names.hasSuffix(".") ? "" : ".")", "ご指定のとおり入れています：\(names)。"))
            }
            // "must include X" then "max 1 C visit" with two C asked for: the rep's choice stands, said plainly.
            for (segment, cap) in Answerer.planRequest(reading, shown: data.shownPlan).segmentCaps.sorted(by: { $0.key < $1.key }) {
                let asked = kept.filter { $0.segment == segment }.count
                guard asked > cap else { continue }
                reply.lines.append(language.pick(
                    "You asked for \(asked) \(segment.rawValue) customers by name, more than the limit of \(cap): all of them are kept; take one out to keep to the limit.",
                    "名前を挙げて指定された\(segment.rawValue)顧客が\(asked)社あり、上限の\(cap)件を超えますが、すべて残しています。上限を守るなら1社外してください。"))
            }
        }
        // 「金曜じゃなくて月曜」 on a Wednesday: this week's Monday is gone; say where that day went.
        // Only days named in the line: "everything but Friday" reaches back to Monday unasked.
        let past = PlanWeek(containing: data.today).workingDays.filter {
            $0 < data.today && reading.onlyDays?.contains($0.weekday) == true && !reading.relativeDays.contains(0)
        }
        if !past.isEmpty {
            let days = past.map { Answerer.day($0, language) }.joined(separator: language.pick(", ", "、"))
            let weekday = past.map { ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"][$0.weekday - 1] }
            reply.lines.append(language.pick(
                "\(days) is already past, so this week's plan leaves it out; for next \(weekday[0]), ask “plan next \(weekday[0])”.",
                "\(days)はもう過ぎたので今週の計画には入れていません。来週の分は「来週\(["月", "火", "水", "木", "金"][past[0].weekday - 1])曜の計画」と聞いてください。"))
        }
        // "plan 5 days" on a Wednesday: this week has three left; say so rather than squeeze five into them.
        let left = plan.week.workingDays.filter { $0 >= data.today }
        if let asked = reading.dayCount, plan.week.workingDays.contains(data.today), asked > left.count {
            let span = [left.first, left.last].compactMap { $0 }.map { Answerer.day($0, language) }
            reply.lines.append(language.pick(
                "Only \(Counted(left.count, "working day", counter: "日").text(in: .en)) \(left.count == 1 ? "is" : "are") left this week (\(span.joined(separator: "–"))), so the plan covers \(left.count == 1 ? "it" : "those"); for \(asked) days, ask “plan next week”.",
                "今週の残りは\(left.count)日（\(span.joined(separator: "〜"))）なので、その\(left.count)日で組んでいます。\(asked)日分なら「来週の計画」と聞いてください。"))
        }
        // 「水曜休み。1日2件で」 on a Wednesday: two a day on the days left comes to four; said, so the number is no surprise.
        let request = Answerer.planRequest(reading, shown: data.shownPlan)
        if let perDay = request.visitsPerDay, reading.dayCount == nil, plan.week.workingDays.contains(data.today) {
            let open = left.filter { (request.onlyDays?.contains($0.weekday) ?? true) && !request.droppedDays.contains($0.weekday) }
            if !open.isEmpty, open.count < 5 {
                let days = open.map { Answerer.day($0, language) }.joined(separator: language.pick(", ", "、"))
                reply.lines.append(language.pick(
                    "\(perDay) a day on the \(Counted(open.count, "day", counter: "日").text(in: .en)) left to plan this week (\(days)): \(Counted(perDay * open.count, "visit", counter: "件").text(in: .en)).",
                    "今週計画できる残りの\(open.count)日（\(days)）に1日\(perDay)件で、\(perDay * open.count)件です。"))
            }
        }
        if let pace = Answerer.keptPace(reading, data: data) {
            let days = pace.days.map { Answerer.day($0, language) }.joined(separator: language.pick(", ", "、"))
            let count = Counted(pace.days.count, "day", counter: "日").text(in: .en)
            reply.lines.append(language.pick(
                "Without that day, \(count) \(pace.days.count == 1 ? "is" : "are") left this week (\(days)): \(pace.visits) of the \(pace.asked) visits, at the same pace a day; the others wait for next week (“plan next week”).",
                "その日を外すと、今週の残りは\(pace.days.count)日（\(days)）です。1日あたりの件数はそのままで\(pace.asked)件のうち\(pace.visits)件にし、残りは来週に回します（「来週の計画」）。"))
        }
        if Answerer.keptPace(reading, data: data) == nil,
            let line = Answerer.daysLine(dropped: reading.droppedDays, half: reading.halfDays, language: language)
        {
            reply.lines.append(line)
        }
        reply.lines.append(Answerer.allocationLine(plan, policy: data.config.plan, language: language))
        for pick in plan.picks {
            reply.lines.append("  \(Answerer.day(pick.day, language))  \(pick.customer) — \(pick.reason.text(in: language))")
        }
        for note in plan.notes { reply.lines.append(Answerer.noteLine(note, language: language)) }
        reply.lines.append(language.pick(
            "Ask “why?” for the reasoning, or “plan 12 visits” for another number.",
            "「なぜ？」で配分の理由を説明します。件数を変えるなら「12件で計画して」と聞いてください。"))
        let segments = Set(plan.picks.map(\.segment))
        reply.cite(
            "weekly-plan", segments.contains(.b) ? "why-focus-b" : nil,
            segments.contains(.a) ? "after-sales-follow-up" : nil, segments.contains(.c) ? "c-trap" : nil)
    }

    func planReasons(_ reading: Interpretation, data: AssistantData, into reply: inout Reply) {
        let language = reply.language
        if reading.asksLeftOut { return planLeftOut(reading, data: data, into: &reply) }
        if let segment = reading.planShare { return planShare(segment, reading: reading, data: data, into: &reply) }
        let policy = data.config.plan
        let plan = Answerer.plan(reading, data: data)
        reply.data.append(.plan(plan))
        let named = reading.customers.compactMap { data.classification(named: $0) }
        let inPlan = Dictionary(plan.picks.map { (Book.key($0.customer), $0) }, uniquingKeysWith: { first, _ in first })
        // The plan the conversation just showed (maybe another week's, from
        // `plan --week next`); a question about it keeps it for the next one.
        let shown = reading.within.map { Set($0.map(Book.key)) }
        reply.listed = reading.within ?? []
        if let swap = reading.swap, let shown {
            swapLines(out: swap.out, in: swap.in, shown: shown, data: data, into: &reply)
            return
        }
        // "is it in there?": the answer to the question asked comes first.
        let verdict = { (yes: Bool) -> String in
            guard reading.asksWhetherInPlan, named.count == 1 else { return "" }
            return yes ? language.pick("Yes: ", "はい。") : language.pick("No: ", "いいえ。")
        }
        if let shown, let one = named.first, named.count == 1, !shown.contains(Book.key(one.name)) {
            // "why is Blue Ridge on it?" when it is not: say so first, then why.
            let history = VisitHistory(customers: [one.customer], visitLog: data.visitLog, today: data.today)
            let priority = data.visitPriority(one, history: history)
            reply.about = [one.name]
            reply.lines.append(verdict(false) + language.pick(
                "\(one.name) is not in the plan just shown: \(priority.reason(in: language, policy: policy)).",
                "\(one.name)は先ほどの計画に入っていません：\(priority.reason(in: language, policy: policy))。"))
            reply.cite("weekly-plan")
            return
        }
        // Names typed in the question ("why is Acme in the plan?") get their own
        // reasons; after "why?" the names are just the plan's, so explain it all.
        if !named.isEmpty && !reading.isFollowUp {
            let history = VisitHistory(customers: named.map(\.customer), visitLog: data.visitLog, today: data.today)
            for classification in named.prefix(5) {
                reply.about.append(classification.name)
                if let pick = inPlan[Book.key(classification.name)] {
                    let day = data.shownPlan?.shownDays[Book.key(classification.name)] ?? pick.day
                    // "why is tokachi beet in there?" after "must include 十勝ビート": because it was asked for, first.
                    let asked = data.shownPlan?.pinned.contains { Book.key($0) == Book.key(classification.name) } == true
                    reply.lines.append(verdict(true) + language.pick(
                        "\(classification.name) is in the plan (\(Answerer.day(day, language)))\(asked ? " because you asked to keep it in" : ""): \(pick.reason.text(in: language))",
                        "\(classification.name)は\(asked ? "ご指定どおり" : "")計画に入っています（\(Answerer.day(day, language))）：\(pick.reason.text(in: language))"))
                } else {
                    let priority = data.visitPriority(classification, history: history)
                    reply.lines.append(verdict(false) + language.pick(
                        "\(classification.name) is not in this week's plan: \(priority.reason(in: language, policy: policy)).",
                        "\(classification.name)は今週の計画に入っていません：\(priority.reason(in: language, policy: policy))。"))
                }
            }
            reply.cite("weekly-plan")
            return
        }
        reply.about = plan.picks.map(\.customer)
        reply.listed = reply.about
        let share: (Segment) -> String = { Config.format(policy.share(of: $0)) + "%" }
        reply.lines.append(ProseKey.planWhyHeading.text(in: language, ["week": "\(plan.week.start)"]))
        reply.lines.append("  • " + ProseKey.planWhyB.text(in: language, ["share": share(.b)]))
        // The book's one cadence: the usual week's, which may be longer than the policy's.
        let cadence = policy.followUpWeeks(customersA: data.followUpLoad.perWeek)
        reply.lines.append("  • " + (cadence > policy.followUpWeeksA ? ProseKey.planWhyAStretched : .planWhyA).text(
            in: language, ["share": share(.a), "cadence": "\(cadence)", "policy": "\(policy.followUpWeeksA)"]))
        reply.lines.append("  • " + ProseKey.planWhyCD.text(in: language, ["c": "\(policy.overdueWeeksC)", "d": "\(policy.overdueWeeksD)"]))
        for pick in plan.picks { reply.lines.append("  \(pick.customer): \(pick.reason.text(in: language))") }
        for note in plan.notes { reply.lines.append(Answerer.noteLine(note, language: language)) }
        reply.cite("weekly-plan", "why-focus-b", "after-sales-follow-up", "c-trap")
    }

    func planCheck(_ reading: Interpretation, data: AssistantData, into reply: inout Reply) {
        let language = reply.language
        if let typed = reading.typedPlan {
            let report = PlanCheck.check(
                planned: typed.visits, classifications: data.classifications, policy: data.config.plan,
                visitLog: data.visitLog, today: data.today)
            reply.about = typed.visits.map(\.customerName)
            if reading.asksChanges {
                changeLines(typed, data: data, into: &reply)
                return
            }
            if reading.isFollowUp {
                // "why?" right after the check: the rules it applies, then the same check again.
                reply.lines.append(language.pick(
                    "Why that verdict: the check holds each segment's share of the visits you typed against the policy's share, warns when C takes more than its maximum, and looks for a visit to every A customer due for follow-up. Your plan against those rules:",
                    "この判定の理由：入力された訪問の領域ごとの比率を方針の比率と比べ、Cが上限を超えていないか、フォロー時期のA顧客に訪問が入っているかを確かめています。あなたの計画では："))
            }
            if let line = Answerer.notInList(typed, language: language) { reply.lines.append(line) }
            for name in typed.repeated {
                let visits = typed.visits.first { $0.customerName == name }?.visits ?? 2
                reply.lines.append(language.pick(
                    "\(name) is named more than once: counted as \(visits) visits (if that was a slip, check the plan without it).",
                    "\(name)が複数回書かれているため、\(visits)件の訪問として数えました（書き間違いなら1件にしてもう一度チェックしてください）。"))
            }
            checkLines(report, typed: true, language: language, into: &reply)
            return
        }
        // "is she spending too much time on C?", 「佐藤さんはCに偏ってない？」 with
        // nothing planned: the visits made answer it, not a plan nobody entered.
        // Right after a plan was shown, 「Cが多すぎない？」 is about that plan.
        if reading.asksComfort, data.check == nil, data.shownPlan == nil {
            // A yes-or-no question ("does Emily spend too much time on C?"): the verdict first.
            comfort(data: data, asksIfProblem: true, into: &reply)
            return
        }
        // "is my plan ok?", 「Cが多すぎ？」 with nothing entered: the plan the
        // assistant proposes for the week is what the rep is looking at; check that.
        if data.check == nil, !data.classifications.isEmpty {
            let proposal = Answerer.plan(reading, data: data)
            let planned = Dictionary(grouping: proposal.picks, by: \.customer).map { PlannedVisit(customerName: $0.key, visits: $0.value.count) }
            if !planned.isEmpty {
                let report = PlanCheck.check(
                    planned: planned.sorted { $0.customerName < $1.customerName }, classifications: data.classifications,
                    policy: data.config.plan, visitLog: data.visitLog, today: data.today)
                if data.weekAhead == nil {
                    reply.lines.append(language.pick(
                        "Nothing is entered as planned this week, so this checks the plan I propose (“plan my week”); `plan accept` saves it as yours.",
                        "今週の訪問予定はまだ入力されていないので、提案する計画（「今週の訪問計画を作って」）をチェックします。`plan accept` で自分の予定として保存できます。"))
                } else {
                    let start = proposal.week.start
                    reply.lines.append(language.pick(
                        "Nothing is entered as planned for the week of \(start), so this checks the plan I propose for it; `plan accept --week \(start)` saves it as yours.",
                        "\(start)の週の訪問予定はまだ入力されていないので、その週に提案する計画をチェックします。`plan accept --week \(start)` で自分の予定として保存できます。"))
                }
                checkLines(report, proposed: true, language: language, into: &reply)
                // "Show me Michael Brown's plan and tell me if it keeps C under the policy": the plan itself too.
                if reading.asksToSeePlan {
                    reply.lines.append(language.pick("The plan it checks:", "チェックした計画："))
                    for pick in proposal.picks {
                        reply.lines.append("  \(Answerer.day(pick.day, language))  \(pick.customer) — \(pick.segment.rawValue)")
                    }
                }
                return
            }
        }
        guard let report = data.check else {
            let example = data.members(of: .b, limit: 1).first?.name ?? data.classifications.first?.name ?? "Acme"
            reply.lines.append(language.pick(
                "You have no planned visits to check yet. Enter them with `planned add NAME [COUNT]`, e.g. `planned add \(example) 2`, or load a file with `planned load FILE`; then ask again or type `check`.",
                "チェックする訪問予定がまだありません。`planned add 顧客名 [件数]`（例：`planned add \(example) 2`）で入力するか、`planned load ファイル名` で読み込んでから、もう一度聞くか `check` と入力してください。"))
            if let comfort = data.comfort, comfort.visits.total > 0 {
                reply.data.append(.comfort(comfort))
                let mix = Segment.allCases.map { "\($0.rawValue) \(comfort.visits.count($0))" }.joined(separator: " · ")
                reply.lines.append(language.pick(
                    "Meanwhile, your logged visits over the last \(comfort.weeks) weeks: \(mix); C got \(Formatting.percent(comfort.cVisitShare)) of them.",
                    "参考までに、直近\(comfort.weeks)週間の訪問記録：\(mix)。うちCは\(Formatting.percent(comfort.cVisitShare))です。"))
                if let warning = comfort.warning {
                    reply.lines.append("  ! " + warning.text(in: language))
                    reply.cite(warning.knowledgeID)
                }
            }
            reply.lines.append(language.pick(
                "Or ask “plan my week” for a proposed plan.", "「今週の訪問計画を作って」と聞けば計画案も出せます。"))
            reply.cite("plan-check")
            return
        }
        checkLines(report, language: language, into: &reply)
    }

    /// "what should I replace?" after a typed plan's check: the visits to take
    /// out and the ones to put in, as the plan the planner makes for the same
    /// number of visits differs from it; the visits they share stay.
    private func changeLines(_ typed: TypedPlan, data: AssistantData, into reply: inout Reply) {
        let language = reply.language
        let size = typed.visits.reduce(0) { $0 + max($1.visits, 1) }
        let proposal = data.plan(visits: max(size, 1))
        let typedKeys = Set(typed.visits.map { Book.key($0.customerName) })
        let proposedKeys = Set(proposal.picks.map { Book.key($0.customer) })
        let segment = { (name: String) in
            let letter = data.classification(named: name)?.segment?.rawValue ?? "–"
            return language.pick(" (\(letter))", "（\(letter)）")
        }
        let out = typed.visits.map(\.customerName).filter { !proposedKeys.contains(Book.key($0)) }
        let added = proposal.picks.filter { !typedKeys.contains(Book.key($0.customer)) }
        let kept = typed.visits.map(\.customerName).filter { proposedKeys.contains(Book.key($0)) }
        reply.about = out + added.map(\.customer)
        reply.listed = reply.about
        reply.cite("plan-check", "weekly-plan")
        guard !out.isEmpty || !added.isEmpty else {
            reply.lines.append(language.pick(
                "Nothing to replace: your \(Counted(size, "visit", counter: "件").text(in: .en)) are the ones I would plan.",
                "入れ替えるものはありません：入力された\(size)件は、私が組む計画と同じです。"))
            return
        }
        reply.lines.append(language.pick(
            "To bring your \(Counted(size, "visit", counter: "件").text(in: .en)) in line with the method (the plan I would make for that many):",
            "方針に合わせるなら（同じ\(size)件で私が組む計画との違い）："))
        // 「館林製粉」 typed on two days is two visits to take out.
        let visits = Dictionary(typed.visits.map { (Book.key($0.customerName), max($0.visits, 1)) }, uniquingKeysWith: +)
        let times = { (name: String) in
            (visits[Book.key(name)] ?? 1) > 1 ? language.pick(" ×\(visits[Book.key(name)] ?? 1)", "×\(visits[Book.key(name)] ?? 1)") : ""
        }
        if !out.isEmpty {
            let names = out.map { $0 + segment($0) + times($0) }
            reply.lines.append(language.pick(
                "  Take out: " + names.joined(separator: ", "), "  外す：" + names.joined(separator: "、")))
        }
        if !added.isEmpty {
            reply.lines.append(language.pick("  Put in:", "  入れる："))
            for pick in added { reply.lines.append("    \(pick.customer) — \(pick.reason.text(in: language))") }
        }
        if !kept.isEmpty {
            let names = kept.map { $0 + segment($0) }
            reply.lines.append(language.pick("  Keep: " + names.joined(separator: ", "), "  残す：" + names.joined(separator: "、")))
        }
        // Counted in visits, not names: what the plan for that many leaves free.
        let free = size - proposal.picks.count
        if free > 0 {
            reply.lines.append(language.pick(
                "  The book has no more customers due or worth a visit this week, so \(free) of the \(size) visits stay\(free == 1 ? "s" : "") free (for B proposals or new business, not C or D).",
                "  今週ほかに訪問すべき顧客がないため、\(size)件のうち\(free)件は空けておきます（CやDではなく、Bへの提案準備や新規開拓に）。"))
        }
        if let line = Answerer.notInList(typed, language: language) { reply.lines.append("  " + line) }
    }

    /// The names of a typed plan that no customer has: left out of its check and its changes.
    static func notInList(_ typed: TypedPlan, language: Language) -> String? {
        guard !typed.unknown.isEmpty else { return nil }
        let names = typed.unknown.map { "“\(SingleLine.joined($0))”" }
        return language.pick(
            "Not in your customer list, so left out of the check: \(names.joined(separator: ", ")).",
            "顧客リストにないためチェックから外しました：\(names.joined(separator: "、"))。")
    }

    /// A plan check as lines: the split by segment against the policy, the warnings, the verdict.
    private func checkLines(
        _ report: PlanCheckReport, proposed: Bool = false, typed: Bool = false, language: Language, into reply: inout Reply
    ) {
        reply.data.append(.check(report))
        reply.lines.append(language.pick(
            "\(proposed ? "The proposed plan" : typed ? "The plan as you typed it" : "Your plan"): \(report.unit.amount(report.total, in: .en)) for classified customers.",
            "\(proposed ? "提案する計画" : typed ? "入力された計画" : "あなたの計画")：分類済みの顧客に\(report.unit.amount(report.total, in: .ja))。"))
        for row in report.rows {
            let target = Config.format(row.targetPercent)
            reply.lines.append(language.pick(
                "  \(row.segment.rawValue): \(report.unit.amount(row.amount, in: .en)) (\(Formatting.percent(row.share)); policy \(target)%)",
                "  \(row.segment.rawValue)：\(report.unit.amount(row.amount, in: .ja))（\(Formatting.percent(row.share))、方針 \(target)%）"))
        }
        for warning in report.warnings {
            reply.lines.append("  ! " + warning.text(in: language))
            reply.cite(warning.knowledgeID)
        }
        reply.lines.append(report.statement(in: language))
        reply.cite("plan-check")
    }

    /// The plan for the question's number of visits, else the policy's capacity (prepared in advance).
    /// "swap X for Y" against the plan just shown: what it already holds of
    /// the two, and the commands that make the swap when there is one to make.
    private func swapLines(out: String, in added: String, shown: Set<String>, data: AssistantData, into reply: inout Reply) {
        let language = reply.language
        let outIn = shown.contains(Book.key(out))
        let addedIn = shown.contains(Book.key(added))
        reply.about = [out, added]
        reply.cite("weekly-plan")
        if addedIn {
            reply.lines.append(language.pick(
                "\(added) is already in the plan just shown" + (outIn ? "." : ", and \(out) is not: there is nothing to swap."),
                "\(added)はすでに先ほどの計画に入っています" + (outIn ? "。" : "。\(out)は入っていないので、入れ替えるものはありません。")))
        } else if !outIn {
            reply.lines.append(language.pick(
                "\(out) is not in the plan just shown, so there is nothing to take out; `planned add \(added)` adds \(added).",
                "\(out)は先ほどの計画に入っていないので、外すものはありません。\(added)を加えるなら `planned add \(added)`。"))
        } else {
            reply.lines.append(language.pick(
                "\(out) is in the plan just shown and \(added) is not. To swap them in your planned visits: `planned remove \(out)`, then `planned add \(added)`.",
                "\(out)は先ほどの計画に入っていて、\(added)は入っていません。入れ替えるには `planned remove \(out)` のあと `planned add \(added)`。"))
        }
        // Where each stands, so the swap is made knowingly.
        let history = VisitHistory(customers: data.classifications.map(\.customer), visitLog: data.visitLog, today: data.today)
        for name in [out, added] {
            guard let c = data.classification(named: name) else { continue }
            let priority = data.visitPriority(c, history: history)
            reply.lines.append("  \(c.name) — " + priority.reason(in: language, policy: data.config.plan))
        }
    }

    /// 「じゃあBはどれくらい入ってる？」: one segment's visits in the week's saved
    /// plan (the one a check reads), else in the plan proposed, with its share
    /// against the policy's and the customers.
    private func planShare(_ segment: Segment, reading: Interpretation, data: AssistantData, into reply: inout Reply) {
        let language = reply.language
        var visits: [(name: String, count: Int, segment: Segment?)]
        if !data.planned.isEmpty {
            visits = data.planned.map { ($0.customerName, $0.visits, data.classification(named: $0.customerName)?.segment) }
        } else {
            let plan = Answerer.plan(reading, data: data)
            reply.data.append(.plan(plan))
            visits = plan.picks.map { ($0.customer, 1, $0.segment) }
        }
        let total = visits.reduce(0) { $0 + $1.count }
        let mine = visits.filter { $0.segment == segment }
        let count = mine.reduce(0) { $0 + $1.count }
        let percent = total == 0 ? 0 : Int((Double(count) * 100 / Double(total)).rounded())
        let policy = Formatting.trimmed(data.config.plan.share(of: segment).doubleValue, decimals: 1)
        let letter = segment.rawValue
        reply.lines.append(language.pick(
            "\(letter) in this plan: \(count) of \(total) \(total == 1 ? "visit" : "visits") (\(percent)%; the policy gives \(letter) \(policy)%)" + (mine.isEmpty ? "." : ":"),
            "この計画の\(letter)：\(total)件中\(count)件（\(percent)%、方針では\(letter)に\(policy)%）" + (mine.isEmpty ? "。" : "：")))
        for visit in mine {
            reply.lines.append("  \(visit.name)" + (visit.count > 1 ? " ×\(visit.count)" : ""))
        }
        reply.about = mine.map(\.name)
        reply.cite(segment == .b ? "why-focus-b" : segment == .c ? "c-trap" : "weekly-plan")
    }

    /// The visits the hours asked for make, at the length of a visit the
    /// question gave ("2 hours per visit") or else the config's.
    public static func visits(forHours hours: Double, reading: Interpretation, data: AssistantData) -> Int {
        guard let perVisit = reading.hoursPerVisit else {
            return PlanCapacity.hours(hours).visits(hoursPerVisit: data.config.plan.hoursPerVisit)
        }
        return max(1, Int((hours / perVisit + 1e-9).rounded(.down)))
    }

    /// The customers the plan must hold: those asked for in the plan shown,
    /// and those this request names to be in it.
    /// The customers kept out: those of the plan shown, and those this request leaves out.
    static func excluded(_ reading: Interpretation, data: AssistantData) -> [String] {
        let shown = data.shownPlan?.excluded ?? []
        return shown + reading.excludedCustomers.filter { name in !shown.contains { Book.key($0) == Book.key(name) } }
    }

    static func pinned(_ reading: Interpretation, data: AssistantData) -> [String] {
        let kept = data.shownPlan?.pinned ?? []
        guard reading.includesCustomers else { return kept }
        return kept + reading.customers.filter { name in !kept.contains { Book.key($0) == Book.key(name) } }
    }

    /// "I'm off Friday", 「水曜は午前だけ」: the days the rep took away said back,
    /// so a plan one or two visits short of the usual is no surprise.
    public static func daysLine(dropped: Set<Int>, half: Set<Int>, language: Language) -> String? {
        let english = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
        let japanese = ["月曜", "火曜", "水曜", "木曜", "金曜"]
        let off = dropped.filter { (1...5).contains($0) }.sorted()
        let halves = half.subtracting(dropped).filter { (1...5).contains($0) }.sorted()
        guard !off.isEmpty || !halves.isEmpty else { return nil }
        var en: [String] = []
        var ja: [String] = []
        if !off.isEmpty {
            en.append("no visits on \(off.map { english[$0 - 1] }.joined(separator: " or "))")
            ja.append("\(off.map { japanese[$0 - 1] }.joined(separator: "・"))は訪問なし")
        }
        if !halves.isEmpty {
            en.append("\(halves.map { english[$0 - 1] }.joined(separator: " and ")) counted as half a day")
            ja.append("\(halves.map { japanese[$0 - 1] }.joined(separator: "・"))は半日分")
        }
        return language.pick("Days as you said: \(en.joined(separator: "; ")).", "ご指定の日程：\(ja.joined(separator: "、"))。")
    }

    /// "16 hours at 1.5 hours a visit (plan.hours_per_visit): 10 visits": how
    /// the hours the rep has became the plan's size.
    public static func hoursLine(_ hours: Double, reading: Interpretation, visits: Int, policy: PlanPolicy, language: Language) -> String {
        let perVisit = reading.hoursPerVisit.map { Formatting.trimmed($0, decimals: 2) } ?? Config.format(policy.hoursPerVisit)
        let source = reading.hoursPerVisit == nil ? language.pick(" (plan.hours_per_visit)", "（plan.hours_per_visit）") : ""
        let given = Formatting.trimmed(hours, decimals: 1)
        return language.pick(
            "\(given) hours at \(perVisit) hours a visit\(source): \(visits) visit\(visits == 1 ? "" : "s").",
            "\(given)時間、1件\(perVisit)時間\(source)で\(visits)件です。")
    }

    /// "drop thursday too" after a plan of 10 visits on the two days left:
    /// the count was the rep's for those two days, so the one day left keeps
    /// the pace (5), not all 10 crammed into it. A count the days left hold
    /// at the policy's usual day stays as it was (3 visits are still 3 with a day fewer).
    static func keptPace(_ reading: Interpretation, data: AssistantData) -> (visits: Int, asked: Int, days: [LocalDate])? {
        guard !reading.droppedDays.isEmpty, reading.number == nil, reading.visitsPerDay == nil, reading.hours == nil,
            let shown = data.shownPlan, shown.perDay == nil, let asked = shown.visits
        else { return nil }
        let week = PlanWeek(containing: data.today)
        guard week.workingDays.contains(data.today) else { return nil }
        let left = week.workingDays(from: data.today)
        let before = left.filter { shown.onlyDays?.contains($0.weekday) ?? true }
        guard let kept = Answerer.planRequest(reading, shown: shown).onlyDays else { return nil }
        let after = left.filter { kept.contains($0.weekday) }
        guard !after.isEmpty, after.count < before.count else { return nil }
        // The pace the plan had, or the policy's usual day (10 a week: 2 a day), whichever is more.
        let usualDay = (data.config.plan.capacity + 4) / 5
        let visits = min(asked, max((asked * after.count + before.count - 1) / before.count, usualDay * after.count))
        return visits < asked ? (visits, asked, after) : nil
    }

    static func plan(_ reading: Interpretation, data: AssistantData) -> VisitPlan {
        let pace = Answerer.keptPace(reading, data: data)
        var reading = Answerer.planRequest(reading, shown: data.shownPlan)
        if let pace { reading.number = pace.visits }
        // "only 2 days": the first two working days left, without the ones taken away.
        if let count = reading.dayCount, reading.onlyDays == nil || !reading.droppedDays.isEmpty {
            let left = PlanWeek(containing: data.today).workingDays(from: data.today)
            reading.onlyDays = PlanDays.first(count, of: left.filter { reading.onlyDays?.contains($0.weekday) ?? true }, dropping: reading.droppedDays)
        }
        let pinned = Answerer.pinned(reading, data: data)
        let excluded = Answerer.excluded(reading, data: data)
        if !reading.segmentCaps.isEmpty || !pinned.isEmpty || !excluded.isEmpty {
            let left = PlanWeek(containing: data.today).workingDays(from: data.today)
                .filter { reading.onlyDays?.contains($0.weekday) ?? true }.count
            let visits = reading.visitsPerDay.map { $0 * max(left, 1) } ?? reading.number
                ?? reading.hours.map { Answerer.visits(forHours: $0, reading: reading, data: data) }
                ?? reading.onlyDays.map { (data.config.plan.capacity * $0.count + 4) / 5 } ?? data.config.plan.capacity
            return data.plan(
                visits: max(1, visits), onlyDays: reading.onlyDays, caps: reading.segmentCaps, pinned: pinned, excluded: excluded,
                pinnedDays: data.shownPlan?.pinnedDays ?? [:])
        }
        if let only = reading.onlyDays {
            let left = PlanWeek(containing: data.today).workingDays(from: data.today).filter { only.contains($0.weekday) }.count
            let visits = reading.visitsPerDay.map { $0 * max(left, 1) } ?? reading.number
                ?? reading.hours.map { Answerer.visits(forHours: $0, reading: reading, data: data) }
                // The week's capacity is for five days: the days named get their part of it.
                ?? (data.config.plan.capacity * only.count + 4) / 5
            return data.plan(visits: max(1, visits), onlyDays: only)
        }
        if let perDay = reading.visitsPerDay {
            let days = PlanWeek(containing: data.today).workingDays(from: data.today).count
            return data.plan(visits: max(1, perDay * days))
        }
        if let hours = reading.hours {
            return data.plan(visits: Answerer.visits(forHours: hours, reading: reading, data: data))
        }
        return reading.number.map { data.plan(visits: $0) } ?? data.defaultPlan
    }

    /// What a plan request asks once the plan just shown fills in what it
    /// leaves out: "make it 2 a day" keeps the days that plan kept to, "drop
    /// friday" keeps its size per day, 「金曜じゃなくて月曜」 swaps one day for
    /// another, "add monday too" adds one. Nothing asked of the plan itself
    /// gives the plan just shown, as it was shown.
    public static func planRequest(_ reading: Interpretation, shown: ShownPlan?) -> Interpretation {
        var reading = reading
        let week: Set<Int> = [1, 2, 3, 4, 5]
        let setsSize = reading.number != nil || reading.visitsPerDay != nil || reading.hours != nil
        if !reading.droppedDays.isEmpty {
            let base = shown?.onlyDays ?? week
            let kept = base.subtracting(reading.droppedDays).union(reading.onlyDays ?? [])
            reading.onlyDays = kept.isEmpty ? nil : kept
        } else if let only = reading.onlyDays, reading.addsDays, let before = shown?.onlyDays {
            reading.onlyDays = before.union(only)
        }
        guard let shown else { return reading }
        // 「2件にして」, "make it 3" after "max 2 a day": the pace per day changes, unless a total is
        // said or the number is no day's pace (a rep sees at most about five customers a day).
        if let perDay = shown.perDay, let number = reading.number, reading.visitsPerDay == nil, reading.hours == nil,
            number <= max(perDay, 5), !reading.saysTotal
        {
            reading.visitsPerDay = number
            reading.number = nil
        }
        // "make it 3" after "no C" still plans no C; a new limit on a segment replaces its old one.
        reading.segmentCaps = shown.caps.merging(reading.segmentCaps) { _, new in new }
        let setsDays = reading.onlyDays != nil || !reading.droppedDays.isEmpty
        if !setsDays { reading.onlyDays = shown.onlyDays }
        if !setsSize {
            // Another set of days keeps the pace per day; the same days keep the
            // count, and so does a count the rep asked for (「3件にして」 then
            // 「月曜は休みになった」 is still three visits, not the usual week's pace).
            if let perDay = shown.perDay {
                reading.visitsPerDay = perDay
            } else if !setsDays || shown.visits != nil {
                reading.number = shown.visits
            }
        }
        return reading
    }

    /// A plan note as a line; a long list of A customers left out is cut to a
    /// few names (the full list is in `plan`), so an answer stays readable.
    static func noteLine(_ note: PlanNote, language: Language) -> String {
        let prefix = language.pick("  Note: ", "  注：")
        guard case .followUpsDropped(let due, let visits, let cadence, let dropped) = note, dropped.count > 5 else {
            return prefix + note.text(in: language)
        }
        let names = dropped.prefix(3).map(\.name)
        return prefix + language.pick(
            "Capacity is short of the A follow-up: \(due) A customers are due every \(cadence) weeks and A has \(Counted(visits, "visit", counter: "件").text(in: .en)). \(dropped.count) are not in this plan (first: \(names.joined(separator: ", "))); `plan` lists them all, and they come first the week after.",
            "Aのフォローに枠が足りません：\(cadence)週間ごとのフォロー時期のA顧客が\(due)社、Aの枠は\(visits)件です。この計画から外れた\(dropped.count)社（先頭：\(names.joined(separator: "、"))）は `plan` で全件表示され、次の週に優先されます。")
    }

    /// "By segment: A 3 · B 5 · C 1 · D 1 (policy A 35% · B 50% · C 10% · D 5%)".
    static func allocationLine(_ plan: VisitPlan, policy: PlanPolicy, language: Language) -> String {
        let planned = plan.allocations.map { "\($0.segment.rawValue) \($0.planned)" }.joined(separator: " · ")
        let shares = Segment.allCases.map {
            "\($0.rawValue) " + Config.format(policy.share(of: $0)) + "%"
        }.joined(separator: " · ")
        return language.pick("By segment: \(planned) (policy \(shares))", "領域別：\(planned)（方針 \(shares)）")
    }

    /// "Mon 11-30" / "11/30(月)".
    static func day(_ date: LocalDate, _ language: Language) -> String {
        let index = min(max(date.weekday - 1, 0), 6)
        let month = date.month < 10 ? "0\(date.month)" : "\(date.month)"
        let day = date.day < 10 ? "0\(date.day)" : "\(date.day)"
        switch language {
        case .en: return ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][index] + " \(month)-\(day)"
        case .ja: return "\(date.month)/\(date.day)(" + ["月", "火", "水", "木", "金", "土", "日"][index] + ")"
        }
    }
}
