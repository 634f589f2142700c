/// Answers about particular customers: why they are where they are, what
/// would move them, which of two comes first.
extension Answerer {
    /// "why is it a C when its sales are so high?": the figure counts on one
    /// axis, and the segment takes the other axis too, which decided it.
    static func whyDespiteLine(_ metric: Metric, _ classification: Classification, language: Language) -> String? {
        guard let segment = classification.segment, let own = classification.score(on: metric.axis),
            let other = classification.score(on: metric.axis == .objective ? .record : .objective),
            let value = classification.customer[metric]
        else { return nil }
        func named(_ axis: Axis) -> (en: String, ja: String) {
            axis == .objective
                ? ("objective evaluation (the company's own size and growth)", "客観的評価（会社自体の規模と成長）")
                : ("transaction record (its business with us)", "取り引き実績（当社との取り引き）")
        }
        func level(_ score: AxisScore) -> (en: String, ja: String) { score.isHigh ? ("high", "高") : ("low", "低") }
        let shown = Formatting.value(value, of: metric, in: language)
        return language.pick(
            "\(metric.label.prefix(1).uppercased() + metric.label.dropFirst()) (\(shown)): part of the \(named(metric.axis).en), which is \(level(own).en) at \(own.scoreText). The segment also takes the \(named(other.axis).en), and that is \(level(other).en) at \(other.scoreText): so \(segment.rawValue).",
            "\(metric.labelJapanese)（\(shown)）は\(named(metric.axis).ja)に入り、こちらは\(own.scoreText)で\(level(own).ja)です。区分はもう一つの軸、\(named(other.axis).ja)でも決まり、そちらが\(other.scoreText)で\(level(other).ja)なので\(segment.rawValue)です。")
    }

