import Foundation

/// A rep's name as people type it, matched loosely: `佐藤さん`, `ｓａｔｏ`,
/// `SATO` and `Sato` are the same rep.
///
/// ```swift
/// RepName.key("佐藤 さん") == RepName.key("佐藤")  // true
/// RepName.match("Emily", in: ["Emily Carter", "岡田 美咲"])  // .unknown(suggestions: [])
/// ```
public enum RepName {
    /// Honorifics dropped from the end of a typed name.
    static let honorifics = ["さん", "様", "さま", "くん", "君", "氏", "-san", " san"]

    /// The key a rep is compared by: width and case folded, spaces removed
    /// (`佐藤 健` and `佐藤健` are one person), an honorific suffix dropped.
    public static func key(_ name: String) -> String {
        var folded = NameKey.normalize(name)
        for suffix in honorifics where folded.hasSuffix(suffix) && folded.count > suffix.count {
            folded.removeLast(suffix.count)
            break
        }
        return folded.filter { !$0.isWhitespace }
    }

    /// What a typed name turned out to be among the reps of a file.
    public enum Match: Sendable, Hashable {
        /// The rep, as the customer file spells it.
        case found(String)
        /// No rep by that name; the closest names, best first.
        case unknown(suggestions: [String])
    }

    /// Finds `typed` among `reps` (the spellings of a customer file, in its
    /// order): the whole name, or one word of it (`佐々木さん` for `佐々木 健`,
    /// `Emily` for `Emily Carter`) when only one rep has that word.
    public static func match(_ typed: String, in reps: [String]) -> Match {
        let wanted = key(typed)
        if let rep = reps.first(where: { key($0) == wanted }) { return .found(rep) }
        var seen: Set<String> = []
        let distinct = reps.filter { seen.insert(key($0)).inserted }
        let byWord = distinct.filter { rep in
            NameKey.normalize(rep).split(separator: " ").contains { !wanted.isEmpty && String($0) == wanted }
        }
        if byWord.count == 1, let rep = byWord.first { return .found(rep) }
        if byWord.count > 1 { return .unknown(suggestions: byWord) }
        // 「鈴木です」 for the rep the file spells "Suzuki": a family name in kanji, by its reading.
        let byReading = distinct.filter { rep in
            latinWords(of: rep).contains { kanjiSpellings(of: $0).contains(wanted) }
        }
        if byReading.count == 1, let rep = byReading.first { return .found(rep) }
        // "I'm Yamamoto" for the rep the file spells 山本 拓也: a kanji name typed in romaji.
        let byRomaji = distinct.filter { romajiWords(of: $0).contains(wanted) }
        if byRomaji.count == 1, let rep = byRomaji.first { return .found(rep) }
        // "I'm Miho Kato" for 加藤 美穂: the given name first, the family name read from its kanji.
        let typedWords = NameKey.normalize(typed).split(separator: " ").map { String($0) }
        if typedWords.count >= 2 {
            let byWords = distinct.filter { rep in typedWords.contains { romajiWords(of: rep).contains($0) } }
            if byWords.count == 1, let rep = byWords.first { return .found(rep) }
        }
        // 「山本です」 for the rep the file spells 山本健太, with no space: the family name at the front.
        if wanted.count >= 2, wanted.allSatisfy(\.isJapanese) {
            let byFront = distinct.filter { key($0).hasPrefix(wanted) && key($0).count > wanted.count }
            if byFront.count == 1, let rep = byFront.first { return .found(rep) }
        }
        return .unknown(suggestions: suggestions(for: typed, in: distinct))
    }

    /// Close rep names for a name that matched none: by edit distance, or a
    /// rep whose name starts with or contains what was typed (a given name alone).
    public static func suggestions(for typed: String, in reps: [String], limit: Int = 3) -> [String] {
        let wanted = key(typed)
        guard !wanted.isEmpty else { return [] }
        let keyed = reps.map { ($0, key($0)) }
        let close = Suggestions.closest(to: wanted, in: keyed.map(\.1), limit: limit)
        var result = close.compactMap { k in keyed.first { $0.1 == k }?.0 }
        if wanted.count >= 2 {
            for (rep, k) in keyed where result.count < limit && !result.contains(rep) && k.contains(wanted) {
                result.append(rep)
            }
        }
        return result
    }

