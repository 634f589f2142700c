/// "船橋の客ってどれ？", "which customers are in chiba?": a customer list has
/// no address, but Japanese companies are so often named after their town
/// that the place in a name is how a rep finds "the ones in Funabashi". The
/// place is read in kanji, hiragana or romaji; the customers are those whose
/// name holds it in any of those spellings (千葉バルブ, 株式会社ちば冷機,
/// Harbor View Hotel Chiba).
enum PlaceList {
    /// The place the question names, as written in kanji (船橋), with its
    /// reading ("funabashi"); nil when it names none the readings know.
    static func place(in question: String) -> (kanji: String, reading: String)? {
        let folded = NameKey.normalize(question).lowercased()
        let chars = Array(folded)
        // Kanji: the longest run the places table knows.
        for length in stride(from: 4, through: 2, by: -1) where chars.count >= length {
            for start in 0...(chars.count - length) {
                let part = String(chars[start..<start + length])
                guard standsAlone(chars, after: start + length),
                    let reading = JapaneseNameReadings.places[part]?.first(where: { !$0.contains(" ") })
                else { continue }
                return (part, reading)
            }
        }
        // Romaji: a whole word that is a place's reading.
        for word in folded.split(whereSeparator: { !$0.isASCII || !$0.isLetter }).map(String.init) where word.count >= 3 {
            if let kanji = byReading[word] { return (kanji, word) }
        }
        // Hiragana: the start of a run (「ちばの客」 → ちば), longest first.
        for run in hiraganaStarts(chars) {
            for length in stride(from: min(6, run.count), through: 2, by: -1) where standsAlone(chars, after: run.startIndex + length) {
                if let romaji = Romaji.kana(run.prefix(length)), let kanji = byReading[romaji] { return (kanji, romaji) }
            }
        }
        return nil
    }

    /// 「十勝の客」 where the places table lacks 十勝: a run of kanji or katakana,
    /// standing alone, that two or more of the book's names hold. Its reading
    /// is unknown (empty), so it is found in the names as written only.
    static func sharedWord(in question: String, names: [String]) -> String? {
        let chars = Array(NameKey.normalize(question))
        var start = 0
        while start < chars.count {
            guard chars[start].isJapanese, !Interpreter.isHiragana(chars[start]), !chars[start].isPunctuation else {
                start += 1
                continue
            }
            var end = start
            while end < chars.count, chars[end].isJapanese, !Interpreter.isHiragana(chars[end]), !chars[end].isPunctuation { end += 1 }
            defer { start = end }
            guard (2...8).contains(end - start), standsAlone(chars, after: end) else { continue }
            let word = String(chars[start..<end])
            let keys = names.map { NameKey.normalize($0) }
            if keys.filter({ $0.contains(word) }).count >= 2,
                // Not a legal form (株式会社 is in half the names and is no place).
                CompanyAffixes.strip(NameKey.normalize("北" + word)) == NameKey.normalize("北" + word)
            {
                return word
            }
        }
        return nil
    }

    /// "the shipyards", 「造船所の売上合計」: the trade word asked and the parts of
    /// a name that say it (`[readings trade-groups]`), when the question names one.
    static func trade(in question: String) -> (word: String, parts: [String])? {
        let folded = NameKey.normalize(question).lowercased()
        let words = folded.split { !$0.isASCII || !($0.isLetter || $0 == "-") }.map(String.init)
        let spaced = " " + words.joined(separator: " ") + " "
        for (word, parts) in tradeGroups.sorted(by: { ($0.key.count, $0.key) > ($1.key.count, $1.key) }) {
            let japanese = word.contains { $0.isJapanese }
            // "paper mills", "golf courses": a key of several words, as words.
            if japanese ? folded.contains(word) : spaced.contains(" \(word) ") { return (word, parts) }
        }
        return nil
    }

    /// The customers whose names say the trade (any of its parts, as the names are written).
    /// Japanese parts are found inside the name; Latin ones as whole words
    /// ("inn" is no part of Kinnamplus, "dock" none of Paddock).
    static func customers(ofTrade parts: [String], in names: [String]) -> [String] {
        names.filter { name in
            let key = NameKey.normalize(name).lowercased()
            let words = key.split { !$0.isASCII || !($0.isLetter || $0 == "-") }
            let spaced = " " + words.joined(separator: " ") + " "
            return parts.contains { part in
                let folded = NameKey.normalize(part).lowercased()
                return folded.contains(where: \.isJapanese) ? key.contains(folded) : spaced.contains(" \(folded) ")
            }
        }
    }

