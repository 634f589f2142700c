import Foundation

/// "how many hours is that?", 「それ何時間くらい？」, 「1件1時間半として全部で何時間
/// かかる？」 right after a plan: the time its visits take, from the length of
/// a visit the rep gives or else the policy's, not a plan made again (a plan
/// "for 12 hours" is asked with the hours as a number, and is no such question).
public enum PlanHoursQuestion {
    /// Whether `line` asks how long the plan's visits take.
    public static func asks(_ line: String) -> Bool {
        let text = QuestionText(line)
        guard PhraseLookup(text).has(english: words.english, japanese: words.japanese) else { return false }
        // "I have 9 hours", 「今週は9時間」: the week's capacity, a plan to make.
        return Interpreter.hours(in: text) == nil
    }

    /// The length of one visit in hours when `line` gives it: "1.5 hours per
    /// visit", "90 minutes a visit", 「1件1時間半」, 「1件90分」.
    public static func visitLength(in line: String) -> Double? {
        let folded = NameKey.normalize(line).lowercased()
        if let hours = Interpreter.hoursPerVisit(in: QuestionText(line)) {
            // 「1件1時間半」: the half hour after the hours.
            let half = folded.firstMatch(of: #/(?:1件|一件|1訪問|一訪問|1社|一社)(?:あたり|につき|に)?\s*\d+(?:\.\d+)?\s*時間半/#) != nil
            return hours + (half ? 0.5 : 0)
        }
        if let match = folded.firstMatch(of: #/(?:1件|一件|1訪問|一訪問|1社|一社)(?:あたり|につき|に)?\s*(\d+)\s*分/#)
            ?? folded.firstMatch(of: #/(\d+)\s*(?:minutes?|mins?)\s*(?:per|a|an|each|for each|/)\s*(?:visit|call|meeting|stop|customer|appointment)/#),
            let minutes = Double(String(match.1)), minutes > 0, minutes <= 24 * 60
        {
            return minutes / 60
        }
        return nil
    }

    /// The answer: the total, then each day's visits and hours.
    /// `given` says the length came from the line, not from the policy.
    public static func lines(picks: [PlanPick], hoursPerVisit: Double, given: Bool, language: Language) -> [String] {
        let per = Formatting.trimmed(hoursPerVisit, decimals: 2)
        let total = Formatting.trimmed(hoursPerVisit * Double(picks.count), decimals: 2)
        let source = given ? "" : language.pick(" (plan.hours_per_visit)", "（plan.hours_per_visit）")
        var lines = [language.pick(
            "The plan just shown: \(Counted(picks.count, "visit", counter: "件").text(in: .en)) × \(per) hours\(source) = \(total) hours of visits, travel between them not counted.",
            "先ほどの計画は\(picks.count)件 × 1件\(per)時間\(source) = 訪問だけで計\(total)時間です（移動時間は含みません）。")]
        let days = Dictionary(grouping: picks, by: \.day).sorted { $0.key < $1.key }
        for (day, visits) in days where days.count > 1 {
            let hours = Formatting.trimmed(hoursPerVisit * Double(visits.count), decimals: 2)
            lines.append(language.pick(
                "  \(Answerer.day(day, language))  \(Counted(visits.count, "visit", counter: "件").text(in: .en)), \(hours) hours",
                "  \(Answerer.day(day, language))  \(visits.count)件、\(hours)時間"))
        }
        return lines
    }

    private static let words = (
        english: [
            "how many hours", "how long will", "how long does", "how long would", "how long is", "hours in total", "total hours",
            "how much time", "hours is that", "hours does it", "hours will it",
        ],
        japanese: [
            "何時間", "なんじかん", "どのくらい時間", "どれくらい時間", "どのぐらい時間", "時間はどのくらい", "時間はどれくらい", "時間かかる",
            "時間がかかる", "所要時間", "合計時間", "時間の合計",
        ]
    )
}