    /// Each rep of `customers` once, in order of first appearance, as first spelt.
    public static func reps(of customers: [Customer]) -> [String] {
        // By index: a lazy map over the customers copied each whole customer to read its rep.
        reps(spelledAs: customers.indices.lazy.map { customers[$0].rep })
    }

    /// `reps(of:)` from the customers' rep fields alone, so a caller holding
    /// classifications need not copy out every customer to ask.
    public static func reps(spelledAs spellingsInOrder: some Sequence<String?>) -> [String] {
        var seen: Set<String> = []
        // A team has a handful of reps spelt a handful of ways: each spelling
        // is read once, not once per customer (that was most of a question's
        // time on a 10,000-customer book).
        // Told apart by their bytes (`SpellingBytes`): hashing a Japanese
        // name as a `String` normalises it first, for every customer.
        var spellings: Set<SpellingBytes> = []
        var reps: [String] = []
        for spelling in spellingsInOrder {
            guard let raw = spelling, spellings.insert(SpellingBytes(raw)).inserted else { continue }
            let rep = raw.trimmingWhitespace
            guard !rep.isEmpty else { continue }
            if seen.insert(key(rep)).inserted { reps.append(rep) }
        }
        return reps
    }

    /// The customers whose rep is `rep` (compared by `key`), in book order.
    public static func customers(of rep: String, in customers: [Customer]) -> [Customer] {
        let wanted = key(rep)
        var matches: [String: Bool] = [:]
        return customers.filter { customer in
            guard let raw = customer.rep else { return false }
            if let known = matches[raw] { return known }
            let match = key(raw) == wanted
            matches[raw] = match
            return match
        }
    }

    /// The one rep a question names as a rep: a whole name, or one word of it
    /// with an honorific or a possessive (「佐藤さんの計画」, "Emily's plan"), so a
    /// customer called 佐藤商事 is never taken for the rep 佐藤. A word alone
    /// ("how many customers does Darcel have?") counts when only one rep has it
    /// and no customer's name holds it.
    public static func named(in question: String, reps: [String], customerNames: [String] = []) -> String? {
        let found = allNamed(in: question, reps: reps, customerNames: customerNames)
        return found.count == 1 ? found.first : nil
    }

