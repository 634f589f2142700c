/// The weekdays a plan request keeps to: "Monday to Wednesday", "only
/// Tuesday and Thursday", 「月〜水」, 「月曜と水曜だけ」. A rep with two free
/// days wants the plan on those days, not spread over the week.
public enum PlanDays {
    /// Weekdays (1 = Monday … 5 = Friday) the request names, nil when it names none.
    static func read(_ text: String) -> Set<Int>? {
        let folded = NameKey.normalize(text).lowercased()
        // 「月〜水」, 「火曜から木曜」: a range of weekday kanji.
        if let match = folded.firstMatch(of: PlanDaysPattern.kanjiRange),
            let from = kanji[match.1.first!], let to = kanji[match.2.first!], from <= to
        {
            return Set(from...to)
        }
        // 「金曜まで」, "until friday": every day up to it (the days already past fall away later).
        if let to = until(folded) { return Set(1...to) }
        var days: Set<Int> = []
        for match in folded.matches(of: PlanDaysPattern.kanjiDay) { if let day = kanji[match.1.first!] { days.insert(day) } }
        // 「木金で2件」, 「月水金だけ」: weekday kanji run together, in the week's
        // order, before a particle; not a kanji word (木材, 金額), which has no such run.
        for match in folded.matches(of: PlanDaysPattern.kanjiRun) {
            let run = match.2.compactMap { kanji[$0] }
            if run.count == match.2.count, zip(run, run.dropFirst()).allSatisfy({ $0 < $1 }) { days.formUnion(run) }
        }
        let words = folded.split { !$0.isLetter }.map(String.init)
        var named: [(index: Int, day: Int)] = []
        for (i, word) in words.enumerated() { if let day = english[word] { named.append((i, day)) } }
        // "monday to wednesday", "tue through thu", "mon-wed".
        for (a, b) in zip(named, named.dropFirst()) where b.index == a.index + 2 && ["to", "through", "thru", "till", "until"].contains(words[a.index + 1]) {
            if a.day <= b.day { return Set(a.day...b.day) }
        }
        if let match = folded.firstMatch(of: PlanDaysPattern.englishRange),
            let from = english[String(match.1)], let to = english[String(match.2)], from <= to
        {
            return Set(from...to)
        }
        days.formUnion(named.map(\.day))
        // "thursday only half day" keeps Thursday in a week of other days; it is no "only".
        days.subtract(halfDays(text))
        return days.isEmpty ? nil : days
    }