    func explain(_ reading: Interpretation, data: AssistantData, into reply: inout Reply) {
        let found = customers(reading, data: data, into: &reply)
        let language = reply.language
        let history = VisitHistory(customers: found.map(\.customer), visitLog: data.visitLog, today: data.today)
        if let other = reading.missingOther, let one = found.first, found.count == 1 {
            reply.lines.append(language.pick(
                "“\(other)” is not in your customer list, so there is nothing to set beside \(one.name) ('list' shows every name). About \(one.name):",
                "「\(other)」は顧客リストにないので、\(one.name)と比べられません（名前は 'list' で確認できます）。\(one.name)について："))
        }
        if let shared = reading.alsoNamedSo, let one = found.first, found.count == 1 {
            let shown = shared.others.compactMap { name in data.classifications.first { $0.name == name } }.map { other in
                language.pick("\(other.name) (\(other.segment?.rawValue ?? "–"))", "\(other.name)（\(other.segment?.rawValue ?? "–")）")
            }
            if !shown.isEmpty {
                reply.lines.append(language.pick(
                    "“\(shared.word)” is also in the names of \(shown.joined(separator: ", ")): ask about one of them by name. About \(one.name):",
                    "「\(shared.word)」は\(shown.joined(separator: "、"))の社名にも入っています（そちらは社名で聞いてください）。\(one.name)について："))
            }
        }
        if found.count == 1, let one = found.first {
            if let asked = reading.confirmsSegment {
                reply.lines.append(Answerer.segmentConfirmation(asked, of: one, language: language))
            } else if let asked = reading.confirmsScore {
                reply.lines.append(Answerer.scoreConfirmation(asked, of: one, language: language))
            } else if reading.asksRisk {
                reply.lines.append(Answerer.riskVerdict(one, data: data, language: language))
            }
        }
        for (i, classification) in found.prefix(3).enumerated() {
            if i > 0 { reply.lines.append("") }
            if reading.asksRep {
                let name = classification.name
                if let rep = classification.customer.rep.map({ SingleLine.visible($0.trimmingWhitespace) }), !rep.isEmpty {
                    reply.lines.append(language.pick("\(name)'s rep: \(rep).", "\(name)の担当：\(rep)さん。"))
                } else {
                    reply.lines.append(language.pick(
                        "No rep is on record for \(name) (`set \(name) rep=NAME` records one).",
                        "\(name)の担当者は記録されていません（`set \(name) rep=名前` で記録できます）。"))
                }
            }
            if reading.asksMargin {
                reply.lines.append(Answerer.marginLine(classification, language: language))
            } else if let metric = reading.askedMetric, !reading.asksAction {
                // 「受注ゼロだけどどうすれば」: the figure is what the rep said, not what was asked.
                let label = language.pick(metric.label, metric.labelJapanese)
                if let value = classification.customer[metric] {
                    // The figure as it is in the book, with the short form the rest of the answer uses.
                    let short = Formatting.value(value, of: metric, in: language)
                    let exact = metric == .growth ? short : Formatting.grouped(value)
                    let shown = exact == short ? exact : "\(exact) (\(short))"
                    reply.lines.append(language.pick(
                        "\(classification.name) — \(label): \(shown).",
                        "\(classification.name)の\(label)：\(exact == short ? exact : "\(exact)（\(short)）")。"))
                } else {
                    // "X has no growth figure — how do you handle that?": left out, not read as zero.
                    let axis = metric.axis == .objective ? language.pick("objective evaluation", "客観的評価") : language.pick("transaction record", "取り引き実績")
                    reply.lines.append(language.pick(
                        "\(classification.name) has no \(label) on record (the cell is empty): it is left out, not read as zero, and the \(axis) is the mean of the metrics it has. `set \(classification.name) \(metric.rawValue)=…` fills it in.",
                        "\(classification.name)の\(label)は記録がありません（空欄）。空欄はゼロとは扱わず除外し、\(axis)は値のある指標の平均で出します。`set \(classification.name) \(metric.rawValue)=…` で入力できます。"))
                }
            }
            if let metric = reading.whyDespite, let line = Answerer.whyDespiteLine(metric, classification, language: language) {
                reply.lines.append(line)
            }
            if reading.asksLastVisit, reading.lastVisitBeforeToday {
                // "my last visit there before today": the history as it stood yesterday.
                let before = VisitHistory(customers: [classification.customer], visitLog: data.visitLog, today: data.today.adding(days: -1))
                reply.lines.append(before.lastVisit(classification.name).map {
                    language.pick("\(classification.name) — last visit before today: ", "\(classification.name)の今日より前の訪問：")
                        + Answerer.ago($0, today: data.today, language)
                } ?? language.pick(
                    "\(classification.name) has no visit on record before today.", "\(classification.name)への今日より前の訪問は記録がありません。"))
            } else if reading.asksLastVisit {
                reply.lines.append(history.lastVisit(classification.name).map {
                    language.pick("\(classification.name) — last visit: ", "\(classification.name)の前回の訪問：") + Answerer.ago($0, today: data.today, language)
                } ?? language.pick(
                    "\(classification.name) has no visit on record (neither last_visit nor the visit log).",
                    "\(classification.name)への訪問は記録がありません（last_visit にも訪問記録にもなし）。"))
            }
            if reading.asksAction, let segment = classification.segment {
                // "what should i do with it": the method's action and this week's verdict before the numbers.
                reply.lines.append(language.pick("What to do with \(classification.name) (\(segment.rawValue)): ", "\(classification.name)への対応（\(segment.rawValue)）：") + segment.action(in: language))
                reply.lines.append(Answerer.asAdvice(Answerer.visitVerdict(classification, history: history, data: data, language: language)))
                reply.cite("visit-cadence")
            }
            if reading.asksOverdue {
                reply.lines.append(Answerer.overdueVerdict(classification, history: history, data: data, language: language))
                reply.cite("visit-cadence")
            }
            if reading.asksVisitWorth {
                reply.lines.append(reading.asksTooOften
                    ? Answerer.tooOftenVerdict(classification, history: history, data: data, language: language)
                    : reading.asksWhen ? Answerer.nextVisit(classification, history: history, data: data, language: language)
                    : reading.asksSkipVisit ? Answerer.asAdvice(Answerer.visitVerdict(classification, history: history, data: data, language: language))
                    : Answerer.visitVerdict(classification, history: history, data: data, language: language))
                reply.cite("visit-cadence")
            }
            if reading.asksBorderline, classification.segment != nil {
                // "is it borderline?": yes or no first, with the numbers that decide it.
                reply.lines.append(Answerer.borderlineVerdict(classification, config: data.config.classifier, language: language))
                reply.cite("borderline")
            }
            reply.lines += classification.explanationLines(in: language, cut: data.config.classifier.cut)
            if let last = history.lastVisit(classification.name) {
                reply.lines.append(language.pick("  Last visit: ", "  前回の訪問：") + Answerer.ago(last, today: data.today, language))
            } else {
                reply.lines.append(language.pick("  Last visit: none on record", "  前回の訪問：記録なし"))
            }
            if let notes = classification.customer.notes.map({ SingleLine.visible($0.trimmingWhitespace) }), !notes.isEmpty {
                reply.lines.append(language.pick("  Notes: \(notes)", "  メモ：\(notes)"))
            }
            reply.data.append(.customer(classification))
            reply.about.append(classification.name)
            if let segment = classification.segment {
                // What the method says to do next, in the answer itself: "what should I
                // propose to X next?" is answered here, and the segment's article is cited.
                if !reading.asksAction {
                    reply.lines.append(language.pick("  What to do (\(segment.rawValue)): ", "  対応（\(segment.rawValue)）：") + segment.action(in: language))
                }
                reply.cite(Answerer.segmentEntry(segment), Answerer.companionEntry(segment))
            } else {
                if let meanwhile = Answerer.meanwhile(classification, language: language) {
                    reply.lines.append(meanwhile)
                }
                reply.cite(contentsOf: classification.missingAxes.map { $0 == .objective ? "axis-objective" : "axis-record" })
            }
            if classification.isBorderline { reply.cite("borderline") }
        }
        if found.count > 3 {
            reply.lines.append(language.pick(
                "(\(found.count - 3) more named: ask about them one at a time.)",
                "（ほか\(found.count - 3)社は一社ずつ聞いてください。）"))
        }
    }

    /// How to treat a customer one axis short of a segment until its data is
    /// filled in: the axis it has already narrows it to two segments.
    static func meanwhile(_ c: Classification, language: Language) -> String? {
        if let objective = c.objective, c.record == nil {
            return objective.isHigh
                ? language.pick(
                    "  Meanwhile: the company itself scores high (\(objective.scoreText)), so it is an A or a B — treat it as a prospect, like B, until its business with us is on record.",
                    "  それまでの扱い：会社自体の評価は高い（\(objective.scoreText)）のでAかBのどちらかです。取り引きの数字が入るまでは、Bと同じく伸ばす先として扱いましょう。")
                : language.pick(
                    "  Meanwhile: the company itself scores low (\(objective.scoreText)), so it is a C or a D — keep contact light until its business with us is on record.",
                    "  それまでの扱い：会社自体の評価は低い（\(objective.scoreText)）のでCかDのどちらかです。取り引きの数字が入るまでは、接触は軽めにしておきましょう。")
        }
        if let record = c.record, c.objective == nil {
            return record.isHigh
                ? language.pick(
                    "  Meanwhile: it already buys a lot from us (\(record.scoreText)), so it is an A or a C — keep up the contact its business needs, and fill in its size to know which.",
                    "  それまでの扱い：当社との取り引きはすでに多い（\(record.scoreText)）のでAかCのどちらかです。取り引きに必要な接触は続け、会社の規模を入力してどちらか確かめましょう。")
                : language.pick(
                    "  Meanwhile: it buys little from us (\(record.scoreText)), so it is a B or a D — its size decides which, so fill that in before spending visits on it.",
                    "  それまでの扱い：当社との取り引きは少ない（\(record.scoreText)）のでBかDのどちらかです。どちらかは会社の規模で決まるので、訪問を使う前にそれを入力しましょう。")
        }
        return nil
    }

