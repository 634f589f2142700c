/// "what if its sales halved?", 「受注が倍になったらAになる？」: the customer's
/// figure changed in thought, the segment it would land in said first, and,
/// when the whole book is at hand, its axis scores with the book ranked again.
///
/// The verdict comes from the customer's own nearest move on that metric (the
/// value at which its axis flips, every other figure held), so it is exact and
/// holds in one rep's view too, where the rest of the team's figures that the
/// ranks were taken against are not in hand.
extension Answerer {
    func whatIf(_ change: WhatIfChange, reading: Interpretation, data: AssistantData, into reply: inout Reply) {
        guard let classification = customers(reading, data: data, into: &reply).first else { return }
        let language = reply.language
        let name = classification.name
        let metric = change.metric
        // "Acme's sales", not "Acme's our sales".
        let label = language.pick(metric.label.replacingOccurrences(of: "our ", with: ""), metric.labelJapanese)
        let amount = { (value: Double) in Formatting.value(value, of: metric, in: language) }
        reply.about = [name]
        reply.cite("scoring")
        guard let current = classification.segment, let axis = classification.score(on: metric.axis) else {
            reply.lines.append(classification.headline(in: language))
            reply.lines.append(language.pick(
                "Fill in the missing values first (`set \(name) key=value`); then a change can be tried on it.",
                "まず空欄の値を入力してください（`set \(name) key=value`）。分類できれば変化の影響も示せます。"))
            return
        }
        guard data.config.classifier.uses(metric) else {
            reply.lines.append(language.pick(
                "\(label.prefix(1).uppercased() + label.dropFirst()) does not count in your scoring (its weight is 0), so a change to it moves nothing: \(name) stays \(current.rawValue).",
                "\(label)は採点に使われていません（重み0）。変えても\(name)は\(current.rawValue)のままです。"))
            return
        }
        let now = classification.customer[metric]
        // The move on this metric flips the axis it belongs to: up on a low axis, down on a high one.
        let move = classification.moves.first { $0.metric == metric }
        if case .slightly(let up) = change.change {
            slightChange(up: up, classification: classification, move: move, axis: axis, into: &reply)
            return
        }
        guard let after = change.value(from: now) else {
            reply.lines.append(language.pick(
                "\(name) has no \(label) on record, so there is nothing to change by that; give the figure (`set \(name) \(metric.rawValue)=…`) or ask with a level (“what if it had 15 orders?”).",
                "\(name)の\(label)は空欄なので、その変化は計算できません。値を入れるか（`set \(name) \(metric.rawValue)=…`）、「受注が15件になったら？」のように値で聞いてください。"))
            return
        }
        let nowText = now.map(amount) ?? language.pick("empty", "空欄")
        // With the whole book in hand, ranked again with the change (exact, an empty cell filled
        // in too); in one rep's view, by the customer's own move on that metric.
        let again: Classification? = data.historyRanksThisBook
            ? data.classifications.firstIndex(where: { $0.name == name }).map { index in
                var changed = classification.customer
                changed[metric] = after
                var book = data.classifications.map(\.customer)
                book[index] = changed
                return Classifier(config: data.config.classifier).classify(book)[index]
            }
            : nil
        let landing = again?.segment ?? (move.map { passes(after, $0.target) } == true ? move!.to : current)
        let flips = landing != current
        let what = language.pick(
            "If \(name)'s \(label) were \(amount(after)) (now \(nowText))",
            "\(name)の\(label)が\(amount(after))になると（現在 \(nowText)）")
        // "would it be A?": yes or no before the reasons.
        let asked = reading.segments.last
        let opening: String
        if let asked {
            let yes = landing == asked
            opening = yes
                ? language.pick("Yes. ", "はい。")
                : language.pick("No. ", "いいえ。")
        } else {
            opening = ""
        }
        let verdict = flips
            ? language.pick(
                "\(opening)\(what), it would move from \(current.rawValue) to \(landing.rawValue) (\(landing.summary)).",
                "\(opening)\(what)、\(current.rawValue)から\(landing.rawValue)（\(landing.summaryJapanese)）に移ります。")
            : language.pick(
                "\(opening)\(what), it would stay \(current.rawValue) (\(current.summary)).",
                "\(opening)\(what)、\(current.rawValue)（\(current.summaryJapanese)）のままです。")
        reply.lines.append(verdict)
        // The axis score after, with the book ranked again, when the book in hand is the one the ranks come from.
        let axisLabel = metric.axis == .objective ? language.pick("objective evaluation", "客観的評価") : language.pick("transaction record", "取り引き実績")
        if let newAxis = again?.score(on: metric.axis) {
            let level = { (high: Bool) in high ? language.pick("high", "高") : language.pick("low", "低") }
            reply.lines.append(language.pick(
                "  \(axisLabel.prefix(1).uppercased() + axisLabel.dropFirst()): \(newAxis.scoreText) (\(level(newAxis.isHigh))) against \(axis.scoreText) now; cut \(Config.format(data.config.classifier.cut)), the rest of the book as it is.",
                "  \(axisLabel)：\(newAxis.scoreText)（\(level(newAxis.isHigh))）、現在は\(axis.scoreText)（基準 \(Config.format(data.config.classifier.cut))、他の顧客は今のまま）。"))
        }
        // Not far enough (or the wrong way): what it would take on this metric, or that it cannot.
        if !flips {
            if let move, move.target.isRaise == (after > (now ?? 0)) || now == nil {
                reply.lines.append(language.pick("  For that: ", "  移るには：") + move.sentenceWithReach(in: language))
            } else if let move {
                reply.lines.append(language.pick(
                    "  That way it only moves further from the cut; what would move it is the other way: ",
                    "  その向きでは基準から遠ざかるだけです。動くのは逆向きです：") + move.sentence(in: language))
            } else if (after > (now ?? 0)) == axis.isHigh {
                // 「田中商事の受注が倍になったら？」: a rise on a high axis only lifts it further.
                reply.lines.append(language.pick(
                    "  That way its \(axisLabel) only moves further from the cut.",
                    "  その向きでは\(axisLabel)は基準から遠ざかるだけです。"))
            } else {
                reply.lines.append(axis.isHigh
                    ? language.pick(
                        "  No fall of \(label) alone takes its \(axisLabel) below the cut: its other figures hold it up.",
                        "  \(label)が下がるだけでは\(axisLabel)は基準を下回りません。他の指標が支えています。")
                    : language.pick(
                        "  No rise of \(label) alone lifts its \(axisLabel) to the cut: other figures would have to grow with it.",
                        "  \(label)が上がるだけでは\(axisLabel)は基準に届きません。他の指標も一緒に伸びる必要があります。"))
            }
        }
        if metric.axis == .objective {
            reply.lines.append(language.pick(
                "  \(label.prefix(1).uppercased() + label.dropFirst()) is the company's own figure: no order of ours moves it.",
                "  \(label)は会社自体の数字で、当社の受注では動きません。"))
        }
        reply.data.append(.customer(classification))
        if let asked { reply.cite(Answerer.segmentEntry(asked)) }
    }

