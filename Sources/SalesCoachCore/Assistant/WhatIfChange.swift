import Foundation

/// "what if its sales halved?", 「受注が倍になったら？」, "what if X got 15 orders,
/// would it be A?": one figure of one customer changed in thought.
///
/// A rep asking this wants the consequence — the segment it would land in — not
/// the moves the explanation lists, which answer a different question (how far to
/// go) and leave the rep to do the arithmetic.
public struct WhatIfChange: Sendable, Hashable {
    public enum Change: Sendable, Hashable {
        /// Doubled (2), halved (0.5), up 20% (1.2).
        case times(Double)
        /// "got 15 orders", 「売上が500万になったら」.
        case to(Double)
        /// "5 more orders", 「受注が3件減ったら」; growth's percentages are points.
        case by(Double)
        /// "dropped a bit", 「少し下がったら」: no size given, so the answer is how far it can go.
        case slightly(up: Bool)
    }

    public let metric: Metric
    public let change: Change

    public init(metric: Metric, change: Change) {
        self.metric = metric
        self.change = change
    }

    /// The value after the change, nil for a change with no size (or a figure not on record).
    public func value(from current: Double?) -> Double? {
        let changed: Double
        switch change {
        case .to(let value): changed = value
        case .times(let factor):
            guard let current else { return nil }
            // Growth is a rate: "doubled" means twice the rate, negative stays negative.
            changed = current * factor
        case .by(let delta):
            guard let current else { return nil }
            changed = current + delta
        case .slightly: return nil
        }
        return metric.isNonNegative ? max(0, changed) : changed
    }

    /// The change a question imagines, if it imagines one: a word of supposing
    /// ("what if", "if", "suppose", 〜たら, 〜なら, 場合), a metric and how it changes.
    static func read(_ text: QuestionText) -> WhatIfChange? {
        let folded = NameKey.normalize(String(text.chars)).lowercased().replacingOccurrences(of: ",", with: "")
        let spaced = " " + folded.map { $0.isLetter || $0.isNumber || $0 == "%" || $0 == "." ? $0 : " " }.map(String.init).joined() + " "
        // Both languages' words are looked for: a Japanese name in an English question
        // ("if shota won 5 more orders at 沖縄セメント") leaves the question English.
        let hasJapanese = { (words: [String]) in words.contains { folded.contains($0) } }
        let hasEnglish = { (words: [String]) in words.contains { spaced.contains(" \($0) ") } }
        // 「なら」 only after a figure (「売上が倍なら」); alone it marks a topic (「Bならどこ？」).
        let supposes = hasJapanese(["たら", "としたら", "とすると", "場合"])
            || (folded.contains("なら") && folded.contains { $0.isNumber || $0 == "倍" || $0 == "半" })
            || hasEnglish(["if", "suppose", "supposing", "imagine", "what happens when"])
        // "how do I double their orders?", 「受注を増やすにはどうすれば？」: a way asked for, not a consequence.
        let asksWay = hasJapanese(["どうすれば", "どうしたら", "するには", "には？", "には?", "方法"])
            || hasEnglish(["how do", "how can", "how to", "how would i", "what can i do", "what would it take"])
        // "can you check if its sales went up last year?", 「去年と比べたら伸びてる？」: the past asked about.
        let asksPast = hasJapanese(["比べたら", "比較したら", "見たら", "去年", "昨年", "前年", "先月", "前期", "これまで"])
            || hasEnglish(["check if", "see if", "whether", "last year", "last month", "last quarter", "since", "compared"])
        guard supposes, !asksWay, !asksPast, let metric = CustomerListQuestion.metricNamed(text) else { return nil }
        let up = hasJapanese(lists.upJapanese) || hasEnglish(lists.upEnglish)
        let down = hasJapanese(lists.downJapanese) || hasEnglish(lists.downEnglish)
        // Doubled, halved, 倍, 半分.
        if let factor = factor(in: folded, spaced: spaced) {
            return WhatIfChange(metric: metric, change: .times(down && factor > 1 ? 1 / factor : factor))
        }
        if let (amount, isPercent) = number(in: folded, near: metric) {
            let sign: Double = down && !up ? -1 : 1
            // A level named: 「15件になったら」, 「500万に増えたら」, "got 15 orders", "went up to 5m".
            let states = folded.contains(stateJapanese) || hasJapanese(["だったら", "あったら"])
                || hasEnglish(["to", "reached", "reach", "hit", "were", "was", "got", "had", "at", "of"])
            // A step named: 「あと5件」, "5 more orders", "3 fewer".
            let step = hasJapanese(["あと", "さらに"]) || hasEnglish(["more", "extra", "another", "additional", "fewer", "less", "by"])
            if isPercent, metric != .growth {
                guard up || down else { return nil }
                return WhatIfChange(metric: metric, change: .times(max(0, 1 + sign * amount / 100)))
            }
            if step || ((up || down) && !states) { return WhatIfChange(metric: metric, change: .by(sign * abs(amount))) }
            return WhatIfChange(metric: metric, change: .to(amount))
        }
        if up != down { return WhatIfChange(metric: metric, change: .slightly(up: up)) }
        return nil
    }