    func whatWouldItTake(_ reading: Interpretation, target asked: Segment?, data: AssistantData, into reply: inout Reply) {
        guard let classification = customers(reading, data: data, into: &reply).first else { return }
        let language = reply.language
        let name = classification.name
        reply.about = [name]
        // 「それって私にできること？」: the verdict before anything else (a C asked toward B is moved toward A below).
        if reading.asksIfInReach, let current = classification.segment,
            let goal = asked == .b && current == .c ? .a : asked, goal != current
        {
            reply.lines.append(Answerer.reachVerdict(from: current, to: goal, language: language))
        }
        var target = asked
        // "what would make 出雲醤油 (C) a B?": B is a large company that buys little from us; a C
        // already buys much, so it turns B only if that business fell, which is no goal. What the
        // company's own growth would do is the answer: it makes it A.
        if asked == .b, classification.segment == .c, let record = classification.record {
            reply.lines.append(language.pick(
                "\(name) is C: small beside the rest of your book, but it already does much business with us (transaction record \(record.scoreText), high). B is a larger company that buys little from us yet, so \(name) would turn B only if our business with it fell, which is no goal. If the company itself grows, it becomes A:",
                "\(name)はCです。規模はリストの中で小さめですが、当社との取り引きはすでに多い先です（取り引き実績 \(record.scoreText)、高）。Bは「規模が大きいのに取り引きがまだ少ない」先なので、\(name)がBになるのは当社との取り引きが減ったときだけで、目指すものではありません。会社自体が成長すればAになります："))
            target = .a
        }
        guard let current = classification.segment else {
            reply.lines.append(classification.headline(in: language))
            reply.lines.append(language.pick(
                "Fill in the missing values first (`set \(name) key=value`); then it can be placed and moved.",
                "まず空欄の値を入力してください（`set \(name) key=value`）。分類できれば移るための条件も示せます。"))
            reply.cite(contentsOf: classification.missingAxes.map { $0 == .objective ? "axis-objective" : "axis-record" })
            return
        }
        reply.data.append(.customer(classification))
        if reading.asksScore {
            // The scores asked for first, each with where it stands against the cut.
            let axes = [classification.objective, classification.record].compactMap { $0 }.map { axis in
                let label = axis.axis == .objective ? language.pick("objective", "客観的評価") : language.pick("record", "取り引き実績")
                let level = axis.isHigh ? language.pick("high", "高") : language.pick("low", "低")
                let border = axis.isBorderline ? language.pick(", borderline", "、境界線上") : ""
                return language.pick("\(label) \(axis.scoreText) (\(level)\(border))", "\(label) \(axis.scoreText)（\(level)\(border)）")
            }
            reply.lines.append(language.pick(
                "\(name) (\(current.rawValue)): " + axes.joined(separator: " · ") + "; cut \(Config.format(data.config.classifier.cut)).",
                "\(name)（\(current.rawValue)）：" + axes.joined(separator: "・") + "（基準 \(Config.format(data.config.classifier.cut))）。"))
        }
        if let target, target == current {
            reply.lines.append(language.pick(
                "\(name) is already in \(current.rawValue) (\(current.summary)).",
                "\(name)はすでに\(current.rawValue)（\(current.summaryJapanese)）です。"))
            if let move = classification.nearestMove {
                reply.lines.append(language.pick("  What would take it out: ", "  外れる条件：") + move.sentence(in: language))
            }
            reply.data.append(.moves(customer: name, target: target, moves: classification.moves.prefix(1).map { $0 }))
            reply.cite(Answerer.segmentEntry(current), classification.isBorderline ? "borderline" : nil)
            return
        }
        let moves: [Move]
        if let target, target != asked {
            moves = classification.moves(toward: target)
        } else if let target {
            moves = classification.moves(toward: target)
            reply.lines.append(language.pick(
                "What would move \(name) from \(current.rawValue) to \(target.rawValue):",
                "\(name)を\(current.rawValue)から\(target.rawValue)に移すには："))
        } else {
            var nearest: [Move] = []
            for axis in Axis.allCases {
                if let move = classification.moves.first(where: { $0.axis == axis }) { nearest.append(move) }
            }
            moves = nearest.sorted { $0.relativeChange < $1.relativeChange }
            reply.lines.append(language.pick(
                "The smallest changes that would move \(name) out of \(current.rawValue):",
                "\(name)が\(current.rawValue)から移るための最小の変化："))
        }
        reply.data.append(.moves(customer: name, target: target, moves: moves))
        // What the rep can act on (the transaction record) first; each out-of-reach change says so.
        let ordered = moves.filter { $0.axis == .record } + moves.filter { $0.axis != .record }
        if reading.asksReach {
            // 「それって現実的？」: the verdict before the changes it rests on.
            if let near = ordered.first(where: \.isWithinReach) {
                reply.lines.insert(language.pick(
                    "Yes, within reach as one step: \(near.sentence(in: language))",
                    "はい、一度に届く範囲です：\(near.sentence(in: language))"), at: reply.lines.count - 1)
            } else {
                let companySide = !ordered.isEmpty && ordered.allSatisfy { $0.axis == .objective }
                reply.lines.insert(language.pick(
                    "Not as one step: " + (ordered.isEmpty ? "no change to a single metric is enough." : "each change below is more than double or less than half of today's value.")
                        + (companySide ? " They are the company's own figures, which no order of ours moves." : " It takes several orders over time, the metrics growing together."),
                    "一度には届きません：" + (ordered.isEmpty ? "一つの指標を変えるだけでは足りません。" : "どの変化も今の値の2倍超か半分未満です。")
                        + (companySide ? "しかも会社自体の数字で、当社の受注では動きません。" : "受注を重ねて、複数の指標が一緒に伸びていく必要があります。")), at: reply.lines.count - 1)
            }
        }
        for move in ordered { reply.lines.append("  • " + move.sentenceWithReach(in: language)) }
        // "what would move it to another segment?" of an A high on every metric: nothing, said so.
        if target == nil, ordered.isEmpty {
            reply.lines.append(language.pick(
                "  No change to a single metric is enough: \(name) is well clear of the cut on both axes, so several metrics would have to move together.",
                "  一つの指標を変えるだけでは移りません。\(name)は両方の軸で基準から十分離れていて、複数の指標が同時に動く必要があります。"))
        }
        if !ordered.isEmpty, ordered.allSatisfy({ !$0.isWithinReach }) {
            // C to A moves on the company's own figures alone: more orders would not do it.
            reply.lines.append(ordered.allSatisfy({ $0.axis == .objective })
                ? language.pick(
                    "  Each of these is a big stretch, and all are the company's own figures: no order of ours moves them. It moves when the company itself grows; until then, visit it only as the business needs.",
                    "  どれも大きな変化で、しかも会社自体の数字です。当社の受注では動きません。会社が成長したときに移るので、それまでは取り引きに必要な分だけ訪問しましょう。")
                : language.pick(
                    "  Each of these is a big stretch on its own; in practice several metrics grow together, order by order.",
                    "  どれも一つだけでは大きな飛躍です。実際には受注を重ねて、複数の指標が一緒に伸びていきます。"))
        }
        if let target {
            let needed = (current.objectiveHigh != target.objectiveHigh ? 1 : 0) + (current.recordHigh != target.recordHigh ? 1 : 0)
            if moves.count < needed {
                reply.lines.append(language.pick(
                    "  No change to a single metric is enough on \(needed == 2 && moves.isEmpty ? "either axis" : "one axis"): several metrics would have to move together.",
                    "  一つの指標だけを変えても届きません。複数の指標が同時に動く必要があります。"))
                // C to A or B: the objective evaluation is the company's own size and growth.
                if current.objectiveHigh != target.objectiveHigh, !moves.contains(where: { $0.axis == .objective }) {
                    reply.lines.append(language.pick(
                        "  The objective evaluation is the company's own revenue, size and growth: visits do not move it, so keep the visits here efficient.",
                        "  客観的評価は会社自体の売上・規模・成長で決まり、訪問では動きません。ここへの訪問は効率よく。"))
                }
            } else if needed == 2 {
                reply.lines.append(language.pick(
                    "  Both are needed: \(target.rawValue) is \(target.objectiveHigh ? "high" : "low") on objective evaluation and \(target.recordHigh ? "high" : "low") on transaction record.",
                    "  両方が必要です：\(target.rawValue)は客観的評価が\(target.objectiveHigh ? "高" : "低")、取り引き実績が\(target.recordHigh ? "高" : "低")の領域です。"))
            }
            reply.cite(Answerer.segmentEntry(target))
        }
        if moves.contains(where: { $0.axis == .record && $0.target.isRaise }) && current == .b {
            reply.lines.append(language.pick(
                "  Winning that business is the point of B: a company larger than most in your book that still buys little from us.",
                "  その取り引きを勝ち取ることこそBの狙いです：このリストの中では規模が大きい方なのに、まだ取り引きが少ない相手です。"))
            reply.cite("why-focus-b")
        }
        if current == .b, target == .a || target == nil,
            let conversion = ConversionTarget.find(for: classification, in: data.classifications, config: data.config.classifier)
        {
            let neighbour = conversion.neighbour.name
            reply.lines.append(language.pick(
                "  In business you can win: \(conversion.gapText(in: .en)) would bring it level with \(neighbour) (\(conversion.neighbourRecord(in: .en))), an A customer of about its standing; with those numbers the book ranks \(name) A.",
                "  取り引きで言えば：\(conversion.gapText(in: .ja))で、規模の近いA顧客\(neighbour)（\(conversion.neighbourRecord(in: .ja))）と肩を並べ、リスト全体で計算し直すと\(name)はAになります。"))
            if !conversion.others.isEmpty {
                let others = conversion.others.map(\.name)
                let english = ([neighbour] + others.dropLast()).joined(separator: ", ") + " and " + others.last!
                reply.lines.append(language.pick(
                    "  It would then sit beside \(english) on the matrix.",
                    "  そのときマトリックス上では\(([neighbour] + others).joined(separator: "、"))の近くに並びます。"))
            }
        }
        reply.cite("scoring", classification.isBorderline ? "borderline" : nil)
    }

