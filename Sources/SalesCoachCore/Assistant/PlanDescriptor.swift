import Foundation

/// "drop the hospital one", 「病院のとこ外して」 right after a plan: a customer
/// named by what it is rather than by its name.
///
/// Reps looking at six picks point at one by its trade; in the whole book
/// "hospital" fits many customers, among the plan's picks usually one. The
/// line comes back with that customer's name in place of the description, so
/// the plan change reads it as if the name had been typed; nothing is changed
/// on a guess when the word fits none or several of the picks.
public enum PlanDescriptor {
    /// `line` with the description of exactly one of `picks` replaced by that
    /// pick's name; nil when the line describes none of them, or several.
    public static func naming(in line: String, picks: [String]) -> String? {
        guard !picks.isEmpty else { return nil }
        var found: (range: Range<String.Index>, name: String)?
        for candidate in candidates(in: line) {
            let fitting = picks.filter { describes(candidate.word, $0) }
            guard fitting.count == 1 else { continue }
            // Two words of the line pointing at different picks: no guess.
            if let earlier = found, earlier.name != fitting[0] { return nil }
            if found == nil { found = (candidate.range, fitting[0]) }
        }
        guard let found else { return nil }
        return line.replacingCharacters(in: found.range, with: found.name)
    }

    /// Words of the line that may describe a customer, each with the stretch of
    /// the line it and its frame ("the … one", 「…のとこ」) take up.
    private static func candidates(in line: String) -> [(word: String, range: Range<String.Index>)] {
        var found: [(word: String, range: Range<String.Index>)] = []
        // "the hospital one", "the sake brewery", "hospital": English words of four letters or more.
        for match in line.matches(of: englishFrame) {
            let word = String(match.output.2).lowercased()
            guard word.count >= 4, !ignored.contains(word) else { continue }
            found.append((word, match.range))
        }
        // 「病院のとこ」, 「酒造の会社」, 「病院外して」: a stretch of a run of kanji or katakana
        // (the longest first), with the frame after it when the stretch ends the run.
        let characters = Array(line)
        var index = 0
        while index < characters.count {
            guard isNameCharacter(characters[index]) else { index += 1; continue }
            var end = index
            while end < characters.count, isNameCharacter(characters[end]) { end += 1 }
            for length in stride(from: end - index, through: 2, by: -1) {
                for start in index...(end - length) {
                    let word = String(characters[start..<(start + length)])
                    guard !ignored.contains(word) else { continue }
                    var stop = start + length
                    if stop == end, let frame = frames.first(where: { characters[stop...].starts(with: $0) }) { stop += frame.count }
                    let lower = line.index(line.startIndex, offsetBy: start)
                    found.append((word, lower..<line.index(lower, offsetBy: stop - start)))
                }
            }
            index = end
        }
        return found
    }

    /// Whether `word` is part of `name`: as written, or as the English of a
    /// trade word in it ("hospital" for 病院). Romaji readings are left to the
    /// name matcher, which has already looked for them; a common English word
    /// that happens to read as a kanji ("same") must not pick a customer.
    private static func describes(_ word: String, _ name: String) -> Bool {
        let key = CompanyAffixes.strip(NameKey.normalize(name).lowercased())
        if word.contains(where: \.isJapanese) { return key.contains(word) }
        if key.split(separator: " ").contains(where: { $0 == word }) { return true }
        return japaneseSpellings[word]?.contains(where: key.contains) ?? false
    }

    private static func isNameCharacter(_ c: Character) -> Bool {
        c == "ー" || (c.isJapanese && !Interpreter.isHiragana(c))
    }

    /// What may follow a description: 「病院のとこ」, 「酒造の会社」, 「病院さん」.
    private static let frames: [[Character]] = ["のところ", "のとこ", "の会社", "の顧客", "の客", "さん"].map(Array.init)

    /// The Japanese words of trades and loanwords by each single English word
    /// they read as (`[readings trades]`: 病院 = byoin | hospital).
    private static let japaneseSpellings: [String: [String]] = {
        var spellings: [String: [String]] = [:]
        for (japanese, readings) in JapaneseNameReadings.trades.merging(JapaneseNameReadings.loanwords, uniquingKeysWith: { a, _ in a }) {
            for reading in readings {
                for word in reading.split(separator: " ") where word.count >= 4 { spellings[String(word), default: []].append(japanese) }
            }
        }
        return spellings
    }()

    nonisolated(unsafe) private static let englishFrame =
        #/(?i)(the\s+)?([a-z][a-z'\-]+)(\s+(?:one|place|customer|account|company|visit))?/#

    /// Words of plan changes and of weeks: never a description of a customer.
    private static let ignored: Set<String> = [
        "drop", "remove", "take", "skip", "leave", "keep", "make", "sure", "please", "plan", "week", "visit", "visits",
        "from", "this", "that", "with", "without", "instead", "also", "just", "them", "then", "next", "monday", "tuesday",
        "wednesday", "thursday", "friday", "want", "need", "don't", "dont", "rather", "would", "like", "again",
        "計画", "予定", "今週", "来週", "訪問", "プラン", "件数", "全部", "代わり",
    ]
}
