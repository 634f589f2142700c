/// Romaji readings of Japanese company names ("田中商事" → "tanaka shoji").
///
/// Kanji have several readings and no rule picks the right one, so names are
/// read with a table of the words company names are made of: common family
/// names, places, trades and legal words, and the katakana loanwords whose
/// English spelling a rep would type ("テクノロジー" → "technology", not
/// "tekunorojii"). The name is cut into the longest words the table knows;
/// kana outside the table are read syllable by syllable. A name with a kanji
/// the word tables lack is read, when asked, with a guess: each such kanji
/// by its usual reading in names, neighbours joined into one word (北浜 →
/// kitahama). Reps type 「北浜」 as "kitahama" far more often than a guess
/// goes wrong, and the index lets such a reading match only when typed exactly.
enum JapaneseNameReadings {
    /// At most this many readings per name (a word with two readings doubles them).
    static let limit = 4

    /// The readings of a normalised, affix-free name, each as words; empty when
    /// the name is not Japanese or holds a kanji the tables do not know. With
    /// `guessing`, a kanji outside the word tables is read by the single-kanji
    /// table, and runs of single kanji join into one word.
    static func readings(of name: [Character], guessing: Bool = false) -> [[String]] {
        let whole = readingsOfWhole(name, guessing: guessing)
        guard whole.isEmpty, name.contains(" ") else { return whole }
        // 「三菱造船協力会社 明石ドック」 with a front the tables cannot read: reps
        // name such a customer by the part after the space ("akashi dock"),
        // so that part, when it reads and is long enough to be a name, stands for it.
        for part in name.split(separator: " ").reversed() where part.count >= 3 {
            let read = readingsOfWhole(Array(part), guessing: guessing)
            if !read.isEmpty { return read }
        }
        return []
    }

    private static func readingsOfWhole(_ name: [Character], guessing: Bool) -> [[String]] {
        guard name.contains(where: \.isJapanese) else { return [] }
        var results: [[String]] = [[]]
        var pendingKana: [Character] = []
        // The last word came from one kanji alone: the next single kanji joins it.
        var joinable = false
        func flushKana() -> Bool {
            defer { pendingKana = [] }
            guard !pendingKana.isEmpty else { return true }
            joinable = false
            guard let latin = Romaji.kana(pendingKana) else { return false }
            results = results.map { $0 + [latin] }
            return true
        }
        /// One kanji's readings, joined onto the word before when that was one kanji too.
        func appendKanji(_ readings: [String]) {
            results = results.flatMap { prefix in
                readings.map { reading in
                    guard joinable, let last = prefix.last else { return prefix + [reading] }
                    return prefix.dropLast() + [last + reading]
                }
            }
            if results.count > limit { results = Array(results.prefix(limit)) }
            joinable = true
        }
        var i = 0
        while i < name.count {
            let c = name[i]
            if c == " " || c == "・" || c == "-" || c == "&" {
                guard flushKana() else { return [] }
                joinable = false
                i += 1
                continue
            }
            if c.isASCII && (c.isLetter || c.isNumber) {
                guard flushKana() else { return [] }
                joinable = false
                var j = i
                while j < name.count, name[j].isASCII && (name[j].isLetter || name[j].isNumber) { j += 1 }
                let word = String(name[i..<j])
                results = results.map { $0 + [word] }
                i = j
                continue
            }
            let word = longestWord(in: name, at: i)
            if guessing, word == nil || word?.0 == 1, let readings = kanji[c] ?? word?.1 {
                guard flushKana() else { return [] }
                appendKanji(readings)
                i += 1
                continue
            }
            if let (length, readings) = word {
                guard flushKana() else { return [] }
                results = results.flatMap { prefix in readings.map { prefix + $0.split(separator: " ").map(String.init) } }
                if results.count > limit { results = Array(results.prefix(limit)) }
                joinable = false
                i += length
                continue
            }
            guard Romaji.kana([c]) != nil || c == "ー" || c == "っ" || c == "ッ" else { return [] }
            pendingKana.append(c)
            i += 1
        }
        guard flushKana() else { return [] }
        return results.filter { !$0.isEmpty }
    }