    func compare(_ reading: Interpretation, data: AssistantData, into reply: inout Reply) {
        var found = customers(reading, data: data, into: &reply)
        let language = reply.language
        // "which matters most: osaka print, 鶴橋食品, minami print, rokko": in a list of
        // customers, a name only one customer nearly fits is that one, said as taken.
        if found.count >= 2, reading.didYouMean.count == 1, let guess = data.classification(named: reading.didYouMean[0]),
            !found.contains(where: { $0.name == guess.name })
        {
            found.append(guess)
            reply.lines.append(language.pick("(\(guess.name) taken as one of them)", "（\(guess.name)も含めて回答します）"))
        }
        if found.count >= 3 { return rank(found, data: data, into: &reply) }
        guard found.count >= 2 else {
            if let only = found.first {
                reply.lines.append(language.pick(
                    "I found only \(only.name) in your question; name a second customer to compare it with.",
                    "質問から見つかった顧客は\(only.name)だけです。比べるもう一社の名前を入れてください。"))
                reply.about = [only.name]
            }
            return
        }
        let policy = data.config.plan
        let history = VisitHistory(customers: found.map(\.customer), visitLog: data.visitLog, today: data.today)
        let (first, second) = (found[0], found[1])
        let p1 = data.visitPriority(first, history: history)
        let p2 = data.visitPriority(second, history: history)
        let (winner, loser) = p1 < p2 ? (p1, p2) : (p2, p1)
        reply.about = [first.name, second.name]
        reply.data.append(.comparison(first: first.name, second: second.name, winner: winner.name))
        reply.data.append(.customer(first))
        reply.data.append(.customer(second))
        if reading.asksDifference {
            // "what's the difference between X and Y?": the two side by side first.
            reply.lines.append(contentsOf: Answerer.sideBySide(first, second, history: history, data: data, language: language))
        }
        reply.lines.append(language.pick("Visit \(winner.name) first.", "先に訪問すべきは\(winner.name)です。"))
        for p in [winner, loser] {
            reply.lines.append("  \(p.name): \(p.reason(in: language, policy: policy))")
        }
        reply.lines.append("  " + Answerer.whyFirst(winner, over: loser, language: language, policy: policy))
        // 「釧路冷凍と釧路港運、どっちを優先？」: the one second by upside may be a step from A;
        // said, so the order does not hide the B customer about to become a key account.
        if let other = [first, second].first(where: { $0.name == loser.name }), other.segment == .b,
            let record = other.record, record.score >= data.config.classifier.cut - data.config.classifier.borderlineMargin,
            let move = other.moves(toward: .a).first(where: { $0.axis == .record })
        {
            reply.lines.append(language.pick(
                "  Still, \(other.name) is close to A on the record (\(record.scoreText)): \(move.sentenceWithReach(in: language))",
                "  ただし\(other.name)は取り引き実績がAに近い位置です（\(record.scoreText)）：\(move.sentenceWithReach(in: language))"))
        }
        let ranks = [winner.rank, loser.rank]
        reply.cite(
            ranks.contains(.b) ? "why-focus-b" : nil,
            ranks.contains { [.aOverdue, .aDue, .aLater].contains($0) } ? "after-sales-follow-up" : nil,
            ranks.contains { [.c, .cOverdue].contains($0) } ? "c-trap" : nil,
            "weekly-plan")
    }

