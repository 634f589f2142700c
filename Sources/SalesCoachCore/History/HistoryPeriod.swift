/// The stretch of time a history question is about: "this quarter",
/// 「今期」, "this year", "since 2026-04-01".
///
/// 今期 is the fiscal year (April to March by default, as most Japanese
/// companies keep it), 四半期 the calendar quarter; every answer states the
/// dates it used, so a reader whose year starts elsewhere sees it at once.
public struct HistoryPeriod: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case month, quarter, year, fiscalYear, since, all
    }

    public var kind: Kind
    /// The first day counted.
    public var since: LocalDate
    /// The last day counted: today.
    public var until: LocalDate

    public init(kind: Kind, since: LocalDate, until: LocalDate) {
        self.kind = kind
        self.since = since
        self.until = until
    }

    /// Everything the history holds.
    public static func all(_ history: SegmentHistory, today: LocalDate) -> HistoryPeriod {
        .init(kind: .all, since: min(history.firstDate ?? today, today), until: today)
    }

    public static func quarter(_ today: LocalDate) -> HistoryPeriod { .init(kind: .quarter, since: today.startOfQuarter, until: today) }
    public static func year(_ today: LocalDate) -> HistoryPeriod { .init(kind: .year, since: today.startOfYear, until: today) }
    public static func month(_ today: LocalDate) -> HistoryPeriod { .init(kind: .month, since: today.startOfMonth, until: today) }
    public static func fiscalYear(_ today: LocalDate, startMonth: Int = 4) -> HistoryPeriod {
        .init(kind: .fiscalYear, since: today.startOfFiscalYear(month: startMonth), until: today)
    }

    /// Words that name a period, longest first so 今四半期 is a quarter, not 今期.
    static let words: [(phrase: String, make: @Sendable (LocalDate) -> HistoryPeriod)] = [
        ("this fiscal year", { fiscalYear($0) }), ("this quarter", { quarter($0) }), ("this month", { month($0) }),
        ("this year", { year($0) }), ("quarter", { quarter($0) }), ("month", { month($0) }), ("year", { year($0) }),
        ("今四半期", { quarter($0) }), ("四半期", { quarter($0) }), ("今年度", { fiscalYear($0) }),
        ("今期", { fiscalYear($0) }), ("今年", { year($0) }), ("今月", { month($0) }),
        ("last month", { since($0.startOfMonth.addingMonths(-1), $0) }), ("先月", { since($0.startOfMonth.addingMonths(-1), $0) }),
        ("last quarter", { since($0.startOfQuarter.addingMonths(-3), $0) }),
        ("前四半期", { since($0.startOfQuarter.addingMonths(-3), $0) }),
        ("last year", { since($0.startOfYear.addingMonths(-12), $0) }), ("昨年", { since($0.startOfYear.addingMonths(-12), $0) }),
        ("去年", { since($0.startOfYear.addingMonths(-12), $0) }),
    ]

    private static func since(_ date: LocalDate, _ today: LocalDate) -> HistoryPeriod {
        .init(kind: .since, since: date, until: today)
    }

    static let monthNames = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ]

    /// The first day of the latest month `month` (1–12) on or before today: "since April" in November is this April.
    static func latestStart(ofMonth month: Int, today: LocalDate) -> LocalDate {
        let thisYear = LocalDate(year: today.year, month: month, day: 1)!
        return thisYear <= today ? thisYear : LocalDate(year: today.year - 1, month: month, day: 1)!
    }

    /// The period a question or command names, if any: a word above, or
    /// "since DATE" / 「DATE以降」 with a date as `DaySpec` reads it.
    public static func named(in text: String, today: LocalDate) -> HistoryPeriod? {
        let folded = NameKey.normalize(text)
        if let date = sinceDate(in: folded, today: today) { return .init(kind: .since, since: date, until: today) }
        let spaced = " " + folded.map { $0.isLetter || $0.isNumber ? String($0) : " " }.joined() + " "
        // The longest phrase first: "last month" before "month", 今四半期 before 四半期.
        for (phrase, make) in words.sorted(by: { $0.phrase.count > $1.phrase.count }) {
            let found = phrase.allSatisfy(\.isASCII) ? spaced.contains(" \(phrase) ") : folded.contains(phrase)
            if found { return make(today) }
        }
        return nil
    }

    /// The date after "since" or before 以降/から in `folded` text.
    private static func sinceDate(in folded: String, today: LocalDate) -> LocalDate? {
        let tokens = folded.split { $0 == " " || $0 == "?" || $0 == "？" || $0 == "," || $0 == "、" }.map(String.init)
        if let index = tokens.firstIndex(of: "since"), index + 1 < tokens.count {
            let word = tokens[index + 1]
            if let month = monthNames.firstIndex(where: { $0 == word || ($0.hasPrefix(word) && word.count >= 3) }) {
                return latestStart(ofMonth: month + 1, today: today)
            }
            return try? DaySpec.parse(word, today: today)
        }
        // "compared with January", "than in March": a month named after a
        // preposition ("may" alone is a verb far more often than a month).
        for (index, token) in tokens.enumerated() where index > 0 && ["with", "in", "from", "than", "to"].contains(tokens[index - 1]) {
            if let month = monthNames.firstIndex(of: token) { return latestStart(ofMonth: month + 1, today: today) }
        }
        // 「4月以降」「10月から」: the latest such month.
        // (A full date, 2026年4月1日以降, was read above; here the month stands alone.)
        if let match = folded.firstMatch(of: HistoryPeriodPattern.sinceMonth), let month = Int(match.2), (1...12).contains(month) {
            return latestStart(ofMonth: month, today: today)
        }
        for marker in ["以降", "から"] {
            guard let range = folded.range(of: marker) else { continue }
            let before = folded[..<range.lowerBound]
            // The date is the run of digits and date separators just before the marker.
            let tail = before.reversed().prefix { $0.isNumber || "-/.年月日".contains($0) }
            if let date = try? DaySpec.parse(String(tail.reversed()), today: today) { return date }
        }
        return nil
    }

    /// "this quarter (since 2026-10-01)" / 「今四半期（2026-10-01以降）」.
    public func text(in language: Language) -> String {
        let en: String
        let ja: String
        switch kind {
        case .month: (en, ja) = ("this month", "今月")
        case .quarter: (en, ja) = ("this quarter", "今四半期")
        case .year: (en, ja) = ("this year", "今年")
        case .fiscalYear: (en, ja) = ("this fiscal year", "今期")
        case .since: return language.pick("since \(since)", "\(since)以降")
        case .all: return language.pick("since the history began (\(since))", "履歴の開始（\(since)）以降")
        }
        return language.pick("\(en) (since \(since))", "\(ja)（\(since)以降）")
    }
}

/// Compiled once per process: a regular expression written as a literal in a
/// function is parsed again at every call (see `PlanDaysPattern`).
private enum HistoryPeriodPattern {
    nonisolated(unsafe) static let sinceMonth = #/(^|[^0-9/\-.年])([0-9]{1,2})月(?:以降|から)/#
}