    /// The name without a trailing trade word, when at least three characters
    /// are left: reps say 加藤ネジ for 加藤ネジ製作所 and 東洋重機 for
    /// 東洋重機工業. Shorter rests (田中 of 田中商事) are family names, which
    /// many companies share.
    static func shortForm(of name: [Character]) -> [Character]? {
        // Up the tree of the trade words read backwards, keeping the longest
        // word that leaves at least three characters.
        let most = min(longestKey, name.count - 3)
        guard most >= 2 else { return nil }
        var node = 0
        var best: Int?
        var length = 0
        while length < most, let key = treeKey(name[name.count - 1 - length]), let next = tailTree[node].children[key] {
            node = next
            length += 1
            if length >= 2, tailTree[node].readings != nil { best = length }
        }
        return best.map { Array(name.dropLast($0)) }
    }

    /// The trade words and loanwords as a tree of their characters read from the end.
    private static let tailTree: [Node] = tree(of: trades.merging(loanwords) { a, _ in a }, reversed: true)

    private static func longestWord(in name: [Character], at start: Int) -> (Int, [String])? {
        // Down the tree of the words' characters, keeping the last word passed:
        // one step a character instead of a string made and hashed per length.
        var node = 0
        var best: (Int, [String])?
        var index = start
        while index < name.count, let key = treeKey(name[index]), let next = wordTree[node].children[key] {
            node = next
            index += 1
            if let readings = wordTree[node].readings { best = (index - start, readings) }
        }
        return best
    }

    /// The words as a tree of their characters; node 0 is the root. Keyed by
    /// the character's one scalar: hashing a `Character` hashes a string, and
    /// that was most of reading a large book's names.
    private struct Node {
        var children: [UInt32: Int] = [:]
        var readings: [String]?
    }

    /// A character's key in the tree: its scalar, or nil for a character of
    /// several scalars (no word holds one).
    private static func treeKey(_ character: Character) -> UInt32? {
        var scalars = character.unicodeScalars.makeIterator()
        guard let first = scalars.next(), scalars.next() == nil else { return nil }
        return first.value
    }

    private static let wordTree: [Node] = tree(of: words, reversed: false)

    private static func tree(of words: [String: [String]], reversed: Bool) -> [Node] {
        var nodes = [Node()]
        for (word, readings) in words {
            var node = 0
            var reachable = true
            for character in reversed ? Array(word.reversed()) : Array(word) {
                guard let key = treeKey(character) else {
                    reachable = false
                    break
                }
                if let next = nodes[node].children[key] {
                    node = next
                } else {
                    nodes.append(Node())
                    nodes[node].children[key] = nodes.count - 1
                    node = nodes.count - 1
                }
            }
            if reachable { nodes[node].readings = readings }
        }
        return nodes
    }

    private static let longestKey = words.keys.map(\.count).max() ?? 1

    /// Words of company names and their readings, the usual one first. A word
    /// in two tables keeps both readings (小山: koyama the family, oyama the city).
    static let words: [String: [String]] = familyNames.merging(places, uniquingKeysWith: bothReadings)
        .merging(trades, uniquingKeysWith: bothReadings).merging(loanwords, uniquingKeysWith: bothReadings)

    private static func bothReadings(_ first: [String], _ second: [String]) -> [String] {
        first + second.filter { !first.contains($0) }
    }

    // The tables are data: `[readings …]` under knowledge/understanding/readings.cues.
    static let familyNames = Understanding.standard.readings("family-names")
    static let places = Understanding.standard.readings("places")
    static let trades = Understanding.standard.readings("trades")
    static let loanwords = Understanding.standard.readings("loanwords")
    /// Single kanji by their usual reading in names, for guessed readings only.
    static let kanji: [Character: [String]] = Dictionary(
        Understanding.standard.readings("kanji").compactMap { key, readings in key.count == 1 ? (key.first!, readings) : nil },
        uniquingKeysWith: { a, _ in a })
}