    /// Three or more customers named to compare: their order for the next
    /// visit, as the planner would take them, each with its reason.
    private func rank(_ found: [Classification], data: AssistantData, into reply: inout Reply) {
        let language = reply.language
        let policy = data.config.plan
        let history = VisitHistory(customers: found.map(\.customer), visitLog: data.visitLog, today: data.today)
        let ordered = found.map { data.visitPriority($0, history: history) }.sorted { $0 < $1 }
        reply.about = ordered.map(\.name)
        reply.lines.append(language.pick(
            "Of these \(ordered.count), in the order to visit them:", "この\(ordered.count)社を訪問すべき順に並べると："))
        for (index, p) in ordered.prefix(Answerer.listShown).enumerated() {
            reply.lines.append("  \(index + 1). \(p.name): \(p.reason(in: language, policy: policy))")
        }
        if ordered.count > Answerer.listShown {
            reply.lines.append(language.pick(
                "  …and \(ordered.count - Answerer.listShown) more after them.", "  …ほか\(ordered.count - Answerer.listShown)社が続きます。"))
        }
        // Why the first leads, when its kind of visit differs from the next one's;
        // between two of a kind the reasons above already order them ("Both are B" of thirteen reads wrong).
        if ordered[0].rank != ordered[1].rank {
            reply.lines.append("  " + Answerer.whyFirst(ordered[0], over: ordered[1], language: language, policy: policy))
        }
        let ranks = ordered.map(\.rank)
        reply.cite(
            ranks.contains(.b) ? "why-focus-b" : nil,
            ranks.contains { [.aOverdue, .aDue, .aLater].contains($0) } ? "after-sales-follow-up" : nil,
            ranks.contains { [.c, .cOverdue].contains($0) } ? "c-trap" : nil,
            "weekly-plan")
    }

    /// "Yes: record 46.2 is 3.8 below the cut (50)…" / "No: objective 91.0 and record 18.9 are both more than 5 from the cut."
    static func borderlineVerdict(_ c: Classification, config: ClassifierConfig, language: Language) -> String {
        let margin = Config.format(config.borderlineMargin)
        let cut = Config.format(config.cut)
        let axes = [c.objective, c.record].compactMap { $0 }
        if c.isBorderline {
            return language.pick("Yes, borderline — ", "はい、境界線上です — ")
                + Answerer.borderlineLine(c, cut: config.cut, language: language).drop { $0 != "—" }.dropFirst(2)
        }
        let scores = axes.map { "\(language.pick($0.axis.label, $0.axis.labelJapanese)) \($0.scoreText)" }
        return language.pick(
            "No, not borderline: \(scores.joined(separator: " and ")) are both more than \(margin) points from the cut (\(cut)).",
            "いいえ、境界線上ではありません：\(scores.joined(separator: "・"))はどちらも基準線（\(cut)）から\(margin)ポイント以上離れています。")
    }

    /// Two customers' segments, axis scores, metrics and last visits, line by line.
    static func sideBySide(
        _ x: Classification, _ y: Classification, history: VisitHistory, data: AssistantData, language: Language
    ) -> [String] {
        func segment(_ c: Classification) -> String { c.segment?.rawValue ?? language.pick("unclassified", "未分類") }
        func axis(_ score: AxisScore?) -> String {
            guard let score else { return "–" }
            return score.scoreText + (score.isHigh ? language.pick(" (high)", "（高）") : language.pick(" (low)", "（低）"))
        }
        func metric(_ c: Classification, _ m: Metric) -> String { c.customer[m].map { Formatting.value($0, of: m, in: language) } ?? "–" }
        func last(_ c: Classification) -> String {
            history.lastVisit(c.name).map { Answerer.ago($0, today: data.today, language) } ?? language.pick("none on record", "記録なし")
        }
        var lines = [language.pick("\(x.name) and \(y.name) side by side:", "\(x.name)と\(y.name)の比較：")]
        let rows: [(String, String, String)] = [
            (language.pick("segment", "領域"), segment(x), segment(y)),
            (language.pick("objective evaluation", "客観的評価"), axis(x.objective), axis(y.objective)),
            (language.pick("transaction record", "取引実績"), axis(x.record), axis(y.record)),
        ] + Metric.allCases.map { (language.pick($0.label, $0.labelJapanese), metric(x, $0), metric(y, $0)) }
            + [(language.pick("last visit", "前回の訪問"), last(x), last(y))]
        for (label, left, right) in rows { lines.append("  \(label)" + language.pick(": ", "：") + "\(left) · \(right)") }
        return lines
    }

