/// The number of visits a question asks for, as reps write it: digits,
/// English words, kanji.
extension Interpreter {
    /// A count in the question ("plan 12 visits", "10件", "five visits",
    /// 「五件」), 1–999; dates and long numbers are not counts, and a number
    /// word only counts next to what is counted ("which one" is no count).
    /// Hours the rep has, when the question gives them ("I have 9 hours this
    /// week", "7.5h", 「今週は9時間」): the plan's capacity in time, not in visits.
    static func hours(in masked: QuestionText) -> Double? {
        let chars = masked.chars
        var i = 0
        while i < chars.count {
            guard chars[i].isASCII, chars[i].isNumber,
                i == 0 || !(chars[i - 1].isASCII && (chars[i - 1].isLetter || chars[i - 1].isNumber) || chars[i - 1] == ".")
            else {
                i += 1
                continue
            }
            var end = i
            while end < chars.count, chars[end].isASCII, chars[end].isNumber || (chars[end] == "." && end + 1 < chars.count && chars[end + 1].isNumber) {
                end += 1
            }
            let rest = String(chars[end...].drop { $0 == " " }.prefix(5))
            let unit = ["hours", "hour", "hrs", "hr", "時間"].first { rest.hasPrefix($0) }
                ?? (rest.hasPrefix("h") && !(rest.dropFirst().first?.isLetter ?? false) ? "h" : nil)
            // "2 hours per visit", 「1件2時間」: the length of one visit, not the week's hours.
            let before = String(chars[..<i].suffix(5))
            let perVisit = String(chars[end...].drop { $0 == " " }).firstMatch(of: InterpreterCountPattern.perVisitAfter) != nil
            let japanesePerVisit = ["1件", "一件", "1訪問", "一訪問", "1社", "一社", "あたり", "につき"].contains(where: before.hasSuffix)
            if unit != nil, !perVisit, !japanesePerVisit, let value = Double(String(chars[i..<end])), value > 0, value <= 200 { return value }
            i = end
        }
        return nil
    }

    /// The hours one visit takes, as the rep says it: "2 hours per visit",
    /// "1.5h a call", 「1件2時間」, 「1訪問あたり1.5時間」.
    static func hoursPerVisit(in masked: QuestionText) -> Double? {
        let folded = NameKey.normalize(String(masked.chars)).lowercased()
        if let match = folded.firstMatch(of: InterpreterCountPattern.perVisitEnglish) ?? folded.firstMatch(of: InterpreterCountPattern.perVisitJapanese)
            ?? folded.firstMatch(of: InterpreterCountPattern.visitTakesEnglish),
            let value = Double(String(match.1)), value > 0, value <= 24
        {
            return value
        }
        return nil
    }

    /// Visits a day ("max 2 a day", "3 visits per day", 「1日3件まで」): a limit on
    /// each day, not the week's number, which the plan makes it over the days left.
    static func visitsPerDay(in masked: QuestionText) -> Int? {
        let folded = NameKey.normalize(String(masked.chars))
        if let match = folded.firstMatch(of: VisitsPerDayPattern.english) {
            return Int(match.1).flatMap { (1...10).contains($0) ? $0 : nil }
        }
        if let match = folded.firstMatch(of: VisitsPerDayPattern.japanese) {
            return Int(match.1).flatMap { (1...10).contains($0) ? $0 : nil }
        }
        return nil
    }

    static func number(in masked: QuestionText) -> Int? {
        let words = masked.asciiWords
        for (i, word) in words.enumerated() {
            if word.text.allSatisfy(\.isNumber) {
                guard word.text.count <= 3 else { continue }
                let before = word.range.lowerBound > 0 ? masked.chars[word.range.lowerBound - 1] : " "
                let after = word.range.upperBound < masked.chars.count ? masked.chars[word.range.upperBound] : " "
                let counted = i + 1 < words.count && countedWords.contains(Stemmer.stem(words[i + 1].text))
                if "-/.:".contains(before) || ("-/.:".contains(after) && !(after == "-" && counted)) { continue }
                // "1週間", "2 weeks", "3日", "8%": a length of time or a share, not a count of visits.
                let rest = masked.chars[word.range.upperBound...].drop { $0 == " " }
                if timeUnits.contains(where: { rest.starts(with: $0) }) { continue }
                if i + 1 < words.count, words[i + 1].range.lowerBound - word.range.upperBound <= 1,
                    timeWords.contains(Stemmer.stem(words[i + 1].text))
                {
                    continue
                }
                // 「もう1回」: once more, no count.
                if word.text == "1", rest.starts(with: ["回"]), word.range.lowerBound >= 2,
                    masked.chars[(word.range.lowerBound - 2)..<word.range.lowerBound].elementsEqual(["も", "う"])
                {
                    continue
                }
                if let value = Int(word.text), value > 0 { return value }
            } else if word.text == "half", i + 2 < words.count, words[i + 1].text == "a", words[i + 2].text == "dozen" {
                return 6
            } else if let value = numberWords[word.text] {
                let next = words[(i + 1)..<min(words.count, i + 2)].map { Stemmer.stem($0.text) }
                let previous = i > 0 ? words[i - 1].text : ""
                if next.contains(where: countedWords.contains) || ["me", "it", "only", "just", "do", "to", "about"].contains(previous)
                    || next.first == "max" || next.first == "instead"
                {
                    return value
                }
            }
        }
        return kanjiCount(in: masked.compact.chars)
    }