    /// Weekdays the request takes away: "drop friday", "not monday", "friday's
    /// out", 「金曜じゃなくて」, 「金曜は終日会議」, 「水曜以外」. A rep who has lost a
    /// day wants the plan off it, not on it.
    static func dropped(_ text: String) -> Set<Int> {
        let folded = NameKey.normalize(text).lowercased()
        var days: Set<Int> = []
        for match in folded.matches(of: PlanDaysPattern.kanjiDropped) {
            if let day = kanji[match.1.first!] { days.insert(day) }
        }
        // 「水曜は研修で無理です」, 「金曜は出張なので」: the reason between the day and the "can't".
        for match in folded.matches(of: PlanDaysPattern.kanjiTaken) {
            if let day = kanji[match.1.first!] { days.insert(day) }
        }
        let words = folded.split { !$0.isLetter && $0 != "'" }.map(String.init)
        let before: Set<String> = [
            "drop", "not", "no", "without", "skip", "remove", "except", "cancel", "minus", "exclude", "busy", "lose", "nothing",
            "none", "avoid", "never", "but",
        ]
        let after: Set<String> = ["off", "out", "is", "'s", "busy", "booked", "blocked"]
        for (i, word) in words.enumerated() {
            let bare = word.hasSuffix("'s") ? String(word.dropLast(2)) : word
            guard let day = english[bare] else { continue }
            let lead = words[max(0, i - 2)..<i]
            let follows = i + 1 < words.count ? words[i + 1] : ""
            let then = i + 2 < words.count ? words[i + 2] : ""
            // "monday is a holiday", "holiday on monday", "friday I'm on leave".
            // "friday i have a meeting all day", "training on thursday": the day is taken.
            let away: Set<String> = [
                "holiday", "holidays", "vacation", "leave", "pto", "closed", "meeting", "meetings", "training", "conference",
                "offsite", "seminar",
            ]
            let fillers: Set<String> = ["is", "a", "will", "be", "s", "i", "ive", "i've", "have", "got", "an", "all", "day"]
            let next = words[min(words.count, i + 1)..<min(words.count, i + 6)]
            // "wednesday, holiday on thursday": the holiday is thursday's.
            let awayAfter = next.firstIndex(where: { !fillers.contains($0) }).map { k in
                away.contains(words[k]) && !(k + 2 < words.count && ["on", "for"].contains(words[k + 1]) && english[words[k + 2]] != nil)
            } ?? false
            // "i'm out on thursday", "away on friday": the day after "out on" is gone.
            let outOn = lead.count == 2 && lead.last == "on" && ["out", "off", "away", "busy", "gone", "unavailable"].contains(lead.first!)
                // "im off tuesday", "away friday": no "on" between.
                || ["off", "away", "unavailable"].contains(lead.last ?? "")
            if lead.contains(where: before.contains) || outOn || ["off", "out", "busy", "booked", "blocked"].contains(follows)
                || lead.contains(where: away.contains)
                || awayAfter
                || (after.contains(follows) || word.hasSuffix("'s")) && ["out", "off", "busy", "booked", "blocked", "gone"].contains(then)
                || word.hasSuffix("'s") && ["out", "off", "busy", "booked"].contains(follows)
            {
                days.insert(day)
            }
        }
        return days
    }

    /// Limits on one segment's visits in a plan request: "max 2 C visits", "no
    /// more than 1 D", "at most 3 Cs", 「Cは1件まで」, 「Cは最大2件」, 「C顧客は1件以内」.
    static func segmentCaps(_ text: String) -> [Segment: Int] {
        let folded = NameKey.normalize(text).lowercased()
        var caps: [Segment: Int] = [:]
        for match in folded.matches(of: PlanDaysPattern.capBefore) {
            if let n = Int(match.1), let segment = Segment(letter: String(match.2)) { caps[segment] = n }
        }
        for match in folded.matches(of: PlanDaysPattern.capAfter) {
            if let n = Int(match.1), let segment = Segment(letter: String(match.2)) { caps[segment] = n }
        }
        for match in folded.matches(of: PlanDaysPattern.capJapanese) {
            if let n = Int(match.2), let segment = Segment(letter: String(match.1)) { caps[segment] = n }
        }
        // "no C customers", "without C", 「Cなし」, 「Cは入れないで」: none of that segment.
        for match in folded.matches(of: PlanDaysPattern.noneOfSegment) {
            if let segment = Segment(letter: String(match.1)) { caps[segment] = 0 }
        }
        for match in folded.matches(of: PlanDaysPattern.noneOfSegmentJapanese) {
            if let segment = Segment(letter: String(match.1)) { caps[segment] = 0 }
        }
        return caps
    }

    /// How many days the rep has for the plan: "only 2 days", "over 3 days",
    /// 「3日で」, 「2日間だけ」. A date (12月3日) is no count of days.
    static func dayCount(_ text: String) -> Int? {
        let folded = NameKey.normalize(text).lowercased()
        let words = ["one": 1, "two": 2, "three": 3, "four": 4, "five": 5]
        if let match = folded.firstMatch(of: PlanDaysPattern.dayCountBefore)
            ?? folded.firstMatch(of: PlanDaysPattern.dayCountAfter)
        {
            return Int(match.1).map { $0 } ?? words[String(match.1)]
        }
        if let match = folded.firstMatch(of: PlanDaysPattern.dayCountJapanese) {
            return Int(String(match.2))
        }
        return nil
    }

