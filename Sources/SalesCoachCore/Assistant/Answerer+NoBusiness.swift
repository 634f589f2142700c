/// "Which customers have no orders at all?": the customers that buy nothing
/// from us yet, the largest companies first.
extension Answerer {
    /// Customers whose transaction figures are all zero. A customer with no
    /// figures at all is a gap in the data, not a customer without business,
    /// and is counted apart (`list unclassified` names them).
    func noBusiness(_ reading: Interpretation, data: AssistantData, into reply: inout Reply) {
        let language = reply.language
        let wanted = Set(reading.segments)
        let pool = Answerer.pool(reading, data: data).filter { wanted.isEmpty || $0.segment.map(wanted.contains) == true }
        let values = { (c: Classification) in Axis.record.metrics.compactMap { c.customer[$0] } }
        let none = pool.filter { c in
            let known = values(c)
            return !known.isEmpty && known.allSatisfy { $0 == 0 }
        }
        .enumerated().sorted { a, b in
            let (x, y) = (a.element.objective?.score, b.element.objective?.score)
            return x == y ? a.offset < b.offset : (x ?? .zero) > (y ?? .zero)
        }
        .map(\.element)
        let missing = pool.filter { values($0).isEmpty }.count
        let scope = wanted.isEmpty ? "" : wanted.sorted().map(\.rawValue).joined(separator: "/") + " "
        if none.isEmpty {
            reply.lines.append(language.pick(
                "Every \(scope)customer with transaction figures has some business with us: none has orders, sales and profit all at 0.",
                "取り引きの数値がある\(scope.isEmpty ? "" : scope.trimmingWhitespace + "の")顧客は、すべて当社と何らかの取り引きがあります（受注・売上・粗利がすべて0の顧客はいません）。"))
        } else {
            reply.lines.append(language.pick(
                "\(Counted(none.count, "\(scope)customer", counter: "社").text(in: .en)) with no business with us on record (orders, our sales and profit all 0), largest companies first:",
                "当社との取り引きが記録上ゼロ（受注・売上・粗利がすべて0）の\(scope.isEmpty ? "" : scope.trimmingWhitespace + "の")顧客は\(none.count)社です。会社の規模が大きい順："))
            let cut = data.config.classifier.cut
            for c in none.prefix(reply.listShown) {
                let objective = c.objective.map { Formatting.score($0.score, cut: cut) } ?? "–"
                reply.lines.append(language.pick(
                    "  \(c.name) — \(c.segment?.rawValue ?? "–"), objective \(objective)",
                    "  \(c.name) — \(c.segment?.rawValue ?? "–")、客観的評価 \(objective)"))
            }
            if none.count > reply.listShown {
                reply.lines.append(language.pick("  … and \(none.count - reply.listShown) more.", "  …ほか\(none.count - reply.listShown)社。"))
            }
            let inB = none.filter { $0.segment == .b }.count
            if inB > 0 {
                reply.lines.append(language.pick(
                    "\(inB == none.count ? "All of them are" : "\(inB) of them are") in B: attractive companies that do not buy from us yet, where the method puts most of your time.",
                    "うち\(inB)社はB：魅力のある会社なのにまだ当社から買っていない、時間を最も割くべき相手です。"))
            }
            reply.about = none.prefix(reply.listShown).map(\.name)
            reply.listed = none.map(\.name)
        }
        if missing > 0 {
            reply.lines.append(language.pick(
                "\(Counted(missing, "customer", counter: "社").text(in: .en)) \(missing == 1 ? "has" : "have") no transaction figures at all, so cannot be judged: ask “which customers are unclassified?”.",
                "ほかに取り引きの数値がまったくない顧客が\(missing)社あり、判断できません（「分類できない顧客は？」で確認できます）。"))
        }
        reply.cite("segment-b", "axis-record")
    }
}