    /// `allNamed(in:reps:customerNames:)` worked out (see `RepName+LastAnswer.swift`).
    static func findAllNamed(in question: String, reps: [String], customerNames: [String]) -> [String] {
        let folded = NameKey.normalize(question)
        // Latin words end where Japanese text starts too: 「来週のSarahの計画」 holds "sarah".
        let questionWords = Set(folded.split { !$0.isASCII || !($0.isLetter || $0.isNumber) }.map(String.init))
            .union(folded.split { !$0.isLetter && !$0.isNumber }.map(String.init))
        var found: Set<String> = []
        var customerKeys: [String]? = nil
        for rep in reps {
            let whole = NameKey.normalize(rep)
            if folded.contains(whole) { found.insert(rep); continue }
            // 「森さん」 for 森 理沙: a one-kanji family name counts with an honorific only.
            for word in whole.split(separator: " ") where word.count >= 2 || word.allSatisfy(\.isJapanese) {
                guard case .found(let one) = match(String(word), in: reps), one == rep else { continue }
                // 「今週、何に集中すべき？（足立）」: a name in brackets says whose question it is.
                let forms = ["\(word)さん", "\(word)様", "\(word) san", "\(word)'s", "\(word)’s", "（\(word)）", "(\(word))"]
                // "plan the week for 古賀": a week is planned for a person, not for a customer 古賀運輸.
                let weekFor = ["plan", "week", "schedule"].contains(where: folded.lowercased().contains) && folded.contains("for \(word)")
                if forms.contains(where: { folded.contains($0) }) || weekFor || ownsBook(String(word), in: folded, customerNames: customerNames) {
                    found.insert(rep)
                    continue
                }
                guard word.count >= 2 else { continue }
                let japanese = word.contains { $0.isJapanese }
                // "how many B customers does sasaki have?": a kanji name typed in romaji.
                if japanese, JapaneseNameReadings.readings(of: Array(word)).contains(where: { reading in
                    reading.count == 1 && reading[0].count >= 4
                        && (questionWords.contains(reading[0]) || questionWords.contains(reading[0] + "s"))
                }) {
                    if customerKeys == nil { customerKeys = customerNames.map(NameKey.normalize) }
                    // "Matsuo saw 長崎造船工業 yesterday" beside a customer 松尾造船: the name right
                    // before a visit verb is the person who went, whatever customer holds it.
                    // Only as the sentence's subject: "when was matsuo visited last?" asks about the customer.
                    let opening = folded.lowercased()
                        .replacingOccurrences(of: #"^(log|note|記録)\s*[:：]\s*"#, with: "", options: .regularExpression)
                        .replacingOccurrences(of: leadingDay, with: "", options: .regularExpression)
                    let beforeVerb = JapaneseNameReadings.readings(of: Array(word)).contains { reading in
                        reading.count == 1 && VisitStatement.englishVerbs.contains { opening.hasPrefix("\(reading[0]) \($0) ") }
                    }
                    if beforeVerb || !customerKeys!.contains(where: { $0.contains(word) }) {
                        found.insert(rep)
                        continue
                    }
                }
                // 「かげやまさんのB顧客」 for "Kageyama Yui": a Latin name typed in kana, with an honorific or の.
                if !japanese, word.count >= 4, typedInKana(String(word), in: folded) {
                    found.insert(rep)
                    continue
                }
                // "darcels book": a possessive typed without its apostrophe counts too.
                let alone = japanese
                    ? folded.contains(word)
                    : word.count >= 3 && (questionWords.contains(String(word)) || questionWords.contains(word + "s"))
                guard alone, !customerNames.isEmpty else { continue }
                if customerKeys == nil { customerKeys = customerNames.map(NameKey.normalize) }
                if !customerKeys!.contains(where: { $0.contains(word) }) { found.insert(rep) }
            }
        }
        // 「鈴木さんの計画」 for the rep the file spells "Suzuki": the family name in
        // kanji, by its reading, with an honorific, or alone when no customer's name holds it.
        for rep in reps where !found.contains(rep) {
            for word in latinWords(of: rep) {
                for kanji in kanjiSpellings(of: word) where folded.contains(kanji) {
                    if ["さん", "様"].contains(where: { folded.contains(kanji + $0) }) {
                        found.insert(rep)
                        continue
                    }
                    if customerKeys == nil { customerKeys = customerNames.map(NameKey.normalize) }
                    if !customerKeys!.contains(where: { $0.contains(kanji) }) { found.insert(rep) }
                }
            }
        }
        // "Fujii's book", "compare Ogawa and Tajima", "show me Mori's book" for the
        // reps 藤井 健太, 田島浩二, 森 理沙: a kanji name typed in romaji. With a
        // possessive or an honorific it is the rep even beside a customer 藤井鉄工所;
        // alone, only when no customer's name holds it.
        for rep in reps where !found.contains(rep) {
            for form in romajiForms(of: rep) {
                // "how many D does nakajima have": a person has customers; a company 中島工務店 is not asked that way.
                if ["'s", "’s", "-san", " san", " have", " has"].contains(where: { folded.contains(form.romaji + $0) }) {
                    found.insert(rep)
                    break
                }
                // "what should i tell ogata", "coach fujii on B": one tells or coaches a person, not a company.
                if ["tell ", "coach ", "remind ", "talk to ", "1:1 with ", "one-on-one with ", "meeting with "].contains(where: { folded.contains($0 + form.romaji) }) {
                    found.insert(rep)
                    break
                }
                // "Plan next week for Arai": a week is planned for a person, not for 新井製作所.
                let lowered = folded.lowercased()
                if ["plan", "week", "schedule"].contains(where: lowered.contains), lowered.contains("for " + form.romaji) {
                    found.insert(rep)
                    break
                }
                guard form.romaji.count >= 4, questionWords.contains(form.romaji) || questionWords.contains(form.romaji + "s")
                else { continue }
                if customerKeys == nil { customerKeys = customerNames.map(NameKey.normalize) }
                let latin = " \(form.romaji) "
                if !customerKeys!.contains(where: { $0.contains(form.kanji) || " \($0) ".contains(latin) }) {
                    found.insert(rep)
                    break
                }
            }
        }
        // 「佐藤さん」 for the rep 佐藤健, written without a space: a family name
        // is a leading part of the kanji, taken when no other rep starts with it.
        for rep in reps where !found.contains(rep) {
            let whole = Array(NameKey.normalize(rep))
            guard whole.count >= 3, !whole.contains(" "), whole.allSatisfy(\.isJapanese) else { continue }
            for length in 2..<whole.count {
                let family = String(whole[0..<length])
                guard ["さん", "様"].contains(where: { folded.contains(family + $0) }) else { continue }
                if !reps.contains(where: { $0 != rep && NameKey.normalize($0).hasPrefix(family) }) { found.insert(rep) }
                break
            }
        }
        // "compare tsujimoto and nishida" beside a customer 辻本歯科医院: once one rep is
        // named in a comparison, another rep's name is that rep too, whatever customer holds it.
        if !found.isEmpty, ["compare", " vs ", "versus", "比べ", "比較"].contains(where: { folded.contains($0) }) {
            for rep in reps where !found.contains(rep) {
                let words = NameKey.normalize(rep).split(separator: " ").map(String.init).filter { $0.count >= 2 }
                let romaji = romajiForms(of: rep).map(\.romaji).filter { $0.count >= 4 }
                if words.contains(where: { $0.contains(where: \.isJapanese) ? folded.contains($0) : questionWords.contains($0) })
                    || romaji.contains(where: questionWords.contains)
                {
                    found.insert(rep)
                }
            }
        }
        // 「菊池さんのC」 for the rep 菊地 大輔: the family name in another kanji of the
        // same reading (菊池/菊地, 斉藤/斎藤, 渡辺/渡邊), with an honorific or 「の担当」,
        // when no other rep and no customer's name is spelt so.
        for rep in reps where !found.contains(rep) {
            for spelling in homophones(of: rep)
            where ["さん", "様"].contains(where: { folded.contains(spelling + $0) }) || ownsBook(spelling, in: folded, customerNames: customerNames) {
                if customerKeys == nil { customerKeys = customerNames.map(NameKey.normalize) }
                if !customerKeys!.contains(where: { $0.contains(spelling) }), !reps.contains(where: { NameKey.normalize($0).contains(spelling) }) {
                    found.insert(rep)
                }
            }
        }
        // 「中村さんとトムを比べて」: a rep in katakana beside one named otherwise counts too.
        found.formUnion(repsInKatakana(folded, reps: reps.filter { !found.contains($0) }, customerNames: customerNames))
        if found.isEmpty { found = katakanaRepsInLatin(folded, reps: reps, customerNames: customerNames) }
        // "now takahasi": a long family name typed with one letter wrong, when
        // exactly one rep fits and no customer's name holds the word.
        if found.isEmpty, !customerNames.isEmpty {
            var fits: Set<String> = []
            // "kawno's overdue A's": a possessive says a person, so a shorter word counts too.
            let possessive = { (word: String) in ["'s", "’s"].contains { folded.lowercased().contains(word + $0) } }
            for word in questionWords where (word.count >= 6 || (word.count >= 5 && possessive(word))) && word.allSatisfy(\.isASCII) {
                for rep in reps {
                    let forms = romajiWords(of: rep) + NameKey.normalize(rep).split(separator: " ").map(String.init)
                    if forms.contains(where: { $0.count >= 6 && $0.allSatisfy(\.isASCII) && EditDistance.within($0, word, limit: 1) == 1 }) {
                        fits.insert(rep)
                    }
                }
            }
            if fits.count == 1, let rep = fits.first {
                if customerKeys == nil { customerKeys = customerNames.map(NameKey.normalize) }
                let typed = questionWords.filter { $0.count >= 6 }
                if !customerKeys!.contains(where: { key in typed.contains { key.contains($0) } }) { found = [rep] }
            }
        }
        // In the order named: where the name, one of its words, or (for a
        // kanji name written without a space) its family part first stands.
        func position(_ rep: String) -> Int {
            let key = NameKey.normalize(rep)
            let words = key.split(separator: " ").map(String.init)
            let family = words.count == 1 && key.count >= 3 && key.allSatisfy(\.isJapanese)
                ? (2..<key.count).map { String(key.prefix($0)) } : []
            let kanji = latinWords(of: rep).flatMap(kanjiSpellings)
            let forms = [key] + words + family + kanji + romajiWords(of: rep) + homophones(of: rep)
            return forms.compactMap { folded.range(of: $0).map { folded.distance(from: folded.startIndex, to: $0.lowerBound) } }.min() ?? .max
        }
        return found.sorted { (position($0), $0) < (position($1), $1) }
    }

    /// Whether `word` (a rep's name in Latin letters) is typed in kana as a
    /// person is named: a run of hiragana or katakana that reads as it, then
    /// さん, 様 or の (「かげやまさん」, 「カゲヤマの」).
    static func typedInKana(_ word: String, in text: String) -> Bool {
        let wanted = Romaji.fold(word.lowercased())
        let chars = Array(text)
        func isKana(_ c: Character) -> Bool { Interpreter.isHiragana(c) || c.isKatakana }
        var start = 0
        while start < chars.count {
            guard isKana(chars[start]), start == 0 || !isKana(chars[start - 1]) else { start += 1; continue }
            var end = start
            while end < chars.count, isKana(chars[end]) { end += 1 }
            for length in 2...max(2, min(8, end - start)) where start + length <= end {
                let after = start + length < chars.count ? chars[start + length] : " "
                // 「来週の計画、ｺﾊﾞﾔｼ、火曜やすみ」: a whole word of kana set off by commas names the person too.
                let standsAlone = start + length == end && (after.isWhitespace || after.isPunctuation)
                guard "さ様のはが".contains(after) || standsAlone, let read = Romaji.kana(chars[start..<start + length]) else { continue }
                if Romaji.fold(read) == wanted { return true }
            }
            start = end
        }
        return false
    }

    /// How a rep spelt in kanji is typed in romaji, each form with the kanji
    /// it reads: each word of the name by its reading (山本 拓也 → "yamamoto",
    /// "takuya"), the family name at the front of a name written without a
    /// space (田島浩二 → "tajima"), and the whole name in either order
    /// ("yamamototakuya"); empty for a name with no Japanese in it.
    static func romajiForms(of rep: String) -> [(romaji: String, kanji: String)] {
        let words = NameKey.normalize(rep).split(separator: " ").map(String.init).filter { $0.contains(where: \.isJapanese) }
        var forms: [(romaji: String, kanji: String)] = []
        var whole: [String] = []
        for word in words {
            let read = JapaneseNameReadings.readings(of: Array(word)).filter { $0.count == 1 }.map { $0[0] }
            forms += read.map { ($0, word) }
            if let first = read.first { whole.append(first) }
            // 田島浩二: the given name is rarely in the table, the family name at the front is.
            if read.isEmpty, word.count >= 3 {
                for length in (1...min(3, word.count - 1)).reversed() {
                    let family = String(word.prefix(length))
                    guard let readings = JapaneseNameReadings.familyNames[family] else { continue }
                    forms += readings.filter { !$0.contains(" ") }.map { ($0, family) }
                    break
                }
            }
        }
        if whole.count == 2 { forms += [(whole[0] + whole[1], words[0]), (whole[1] + whole[0], words[0])] }
        return forms.filter { $0.romaji.count >= 3 }
    }

    /// The other kanji spellings of a rep's family name read the same way
    /// (菊地 → 菊池): how a colleague often writes it by mistake.
    static func homophones(of rep: String) -> [String] {
        let words = NameKey.normalize(rep).split(separator: " ").map(String.init).filter { $0.count >= 2 && $0.allSatisfy(\.isJapanese) }
        guard let family = words.first, let readings = JapaneseNameReadings.familyNames[family] else { return [] }
        return readings.flatMap(kanjiSpellings).filter { $0 != family && $0.count >= 2 }
    }

    /// The romaji forms alone (see `romajiForms`).
    static func romajiWords(of rep: String) -> [String] { romajiForms(of: rep).map(\.romaji) }

    /// The Latin words of a rep's name long enough to be a family name ("Suzuki", "Ito").
    static func latinWords(of rep: String) -> [String] {
        NameKey.normalize(rep).split { !$0.isLetter }.map(String.init).filter { $0.count >= 3 && $0.allSatisfy(\.isASCII) }
    }

    /// The family names in kanji that read as `word` ("suzuki" → 鈴木), from the readings table.
    static func kanjiSpellings(of word: String) -> [String] { kanjiByReading[word.lowercased()] ?? [] }

    private static let kanjiByReading: [String: [String]] = {
        var table: [String: [String]] = [:]
        for (kanji, readings) in JapaneseNameReadings.familyNames {
            for reading in readings where !reading.contains(" ") { table[reading, default: []].append(kanji) }
        }
        return table.mapValues { $0.sorted() }
    }()

    /// Whether `line` names `rep` as the one who made a visit: at the start
    /// before a visit verb ("Mochizuki Kenta visited …", "Mochizuki saw …"),
    /// with 「さんが」 or 「が」 at the start (「鈴木さんが昨日…」), or in brackets
    /// (「…に行きました（Mochizuki）」). Elsewhere the name may be the start of
    /// a customer's ("visited suzuki bankin yesterday" is 鈴木板金).
    /// - Parameter verbOnly: only the name straight before an English visit verb
    ///   ("Matsuo saw …"), which no customer's name can be, even 松尾造船's.
    public static func tellsVisitOf(_ rep: String, in line: String, verbOnly: Bool = false) -> Bool {
        // "Yesterday Emily visited …", 「昨日佐藤さんが…」: the day may come before the rep;
        // "log: Matsuo saw …": so may the request to log it.
        let folded = NameKey.normalize(line).lowercased()
            .replacingOccurrences(of: #"^(log|note|記録)\s*[:：]\s*"#, with: "", options: .regularExpression)
            .replacingOccurrences(of: leadingDay, with: "", options: .regularExpression)
        let words = rep.split(separator: " ").map(String.init)
        let forms = ([rep] + words + latinWords(of: rep).flatMap(kanjiSpellings) + homophones(of: rep)
            + romajiForms(of: rep).map(\.romaji).filter { $0.count >= 4 })
            .map { NameKey.normalize($0).lowercased() }.filter { $0.count >= 2 }
            .sorted { $0.count > $1.count }
        for form in forms {
            if !verbOnly, folded.contains("(\(form))") || folded.contains("（\(form)）") { return true }
            // 「今日児島デニム工房に藤原さんが行きました」: the rep as the subject, mid-sentence.
            if !verbOnly, ["さんが", "さんも", "さんは"].contains(where: { folded.contains(form + $0) }) { return true }
            guard folded.hasPrefix(form) else { continue }
            var rest = folded.dropFirst(form.count).drop { $0 == " " }
            // "Mochizuki Kenta visited": the given name after the family name.
            for word in words.map({ NameKey.normalize($0).lowercased() }) where rest.hasPrefix(word + " ") {
                rest = rest.dropFirst(word.count).drop { $0 == " " }
            }
            if !verbOnly, ["さんが", "さんは", "が", "さん、", "です。", "です、"].contains(where: { rest.hasPrefix($0) }) { return true }
            if VisitStatement.englishVerbs.contains(where: { rest.hasPrefix($0 + " ") }) { return true }
        }
        return false
    }

    /// A day said before the rep in a visit told ("yesterday", "on monday", 「先週金曜に」).
    private static let leadingDay = #"^(yesterday|today|this morning|this afternoon|earlier today|(on |last )?(mon|tues|wednes|thurs|fri|satur|sun)day|昨日|きのう|今日|きょう|一昨日|おととい|(先週の?)?[月火水木金土日]曜日?)(に|は)?[ ,、]*"#

    /// The question without the rep's name and what hangs on it (「佐々木さんの計画は？」
    /// → 「計画は？」, "Emily's plan" → "plan"): what is asked of that rep's book.
    public static func removing(_ rep: String, from question: String) -> String {
        var text = question
        // "tsujimoto's" for 辻本 聡: the romaji of a kanji name goes too.
        let words = (rep.split(separator: " ").map(String.init) + latinWords(of: rep).flatMap(kanjiSpellings) + homophones(of: rep)
            + romajiForms(of: rep).map(\.romaji).filter { $0.count >= 4 })
            .sorted { $0.count > $1.count }
        for word in [rep] + words where word.count >= 2 {
            for form in ["\(word)さんの", "\(word)さんは", "\(word)さん", "\(word)様の", "\(word)様", "\(word)の", "\(word)'s", "\(word)’s", word] {
                text = text.replacingOccurrences(of: form, with: " ", options: .caseInsensitive)
            }
        }
        return text.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }

    /// Whether `question` names the rep with an honorific right after the name
    /// or a word of it (「佐々木さん」, 「佐々木様」): a person, never the start of
    /// a customer's name such as 佐々木電設.
    public static func namedWithHonorific(_ rep: String, in question: String, customerNames: [String] = []) -> Bool {
        let words = [rep] + rep.split(separator: " ").map(String.init)
        // "tsujimoto's total profit" for 辻本 聡: the romaji with a possessive is the person too.
        let folded = NameKey.normalize(question).lowercased()
        if romajiForms(of: rep).contains(where: { form in ["'s", "’s", "-san", " san"].contains { folded.contains(form.romaji + $0) } }) {
            return true
        }
        return words.contains { word in
            word.count >= 2 && (["さん", "様", "さま", "くん", "氏"].contains { question.contains(word + $0) }
                || ownsBook(word, in: NameKey.normalize(question), customerNames: customerNames))
        }
    }

    /// 「藤原の担当で」, 「藤原の顧客」: a Japanese family name followed by the
    /// words for someone's accounts is the rep who holds them, even beside a
    /// customer 藤原工業 (whose name goes on after 藤原) — unless a customer is
    /// called just that, when 「藤原の担当」 asks who looks after it.
    /// "how is 飯田 doing?", "show me 飯田" with the rep 飯田 誠 and the customer
    /// 株式会社飯田製作所: a rep's family name typed alone, with no honorific,
    /// that is also a word of customers' names, so neither reading is sure
    /// (`named` takes it for the rep only when no customer's name holds it).
    /// The rep and up to three such customers; nil when the line settles it.
    public static func sharedWithCustomers(in question: String, reps: [String], customerNames: [String]) -> (rep: String, word: String, customers: [String])? {
        // "compare emily and kudo": a rep named beside it settles it (a comparison of reps).
        guard allNamed(in: question, reps: reps, customerNames: customerNames).isEmpty else { return nil }
        let folded = NameKey.normalize(question)
        let latin = Set(folded.lowercased().split { !$0.isASCII || !($0.isLetter || $0.isNumber) }.map(String.init))
        for rep in reps {
            for word in NameKey.normalize(rep).split(separator: " ").map(String.init) {
                let japanese = word.contains { $0.isJapanese }
                guard japanese ? word.count >= 2 && folded.contains(word) : word.count >= 3 && latin.contains(word.lowercased()),
                    case .found(let one) = match(word, in: reps), one == rep
                else { continue }
                let key = word.lowercased()
                let holding = customerNames.filter { NameKey.normalize($0).lowercased().contains(key) }
                guard !holding.isEmpty else { continue }
                return (rep, word, Array(holding.prefix(3)))
            }
            // "how is ogata doing?" for 緒方 大輔 beside 緒方食品: the kanji name typed in romaji.
            for form in romajiForms(of: rep) where form.romaji.count >= 4 && latin.contains(form.romaji) {
                let holding = customerNames.filter {
                    let key = NameKey.normalize($0).lowercased()
                    return key.contains(form.kanji) || " \(key) ".contains(" \(form.romaji) ")
                }
                guard !holding.isEmpty else { continue }
                return (rep, form.romaji, Array(holding.prefix(3)))
            }
        }
        return nil
    }

    static func ownsBook(_ word: String, in folded: String, customerNames: [String]) -> Bool {
        // 「林の顧客を見せて」, 「林担当分だけで」: a one-kanji family name too, when a book follows it.
        guard !word.isEmpty, word.allSatisfy(\.isJapanese),
            ["の担当", "の顧客", "のお客", "の計画", "の予定", "の受け持ち", "担当分", "担当の", "の分"].contains(where: { after in
                // One kanji must stand alone: 「小林の顧客」 is not 林's.
                folded.ranges(of: word + after).contains { range in
                    word.count >= 2 || range.lowerBound == folded.startIndex
                        || !(folded[folded.index(before: range.lowerBound)].isJapanese) || Interpreter.isHiragana(folded[folded.index(before: range.lowerBound)])
                }
            })
        else { return false }
        return !customerNames.contains { CompanyAffixes.strip(NameKey.normalize($0)) == word }
    }

    /// Whether `question` is only the rep's name with a lead-in ("and emily?",
    /// "what about yamamoto", 「じゃあ山本さんは？」): it asks nothing of its own.
    public static func isOnlyName(of rep: String, in question: String) -> Bool {
        // 「高橋さん」 for 高橋美咲: a family name with an honorific is the rep too.
        var rest = removing(rep, from: question).lowercased()
            .replacing(RepNamePattern.honorificName, with: " ")
        // "what about yamamoto" for 山本 拓也: the name in romaji.
        for form in romajiForms(of: rep) { rest = rest.replacingOccurrences(of: form.romaji, with: " ") }
        for word in ["what about", "how about", "and", "now", "ok", "okay", "then", "じゃあ", "では", "それじゃ", "それでは", "なら", "は", "って"] {
            rest = rest.replacingOccurrences(of: word, with: " ")
        }
        return rest.allSatisfy { $0.isWhitespace || $0.isPunctuation || "?？、。,.!！".contains($0) }
    }

    /// "tell me about michael brown" for the rep マイケル・ブラウン: a katakana
    /// name typed in Latin letters, read by its consonants (`KanaSkeleton`;
    /// "ch" may be a k, as in Michael). The whole name, each of its parts in a
    /// row; or one part with 's or san, when no customer's name sounds the same.
    private static func katakanaRepsInLatin(_ folded: String, reps: [String], customerNames: [String]) -> Set<String> {
        let words = folded.lowercased().split { !$0.isASCII || !$0.isLetter }.map(String.init)
        guard !words.isEmpty else { return [] }
        let sounds = words.map { word in
            Set([KanaSkeleton.of(latin: word), KanaSkeleton.of(latin: word.replacingOccurrences(of: "ch", with: "k"))])
        }
        var found: Set<String> = []
        for rep in reps {
            let parts = rep.split { $0 == "・" || $0 == " " || $0 == "　" || $0 == "=" }.map(Array.init)
            guard !parts.isEmpty, parts.allSatisfy({ part in part.allSatisfy { $0.unicodeScalars.first.map { (0x30A1...0x30FC).contains($0.value) } ?? false } })
            else { continue }
            let skeletons = parts.map { Set(KanaSkeleton.variants(katakana: $0)) }
            // The whole name, its parts one after another.
            let whole = (0...(max(0, words.count - parts.count))).contains { start in
                start + parts.count <= words.count
                    && parts.indices.allSatisfy { k in !sounds[start + k].isDisjoint(with: skeletons[k]) }
            }
            if whole, parts.count >= 2 || skeletons[0].contains(where: { $0.count >= 3 }) {
                found.insert(rep)
                continue
            }
            for (i, word) in words.enumerated() where word.count >= 3 && i + 1 < words.count && ["s", "san"].contains(words[i + 1]) {
                if skeletons.contains(where: { !$0.isDisjoint(with: sounds[i]) && $0.contains(where: { $0.count >= 3 }) }),
                    !customerNames.contains(where: { $0.lowercased().contains(word) })
                {
                    found.insert(rep)
                }
            }
        }
        return found
    }

    /// 「エミリーさんのB顧客」: a rep's Latin given or family name written in
    /// katakana, with さん or 様 after it, read by its consonants (`KanaSkeleton`).
    /// 「中村さんとトムを比べて」: a particle after the name marks a person too,
    /// when no customer's name holds that katakana.
    private static func repsInKatakana(_ folded: String, reps: [String], customerNames: [String] = []) -> Set<String> {
        let chars = Array(folded)
        var found: Set<String> = []
        var p = 0
        while p < chars.count {
            let start = p
            while p < chars.count, let v = chars[p].unicodeScalars.first?.value, (0x30A1...0x30FC).contains(v) { p += 1 }
            guard p > start else {
                p += 1
                continue
            }
            // さん, 様, or 「…の担当」 ("サラの担当でBの顧客は？") mark a person.
            let next = chars[p...].prefix(3)
            var honorific = next.first == "様" || next.starts(with: ["さ", "ん"]) || next.elementsEqual(["の", "担", "当"])
            if !honorific, let particle = next.first, "とをはがに".contains(particle) {
                let word = String(chars[start..<p])
                honorific = !customerNames.contains { NameKey.normalize($0).contains(word) }
            }
            // 「エマさん」 for Emma Wilson: a short name's one consonant is enough with さん or 様,
            // when exactly one rep fits it.
            let titled = next.first == "様" || next.starts(with: ["さ", "ん"])
            guard honorific, p - start >= 2, let skeleton = KanaSkeleton.of(katakana: Array(chars[start..<p])),
                skeleton.count >= 2 || (titled && !skeleton.isEmpty)
            else {
                continue
            }
            let fits = reps.filter { rep in
                let words = rep.split { !$0.isLetter }.map(String.init).filter { $0.allSatisfy(\.isASCII) && $0.count >= 3 }
                return words.contains(where: { KanaSkeleton.of(latin: $0) == skeleton })
            }
            if skeleton.count >= 2 || fits.count == 1 { found.formUnion(fits) }
        }
        return found
    }
}

/// Compiled once per process: a regular expression written as a literal in a
/// function is parsed again at every call (see `PlanDaysPattern`).
private enum RepNamePattern {
    nonisolated(unsafe) static let honorificName = #/[\p{Han}\p{Katakana}ー・]{1,8}(?:さん|様|さま)/#
}