    private static let tradeGroups = Understanding.standard.readings("trade-groups")

    /// 「ばんだい工機」 → 「磐梯工機」: a name that starts with a town in hiragana,
    /// the town in kanji as the book writes it; nil when it starts with none.
    static func respelled(_ typed: String) -> String? {
        let chars = Array(typed)
        guard let first = chars.first, Interpreter.isHiragana(first) else { return nil }
        let run = chars.prefix { Interpreter.isHiragana($0) }
        // Something must follow the town: the rest of the name.
        guard run.count < chars.count else { return nil }
        for length in stride(from: min(6, run.count), through: 2, by: -1) {
            if let romaji = Romaji.kana(run.prefix(length)), let kanji = byReading[romaji] {
                return kanji + String(chars[length...])
            }
        }
        return nil
    }

    /// Whether the place ends where the question's word does: 「船橋の客」,
    /// 「船橋市」, 「船橋エリア」, never 「博多フーズ」 (a company of its own).
    private static func standsAlone(_ chars: [Character], after end: Int) -> Bool {
        guard end < chars.count else { return true }
        let next = chars[end]
        if "市区町村駅周辺方面地区界隈".contains(next) || String(chars[end...]).hasPrefix("エリア") { return true }
        // Hiragana that is a particle (の, に, で, って …); other hiragana goes on into a word.
        if Interpreter.isHiragana(next) { return "はがのをにへともでやっかよね".contains(next) }
        return !(next.isLetter || next.isNumber)
    }

    /// The customers whose names hold the place: its kanji, its reading in
    /// hiragana at the start of a run (株式会社ちば冷機), or its reading as a
    /// word of a Latin name (Harbor View Hotel Chiba).
    static func customers(at place: (kanji: String, reading: String), in names: [String]) -> [String] {
        names.filter { name in
            let key = NameKey.normalize(name).lowercased()
            if key.contains(place.kanji) { return true }
            if key.split(whereSeparator: { !$0.isLetter }).contains(where: { $0 == place.reading }) { return true }
            return hiraganaStarts(Array(key)).contains { run in
                (2...min(6, run.count)).contains { Romaji.kana(run.prefix($0)) == place.reading }
            }
        }
    }

    /// Each run of hiragana in `chars`, from where it starts.
    private static func hiraganaStarts(_ chars: [Character]) -> [ArraySlice<Character>] {
        var runs: [ArraySlice<Character>] = []
        var start = 0
        while start < chars.count {
            guard Interpreter.isHiragana(chars[start]) else {
                start += 1
                continue
            }
            var end = start
            while end < chars.count, Interpreter.isHiragana(chars[end]) { end += 1 }
            if end - start >= 2 { runs.append(chars[start..<end]) }
            start = end
        }
        return runs
    }

    /// Whether the question asks for a list ("which", 「どれ」, 「の客」) rather
    /// than about one company that starts with the place.
    static func asksList(_ text: QuestionText) -> Bool {
        PhraseLookup(text).has(english: words.english, japanese: words.japanese)
    }

    /// "the arita customers", "which of the arita ones": the place's reading right
    /// before a word for customers, which asks for them as plainly as 「有田の客」.
    static func asksList(_ text: QuestionText, before place: (kanji: String, reading: String)) -> Bool {
        guard !place.reading.isEmpty else { return false }
        let words = text.asciiWords.map(\.text)
        return zip(words, words.dropFirst()).contains { pair in
            pair.0 == place.reading && ["customers", "ones", "accounts", "clients", "companies"].contains(pair.1)
        }
    }

    private static let words = (english: Understanding.standard.phrases("place-list-en"), japanese: Understanding.standard.phrases("place-list-ja"))

    /// Readings to kanji, for the places typed in romaji or hiragana.
    private static let byReading: [String: String] = {
        var table: [String: String] = [:]
        for (kanji, readings) in JapaneseNameReadings.places {
            for reading in readings where !reading.contains(" ") && reading.count >= 3 {
                // Two places read alike (two 大島): the shorter spelling, then the first in order.
                if let other = table[reading], (other.count, other) <= (kanji.count, kanji) { continue }
                table[reading] = kanji
            }
        }
        return table
    }()
}
