/// The explanation of a classification in words, for `why NAME` and for the
/// assistant. Plain lines, no colour or alignment: the presentation layer adds those.
extension Classification {
    /// One sentence naming the segment and what it means.
    public func headline(in language: Language) -> String {
        guard let segment else {
            let axes = missingAxes.map { language == .en ? $0.label : $0.labelJapanese }
            return language == .en
                ? "\(name) is not classified: it has no value on the \(axes.joined(separator: " or ")) axis."
                : "\(name)は分類できません：\(axes.joined(separator: "・"))の値がありません。"
        }
        return language == .en
            ? "\(name) is in \(segment.rawValue) (\(segment.summary))."
            : "\(name)は\(segment.rawValue)（\(segment.summaryJapanese)）です。"
    }

    /// The full explanation: headline, each axis with its metrics, the nearest move.
    public func explanationLines(in language: Language, cut: Rational = Rational(50)) -> [String] {
        var lines = [headline(in: language)]
        for axis in Axis.allCases {
            guard let score = score(on: axis) else {
                lines.append(
                    language == .en
                        ? "  \(axis.label.capitalizedFirst): no data (\(axis.metrics.map(\.label).joined(separator: ", ")) all missing)"
                        : "  \(axis.labelJapanese)：データなし（\(axis.metrics.map(\.labelJapanese).joined(separator: "・"))がすべて空欄）")
                continue
            }
            lines.append("  " + axisLine(score, language: language, cut: cut))
            for part in score.metrics {
                lines.append("    " + metricLine(part, language: language))
            }
            if !score.missing.isEmpty {
                lines.append(
                    language == .en
                        ? "    (no value, skipped: \(score.missing.map(\.label).joined(separator: ", ")))"
                        : "    （空欄のため対象外：\(score.missing.map(\.labelJapanese).joined(separator: "・"))）")
            }
        }
        // Unplaced, the one thing to do is give the empty axis a figure; until
        // then no plan holds it, which a rep asking "what do I do with it" needs to hear.
        if segment == nil, let axis = missingAxes.first, let metric = Metric.allCases.first(where: { $0.axis == axis }) {
            let typed = name.contains(" ") ? "\"\(name)\"" : name
            lines.append(
                language == .en
                    ? "  What to do: fill in one figure on the empty axis (e.g. `set \(typed) \(metric.rawValue)=…`) and it is placed; until then no plan includes it."
                    : "  対応：空の軸に値を一つ入れれば分類されます（例：`set \(typed) \(metric.rawValue)=…`）。それまではどの計画にも入りません。")
        }
        // Moves up lead, the rep's own lever (the transaction record) first; the
        // company's own size and growth are not the rep's to change, so they
        // come second and say so. A fall is worth telling only for A, where it is the risk.
        let raises = moves.filter(\.target.isRaise)
        if let yours = raises.first(where: { $0.axis == .record }) {
            lines.append((language == .en ? "  Your move: " : "  あなたにできること：") + yours.sentenceWithReach(in: language))
        }
        if let theirs = raises.first(where: { $0.axis == .objective }) {
            lines.append(
                (language == .en ? "  If the company itself grows: " : "  会社自体が成長すれば：") + theirs.sentenceWithReach(in: language))
        }
        if raises.isEmpty, let move = nearestMove, segment == .a {
            lines.append((language == .en ? "  At risk if: " : "  注意すべき変化：") + move.sentenceWithReach(in: language))
        }
        // A low axis that no single metric can lift: say so rather than leave it unexplained.
        for axis in Axis.allCases {
            guard let score = score(on: axis), !score.isHigh, score.metrics.count > 1,
                !moves.contains(where: { $0.axis == axis && $0.target.isRaise })
            else { continue }
            let names = score.metrics.map { language == .en ? $0.metric.label : $0.metric.labelJapanese }
            lines.append(
                language == .en
                    ? "  No single metric can lift the \(axis.label) to high on its own: \(names.joined(separator: ", ")) would have to grow together."
                    : "  \(axis.labelJapanese)は一つの指標だけでは「高」になりません。\(names.joined(separator: "・"))がそろって伸びる必要があります。")
        }
        if isBorderline {
            lines.append(
                language == .en
                    ? "  Borderline: a small change in the data could move it to another segment."
                    : "  境界線上：データが少し変わるだけで別の領域に移る可能性があります。")
        }
        return lines
    }

