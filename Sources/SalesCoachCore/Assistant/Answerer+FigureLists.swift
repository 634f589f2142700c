/// "Which customers have no orders at all?", "customers with negative
/// growth": customers picked by what their figures say, not by segment.
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
            for c in none.prefix(reply.shown(none.count)) {
                let objective = c.objective.map { Formatting.score($0.score, cut: cut) } ?? "–"
                reply.lines.append(language.pick(
                    "  \(c.name) — \(c.segment?.rawValue ?? "–"), objective \(objective)",
                    "  \(c.name) — \(c.segment?.rawValue ?? "–")、客観的評価 \(objective)"))
            }
            if none.count > reply.shown(none.count) {
                reply.lines.append(language.pick("  … and \(none.count - reply.shown(none.count)) more.", "  …ほか\(none.count - reply.shown(none.count))社。"))
            }
            let inB = none.filter { $0.segment == .b }.count
            if inB > 0 {
                reply.lines.append(language.pick(
                    "\(inB == none.count ? "All of them are" : "\(inB) of them are") in B: attractive companies that do not buy from us yet, where the method puts most of your time.",
                    "うち\(inB)社はB：魅力のある会社なのにまだ当社から買っていない、時間を最も割くべき相手です。"))
            }
            reply.about = none.prefix(reply.shown(none.count)).map(\.name)
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

extension Answerer {
    /// Customers whose growth is below 0, steepest fall first. A shrinking
    /// company weakens its objective evaluation: an A may slip to C, a B is
    /// less of a prize than its size says.
    func declining(_ reading: Interpretation, data: AssistantData, into reply: inout Reply) {
        let language = reply.language
        var shrinking = reading
        shrinking.lowestFirst = true
        let found = Answerer.ranked(shrinking, data: data) { c in c.customer[.growth].flatMap { $0 < 0 ? $0 : nil } }
        let scope = reading.segments.isEmpty ? "" : reading.segments.map(\.rawValue).joined(separator: "/") + " "
        reply.cite("axis-objective")
        guard !found.isEmpty else {
            reply.lines.append(language.pick(
                "No \(scope)customer has negative growth on record.",
                "成長率がマイナスの\(scope.isEmpty ? "" : scope.trimmingWhitespace + "の")顧客はいません。"))
            return
        }
        reply.lines.append(language.pick(
            "\(Counted(found.count, "\(scope)customer", counter: "社").text(in: .en)) with negative growth (the company's own business shrinking), steepest first:",
            "成長率がマイナス（会社自体の事業が縮小）の\(scope.isEmpty ? "" : scope.trimmingWhitespace + "の")顧客は\(found.count)社、落ち込みの大きい順："))
        for (c, growth) in found.prefix(reply.shown(found.count)) {
            reply.lines.append(language.pick(
                "  \(c.name) — growth \(Formatting.value(growth, of: .growth)) (\(c.segment?.rawValue ?? "–"))",
                "  \(c.name) — 成長率 \(Formatting.value(growth, of: .growth))（\(c.segment?.rawValue ?? "–")）"))
        }
        if found.count > reply.shown(found.count) {
            reply.lines.append(language.pick("  … and \(found.count - reply.shown(found.count)) more.", "  …ほか\(found.count - reply.shown(found.count))社。"))
        }
        let keyAccounts = found.filter { $0.0.segment == .a }.map(\.0.name)
        if !keyAccounts.isEmpty {
            reply.lines.append(language.pick(
                "Key accounts among them (\(keyAccounts.prefix(3).joined(separator: ", "))): a shrinking business lowers the objective evaluation, and an A can slip to C.",
                "うちA顧客（\(keyAccounts.prefix(3).joined(separator: "、"))）は、事業の縮小で客観的評価が下がればCに落ちることがあります。"))
        }
        reply.about = found.prefix(reply.shown(found.count)).map(\.0.name)
        reply.listed = found.map(\.0.name)
    }
}