    static let numberWords: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "dozen": 12,
    ]
    /// Units after a number that make it a time or a share, not a count.
    static let timeUnits: [[Character]] = ["週", "日", "時", "ヶ月", "か月", "ヵ月", "カ月", "年", "分", "%", "％", "割", "つに"].map(Array.init)
    static let timeWords: Set<String> = ["week", "day", "hour", "month", "year", "minute", "percent", "pm", "am", "weeks"]

    /// What a visit count counts, stemmed.
    static let countedWords: Set<String> = [
        "visit", "customer", "account", "call", "stop", "slot", "meet", "appointment", "company", "client", "place",
        "more", "max", "maximum",
    ]

    /// A count in kanji before a counter word: 五件, 十二社, 三か所.
    static func kanjiCount(in chars: [Character]) -> Int? {
        let digits: [Character: Int] = ["一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9]
        let counters = ["件", "社", "軒", "か所", "ヶ所", "箇所", "カ所", "ヵ所", "回", "つ"]
        var i = 0
        while i < chars.count {
            guard digits[chars[i]] != nil || chars[i] == "十" || chars[i] == "百" else {
                i += 1
                continue
            }
            var j = i
            var total = 0
            var current = 0
            while j < chars.count {
                if let d = digits[chars[j]] {
                    current = d
                } else if chars[j] == "十" {
                    total += max(current, 1) * 10
                    current = 0
                } else if chars[j] == "百" {
                    total += max(current, 1) * 100
                    current = 0
                } else {
                    break
                }
                j += 1
            }
            total += current
            let rest = chars[j...]
            // 「もう一回」, 「一回で」 (once more, in one go): no count of visits.
            let once = total == 1 && rest.starts(with: ["回"]) && (i >= 2 && chars[(i - 2)..<i].elementsEqual(["も", "う"]) || rest.dropFirst().first == "で")
            if total > 0, total < 1000, !once, counters.contains(where: { rest.starts(with: $0) }) { return total }
            i = j
        }
        return nil
    }
}

/// Compiled once per process: a regular expression written as a literal in a
/// function is parsed again at every call (see `PlanDaysPattern`).
private enum VisitsPerDayPattern {
    nonisolated(unsafe) static let english = #/(\d{1,2})\s*(?:visits?|calls?|customers?)?\s*(?:a|per|each|every)\s*day/#
    nonisolated(unsafe) static let japanese = #/(?:1日|一日|日に)\s*(\d{1,2})\s*件/#
}

/// Compiled once per process: a regular expression written as a literal in a
/// function is parsed again at every call (see `PlanDaysPattern`).
private enum InterpreterCountPattern {
    nonisolated(unsafe) static let perVisitEnglish =
        #/(\d+(?:\.\d+)?)\s*(?:hours?|hrs?|h)\s*(?:(?:per|a|an|each|for each|/)\s*(?:visit|call|meeting|stop|customer|appointment)|each\b|apiece\b)/#
    /// "each visit takes about 2 hours", "visits are about 1.5h".
    nonisolated(unsafe) static let visitTakesEnglish =
        #/(?:each|every|a|one|per)?\s*visits?\s+(?:takes?|is|are|lasts?|runs?)\s+(?:about|around|roughly|approx\.?|~)?\s*(\d+(?:\.\d+)?)\s*(?:hours?|hrs?|h)\b/#
    nonisolated(unsafe) static let perVisitJapanese =
        #/(?:1件|一件|1訪問|一訪問|1社|一社)(?:あたり|につき|に)?\s*(\d+(?:\.\d+)?)\s*時間/#
    /// What follows the unit of hours that makes them one visit's: "per visit", "a call", "/件".
    nonisolated(unsafe) static let perVisitAfter = #/^(?:hours?|hrs?|h)\s*(?:per|a|an|each|for each|/)\s*(?:visit|call|meeting|stop|customer|appointment)|^時間\s*[/／]\s*件/#
}
