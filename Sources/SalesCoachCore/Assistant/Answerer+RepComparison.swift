/// "Compare Daniel and Priya", 「佐藤さんと田中さんを比べて」: the reps' books side
/// by side, on what the method asks of each: how much B they hold, what the
/// book brings in, and whether their recent visits drift toward C.
extension Answerer {
    func repComparison(_ reps: [String], segments: [Segment] = [], data: AssistantData, into reply: inout Reply) {
        let language = reply.language
        let customers = data.classifications.map(\.customer)
        let made = Answerer.visitsMade(data: data).visits
        let totalSales = data.classifications.compactMap { $0.customer[.sales] }.reduce(0, +)
        reply.lines.append(language.pick(
            "\(reps.joined(separator: " and ")), side by side (segments as ranked in the whole list):",
            "\(reps.map { "\($0)さん" }.joined(separator: "と"))の比較（領域はリスト全体での分類）："))
        var drifting: [String] = []
        var bCounts: [(rep: String, count: Int)] = []
        for rep in reps {
            let names = Set(RepName.customers(of: rep, in: customers).map { Book.key($0.name) })
            let own = data.classifications.filter { names.contains(Book.key($0.name)) }
            var counts: [Segment: Int] = [:]
            for c in own { if let s = c.segment { counts[s, default: 0] += 1 } }
            let cells = Segment.allCases.map { "\($0.rawValue) \(counts[$0] ?? 0)" }.joined(separator: " · ")
            let sales = own.compactMap { $0.customer[.sales] }.reduce(0, +)
            let amount = Formatting.value(sales, of: .sales, in: language)
            let share = totalSales > 0
                ? language.pick(
                    ", our sales \(amount) (\(Formatting.percent(sales / totalSales)) of the total)",
                    "、当社売上\(amount)（全体の\(Formatting.percent(sales / totalSales))）") : ""
            let check = ComfortCheck(
                visitLog: made.filter { names.contains(Book.key($0.customerName)) }, classifications: own, policy: data.config.plan,
                today: data.today, history: data.history)
            if check.warning != nil { drifting.append(rep) }
            bCounts.append((rep, counts[.b] ?? 0))
            reply.lines.append(language.pick(
                "  \(rep) — \(Counted(own.count, "customer", counter: "社").text(in: .en)): \(cells)\(share)",
                "  \(rep)さん — \(own.count)社：\(cells)\(share)"))
            reply.lines.append("    " + Answerer.comfortLine(check, who: language.pick("last \(check.weeks) weeks", "直近\(check.weeks)週"), language: language))
            // "compare her C sales with tom's", 「高橋さんと佐藤さんのA比べて」: the segment asked about, in figures and names.
            for segment in segments {
                let members = own.filter { $0.segment == segment }.sorted { ($0.customer[.sales] ?? 0) > ($1.customer[.sales] ?? 0) }
                let part = Formatting.value(members.compactMap { $0.customer[.sales] }.reduce(0, +), of: .sales, in: language)
                let names = members.prefix(5).map(\.name)
                let more = members.count > 5 ? language.pick(", …", "、…") : ""
                reply.lines.append(language.pick(
                    "    \(segment.rawValue): \(Counted(members.count, "customer", counter: "社").text(in: .en)), our sales \(part)\(names.isEmpty ? "" : " — " + names.joined(separator: ", ") + more)",
                    "    \(segment.rawValue)：\(members.count)社、当社売上\(part)\(names.isEmpty ? "" : "（" + names.joined(separator: "、") + more + "）")"))
            }
        }
        // B is where the method puts most of the time: who holds the most of it, or that they hold the same.
        if let most = bCounts.map(\.count).max(), most > 0 {
            let leaders = bCounts.filter { $0.count == most }.map(\.rep)
            reply.lines.append(leaders.count == 1
                ? language.pick(
                    "Most B customers, where the method puts most of the time: \(leaders[0]) (\(most)).",
                    "手法で最も時間を割くべきBが一番多いのは\(leaders[0])さん（\(most)社）です。")
                : language.pick(
                    "\(leaders.joined(separator: " and ")) hold the same number of B customers (\(most) each), where the method puts most of the time.",
                    "手法で最も時間を割くべきBは、\(leaders.map { "\($0)さん" }.joined(separator: "と"))が同じ\(most)社ずつです。"))
        }
        if !drifting.isEmpty {
            reply.lines.append(language.pick(
                "Drifting toward C on recent visits: \(drifting.joined(separator: ", ")).",
                "最近の訪問がCに偏っている担当者：\(drifting.map { "\($0)さん" }.joined(separator: "、"))。"))
        }
        reply.lines.append(language.pick(
            "`rep NAME` ranks one rep's customers as their own book; `summary by rep` shows every rep.",
            "`rep 名前` でその担当者の顧客だけを評価、`summary by rep` で全担当者を表示します。"))
        reply.cite("manager-review", "c-trap")
    }
}