    /// "2026-11-24 (3 days ago)" / "2026-11-24（3日前）".
    /// Whether one customer deserves a visit now, by its segment and the
    /// cadence the plan keeps for it: A when past its follow-up, B always
    /// (the main target), C and D only once overdue.
    /// "when should I next visit X?": the day in this week's plan when it is
    /// there, else when its segment's rhythm brings it round.
    static func nextVisit(_ c: Classification, history: VisitHistory, data: AssistantData, language: Language) -> String {
        let name = c.name
        guard let segment = c.segment else { return visitVerdict(c, history: history, data: data, language: language) }
        if let pick = data.defaultPlan.picks.first(where: { Book.key($0.customer) == Book.key(name) }) {
            let day = Answerer.day(pick.day, language)
            return language.pick(
                "Next visit: \(day), in this week's plan (\(pick.reason.text(in: language))).",
                "次の訪問：\(day)。今週の計画に入っています（\(pick.reason.text(in: language))）。")
        }
        let policy = data.config.plan
        let last = history.lastVisit(name)
        let seen = last.map { Answerer.ago($0, today: data.today, language) } ?? language.pick("never visited", "訪問記録なし")
        let weeks: Int? = switch segment {
        case .a: policy.followUpWeeks(customersA: data.followUpLoad.perWeek)
        case .b: nil
        case .c: policy.overdueWeeksC
        case .d: policy.overdueWeeksD
        }
        guard let weeks else {
            return language.pick(
                "Soon: \(name) is B, your main target (last visit \(seen)); this week's B visits went to customers with more upside, so it comes in a later week, or add it to this week's plan.",
                "近いうちに：\(name)はB（最重点）です（前回 \(seen)）。今週のBの枠は伸びしろの大きい先に回したので、翌週以降か、今週の計画に足してください。")
        }
        guard let last, case let due = last.adding(days: 7 * weeks), due > data.today else {
            return language.pick(
                "Now: \(name) (\(segment.rawValue)) is past its \(weeks)-week mark (last visit \(seen)), though this week's plan had no room for it.",
                "今すぐ：\(name)（\(segment.rawValue)）は\(weeks)週間の目安を過ぎています（前回 \(seen)）。今週の計画には枠がありませんでした。")
        }
        return language.pick(
            "Around \(due): \(name) (\(segment.rawValue)) was last seen \(seen), and \(segment.rawValue) comes round every \(weeks) weeks.",
            "\(due)ごろ：\(name)（\(segment.rawValue)）は前回 \(seen)で、\(segment.rawValue)は\(weeks)週間ごとが目安です。")
    }

    /// The verdict under "what should I do with it?", which asked no yes-or-no:
    /// "Yes:" would answer a question nobody put.
    static func asAdvice(_ verdict: String) -> String {
        for (word, advice) in [("Yes: ", "Visit this week: "), ("No: ", "Not this week: "), ("はい：", "今週訪問しましょう："), ("いいえ：", "今週は不要です：")]
        where verdict.hasPrefix(word) {
            return advice + verdict.dropFirst(word.count)
        }
        return verdict
    }

    static func visitVerdict(_ c: Classification, history: VisitHistory, data: AssistantData, language: Language) -> String {
        let name = c.name
        guard let segment = c.segment else {
            return language.pick(
                "Cannot say yet: \(name) is not classified (an axis has no data).",
                "まだ判断できません：\(name)は分類できていません（軸のデータがありません）。")
        }
        let policy = data.config.plan
        let last = history.lastVisit(name)
        let weeksSince = last.map { $0.days(until: data.today) / 7 }
        let seen = last.map { Answerer.ago($0, today: data.today, language) } ?? language.pick("never visited", "訪問記録なし")
        // "last visit 2026-09-10 (…)" or, with none, "no visit on record" — never "last seen never visited".
        let lastVisit = last.map { language.pick("last visit ", "前回 ") + Answerer.ago($0, today: data.today, language) }
            ?? language.pick("no visit on record", "訪問記録なし")
        switch segment {
        case .a:
            let weeks = policy.followUpWeeks(customersA: data.followUpLoad.perWeek)
            let due = weeksSince.map { $0 >= weeks } ?? true
            return due
                ? language.pick(
                    "Yes: \(name) is a key account (A) and is due — \(lastVisit), follow-up every \(weeks) weeks.",
                    "はい：\(name)は重要顧客（A）で、フォローの時期です（\(lastVisit)、\(weeks)週間ごと）。")
                : language.pick(
                    "Not yet: \(name) (A) was seen \(seen); its follow-up comes round every \(weeks) weeks.",
                    "まだ大丈夫です：\(name)（A）は前回 \(seen)。フォローは\(weeks)週間ごとです。")
        case .b:
            return language.pick(
                "Yes: \(name) is B, your main target — larger than most in your book, little business with us yet (\(lastVisit)).",
                "はい：\(name)はB（最重点）です。会社は大きく、取り引きはまだ少ない先です（\(lastVisit)）。")
        case .c, .d:
            let weeks = segment == .c ? policy.overdueWeeksC : policy.overdueWeeksD
            let due = weeksSince.map { $0 >= weeks } ?? true
            // The plan fills a week with due key accounts before any C or D: while some wait, so does this one.
            let weeksA = policy.followUpWeeks(customersA: data.followUpLoad.perWeek)
            let book = VisitHistory(customers: data.classifications.map(\.customer), visitLog: data.visitLog, today: data.today)
            let waitingA = due ? data.classifications.filter { other in
                other.segment == .a && (book.lastVisit(other.name).map { $0.days(until: data.today) > 7 * weeksA } ?? true)
            }.count : 0
            if due, waitingA > 0 {
                return language.pick(
                    "Not before your key accounts: \(name) (\(segment.rawValue)) is past its \(weeks)-week check (\(lastVisit)), but \(waitingA) key account\(waitingA == 1 ? " is" : "s are") past \(waitingA == 1 ? "its" : "their") \(weeksA)-week follow-up. Call it this week, and visit once they are seen.",
                    "A顧客が先です：\(name)（\(segment.rawValue)）は\(weeks)週間の目安を過ぎています（\(lastVisit)）が、フォロー間隔（\(weeksA)週間）を過ぎたA顧客が\(waitingA)社あります。今週は電話で済ませ、訪問はAを回ってからにしましょう。")
            }
            return due
                ? language.pick(
                    "A short visit is fine: \(name) (\(segment.rawValue)) " + (last == nil ? "has no visit on record" : "was last seen \(seen)") + ", past its \(weeks)-week check.",
                    "短い訪問なら良いでしょう：\(name)（\(segment.rawValue)）は\(lastVisit)で、\(weeks)週間の目安を過ぎています。")
                : language.pick(
                    "No: \(name) is \(segment.rawValue) and was seen \(seen); a visit every \(weeks) weeks is enough. That time is better spent on B.",
                    "いいえ：\(name)は\(segment.rawValue)で、前回 \(seen)です。\(weeks)週間に一度で十分です。その時間はBに使いましょう。")
        }
    }

