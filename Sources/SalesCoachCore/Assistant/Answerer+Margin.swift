/// "What's the average margin by segment?", 「米沢精密の粗利率は？」: our profit as
/// a share of our sales. The book holds both figures but no rate, and a rep
/// weighing an A against a C asks for the rate, not for either amount.
extension Answerer {
    /// Our profit ÷ our sales over the customers with both figures (sales
    /// above 0); nil when none has them.
    static func margin(of customers: [Classification]) -> (rate: Double, count: Int)? {
        var profit = 0.0, sales = 0.0, count = 0
        for c in customers {
            guard let p = c.customer[.profit], let s = c.customer[.sales], s > 0 else { continue }
            profit += p
            sales += s
            count += 1
        }
        return count == 0 ? nil : (profit / sales, count)
    }

    /// "22.7%" to one decimal.
    static func marginText(_ rate: Double) -> String { Formatting.fixed(rate * 100, decimals: 1) + "%" }

    /// One customer's margin, the first line of the answer about it.
    static func marginLine(_ c: Classification, language: Language) -> String {
        guard let (rate, _) = margin(of: [c]), let profit = c.customer[.profit], let sales = c.customer[.sales] else {
            return language.pick(
                "\(c.name) has no margin to give: it needs both our sales (above 0) and our profit on record.",
                "\(c.name)の粗利率は出せません：当社売上（0より大）と粗利の両方の値が必要です。")
        }
        let (p, s) = (Formatting.value(profit, of: .profit, in: language), Formatting.value(sales, of: .sales, in: language))
        return language.pick(
            "\(c.name) — margin: \(marginText(rate)) (our profit \(p) ÷ our sales \(s)).",
            "\(c.name)の粗利率：\(marginText(rate))（粗利\(p) ÷ 当社売上\(s)）。")
    }

    /// The margin of the customers asked about, then by segment and by rep
    /// when the question named no one segment.
    func margin(_ reading: Interpretation, data: AssistantData, into reply: inout Reply) {
        let language = reply.language
        let wanted = Set(reading.segments)
        let pool = Answerer.pool(reading, data: data).filter { wanted.isEmpty || $0.segment.map(wanted.contains) == true }
        let who = wanted.isEmpty
            ? language.pick("your customers", "担当先全体")
            : language.pick("your \(wanted.sorted().map(\.rawValue).joined(separator: "/")) customers", "\(wanted.sorted().map(\.rawValue).joined(separator: "・"))顧客")
        reply.cite("axis-record")
        reply.listed = pool.map(\.name)
        guard let whole = Answerer.margin(of: pool) else {
            reply.lines.append(language.pick(
                "No margin can be given for \(who): none has both our sales and our profit on record.",
                "\(who)の粗利率は出せません：当社売上と粗利の両方の値がある顧客がいません。"))
            return
        }
        reply.lines.append(language.pick(
            "Margin (our profit ÷ our sales, summed) of \(who): \(Answerer.marginText(whole.rate)) (\(Counted(whole.count, "customer", counter: "社").text(in: .en)) with both figures).",
            "\(who)の粗利率（粗利の合計 ÷ 当社売上の合計）：\(Answerer.marginText(whole.rate))（両方の値がある\(whole.count)社）。"))
        if !wanted.isEmpty, let book = Answerer.margin(of: data.classifications) {
            reply.lines.append(language.pick(
                "  Across all your customers: \(Answerer.marginText(book.rate)).", "  担当先全体では\(Answerer.marginText(book.rate))です。"))
        }
        if wanted.count != 1 {
            let parts = Segment.allCases.filter { wanted.isEmpty || wanted.contains($0) }.compactMap { segment in
                Answerer.margin(of: pool.filter { $0.segment == segment }).map { "\(segment.rawValue) \(Answerer.marginText($0.rate))" }
            }
            if parts.count > 1 { reply.lines.append(language.pick("  By segment: ", "  領域別：") + parts.joined(separator: " · ")) }
            let reps = RepName.reps(of: pool.map(\.customer))
            if reps.count > 1, data.namedRep == nil {
                let byRep = reps.compactMap { rep -> String? in
                    let keys = Set(RepName.customers(of: rep, in: pool.map(\.customer)).map { Book.key($0.name) })
                    return Answerer.margin(of: pool.filter { keys.contains(Book.key($0.name)) }).map { "\(rep) \(Answerer.marginText($0.rate))" }
                }
                reply.lines.append(language.pick("  By rep: ", "  担当者別：") + byRep.joined(separator: " · "))
            }
        }
    }
}