    /// "what if its growth dropped a bit?": no size given, so how far it can go
    /// before the segment changes, or that no change of it alone moves it.
    private func slightChange(
        up: Bool, classification: Classification, move: Move?, axis: AxisScore, into reply: inout Reply
    ) {
        let language = reply.language
        let name = classification.name
        guard let current = classification.segment else { return }
        let label = { (m: Metric) in language.pick(m.label.replacingOccurrences(of: "our ", with: ""), m.labelJapanese) }
        if let move, move.target.isRaise == up {
            let way = up ? language.pick("rise", "上がって") : language.pick("fall", "下がって")
            reply.lines.append(language.pick(
                "\(name) stays \(current.rawValue) while its \(label(move.metric)) does not \(way) that far: ",
                "\(name)は\(label(move.metric))がそこまで\(way)いなければ\(current.rawValue)のままです：") + move.sentenceWithReach(in: language))
        } else {
            let scoreLine = language.pick(
                "its \(axis.axis == .objective ? "objective evaluation" : "transaction record") is \(axis.scoreText), \(axis.isHigh ? "high" : "low")",
                "\(axis.axis == .objective ? "客観的評価" : "取り引き実績")は\(axis.scoreText)（\(axis.isHigh ? "高" : "低")）")
            let away = axis.isHigh == up
            reply.lines.append(language.pick(
                "\(name) stays \(current.rawValue): \(scoreLine), and a \(up ? "rise" : "fall") only takes it \(away ? "further from" : "toward") the cut"
                    + (away ? "." : ", not across it on this figure alone."),
                "\(name)は\(current.rawValue)のままです：\(scoreLine)で、\(up ? "上がって" : "下がって")も基準から\(away ? "遠ざかるだけです" : "越えるほどには動きません（この指標だけでは）")。"))
        }
    }

    /// Whether a value meets a move's target.
    private func passes(_ value: Double, _ target: Move.Target) -> Bool {
        switch target {
        case .reach(let v): value >= v
        case .exceed(let v): value > v
        case .fallTo(let v): value <= v
        case .fallBelow(let v): value < v
        }
    }
}