    /// The first `count` weekdays of `days`, leaving out `dropped`: a plan "in 2 days, not Tuesday".
    public static func first(_ count: Int, of days: [LocalDate], dropping dropped: Set<Int>) -> Set<Int> {
        Set(days.map(\.weekday).filter { !dropped.contains($0) }.prefix(max(count, 1)))
    }

    /// Days named relative to today ("only tomorrow and friday", 「今日と明日だけ」):
    /// 0 for today, 1 for tomorrow; the day they fall on is the answerer's to
    /// work out, which knows what today is.
    static func relative(_ text: String) -> Set<Int> {
        let folded = NameKey.normalize(text).lowercased()
        let words = Set(folded.split { !$0.isLetter }.map(String.init))
        var days: Set<Int> = []
        if words.contains("today") || folded.contains("今日") || folded.contains("本日") { days.insert(0) }
        if words.contains("tomorrow") || folded.contains("明日") { days.insert(1) }
        return days
    }

    /// Today (0) or tomorrow (1) told as a day off: 「明日は休み」, 「今日は無理」,
    /// "i'm off tomorrow", "tomorrow is a holiday" — taken out of the plan, never its only day.
    static func relativeOff(_ text: String) -> Set<Int> {
        let folded = NameKey.normalize(text).lowercased()
        var days: Set<Int> = []
        for match in folded.matches(of: PlanDaysPattern.relativeOffJapanese) {
            days.insert(match.1.hasPrefix("明") || match.1.hasPrefix("あし") ? 1 : 0)
        }
        for match in folded.matches(of: PlanDaysPattern.relativeOffEnglish) {
            let word = match.1 ?? match.2 ?? ""
            days.insert(word == "tomorrow" ? 1 : 0)
        }
        return days
    }

    /// The last weekday of "until friday", 「金曜まで」, when the request has one.
    static func until(_ text: String) -> Int? {
        let folded = NameKey.normalize(text).lowercased()
        if let match = folded.firstMatch(of: PlanDaysPattern.kanjiUntil), !folded.contains("から") { return kanji[match.1.first!] }
        if let match = folded.firstMatch(of: PlanDaysPattern.englishUntil) {
            return english[String(match.1)]
        }
        return nil
    }

    /// Weekdays the request gives half of ("thursday only half day", 「木曜は半日」,
    /// 「金曜は午前だけ」): still in the plan, with half a day's visits.
    static func halfDays(_ text: String) -> Set<Int> {
        let folded = NameKey.normalize(text).lowercased()
        var days: Set<Int> = []
        for match in folded.matches(of: PlanDaysPattern.kanjiHalfDay) {
            if let day = kanji[match.1.first!] { days.insert(day) }
        }
        for match in folded.matches(of: PlanDaysPattern.englishHalfDay) {
            if let day = english[String(match.1)] { days.insert(day) }
        }
        return days
    }

    /// The weekdays `relative` days fall on from `today`, working days only.
    static func weekdays(_ relative: Set<Int>, today: LocalDate) -> Set<Int> {
        Set(relative.map { today.adding(days: $0).weekday }.filter { (1...5).contains($0) })
    }

    private static let kanji: [Character: Int] = ["月": 1, "火": 2, "水": 3, "木": 4, "金": 5]
    private static let english: [String: Int] = [
        "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3,
        "thursday": 4, "thu": 4, "thur": 4, "thurs": 4, "friday": 5, "fri": 5,
    ]
}