    /// 「2倍」, 「倍になったら」, 「半分」, "doubled", "halved", "tripled", "2x".
    private static func factor(in folded: String, spaced: String) -> Double? {
        if folded.contains("半分") || folded.contains("半減") || folded.contains("半額") { return 0.5 }
        if let index = folded.firstIndex(of: "倍") {
            let before = folded[..<index]
            let digits = String(before.reversed().prefix { $0.isASCII && ($0.isNumber || $0 == ".") }.reversed())
            if let value = Double(digits), value > 0 { return value }
            let kanji: [Character: Double] = ["二": 2, "三": 3, "四": 4, "五": 5, "十": 10]
            if let last = before.last, let value = kanji[last] { return value }
            return 2
        }
        if [" double ", " doubled ", " doubles ", " doubling ", " twice ", " 2x ", " x2 "].contains(where: spaced.contains) { return 2 }
        if [" triple ", " tripled ", " triples ", " 3x ", " x3 "].contains(where: spaced.contains) { return 3 }
        // "the first half" is a period, not a halving.
        if [" half ", " halved ", " halves ", " halving "].contains(where: spaced.contains),
            ![" first half ", " second half ", " half year ", " half a year "].contains(where: spaced.contains)
        {
            return 0.5
        }
        return nil
    }

    /// The number the change gives, with its scale (5m, 500万, 1.2億), nearest the metric's
    /// word, and whether it is a percentage; a number in a customer's name is farther from it.
    private static func number(in folded: String, near metric: Metric) -> (Double, Bool)? {
        var found: [(value: Double, percent: Bool, at: Int)] = []
        let chars = Array(folded)
        var i = 0
        while i < chars.count {
            guard chars[i].isASCII, chars[i].isNumber else { i += 1; continue }
            let start = i
            while i < chars.count, chars[i].isASCII, chars[i].isNumber || chars[i] == "." { i += 1 }
            guard var value = Double(String(chars[start..<i])) else { continue }
            // 「マイナス5%」, "-2": below zero.
            let before = String(chars[max(0, start - 4)..<start])
            if before.hasSuffix("-") || before.hasSuffix("−") || before.hasSuffix("マイナス") { value = -value }
            // The word right after: its scale. A letter (m, k, b) only touching the number ("5m");
            // after a space only the word ("5 million"), so "3M Japan" keeps its 3.
            var j = i
            while j < chars.count, chars[j] == " " { j += 1 }
            let attached = j == i
            var percent = false
            let rest = String(chars[j..<min(chars.count, j + 9)])
            if rest.hasPrefix("%") || rest.hasPrefix("％") || rest.hasPrefix("percent") || rest.hasPrefix("パーセント") {
                percent = true
            } else if rest.hasPrefix("億") { value *= 1e8
            } else if rest.hasPrefix("万") { value *= 1e4
            } else if rest.hasPrefix("千") { value *= 1e3
            } else if rest.hasPrefix("million") || (attached && rest.hasPrefix("m") && !(rest.dropFirst().first?.isLetter ?? false)) { value *= 1e6
            } else if rest.hasPrefix("billion") || (attached && rest.hasPrefix("b") && !(rest.dropFirst().first?.isLetter ?? false)) { value *= 1e9
            } else if rest.hasPrefix("thousand") || (attached && rest.hasPrefix("k") && !(rest.dropFirst().first?.isLetter ?? false)) { value *= 1e3
            } else if rest.hasPrefix("割") {
                value *= 10
                percent = true
            }
            found.append((value, percent, start))
        }
        guard !found.isEmpty else { return nil }
        // Nearest the metric's word, if the text has it; else the last number.
        let words = (metricWords[metric] ?? []).compactMap { word -> Int? in
            guard let range = folded.range(of: word) else { return nil }
            return folded.distance(from: folded.startIndex, to: range.lowerBound)
        }
        let pick = words.isEmpty
            ? found.last!
            : found.min { a, b in
                words.map { abs($0 - a.at) }.min()! < words.map { abs($0 - b.at) }.min()!
            }!
        return (pick.value, pick.percent)
    }

    private static let metricWords: [Metric: [String]] = [
        .companyRevenue: ["revenue", "turnover", "売上高", "年商"],
        .employees: ["employees", "staff", "people", "headcount", "従業員", "社員", "人"],
        .growth: ["growth", "growing", "成長"],
        .orders: ["orders", "order", "deals", "受注", "件"],
        .sales: ["sales", "売上", "取引額", "取引高", "円"],
        .profit: ["profit", "margin", "粗利", "利益"],
    ]

    /// 「15件に」, 「500万まで」: the number is the level reached.
    nonisolated(unsafe) private static let stateJapanese = try! Regex(#"[0-9](千|万|億)?(円|件|人|社|%|％)?(に|まで)"#)

    private static let lists = (
        upEnglish: Understanding.standard.phrases("what-if-up-en"), upJapanese: Understanding.standard.phrases("what-if-up-ja"),
        downEnglish: Understanding.standard.phrases("what-if-down-en"), downJapanese: Understanding.standard.phrases("what-if-down-ja"))
}
