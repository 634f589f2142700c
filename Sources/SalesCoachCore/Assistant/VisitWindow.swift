/// The time words of a question about visits: the days it asks about ("what
/// visits did I log this week?", 「先週訪問した客は？」) or the gap it means
/// ("who haven't I visited in over 3 months?", 「2ヶ月以上訪問してない」).
struct VisitWindow: Sendable, Hashable {
    var since: LocalDate
    var until: LocalDate
    /// How the question named it, for the heading ("this week", 「先週」).
    var label: (en: String, ja: String)

    static func == (l: VisitWindow, r: VisitWindow) -> Bool { l.since == r.since && l.until == r.until }
    func hash(into hasher: inout Hasher) { hasher.combine(since); hasher.combine(until) }

    /// The days a question names, nil when it names none. Longer phrases are
    /// tried first, so "last week" is not read as "week".
    static func period(in question: String, today: LocalDate) -> VisitWindow? {
        let text = QuestionText(question)
        let lookup = PhraseLookup(text)
        let week = today.startOfWeek
        let month = today.startOfMonth
        let candidates: [([String], [String], (en: String, ja: String), () -> (LocalDate, LocalDate))] = [
            (["the day before yesterday"], ["一昨日", "おととい"], ("the day before yesterday", "一昨日"), { (today.adding(days: -2), today.adding(days: -2)) }),
            (["yesterday"], ["昨日", "きのう"], ("yesterday", "昨日"), { (today.adding(days: -1), today.adding(days: -1)) }),
            (["today"], ["今日", "本日", "きょう"], ("today", "今日"), { (today, today) }),
            (["last week", "past week"], ["先週"], ("last week", "先週"), { (week.adding(days: -7), week.adding(days: -1)) }),
            (["this week"], ["今週"], ("this week", "今週"), { (week, today) }),
            (["last month", "past month"], ["先月"], ("last month", "先月"), {
                let start = month.addingMonths(-1)
                return (start, month.adding(days: -1))
            }),
            (["this month"], ["今月"], ("this month", "今月"), { (month, today) }),
            (Understanding.standard.phrases("list-recent-en"), Understanding.standard.phrases("list-recent-ja"), ("in the last 14 days", "直近14日"), { (today.adding(days: -13), today) }),
        ]
        // "since monday", "since 11/20": from that day to today.
        let tokens = NameKey.normalize(question).split { $0 == " " || $0 == "?" || $0 == "？" || $0 == "," }.map(String.init)
        if let index = tokens.firstIndex(of: "since"), index + 1 < tokens.count,
            let day = try? DaySpec.parse(tokens[index + 1], today: today)
        {
            return VisitWindow(since: day, until: today, label: ("since \(day)", "\(day)以降"))
        }
        for (english, japanese, label, range) in candidates where lookup.has(english: english, japanese: japanese) {
            let (since, until) = range()
            return VisitWindow(since: since, until: min(until, today), label: label)
        }
        return nil
    }

    /// The gap a question about customers not seen means, in days: "in over
    /// 3 months" (90), "for six weeks" (42), 「2ヶ月以上」 (60), "since
    /// September" (the days since its first). Nil when it gives none.
    /// "in over 150 days", 「150日を超えて」: a gap counted in days, where the
    /// day itself does not count (150 days ago is not over 150 days);
    /// 「150日以上」, "for 150 days" and gaps in weeks or months (a month is
    /// taken as 30 days) include it.
    static func gapIsStrict(in question: String) -> Bool {
        NameKey.normalize(question).contains(VisitWindowPattern.strictGap)
    }

    static func gapDays(in question: String, today: LocalDate) -> Int? {
        let folded = NameKey.normalize(question)
        let numbers = ["a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "eight": 8, "ten": 10, "twelve": 12,
                       "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "八": 8, "十": 10]
        let units: [String: Int] = [
            "day": 1, "days": 1, "week": 7, "weeks": 7, "month": 30, "months": 30, "year": 365, "years": 365,
            "日": 1, "週間": 7, "週": 7, "ヶ月": 30, "か月": 30, "カ月": 30, "ヵ月": 30, "ケ月": 30, "箇月": 30, "年": 365,
        ]
        if let match = folded.firstMatch(of: VisitWindowPattern.englishGap),
            let count = Int(match.1) ?? numbers[String(match.1)], let unit = units[String(match.2)]
        {
            return count * unit
        }
        if let match = folded.firstMatch(of: VisitWindowPattern.japaneseGap),
            let count = Int(match.1) ?? numbers[String(match.1)], let unit = units[String(match.2)]
        {
            return count * unit
        }
        // "haven't visited since August", 「8月から行ってない」: last seen in August
        // or before, so the gap runs from the end of that month.
        func sinceEndOf(month: Int) -> Int {
            HistoryPeriod.latestStart(ofMonth: month, today: today).addingMonths(1).days(until: today) + 1
        }
        let tokens = folded.split { !$0.isLetter && !$0.isNumber }.map(String.init)
        if let index = tokens.firstIndex(of: "since"), index + 1 < tokens.count,
            let month = HistoryPeriod.monthNames.firstIndex(where: { $0 == tokens[index + 1] || ($0.hasPrefix(tokens[index + 1]) && tokens[index + 1].count >= 3) })
        {
            return sinceEndOf(month: month + 1)
        }
        if let match = folded.firstMatch(of: VisitWindowPattern.sinceMonth), let month = Int(match.1), (1...12).contains(month) {
            return sinceEndOf(month: month)
        }
        return nil
    }
}

/// Compiled once per process: a regular expression written as a literal in a
/// function is parsed again at every call (see `PlanDaysPattern`).
private enum VisitWindowPattern {
    nonisolated(unsafe) static let strictGap = #/(?:\bover|more than|longer than|beyond)\s+\d+\s*days?\b|\d+\s*日(?:超|を超え|をこえ|より長)/#
    nonisolated(unsafe) static let englishGap = #/(\d+|an?|one|two|three|four|five|six|eight|ten|twelve)\s*(days?|weeks?|months?|years?)\b/#
    nonisolated(unsafe) static let japaneseGap = #/(\d+|[一二三四五六八十])\s*(日|週間|週|ヶ月|か月|カ月|ヵ月|ケ月|箇月|年)(?:以上|も|間|くらい|ほど|近く)/#
    nonisolated(unsafe) static let sinceMonth = #/([0-9]{1,2})月(?:から|以降)/#
}