/// The patterns read with, compiled once per process: a regular expression
/// written as a literal in a function is parsed again at every call, and
/// those parses were a tenth of a question's time.
private enum PlanDaysPattern {
    nonisolated(unsafe) static let kanjiRange = #/([月火水木金])(?:曜日|曜)?\s*(?:〜|～|から|-|ー|~)\s*([月火水木金])(?:曜日|曜)?/#
    nonisolated(unsafe) static let kanjiDay = #/([月火水木金])曜/#
    nonisolated(unsafe) static let kanjiRun = #/(^|[^\p{Han}])([月火水木金]{2,5})(?=で|だけ|に|は|の|しか|、|,|\s|$)/#
    nonisolated(unsafe) static let englishRange = #/\b(mon|tue|wed|thu|fri)[a-z]*\s*-\s*(mon|tue|wed|thu|fri)[a-z]*\b/#
    nonisolated(unsafe) static let kanjiDropped = #/([月火水木金])(?:曜日|曜)?\s*(?:じゃなくて|じゃなく|ではなく|でなく|休み|やすみ|はやすみ|お休み|は無理|はむり|はダメ|はだめ|は駄目|以外|を外|は外|を除|は除|は休|は祝|祝日|は有給|は会議|は終日|はng|なし|抜き|はなし|はやめ|をやめ|はキャンセル|をキャンセル|は空いてない|はあいてない|は埋ま)/#
    nonisolated(unsafe) static let kanjiTaken = #/([月火水木金])(?:曜日|曜)?は[^。、,.!?？！]{0,10}?(?:無理|むり|ダメ|だめ|駄目|行けない|いけない|不在|研修|出張|終日|埋まって|休み|やすみ|空いてない|あいてない|都合が悪|ng)/#
    nonisolated(unsafe) static let relativeOffJapanese = #/(明日|あした|あす|今日|きょう|本日)\s*(?:は|も)?\s*(?:休み|やすみ|休|お休み|無理|むり|ダメ|だめ|駄目|祝日|有給|終日|埋まって|空いてない|あいてない|ng)/#
    nonisolated(unsafe) static let relativeOffEnglish = #/\b(?:(today|tomorrow)(?:\s+(?:is|i'm|im|i am))?\s+(?:off|out|busy|booked|blocked|a holiday|holiday|no good)|(?:off|out|away|busy|booked|unavailable|on leave|on holiday)\s+(today|tomorrow))\b/#
    nonisolated(unsafe) static let capBefore = #/(?:max|maximum|at most|no more than|not more than|up to|only)\s+(\d+)\s+([abcd])(?:s|'s)?(?:\s+(?:visits?|customers?|accounts?))?\b(?!\s+(?:day|week|visit\b))/#
    nonisolated(unsafe) static let capAfter = #/\b(\d+)\s+([abcd])\s+visits?\s+(?:max|at most|tops)\b/#
    nonisolated(unsafe) static let capJapanese = #/([abcd])(?:顧客|の顧客|のお客さん|の客)?(?:は|を|の訪問は)?(?:最大|多くて)?(\d+)件(?:まで|以内|だけ|以下)/#
    nonisolated(unsafe) static let noneOfSegment = #/\b(?:no|without|zero|skip)\s+([abcd])(?:s|'s)?\b(?!\s+(?:and|or))/#
    nonisolated(unsafe) static let noneOfSegmentJapanese = #/([abcd])(?:顧客|の顧客|のお客さん|の客)?(?:は|を)?(?:なし|抜き|ゼロ|0件|入れないで|いらない|外して)/#
    nonisolated(unsafe) static let dayCountBefore = #/(?:only|just|over|in|across|within|plan|for)\s+(\d|one|two|three|four|five)\s+days?\b/#
    nonisolated(unsafe) static let dayCountAfter = #/\b(\d|one|two|three|four|five)\s+days?\s+(?:only|this week|next week|free|available)\b/#
    nonisolated(unsafe) static let dayCountJapanese = #/(^|[^月0-9])([1-5])日(?:で|間|だけ|しか)/#
    nonisolated(unsafe) static let kanjiUntil = #/([月火水木金])(?:曜日|曜)?まで/#
    nonisolated(unsafe) static let englishUntil = #/\b(?:until|till|til|through|thru|up to)\s+(mon|tue|wed|thu|fri)[a-z]*\b/#
    nonisolated(unsafe) static let kanjiHalfDay = #/([月火水木金])(?:曜日|曜)?(?:は|も)?(?:半日|午前|午後)/#
    nonisolated(unsafe) static let englishHalfDay = #/\b(mon|tue|wed|thu|fri)[a-z]*\b(?:\s+(?:is|only|just|a|will be|s))*\s+(?:half[\s-]?day|half|morning only|afternoon only|mornings? only|am only|pm only)/#
}