    /// "is it still overdue?" about one customer: yes or no by its segment's
    /// cadence (A's follow-up as the plan can hold it, C's and D's overdue
    /// weeks), with the last visit and when it is due next; B has no cadence,
    /// so it is said how long it has waited.
    static func overdueVerdict(_ c: Classification, history: VisitHistory, data: AssistantData, language: Language) -> String {
        let name = c.name
        guard let segment = c.segment else { return visitVerdict(c, history: history, data: data, language: language) }
        let policy = data.config.plan
        let last = history.lastVisit(name)
        let seen = last.map { Answerer.ago($0, today: data.today, language) } ?? language.pick("never visited", "訪問記録なし")
        let weeks: Int
        switch segment {
        case .a: weeks = policy.followUpWeeks(customersA: data.followUpLoad.perWeek)
        case .c: weeks = policy.overdueWeeksC
        case .d: weeks = policy.overdueWeeksD
        case .b:
            let waited = last.map { $0.days(until: data.today) / 7 } ?? Int.max
            return waited > 4
                ? language.pick(
                    "Yes, in effect: B has no set cadence, but \(name) (B, your main target) has waited: " + (last == nil ? "no visit on record." : "last visit \(seen).")
                        + " It is worth a visit soon.",
                    "実質的には、はい。Bに決まった訪問間隔はありませんが、\(name)（B・最重点）は間が空いています（" + (last == nil ? "訪問記録なし" : "前回 \(seen)")
                        + "）。早めに訪問しましょう。")
                : language.pick(
                    "No: \(name) is B, which has no set cadence, and was seen \(seen).",
                    "いいえ：\(name)はBで、決まった訪問間隔はなく、前回 \(seen)です。")
        }
        let label = segment == .a ? language.pick("follow-up", "フォロー") : language.pick("check", "目安")
        guard let last, case let due = last.adding(days: 7 * weeks), due > data.today else {
            return language.pick(
                "Yes: \(name) (\(segment.rawValue)) is past its \(weeks)-week \(label) — " + (last == nil ? "no visit on record." : "last visit \(seen)."),
                "はい：\(name)（\(segment.rawValue)）は\(weeks)週間ごとの\(label)を過ぎています（" + (last == nil ? "訪問記録なし）。" : "前回 \(seen)）。"))
        }
        return language.pick(
            "No: \(name) (\(segment.rawValue)) was seen \(seen); its \(weeks)-week \(label) comes due around \(due).",
            "いいえ：\(name)（\(segment.rawValue)）は前回 \(seen)。\(weeks)週間ごとの\(label)は\(due)ごろです。")
    }

    /// Whether one customer gets more visits than the method gives it, the
    /// question "am I visiting X too often?" answered the way it is asked:
    /// yes when it was seen within its cadence (C and D, or A within its
    /// follow-up), never for B; the customer's note beside it, since it often
    /// says how the visits go.
    static func tooOftenVerdict(_ c: Classification, history: VisitHistory, data: AssistantData, language: Language) -> String {
        let name = c.name
        guard let segment = c.segment else { return visitVerdict(c, history: history, data: data, language: language) }
        let policy = data.config.plan
        let last = history.lastVisit(name)
        let weeksSince = last.map { $0.days(until: data.today) / 7 }
        let seen = last.map { Answerer.ago($0, today: data.today, language) } ?? language.pick("never visited", "訪問記録なし")
        let note = c.customer.notes.map { SingleLine.visible($0.trimmingWhitespace) }.flatMap { $0.isEmpty ? nil : $0 }
        let noted = note.map { language.pick(" Your note on it: “\($0)”.", "メモ：「\($0)」。") } ?? ""
        let weeks: Int
        switch segment {
        case .b:
            return language.pick(
                "No: \(name) is B, your main target — steady visits there are what the method asks for (last visit \(seen)).",
                "いいえ：\(name)はB（最重点）です。ここへの訪問を重ねるのが手法の求めることです（前回 \(seen)）。")
        case .a: weeks = policy.followUpWeeks(customersA: data.followUpLoad.perWeek)
        case .c: weeks = policy.overdueWeeksC
        case .d: weeks = policy.overdueWeeksD
        }
        let often = weeksSince.map { $0 < weeks } ?? false
        guard often else {
            return language.pick(
                "No: \(name) (\(segment.rawValue)) was last seen \(seen), past its \(weeks)-week rhythm.\(noted)",
                "いいえ：\(name)（\(segment.rawValue)）は前回 \(seen)で、\(weeks)週間の目安を過ぎています。\(noted)")
        }
        return segment == .a
            ? language.pick(
                "Possibly: \(name) (A) was seen \(seen); its follow-up every \(weeks) weeks is enough, more is time B could use.\(noted)",
                "そうかもしれません：\(name)（A）は前回 \(seen)です。フォローは\(weeks)週間ごとで十分で、それ以上はBに回せる時間です。\(noted)")
            : language.pick(
                "Yes, probably: \(name) is \(segment.rawValue) and was seen \(seen); once every \(weeks) weeks is enough. That time is better spent on B.\(noted)",
                "はい、行きすぎの可能性があります：\(name)は\(segment.rawValue)で、前回 \(seen)です。\(weeks)週間に一度で十分です。その時間はBに使いましょう。\(noted)")
    }