    private func axisLine(_ score: AxisScore, language: Language, cut: Rational) -> String {
        let level = score.isHigh ? (language == .en ? "high" : "高") : (language == .en ? "low" : "低")
        let border = score.isBorderline ? (language == .en ? ", borderline" : "・境界線上") : ""
        return language == .en
            ? "\(score.axis.label.capitalizedFirst): \(score.scoreText) (\(level)\(border); cut \(Formatting.score(cut)))"
            : "\(score.axis.labelJapanese)：\(score.scoreText)（\(level)\(border)、基準 \(Formatting.score(cut))）"
    }

    private func metricLine(_ part: MetricScore, language: Language) -> String {
        let value = Formatting.value(part.value, of: part.metric, in: language)
        switch language {
        case .en:
            let pull = part.pull == .up ? "pulls up" : "pulls down"
            return "\(part.metric.label) \(value): score \(part.scoreText), \(pull)"
        case .ja:
            let pull = part.pull == .up ? "押し上げ" : "押し下げ"
            return "\(part.metric.labelJapanese) \(value)：スコア \(part.scoreText)（\(pull)）"
        }
    }
}

extension Move {
    /// The order moves are offered in, and so which is "the nearest move":
    /// growth toward a better segment before a fall (the risk for a high
    /// axis); among growth, the rep's own lever, the transaction record,
    /// before the company's own size, which the rep cannot change; then the
    /// smallest change first.
    public static func leads(_ a: Move, _ b: Move) -> Bool {
        func key(_ m: Move) -> (Int, Int, Double, Metric) {
            (m.target.isRaise ? 0 : 1, m.target.isRaise && m.axis != .record ? 1 : 0, m.relativeChange, m.metric)
        }
        return key(a) < key(b)
    }

    /// How far the move is from today: more than double (or from nothing at all,
    /// or down to less than half) is out of reach as one step, and says so.
    public var isWithinReach: Bool {
        guard metric != .growth else { return abs(target.value - current) <= 10 }
        guard current > 0, target.value > 0 else { return false }
        let factor = target.value / current
        return factor <= 2 && factor >= 0.5
    }

    /// The sentence, ending with how far the move is when it is out of reach:
    /// "…it would move to A; out of reach as one step (85× today's)."
    public func sentenceWithReach(in language: Language) -> String {
        var out: [UInt8] = []
        appendSentenceWithReach(in: language, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `sentenceWithReach` as bytes, for exports of a million rows.
    public func appendSentenceWithReach(in language: Language, to out: inout some ByteSink) {
        appendSentence(in: language, to: &out)
        guard !isWithinReach else { return }
        // Drop the closing "." or "。" and say how far the move is.
        let words = MoveWords.of(language)
        out.removeLast(words.stopLength)
        if metric == .growth || current <= 0 { return out.append(contentsOf: words.outOfReach) }
        let factor = target.value / current
        if factor < 1 {
            // A fall: as a share of today's, since "0× today's" says nothing.
            let percent = factor * 100
            out.append(contentsOf: words.share.opening)
            if percent >= 10 {
                Formatting.appendGrouped(percent.rounded(), to: &out)
            } else if percent >= 1 {
                Formatting.appendTrimmed(percent, decimals: 1, to: &out)
            } else {
                out.append(contentsOf: "<1".utf8)
            }
            return out.append(contentsOf: words.share.closing)
        }
        out.append(contentsOf: words.times.opening)
        if factor >= 10 { Formatting.appendGrouped(factor.rounded(), to: &out) } else { Formatting.appendTrimmed(factor, decimals: 1, to: &out) }
        out.append(contentsOf: words.times.closing)
    }

    /// "our sales would need to exceed 9.8M (now 1.2M) for the transaction record to become high: it would move to A."
    public func sentence(in language: Language) -> String {
        Formatting.bytes { appendSentence(in: language, to: &$0) }
    }

    /// The sentence written into a byte buffer: an export of a million rows
    /// writes one per row, and assembling `String`s cost more than finding the
    /// moves. The words come ready-made from `MoveWords`; only the two numbers are formatted.
    public func appendSentence(in language: Language, to out: inout some ByteSink) {
        let words = MoveWords.of(language)
        let kind = MoveWords.kind(target)
        out.append(contentsOf: words.opening(metric, kind: kind))
        Formatting.appendValues(target.value, current, of: metric, in: language, to: &out) {
            $0.append(contentsOf: words.between(kind: kind))
        }
        out.append(contentsOf: words.closing(axis, isRaise: target.isRaise, to: to))
    }
}

extension String {
    /// The string with its first letter upper-cased ("objective evaluation" → "Objective evaluation").
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