    static func ago(_ date: LocalDate, today: LocalDate, _ language: Language) -> String {
        let days = date.days(until: today)
        let span: String
        switch (days, language) {
        case (..<0, _): span = language.pick("planned", "予定")
        case (0, _): span = language.pick("today", "今日")
        case (1..<14, .en): span = days == 1 ? "1 day ago" : "\(days) days ago"
        case (1..<14, .ja): span = "\(days)日前"
        // The days too, not only the weeks: "how many days since …?" asks for them.
        case (_, .en): span = "\(days) days ago, \(days / 7) weeks"
        case (_, .ja): span = "\(days)日前、\(days / 7)週間"
        }
        return language.pick("\(date) (\(span))", "\(date)（\(span)）")
    }

    static func whyFirst(_ winner: VisitPriority, over loser: VisitPriority, language: Language, policy: PlanPolicy) -> String {
        let bShare = Config.format(policy.share(of: .b))
        if winner.rank == loser.rank {
            switch winner.rank {
            case .b:
                return language.pick(
                    "Both are B; \(winner.name) has the larger gap between what the company could buy and what it buys from us.",
                    "どちらもBですが、\(winner.name)の方が会社の力と当社との取り引きの差（伸びしろ）が大きいです。")
            case .aOverdue, .aDue, .aLater where winner.daysSinceLastVisit != loser.daysSinceLastVisit:
                // The planner puts the longest unseen first; the sales come in only when those are level.
                let weeks = { (days: Int?) in days.map { language.pick("\($0 / 7) weeks", "\($0 / 7)週間") } ?? language.pick("never", "記録なし") }
                return language.pick(
                    "Both are A at the same stage; \(winner.name) has gone longer without a visit (\(weeks(winner.daysSinceLastVisit)) against \(weeks(loser.daysSinceLastVisit))), and the longest unseen comes first.",
                    "どちらも同じ状況のAですが、\(winner.name)の方が前回の訪問から間が空いています（\(weeks(winner.daysSinceLastVisit))対\(weeks(loser.daysSinceLastVisit))）。最も長く訪問のない先から回ります。")
            case .aOverdue, .aDue, .aLater where winner.sales != loser.sales:
                return language.pick(
                    "Both are A at the same stage; \(winner.name) has more of our sales at stake.",
                    "どちらも同じ状況のAですが、\(winner.name)の方が当社売上が大きく、失うものが大きいです。")
            case _ where winner.daysSinceLastVisit != loser.daysSinceLastVisit:
                return language.pick(
                    "Both stand level; \(winner.name) has gone longer without a visit.",
                    "同じ位置づけですが、\(winner.name)の方が前回の訪問から間が空いています。")
            default:
                // Level on every count the order uses: said, not a reason made up.
                return language.pick(
                    "The two stand level (same segment, last seen the same day\(winner.rank.rawValue <= PlanPriority.Group.aLater.rawValue ? ", the same sales" : "")): either will do; \(winner.name) is simply first in the list's order.",
                    "二社は同じ位置づけです（同じ領域で前回の訪問も同じ日\(winner.rank.rawValue <= PlanPriority.Group.aLater.rawValue ? "、当社売上も同じ" : "")）。どちらからでも構いません。\(winner.name)はリストの並びで先にあるだけです。")
            }
        }
        switch (winner.rank, loser.rank) {
        case (.aOverdue, _):
            return language.pick(
                "An overdue follow-up comes first: losing a key account costs more than a few days' delay elsewhere. Over the week B still gets the largest share (\(bShare)%).",
                "期限を過ぎたフォローが最優先です。重要顧客を失う損失は、他の訪問が数日遅れるより大きいからです。週全体ではBに最も多くの時間（\(bShare)%）を割きます。")
        case (.b, .c), (.b, .cOverdue):
            return language.pick(
                "B comes first: that is where your sales can still grow. C feels easier to visit, and that comfort is exactly the trap.",
                "Bが先です。売上を伸ばせるのはBだからです。Cは訪問しやすいですが、その居心地の良さこそが落とし穴です。")
        case (.b, _):
            return language.pick(
                "B comes first: that is where your sales can still grow; fit \(loser.name) in later in the week.",
                "Bが先です。売上を伸ばせるのはBだからです。\(loser.name)は週の後半に入れましょう。")
        default:
            return language.pick(
                "\(winner.name) is further up the order the planner uses: overdue A, B, A due, then C and D when overdue.",
                "計画と同じ優先順位（期限切れのA、B、時期が来たA、その後に訪問が途絶えたC・D）で\(winner.name)が上です。")
        }
    }
}

extension Reply {
    mutating func cite(contentsOf ids: [String]) {
        for id in ids where !citations.contains(id) { citations.append(id) }
    }
}
