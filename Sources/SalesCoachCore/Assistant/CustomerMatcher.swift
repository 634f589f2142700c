/// Finds the book's customers named in a question.
///
/// Names match whatever their case, width or legal form ("ＡＣＭＥ",
/// "Acme Industrial Inc.", "(株)東邦電機"), inside Japanese text without
/// spaces, by a distinctive first word alone ("Northwind"), and with small
/// typos. A typo match is only taken as certain when one name clearly fits;
/// otherwise it becomes a "did you mean …?" suggestion, so a wrong customer is
/// never answered about with confidence.
public struct CustomerMatcher: Sendable {
    public let index: NameIndex

    public init(index: NameIndex) { self.index = index }

    public init(names: [String]) { self.init(index: NameIndex(names: names)) }

    public init(book: Book) { self.init(index: NameIndex(book: book)) }

    /// The customers named in `question`, and suggestions for names that nearly match.
    public func match(in question: String) -> NameMatches { match(QuestionText(question)) }

    /// Whether the word by which `question` names the rep `rep` is one word of
    /// a customer's name that goes on past it: "why is ishikawa logi in C?" is
    /// about 石川ロジテック, not the rep Ishikawa Rie.
    public func repWordIsPartOfCustomer(_ rep: String, in question: String) -> Bool {
        var forms: Set<String> = []
        for word in NameKey.normalize(rep).split(separator: " ").map(String.init) {
            forms.insert(word)
            if word.contains(where: \.isJapanese) {
                for reading in JapaneseNameReadings.readings(of: Array(word)) where reading.count == 1 { forms.insert(reading[0]) }
            }
        }
        // "visited suzuki bankin yesterday" for the rep 鈴木 and the customer 鈴木板金: the romaji too.
        for form in RepName.romajiForms(of: rep) { forms.insert(form.romaji) }
        let text = QuestionText(question)
        var typed = text.words(joiningApostrophes: false).filter { forms.contains($0.text) || forms.contains(Romaji.fold($0.text)) }
            .map(\.range)
        // 「鈴木木材工業はどのセグメント？」: Japanese runs on with no space, so the
        // family name is found inside the line, where a customer's name may hold it.
        for form in forms where form.count >= 2 && form.contains(where: \.isJapanese) {
            let needle = Array(form)
            var start = 0
            while start + needle.count <= text.chars.count {
                if Array(text.chars[start..<(start + needle.count)]) == needle {
                    typed.append(start..<(start + needle.count))
                    start += needle.count
                } else {
                    start += 1
                }
            }
        }
        guard !typed.isEmpty else { return false }
        // A span that is the rep's whole name ("Emily Carter" sounding like 盛岡オートパーツ) is the rep.
        let whole = NameKey.normalize(rep).lowercased()
        let spans = match(text).spans.filter { String(text.chars[$0]).lowercased() != whole }
        return typed.contains { word in
            spans.contains { $0.lowerBound <= word.lowerBound && $0.upperBound >= word.upperBound && $0.count > word.count }
        }
    }

    // Scores: 1 exact, 0.85 certain (distinctive first word, or a small typo in a
    // long name), 0.6 a suggestion. Certain starts at `certain`.
    static let certain = 0.8
    /// A typo or a family name with one customer to fit: a question about it
    /// is answered about that customer, saying so. A name going on into
    /// another company's ("Northwind Logistics") scores below this.
    static let likely = 0.6
    static let suggestion = 0.5
    /// A customer's first word going on into another company's name: that
    /// other company, which the book does not have.
    static let another = 0.45

    struct Candidate {
        let entry: Int
        let range: Range<Int>
        let score: Double
    }

    func match(_ question: QuestionText, commonWords: Set<String> = AssistantLexicon.commonWords) -> NameMatches {
        var candidates = wordCandidates(question, commonWords: commonWords)
        let exact = characterCandidates(question)
        candidates += exact
        // A name's first part or short form alone (「猪苗代」 of 猪苗代ケミカル) is no reason to
        // skip a whole name typed with one character wrong (「猪苗代ケミカク」).
        let sure = exact.filter { !index.entries[$0.entry].isShortForm }.map(\.range)
        // Over a short form, only the same customer's whole name: another's would be a guess
        // across a part already read.
        let short = exact.filter { index.entries[$0.entry].isShortForm }
        candidates += typoCharacterCandidates(question, covered: sure).filter { typo in
            short.allSatisfy { part in
                !part.range.overlaps(typo.range) || index.entries[part.entry].name == index.entries[typo.entry].name
            }
        }
        candidates += abbreviationCandidates(question, covered: sure)
        candidates += katakanaCandidates(question, covered: exact.map(\.range))
        candidates += soundCandidates(question, covered: candidates.filter { $0.score >= CustomerMatcher.likely }.map(\.range))
        // After the Japanese names' readings: 「くれせいき」 is 呉精機 before it is anything sounding like Kurashiki.
        candidates += hiraganaLatinCandidates(question, covered: candidates.filter { $0.score >= CustomerMatcher.suggestion }.map(\.range))
        // Words any other reading has claimed, even as another company ("northwind logistics"), stay theirs.
        candidates += latinSoundCandidates(question, covered: candidates.map(\.range), commonWords: commonWords)
        return select(candidates, in: question)
    }

    /// A Japanese name typed in Latin letters as it sounds rather than as the
    /// reading tables spell it: "hotel polestar" (ホテルポールスター, read
    /// "hotel pooru star"), "niseko resort" (ニセコリゾートホテル),
    /// "tomatonoki" (トマトの木, its words run together). Up to four words in a
    /// row, no other name on them, one of them no everyday word, whose letters
    /// are one customer's reading run together or sound like one (the same
    /// consonants, `KanaSkeleton`). Taken, saying so; two customers that sound
    /// alike are neither taken.
    private func latinSoundCandidates(_ question: QuestionText, covered: [Range<Int>], commonWords: Set<String>) -> [Candidate] {
        guard !index.bySkeleton.isEmpty || !index.byJoinedReading.isEmpty else { return [] }
        let words = question.words(joiningApostrophes: false)
        var result: [Candidate] = []
        var i = 0
        while i < words.count {
            var found: (candidate: Candidate, next: Int)?
            // The longest run first: "niseko resort hotel" before "niseko resort".
            for j in stride(from: min(words.count, i + 4), to: i, by: -1) {
                let span = words[i..<j]
                let range = span.first!.range.lowerBound..<span.last!.range.upperBound
                guard !covered.contains(where: { $0.overlaps(range) }), span.allSatisfy({ $0.text.allSatisfy(\.isLetter) }),
                    // A trade word alone ("welding" of 日明溶接センター) names no one: "Sunrise Welding" is another company.
                    span.contains(where: {
                        !commonWords.contains($0.text) && !commonWords.contains(Stemmer.stem($0.text))
                            && !CustomerMatcher.tradeWords.contains(Romaji.fold($0.text))
                    })
                else { continue }
                let joined = span.map(\.text).joined()
                var entries = index.byJoinedReading[Romaji.fold(joined)] ?? []
                // A sound-alike never runs through joining words: "for the whole" has the
                // consonants of "fujiwara", yet no one names a customer with "for" and "the".
                if entries.isEmpty, !span.contains(where: { CustomerMatcher.functionWords.contains($0.text) }) {
                    let skeleton = KanaSkeleton.of(words: span.map(\.text))
                    if skeleton.count >= 4 { entries = index.bySkeleton[skeleton] ?? [] }
                }
                guard let first = entries.first, entries.allSatisfy({ index.entries[$0].name == index.entries[first].name }) else {
                    continue
                }
                found = (Candidate(entry: first, range: range, score: CustomerMatcher.likely), j)
                break
            }
            if let found {
                result.append(found.candidate)
                i = found.next
            } else {
                i += 1
            }
        }
        return result
    }

    /// A Japanese name spelt with other kana or kanji than the book's
    /// (「野毛らーめん」 for 野毛ラーメン, 「みなと未来学園」 for みなとみらい学園):
    /// a run of three or more Japanese characters no other name covers that
    /// reads exactly as one customer's name. Taken, saying so.
    private func soundCandidates(_ question: QuestionText, covered: [Range<Int>]) -> [Candidate] {
        guard !index.byJoinedReading.isEmpty else { return [] }
        let (chars, positions) = question.compact
        var result: [Candidate] = []
        var p = 0
        while p < chars.count {
            // Runs start on a kanji or katakana, or on hiragana after a non-Japanese character: not inside a particle.
            // Or on hiragana right after a particle: 「火曜にはーもにー保育園も」.
            guard chars[p].isJapanese,
                p == 0 || !chars[p - 1].isJapanese || chars[p - 1].isPunctuation || !Interpreter.isHiragana(chars[p])
                    || "にはをがもでとへ".contains(chars[p - 1]) || CustomerMatcher.endsDayWord(chars[..<p])
            else {
                p += 1
                continue
            }
            // 「期限切れのAはまだある？」: a particle right after a Latin word (「Aは」) is that word's.
            if p > 0, !chars[p - 1].isJapanese, chars[p - 1].isLetter || chars[p - 1].isNumber, positions[p] == positions[p - 1] + 1,
                "はがをにでともへの".contains(chars[p])
            {
                p += 1
                continue
            }
            var found: Candidate?
            var q = min(chars.count, p + 16)
            while q >= p + 3, found == nil {
                defer { q -= 1 }
                let range = positions[p]..<positions[q - 1] + 1
                guard chars[p..<q].allSatisfy(\.isJapanese), !covered.contains(where: { $0.overlaps(range) }) else { continue }
                // A first word in hiragana ends where the word does: 「ひろしまばいおらぼ」 is no
                // 「ひろしま」 for 広島ガラス; a particle or another script may follow it.
                let wordEnds = q == chars.count || !Interpreter.isHiragana(chars[q]) || "にはをがもでとへのやっか".contains(chars[q])
                if let entry = kanaPart(of: chars[p..<q]) ?? (wordEnds ? kanaFirstWord(of: chars[p..<q]) : nil) {
                    found = Candidate(entry: entry, range: range, score: CustomerMatcher.likely)
                    break
                }
                for words in JapaneseNameReadings.readings(of: Array(chars[p..<q])) {
                    let joined = words.map(Romaji.fold).joined()
                    guard let entries = index.byJoinedReading[joined], entries.count == 1 else { continue }
                    found = Candidate(entry: entries[0], range: range, score: CustomerMatcher.likely)
                    break
                }
            }
            if let found {
                result.append(found)
                p = positions.firstIndex { $0 >= found.range.upperBound } ?? chars.count
            } else {
                p += 1
            }
        }
        return result
    }

    /// Kanji day words a rep types straight before a name in hiragana
    /// (「今朝おまえざきマリン行ってきた」): no particle between them, yet the
    /// hiragana cannot be a word's ending there.
    /// The same words in hiragana count only when they start a run of
    /// hiragana (「おとというおぬま」, not the end of a longer word).
    private static let dayWords: [[Character]] = ["今朝", "昨日", "今日", "本日", "明日", "曜日", "曜", "先週", "今週", "来週"].map(Array.init)
    private static let kanaDayWords: [[Character]] = ["おととい", "きのう", "きょう", "けさ"].map(Array.init)

    static func endsDayWord(_ head: ArraySlice<Character>) -> Bool {
        if dayWords.contains(where: { head.count >= $0.count && head.suffix($0.count).elementsEqual($0) }) { return true }
        return kanaDayWords.contains { word in
            guard head.count >= word.count, head.suffix(word.count).elementsEqual(word) else { return false }
            let before = head.dropLast(word.count).last
            return before.map { !Interpreter.isHiragana($0) } ?? true
        }
    }

    /// 「えみしあ」 for ホテルエミシア, 「こむぎ」 for パン工房こむぎ: a run of
    /// hiragana that, as written or in katakana, is part of one customer's
    /// name and of no other's. Reps shorten a name to its own part and type a
    /// katakana name in hiragana when the input method offers it first.
    private func kanaPart(of run: ArraySlice<Character>) -> Int? {
        // The long-vowel mark belongs to either kana (はーもにー).
        guard run.allSatisfy({ Interpreter.isHiragana($0) || $0 == "ー" }), run.contains(where: Interpreter.isHiragana),
            !Interpreter.isCuePhraseRun(Array(run))
        else { return nil }
        let katakana = run.map { c -> Character in
            guard let scalar = c.unicodeScalars.first, (0x3041...0x3096).contains(scalar.value),
                let shifted = Unicode.Scalar(scalar.value + 0x60)
            else { return c }
            return Character(shifted)
        }
        var found: Int?
        for form in [Array(run), katakana] {
            for entry in index.byPair[String(form.prefix(2))] ?? [] {
                guard let characters = index.entries[entry].characters, characters.count > form.count,
                    (0...(characters.count - form.count)).contains(where: { characters[$0..<$0 + form.count].elementsEqual(form) })
                else { continue }
                if let earlier = found, index.entries[earlier].name != index.entries[entry].name { return nil }
                found = found ?? entry
            }
        }
        return found
    }

    /// 「さんのみや病院」 for 三宮総合病院: hiragana that read as the first word
    /// of one customer's reading, a word of its own (no trade word such as
    /// "kogyo"), then anything the rep adds. Reps type a place name in
    /// hiragana when the kanji does not come up first.
    private func kanaFirstWord(of run: ArraySlice<Character>) -> Int? {
        guard run.count >= 3, run.allSatisfy({ Interpreter.isHiragana($0) || $0 == "ー" }),
            !Interpreter.isCuePhraseRun(Array(run)), let latin = Romaji.kana(Array(run))
        else { return nil }
        let word = Romaji.fold(latin)
        guard word.count >= 5, !CustomerMatcher.tradeWords.contains(word), let entries = index.readings.byFirstWord[word],
            let first = entries.first, entries.allSatisfy({ index.entries[$0].name == index.entries[first].name })
        else { return nil }
        return first
    }

    // MARK: Latin-script names and romaji readings, word by word

    private func wordCandidates(_ question: QuestionText, commonWords: Set<String>) -> [Candidate] {
        let words = question.words(joiningApostrophes: false)
        let typed = words.map(\.text)
        var result = wordCandidates(words, typed: typed, table: index.latin, commonWords: commonWords)
        result += laterWordCandidates(words, typed: typed, table: index.latin, commonWords: commonWords)
        if !index.readings.byFirstWord.isEmpty {
            let folded = typed.map(Romaji.fold)
            result += wordCandidates(words, typed: folded, table: index.readings, commonWords: commonWords)
            result += laterWordCandidates(words, typed: folded, table: index.readings, commonWords: commonWords)
        }
        return result
    }

    /// Names typed without their front: "curry house" (Fukuoka Curry House),
    /// "sunrise kokura" (ホテルサンライズ小倉), "ichibantei" (博多ラーメン一番亭).
    /// Two or more of a name's later words in a row, exactly, are that name
    /// with certainty; one later word of a Japanese name's reading, long and
    /// no everyday, place or trade word, is a likely match, answered saying
    /// which customer was taken (two names sharing it are only suggestions).
    private func laterWordCandidates(
        _ words: [QuestionText.Word], typed: [String], table: NameIndex.WordTable, commonWords: Set<String>
    ) -> [Candidate] {
        guard !table.byLaterWord.isEmpty else { return [] }
        var result: [Candidate] = []
        for i in words.indices {
            for later in table.byLaterWord[typed[i]]?.prefix(50) ?? [] {
                let entry = index.entries[later.entry]
                guard let nameWords = entry.words else { continue }
                var matched = 1
                while later.position + matched < nameWords.count, i + matched < words.count {
                    let next = typed[i + matched]
                    let expected = nameWords[later.position + matched]
                    guard next == expected || CustomerMatcher.abbreviations[next] == expected
                        || (entry.isReading && next.count >= 5 && CustomerMatcher.soundsAlike(next, expected))
                    else { break }
                    matched += 1
                }
                let range = words[i].range.lowerBound..<words[i + matched - 1].range.upperBound
                if matched >= 2 {
                    result.append(Candidate(entry: later.entry, range: range, score: 0.85))
                } else if entry.isReading, typed[i].count >= 5,
                    isDistinctive(words[i].text, commonWords: commonWords)
                        // 「スーパーみなと」 is "minato" to a rep: a place is the name when the rest is trade words.
                        || (CustomerMatcher.placeWords.contains(typed[i]) && !commonWords.contains(words[i].text)
                            && nameWords.indices.allSatisfy { $0 == later.position || CustomerMatcher.tradeWords.contains(nameWords[$0]) }),
                    !CustomerMatcher.tradeWords.contains(typed[i]), !CompanyAffixes.englishWords.contains(words[i].text)
                {
                    result.append(Candidate(entry: later.entry, range: range, score: CustomerMatcher.likely))
                }
            }
        }
        return result
    }

    /// A typed word and a reading's word that sound the same ("bearing" and
    /// "bearingu"), by three consonants at least: "people" and "pooru" share
    /// only two, and a chance like that once named a hotel for "the hotel people".
    static func soundsAlike(_ typed: String, _ reading: String) -> Bool {
        let skeleton = KanaSkeleton.of(latin: typed)
        return skeleton.count >= 3 && skeleton == KanaSkeleton.of(latin: reading)
    }

    /// Words that join a sentence and never sound out a name on their own.
    static let functionWords: Set<String> = [
        "the", "for", "of", "to", "a", "an", "in", "on", "at", "and", "or", "with", "by", "from", "my", "your", "our", "is", "are",
        "was", "it", "its", "this", "that", "these", "those", "all", "whole", "each", "every",
    ]

    /// The romaji of the trade words in the readings table, folded: "shoji",
    /// "kogyo" and the like end many names and point at none.
    static let tradeWords: Set<String> = Set(
        JapaneseNameReadings.trades.values.flatMap { $0 }.flatMap { $0.split(separator: " ").map { Romaji.fold(String($0)) } }
            + JapaneseNameReadings.loanwords.values.flatMap { $0 }.map(Romaji.fold))

    /// Names of `table` that start at a word of the question. `typed` are the
    /// words as the table keeps them (folded for romaji readings).
    private func wordCandidates(
        _ words: [QuestionText.Word], typed: [String], table: NameIndex.WordTable, commonWords: Set<String>
    ) -> [Candidate] {
        var result: [Candidate] = []
        for i in words.indices {
            let word = typed[i]
            var heads: [(entry: Int, edits: Int)] = (table.byFirstWord[word] ?? []).prefix(50).map { ($0, 0) }
            if heads.isEmpty, word.count >= 4, !commonWords.contains(words[i].text), let initial = word.first {
                let letters = Array(word)
                for first in table.firstWordsByInitial[initial]?.prefix(2000) ?? [] {
                    let limit = EditDistance.allowedEdits(length: max(first.count, letters.count))
                    guard limit > 0, abs(first.count - letters.count) <= limit,
                        let d = EditDistance.within(letters, Array(first), limit: limit)
                    else { continue }
                    heads += (table.byFirstWord[first] ?? []).prefix(50).map { ($0, d) }
                }
            }
            for head in heads {
                let entry = index.entries[head.entry]
                guard let nameWords = entry.words, !entry.isGuess || head.edits == 0 else { continue }
                // "Tokyo" is a place in its own right, not 東洋 mistyped.
                if head.edits > 0, CustomerMatcher.placeWords.contains(Romaji.fold(words[i].text)) || CustomerMatcher.placeWords.contains(words[i].text) {
                    continue
                }
                var edits = head.edits
                var matched = 1
                // "Oak and Stone" for Oak & Stone Design: the typed "and" stands for the ampersand.
                var skipped = 0
                let ampersand = entry.name.contains("&")
                while matched < nameWords.count, i + matched + skipped < words.count {
                    let next = typed[i + matched + skipped]
                    let expected = nameWords[matched]
                    if ampersand, next == "and", expected != "and", skipped == 0 {
                        skipped = 1
                        continue
                    }
                    // A loanword the readings table lacks is romanised as kana spell it
                    // (ベアリング → "bearingu"): the English word typed sounds the same.
                    // "ishikawa logi" for 石川ロジテック (ishikawa logitech): a word cut short, as reps type.
                    if next == expected || CustomerMatcher.abbreviations[next] == expected
                        || (entry.isReading && next.count >= 5 && CustomerMatcher.soundsAlike(next, expected))
                        || (next.count >= 4 && expected.count > next.count && expected.hasPrefix(next))
                    {
                        matched += 1
                        continue
                    }
                    let limit = next.count >= 4 && !entry.isGuess ? EditDistance.allowedEdits(length: max(next.count, expected.count)) : 0
                    guard limit > 0, let d = EditDistance.within(next, expected, limit: limit) else { break }
                    edits += d
                    matched += 1
                }
                // A lone "and" skipped at the end is no part of the name.
                if skipped == 1, i + matched + skipped - 1 < words.count, typed[i + matched] == "and", matched < nameWords.count {
                    skipped = 0
                }
                // "sannomiya hospital" for 三宮総合病院 (sannomiya sogo hospital): a reading's
                // first word, then a later word of it, the middle left out as reps do.
                var leftOut = false
                if entry.isReading, matched == 1, edits == 0, skipped == 0, i + 1 < words.count, nameWords.count >= 3,
                    nameWords[2...].contains(typed[i + 1]), !CustomerMatcher.placeWords.contains(typed[i + 1])
                {
                    leftOut = true
                    skipped = 1
                }
                var range = words[i].range.lowerBound..<words[i + matched + skipped - 1].range.upperBound
                let length = nameWords.prefix(matched).reduce(0) { $0 + $1.count }
                let score: Double
                if matched == nameWords.count {
                    score = edits == 0 ? 1 : edits <= EditDistance.allowedEdits(length: length) ? 0.85 : 0.6
                } else if edits == 0 && (leftOut || (entry.isReading ? matched >= 2 : matched >= 2 || isDistinctive(words[i].text, commonWords: commonWords))) {
                    // "Northwind Logistics" when the book has Northwind Traders:
                    // a capitalised word, or a word companies are named with
                    // ("northwind logistics"), going on where the name differs
                    // names another company, so the match is only a suggestion.
                    let next = i + matched + skipped < words.count ? words[i + matched + skipped] : nil
                    let namesAnother = next.map {
                        ($0.capitalized && !commonWords.contains($0.text) && !CompanyAffixes.englishWords.contains($0.text)
                            && words[i].capitalized) || CustomerMatcher.companyWords.contains($0.text)
                    } ?? false
                    score = namesAnother ? CustomerMatcher.another : 0.85
                    // The other company's name runs over the next word too, and the capitalised ones after it.
                    if namesAnother, next != nil {
                        range = range.lowerBound..<otherNameEnd(words, from: i + matched + skipped, commonWords: commonWords)
                    }
                } else if nameWords[0].count >= 4 && !commonWords.contains(words[i].text)
                    && (head.edits == 0 || word.prefix(2) == nameWords[0].prefix(2))
                {
                    // A family name alone ("Tanaka") fits too many companies to be sure.
                    // Mistyped, it must still start as the name does ("Kobayahsi"):
                    // an English word a letter away from a reading ("cutoff", "kuto"
                    // once folded, against "kato") names nobody.
                    // "Fukuoka Intl School" beside 福岡住宅サービス: a capitalised word going
                    // on where the name differs names another company, as above.
                    let next = i + matched < words.count ? words[i + matched] : nil
                    // So does a capitalised word before a place ("Hitachi Osaka").
                    let before = i > 0 ? words[i - 1] : nil
                    let goesOn = next.map {
                        $0.capitalized && words[i].capitalized && !commonWords.contains($0.text)
                            && !CompanyAffixes.englishWords.contains($0.text)
                    } ?? false
                    let comesAfter = before.map {
                        $0.capitalized && words[i].capitalized && !commonWords.contains($0.text)
                            && CustomerMatcher.placeWords.contains(words[i].text)
                    } ?? false
                    // "silver fork kitchen" beside キッチンパートナーズ: a trade word alone, after
                    // words no name holds, ends another company's name.
                    let tradeAlone = CustomerMatcher.tradeWords.contains(word) && matched == 1
                    let afterOthers = tradeAlone && i > 0 && !commonWords.contains(words[i - 1].text)
                    score = goesOn || comesAfter || afterOthers ? CustomerMatcher.another : tradeAlone ? CustomerMatcher.suggestion : 0.6
                    if goesOn { range = range.lowerBound..<otherNameEnd(words, from: i + matched, commonWords: commonWords) }
                    if comesAfter, let before { range = before.range.lowerBound..<range.upperBound }
                } else {
                    continue
                }
                result.append(Candidate(entry: head.entry, range: range, score: score))
            }
        }
        return result
    }

    /// Where another company's name typed from word `start` ends: over the
    /// capitalised words that follow it ("Hakata Marine Foods"), at least the first.
    private func otherNameEnd(_ words: [QuestionText.Word], from start: Int, commonWords: Set<String>) -> Int {
        var end = start + 1
        while end < words.count, words[end].capitalized, !commonWords.contains(words[end].text) { end += 1 }
        return words[end - 1].range.upperBound
    }

    /// Short forms of words company names spell out ("Intl" for International).
    static let abbreviations: [String: String] = [
        "intl": "international", "int'l": "international", "corp": "corporation", "mfg": "manufacturing",
        "svc": "service", "svcs": "services", "assoc": "associates", "natl": "national", "univ": "university",
        "dept": "department", "tech": "technology", "eng": "engineering", "bros": "brothers", "mgmt": "management",
        "dev": "development", "ind": "industries", "inds": "industries", "elec": "electric", "co": "company",
    ]

    /// `[words company-words-en]` under knowledge/understanding/.
    static let companyWords = Understanding.standard.words("company-words-en")

    /// A first word that can stand for the whole name: long enough and not an everyday word.
    /// A place ("Fukuoka", "Osaka") starts many companies' names in its region: never distinctive alone.
    private func isDistinctive(_ word: String, commonWords: Set<String>) -> Bool {
        word.count >= 4 && !commonWords.contains(word) && !word.allSatisfy(\.isNumber) && !CustomerMatcher.placeWords.contains(word)
    }

    /// The romaji of the place names in the readings table.
    static let placeWords: Set<String> = Set(JapaneseNameReadings.places.values.flatMap { $0 }.filter { !$0.contains(" ") })

    // MARK: Names with Japanese, character by character

    private func characterCandidates(_ question: QuestionText) -> [Candidate] {
        let (chars, positions) = question.compact
        var result: [Candidate] = []
        var startingWith: [Int: [Int]] = [:]
        for p in chars.indices {
            var keys = [String(chars[p])]
            if p + 1 < chars.count { keys.append(String(chars[p...p + 1])) }
            for key in keys {
                for entry in index.byPrefix[key] ?? [] {
                    guard let name = index.entries[entry].characters, name.count == key.count || key.count == 2 else { continue }
                    guard p + name.count <= chars.count, chars[p..<p + name.count].elementsEqual(name),
                        !splitsLatinWord(chars, start: p, end: p + name.count)
                    else {
                        let leading = key.count == 2 ? leadingPart(of: name, at: p, in: chars) : nil
                        if key.count == 2, let partial = leading ?? placePart(of: name, at: p, in: chars) {
                            // 「大和ロジに行ってきた」, `visits 関西`: the start of one name,
                            // ending where the Japanese word ends. Taken, saying so,
                            // when no other name starts the same way; 「京都の数字」 beside
                            // 京都精機 and 京都精工所, or a place alone (「大津の数字」), is
                            // only a suggestion, never an answer about one of them.
                            let typed = chars[p..<p + partial]
                            // The names the typed start fits, worked out once per start (a big
                            // book has hundreds under one place); a few are offered.
                            let slot = p * 1_000 + partial
                            let fresh = startingWith[slot] == nil
                            let starting = startingWith[slot] ?? (index.byPrefix[key] ?? []).filter { other in
                                index.entries[other].characters.map { $0.starts(with: typed) } == true
                            }
                            startingWith[slot] = starting
                            let alone = !starting.contains { index.entries[$0].name != index.entries[entry].name }
                            let range = positions[p]..<positions[p + partial - 1] + 1
                            let placeOnly = leading == nil
                            result.append(Candidate(entry: entry, range: range, score: alone && !placeOnly ? 0.6 : CustomerMatcher.suggestion))
                            if fresh {
                                for other in starting.prefix(12) where index.entries[other].name != index.entries[entry].name {
                                    result.append(Candidate(entry: other, range: range, score: CustomerMatcher.suggestion))
                                }
                            }
                        }
                        continue
                    }
                    // 「大阪キッチン」: a short form (キッチン of キッチンパートナーズ) at the end of a longer word is another name.
                    if index.entries[entry].isShortForm, CustomerMatcher.placeEnds(chars, before: p) { continue }
                    let range = extendOverAffixes(positions[p]..<positions[p + name.count - 1] + 1, in: question)
                    result.append(Candidate(entry: entry, range: range, score: index.entries[entry].isShortForm ? 0.85 : 1))
                }
            }
        }
        return result
    }

    /// Whether a place's name in kanji (大阪, 北九州) ends right before `p`:
    /// what follows is then the rest of a company named after that place.
    static func placeEnds(_ chars: [Character], before p: Int) -> Bool {
        (2...3).contains { length in
            p >= length && JapaneseNameReadings.places[String(chars[(p - length)..<p])] != nil
                && (p == length || !chars[p - length - 1].isJapanese || Interpreter.isHiragana(chars[p - length - 1]))
        }
    }

    /// A place in kanji that starts `name` (大津 of 大津エレクトロニクス), typed
    /// alone: its two characters, which the caller offers only as a suggestion.
    private func placePart(of name: [Character], at p: Int, in chars: [Character]) -> Int? {
        guard p + 2 <= chars.count, name.count > 2, name.starts(with: chars[p..<p + 2]),
            JapaneseNameReadings.places[String(chars[p..<p + 2])] != nil
        else { return nil }
        if p + 2 < chars.count, chars[p + 2].isJapanese, !Interpreter.isHiragana(chars[p + 2]) { return nil }
        // 「青森ひば工業ってある？」: hiragana that is no particle goes on into another company's name.
        if p + 2 < chars.count, Interpreter.isHiragana(chars[p + 2]), !"はがのをにへともでやっかよね".contains(chars[p + 2]) { return nil }
        return 2
    }

    /// How many characters of a Japanese `name` the question spells from `p`,
    /// when that is a clear start of it: at least three characters or half the
    /// name, followed by no more kanji or katakana (a particle, a space, the end).
    private func leadingPart(of name: [Character], at p: Int, in chars: [Character]) -> Int? {
        guard name.contains(where: \.isJapanese) else { return nil }
        // 「さっぽろグランドホテル」 holds ホテル in the middle of a katakana word: the
        // start of ホテルエミシア only where a word could start.
        if p > 0, chars[p - 1].unicodeScalars.first.map({ (0x30A1...0x30FC).contains($0.value) }) == true,
            name.first.flatMap({ $0.unicodeScalars.first }).map({ (0x30A1...0x30FC).contains($0.value) }) == true
        {
            return nil
        }
        // 「大阪キッチンのセグメントは？」: キッチン after 大阪 is the end of another
        // company's name, not the start of キッチンパートナーズ.
        if CustomerMatcher.placeEnds(chars, before: p) { return nil }
        var length = 0
        while length < name.count, p + length < chars.count, chars[p + length] == name[length] { length += 1 }
        guard length >= 2, length < name.count, length >= 3 || length * 2 >= name.count else { return nil }
        // 「なんで」, 「なんですか」 start なんば厨房's short form なんば: two
        // hiragana are too common a start of everyday words to name anyone.
        if length == 2, name.prefix(2).allSatisfy(Interpreter.isHiragana) { return nil }
        if p + length < chars.count {
            let next = chars[p + length]
            // 「所沢ロジ行ってきた」: a verb of visiting may follow the name with no particle.
            let rest = String(chars[(p + length)...].prefix(2))
            let visitVerb = ["行っ", "行く", "訪問", "伺っ", "伺い"].contains(rest)
            if next.isJapanese && !Interpreter.isHiragana(next) && !visitVerb { return nil }
            if next.isLetter && next.isASCII { return nil }
        }
        return length
    }

    /// An English name written in katakana (メリディアンファーマ, ヴァーテックス):
    /// a run of four or more katakana whose consonant skeleton is one Latin
    /// name's, or its distinctive first word's. Taken, saying so; two names
    /// with that skeleton are both only suggestions.
    private func katakanaCandidates(_ question: QuestionText, covered: [Range<Int>]) -> [Candidate] {
        let (chars, positions) = question.compact
        func isKatakana(_ c: Character) -> Bool { c.isKatakana }
        var result: [Candidate] = []
        var p = 0
        while p < chars.count {
            guard isKatakana(chars[p]) else {
                p += 1
                continue
            }
            var end = p
            while end < chars.count, isKatakana(chars[end]) { end += 1 }
            let range = positions[p]..<positions[end - 1] + 1
            let skeletons = KanaSkeleton.variants(katakana: Array(chars[p..<end])).filter { $0.count >= 3 }
            var fits: [Int] = []
            // 「スミスさんとこ」: a short katakana name with さん after it is a person's or a firm's name, not a word.
            let honorific = end + 1 < chars.count && chars[end] == "さ" && chars[end + 1] == "ん"
            if end - p >= 4 || (end - p == 3 && honorific), !covered.contains(where: { $0.overlaps(range) }), !skeletons.isEmpty {
                fits = index.latinBySkeleton.entries(with: Set(skeletons), in: index)
                for i in fits {
                    result.append(Candidate(entry: i, range: range, score: CustomerMatcher.likely))
                }
            }
            if fits.isEmpty, let found = kanjiLedLatinCandidate(chars, positions, katakana: p..<end, covered: covered) {
                result.append(found)
            } else if fits.isEmpty, end - p >= 4, !covered.contains(where: { $0.overlaps(range) }),
                // A word standing alone before a particle (「マクセルは外して」), not part of a longer one (カレンダー用紙).
                p == 0 || !chars[p - 1].isJapanese || Interpreter.isHiragana(chars[p - 1]) || chars[p - 1].isPunctuation,
                end == chars.count || !chars[end].isJapanese || chars[end].isPunctuation || "はをがのにもとってへや".contains(chars[end]),
                let entry = katakanaWordOfOneName(Array(chars[p..<end]))
            {
                result.append(Candidate(entry: entry, range: range, score: CustomerMatcher.likely))
            }
            p = end
        }
        return result
    }

    /// 「マクセルは外して」 for 株式会社 九州日立マクセル: the katakana word a
    /// name ends in (or holds whole), which reps use for the company, when
    /// one customer's name has it and it is no trade word (ホテル, フーズ).
    private func katakanaWordOfOneName(_ word: [Character]) -> Int? {
        // An everyday loanword (カレンダー in a visit's note) is no company's own either.
        guard JapaneseNameReadings.trades[String(word)] == nil, JapaneseNameReadings.loanwords[String(word)] == nil,
            !Interpreter.isCuePhraseRun(word)
        else { return nil }
        var found: Int?
        for entry in index.byPair[String(word.prefix(2))] ?? [] {
            guard let characters = index.entries[entry].characters, characters.count > word.count else { continue }
            let holds = (0...(characters.count - word.count)).contains { start in
                characters[start..<start + word.count].elementsEqual(word)
                    && (start == 0 || !characters[start - 1].isKatakana)
                    && (start + word.count == characters.count || !characters[start + word.count].isKatakana)
            }
            guard holds else { continue }
            if let earlier = found, index.entries[earlier].name != index.entries[entry].name { return nil }
            found = found ?? entry
        }
        return found
    }

    /// 「中部ロボティクス」 for Chubu Robotics: the place in kanji, the rest in
    /// katakana, as a Japanese rep writes an English name whose first word
    /// is a Japanese place. The kanji's reading and the katakana together
    /// sound like one Latin customer's name (five consonants or more) and no other's.
    private func kanjiLedLatinCandidate(
        _ chars: [Character], _ positions: [Int], katakana: Range<Int>, covered: [Range<Int>]
    ) -> Candidate? {
        guard katakana.lowerBound > 0, let kana = Romaji.kana(chars[katakana]) else { return nil }
        func isKanji(_ c: Character) -> Bool { c.isJapanese && !Interpreter.isHiragana(c) && !c.isPunctuation && Romaji.kana([c]) == nil }
        var start = katakana.lowerBound
        while start > 0, katakana.lowerBound - start < 4, isKanji(chars[start - 1]) { start -= 1 }
        // The longest kanji run first: 東中部 before 中部.
        for k in start..<katakana.lowerBound {
            let range = positions[k]..<positions[katakana.upperBound - 1] + 1
            guard !covered.contains(where: { $0.overlaps(range) }) else { continue }
            for words in JapaneseNameReadings.readings(of: Array(chars[k..<katakana.lowerBound])) {
                let skeleton = KanaSkeleton.of(latin: words.joined() + kana)
                guard skeleton.count >= 5 else { continue }
                let fits = index.latinBySkeleton.entries(with: [skeleton], in: index)
                if fits.count == 1 { return Candidate(entry: fits[0], range: range, score: CustomerMatcher.likely) }
            }
        }
        return nil
    }

    /// An English name typed in hiragana as it sounds (「ひろしまばいおらぼ」 for
    /// Hiroshima Bio Labs), as the input method offers hiragana first: a run
    /// of five or more hiragana starting a word and ending where a particle
    /// or another script follows, whose skeleton of five consonants or more
    /// is one Latin customer's and no other's. Taken, saying so.
    private func hiraganaLatinCandidates(_ question: QuestionText, covered: [Range<Int>]) -> [Candidate] {
        let (chars, positions) = question.compact
        var result: [Candidate] = []
        var p = 0
        while p < chars.count {
            // A word starts here: the line's start, another script or a day word (「昨日」) before it —
            // never kanji, whose hiragana ending 「行きすぎてない」 is no name.
            guard Interpreter.isHiragana(chars[p]),
                p == 0 || !chars[p - 1].isJapanese || chars[p - 1].isPunctuation || CustomerMatcher.endsDayWord(chars[..<p])
            else {
                p += 1
                continue
            }
            var runEnd = p
            while runEnd < chars.count, Interpreter.isHiragana(chars[runEnd]) || chars[runEnd] == "ー" { runEnd += 1 }
            // 「期限切れのAはまだある？」: a particle right after a word (「Aは」) belongs to it; 「はまだ」 is no 浜田.
            if p > 0, positions[p] == positions[p - 1] + 1, !chars[p - 1].isPunctuation, "はがをにでともへの".contains(chars[p]) {
                p = runEnd
                continue
            }
            var found: Candidate?
            var end = runEnd
            while found == nil, end - p >= 5 {
                defer { end -= 1 }
                let wordEnds = end == runEnd || "にはをがもでとへのやっか".contains(chars[end])
                let range = positions[p]..<positions[end - 1] + 1
                guard wordEnds, !covered.contains(where: { $0.overlaps(range) }) else { continue }
                // Five consonants at least: everyday hiragana (「ためしてみる」) has shorter skeletons that a name may share by chance.
                let skeletons = Set(KanaSkeleton.variants(katakana: Array(chars[p..<end])).filter { $0.count >= 5 })
                guard !skeletons.isEmpty else { continue }
                let fits = index.latinBySkeleton.entries(with: skeletons, in: index)
                if fits.count == 1 { found = Candidate(entry: fits[0], range: range, score: CustomerMatcher.likely) }
            }
            if let found { result.append(found) }
            p = runEnd
        }
        return result
    }

    /// Whether a match starting or ending with a Latin letter would cut a word in two.
    private func splitsLatinWord(_ chars: [Character], start: Int, end: Int) -> Bool {
        func latin(_ c: Character) -> Bool { c.isASCII && (c.isLetter || c.isNumber) }
        if start > 0, latin(chars[start]), latin(chars[start - 1]) { return true }
        if end < chars.count, latin(chars[end - 1]), latin(chars[end]) { return true }
        return false
    }

    /// Typos in Japanese names: names sharing most character pairs with the
    /// question, then the closest stretch of the question by edit distance.
    private func typoCharacterCandidates(_ question: QuestionText, covered: [Range<Int>]) -> [Candidate] {
        let (chars, positions) = question.compact
        guard chars.count >= 3, !index.byPair.isEmpty else { return [] }
        let free = positions.map { position in !covered.contains { $0.contains(position) } }
        var hits: [Int: Int] = [:]
        for p in 0..<chars.count - 1 where free[p] && free[p + 1] && chars[p].isJapanese {
            for entry in index.byPair[String(chars[p...p + 1])]?.prefix(5000) ?? [] { hits[entry, default: 0] += 1 }
        }
        let likely = hits.filter { entry, count in
            guard let name = index.entries[entry].characters, name.count >= 3 else { return false }
            return count >= max(2, name.count - 3)
        }
        .sorted { ($0.value, $1.key) > ($1.value, $0.key) }
        .prefix(20)
        var result: [Candidate] = []
        for (entry, _) in likely {
            guard let name = index.entries[entry].characters else { continue }
            let limit = name.count >= 6 ? 2 : 1
            var best: (distance: Int, range: Range<Int>, otherFront: Bool)? = nil
            for length in max(1, name.count - 1)...(name.count + 1) where length <= chars.count {
                for start in 0...(chars.count - length) where (start..<start + length).allSatisfy({ free[$0] }) {
                    let typed = Array(chars[start..<start + length])
                    guard let d = EditDistance.within(typed, name, limit: limit),
                        best.map({ d < $0.distance }) ?? true
                    else { continue }
                    // 「大阪電子工業」 beside 北摂電子工業: the same trade under another place's
                    // name is another company, not a typo of this one.
                    let otherFront = d == 2 && name.count >= 4 && typed.suffix(name.count - 2).elementsEqual(name.suffix(name.count - 2))
                        && !typed.starts(with: name.prefix(2))
                    best = (d, positions[start]..<positions[start + length - 1] + 1, otherFront)
                }
            }
            guard let best, best.distance > 0 else { continue }
            let score = best.otherFront ? CustomerMatcher.suggestion : best.distance == 1 && name.count >= 6 ? 0.85 : 0.6
            result.append(Candidate(entry: entry, range: best.range, score: score))
        }
        return result
    }

    /// 「星病院」 for 星総合病院, 「群大病院」 for 群馬大学病院: a name with a word or
    /// two left out, as reps shorten them. Its first character and last two
    /// kept, the rest in order, at most three left out. Only offered ("did you
    /// mean"): a short form can as well be another company.
    private func abbreviationCandidates(_ question: QuestionText, covered: [Range<Int>]) -> [Candidate] {
        let (chars, positions) = question.compact
        guard chars.count >= 3, !index.byPair.isEmpty else { return [] }
        func nameCharacter(_ c: Character) -> Bool { c.isJapanese && !Interpreter.isHiragana(c) && !c.isPunctuation }
        var result: [Candidate] = []
        // Whole words only: the end and the start of a run of name characters typed together
        // (「山田商事」 holds 「田商事」, which is no short form of 田中商事).
        func joined(_ p: Int) -> Bool { p + 1 < chars.count && positions[p + 1] == positions[p] + 1 && nameCharacter(chars[p + 1]) }
        for end in 2..<chars.count where nameCharacter(chars[end]) && nameCharacter(chars[end - 1]) && !joined(end) {
            guard let entries = index.byPair[NameIndex.pair(chars[end - 1], chars[end])] else { continue }
            for start in stride(from: end - 2, through: max(0, end - 10), by: -1) {
                // One word typed together: no space, no kana of grammar inside.
                guard (start..<end).allSatisfy({ nameCharacter(chars[$0]) && positions[$0 + 1] == positions[$0] + 1 }) else { break }
                if start > 0, joined(start - 1) { continue }
                let range = positions[start]..<positions[end] + 1
                guard !covered.contains(where: { $0.overlaps(range) }) else { continue }
                let typed = chars[start...end]
                for entry in entries.prefix(5000) {
                    guard let name = index.entries[entry].characters, !index.entries[entry].isShortForm,
                        (1...3).contains(name.count - typed.count), name.first == typed.first, name.suffix(2).elementsEqual(typed.suffix(2)),
                        CustomerMatcher.isSubsequence(typed, of: name)
                    else { continue }
                    result.append(Candidate(entry: entry, range: range, score: CustomerMatcher.suggestion))
                }
            }
        }
        return result
    }

    static func isSubsequence(_ short: ArraySlice<Character>, of long: [Character]) -> Bool {
        var rest = short[...]
        for c in long where rest.first == c { rest = rest.dropFirst() }
        return rest.isEmpty
    }

    /// Grows a Japanese name's span over a legal form typed next to it, so
    /// "株式会社" is not left behind as words of the question.
    private func extendOverAffixes(_ range: Range<Int>, in question: QuestionText) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        for affix in CompanyAffixes.japanese.map(Array.init) {
            if lower >= affix.count, question.chars[(lower - affix.count)..<lower].elementsEqual(affix) {
                lower -= affix.count
            }
            if upper + affix.count <= question.chars.count,
                question.chars[upper..<(upper + affix.count)].elementsEqual(affix)
            {
                upper += affix.count
            }
        }
        return lower..<upper
    }

    // MARK: Choosing

    /// Best first, then longest; overlapping candidates lose. Two different
    /// names equally good for the same words are both only suggestions.
    private func select(_ candidates: [Candidate], in question: QuestionText) -> NameMatches {
        // "daiwa juko takaoka": the company's own reading ("daiwa juko") is surest, and its
        // branch's reading runs on over "takaoka". The name covers all its words, so the
        // place after it is not left over to name 高岡銅器工業 as well.
        var reach: [String: Int] = [:]
        for candidate in candidates where candidate.score >= CustomerMatcher.likely {
            let key = "\(candidate.range.lowerBound) \(index.entries[candidate.entry].name)"
            reach[key] = max(reach[key] ?? 0, candidate.range.upperBound)
        }
        let candidates = candidates.map { candidate -> Candidate in
            guard candidate.score >= CustomerMatcher.likely,
                let end = reach["\(candidate.range.lowerBound) \(index.entries[candidate.entry].name)"], end > candidate.range.upperBound
            else { return candidate }
            return Candidate(entry: candidate.entry, range: candidate.range.lowerBound..<end, score: candidate.score)
        }
        // "Gifu Presicion" beside ぎふ農業協同組合 (read "gifu"): a whole name typed with one word
        // a little wrong outweighs a name that is only its first word, however exact.
        let extended = candidates
        let kept: [Candidate] = extended.filter { inner in
            guard inner.score >= CustomerMatcher.certain else { return true }
            return !extended.contains { outer in covers(outer, inner) }
        }
        let sorted = kept.sorted {
            if $0.score != $1.score { return $0.score > $1.score }
            if $0.range.count != $1.range.count { return $0.range.count > $1.range.count }
            if $0.range.lowerBound != $1.range.lowerBound { return $0.range.lowerBound < $1.range.lowerBound }
            return $0.entry < $1.entry
        }
        var taken: [Range<Int>] = []
        var certain: [(Int, String)] = []
        var suggestions: [String] = []
        var likely: [String] = []
        var spans: [Range<Int>] = []
        var others: [String] = []
        var starts: [String: Int] = [:]
        for (i, candidate) in sorted.enumerated() {
            if candidate.score == CustomerMatcher.another, !taken.contains(where: { $0.overlaps(candidate.range) }) {
                taken.append(candidate.range)
                // Said back to the user: the words only, never what lay between them.
                let typed = candidate.range.map { question.upper[$0] ? Character(question.chars[$0].uppercased()) : question.chars[$0] }
                let words = String(typed).split { !($0.isLetter || $0.isNumber || "'&.-".contains($0)) }
                others.append(words.joined(separator: " "))
                continue
            }
            guard candidate.score >= CustomerMatcher.suggestion, !taken.contains(where: { $0.overlaps(candidate.range) })
            else { continue }
            let name = index.entries[candidate.entry].name
            let rivals = sorted[(i + 1)...].filter {
                $0.score == candidate.score && index.entries[$0.entry].name != name && $0.range.overlaps(candidate.range)
                    && $0.range.count == candidate.range.count
            }
            taken.append(candidate.range)
            if starts[name] == nil { starts[name] = candidate.range.lowerBound }
            // "naniwa university" with なにわ工務店 and 浪速学院大学: the rest of the line settles it.
            if !rivals.isEmpty,
                let settled = settledByOtherWords([name] + rivals.map { index.entries[$0.entry].name }, outside: candidate.range, in: question)
            {
                spans.append(extendOverEnglishForms(candidate.range, in: question))
                if !likely.contains(settled) { likely.append(settled) }
                if !suggestions.contains(settled) { suggestions.append(settled) }
                if starts[settled] == nil { starts[settled] = candidate.range.lowerBound }
                continue
            }
            spans.append(extendOverEnglishForms(candidate.range, in: question))
            // Sure of a first word or a near spelling, unless the line goes on into another company's name.
            // "Chiba Steel Corporation" is no ちば農業協同組合, however sure its first word;
            // 「鹿児島トヨタ」 is no Kagoshima Tech Devices.
            let another = (candidate.score < 1 && namesAnotherCompany(candidate.range, in: question))
                || englishNameRunsOn(candidate.range, in: question) != nil
                || (candidate.score < CustomerMatcher.certain && katakanaDisagrees(candidate.range, with: name, in: question))
            if another, !others.contains(anotherCompanyText(candidate.range, in: question)) {
                others.append(anotherCompanyText(candidate.range, in: question))
            }
            if candidate.score >= CustomerMatcher.certain && rivals.isEmpty && !another {
                certain.append((candidate.range.lowerBound, name))
            } else {
                for other in [name] + rivals.map({ index.entries[$0.entry].name }) where !suggestions.contains(other) {
                    suggestions.append(other)
                }
                // "seto ceramic": each word alone points at 瀬戸セラミック, which is one customer, not two.
                if candidate.score >= CustomerMatcher.likely && rivals.isEmpty && !likely.contains(name) && !another {
                    likely.append(name)
                }
            }
        }
        var names: [String] = []
        for (_, name) in certain.sorted(by: { $0.0 < $1.0 }) where !names.contains(name) { names.append(name) }
        var matches = NameMatches(names: names, suggestions: suggestions.filter { !names.contains($0) }, spans: spans)
        matches.likely = likely.filter { !names.contains($0) }
        matches.others = others
        matches.starts = starts
        return matches
    }

    /// Whether `outer`, a sure match of another customer, spans more of the
    /// question and all of `inner`'s words.
    private func covers(_ outer: Candidate, _ inner: Candidate) -> Bool {
        guard outer.score >= CustomerMatcher.certain, outer.range.count > inner.range.count,
            outer.range.lowerBound <= inner.range.lowerBound, outer.range.upperBound >= inner.range.upperBound
        else { return false }
        return index.entries[outer.entry].name != index.entries[inner.entry].name
    }

    /// Of names equally good for the same words, the one a further word of
    /// the question belongs to ("university", 「大学」, "hotel"), when only one
    /// has such a word; nil when none or several do.
    private func settledByOtherWords(_ names: [String], outside range: Range<Int>, in question: QuestionText) -> String? {
        let rest = question.words(joiningApostrophes: false).filter { !$0.range.overlaps(range) && $0.text.count >= 4 }
            .map { Romaji.fold($0.text) }
        let (chars, positions) = question.compact
        let restChars = chars.indices.filter { !range.contains(positions[$0]) }.map { chars[$0] }
        var settled: String?
        for name in Set(names) {
            var words: Set<String> = []
            var characters: [Character] = []
            for entry in index.entries where entry.name == name {
                words.formUnion(entry.words ?? [])
                if let own = entry.characters, own.count > characters.count { characters = own }
            }
            let byWord = rest.contains { words.contains($0) }
            // Two characters of the name in a row elsewhere in the line (大学 of 浪速学院大学).
            let byCharacters = characters.count >= 3 && restChars.count >= 2
                && (0..<restChars.count - 1).contains { p in
                    restChars[p].isJapanese && (0..<characters.count - 1).contains { characters[$0] == restChars[p] && characters[$0 + 1] == restChars[p + 1] }
                }
            guard byWord || byCharacters else { continue }
            if settled != nil { return nil }
            settled = name
        }
        return settled
    }

    /// Grows a span over "Inc.", "Co., Ltd." and the like typed after the name.
    /// Whether the words a likely match was found in are part of another
    /// company's name, so the customer is only offered ("did you mean"), never
    /// answered about: "大分ケミカル" for 光ケミカルズ (the name typed goes on
    /// before the words that matched: a kanji or katakana right before them),
    /// "Tokuyama Corporation", 「徳山株式会社」 for 徳山ソーダ販売 (a place with a
    /// legal form is a whole company's name, and holds nothing of the rest).
    private func namesAnotherCompany(_ range: Range<Int>, in question: QuestionText) -> Bool {
        let chars = question.chars
        // The run of kanji and katakana the match starts inside, before it: a place
        // reaching over it (大分 in 大分ケミカル) is the other company's; a day
        // (昨日, 今朝) is no part of any name, so the match stands.
        let lead = Array(chars[..<range.lowerBound].reversed().prefix { $0.isJapanese && !Interpreter.isHiragana($0) }.reversed())
        if !lead.isEmpty, chars[range.lowerBound].isJapanese {
            let run = lead + Array(chars[range].prefix(3))
            let (shortest, longest) = (max(2, lead.count), min(4, run.count))
            if shortest <= longest {
                for length in shortest...longest where JapaneseNameReadings.places[String(run.prefix(length))] != nil { return true }
            }
        }
        // 「気仙沼ホテル株式会社」, 「気仙沼ホテル」 beside the customer 気仙沼マリン: the first word goes
        // on into a name the book does not have (a customer's own rest would have matched).
        let forms = ["株式会社", "有限会社", "合同会社", "㈱", "㈲", "(株)", "（株）"]
        let run = chars[range.upperBound...].prefix { $0.isJapanese && !Interpreter.isHiragana($0) }
        if chars[range].last?.isJapanese == true, run.count >= 2,
            run.contains(where: \.isKatakana) || forms.contains(where: { String(run).contains($0) })
        {
            return true
        }
        if englishNameRunsOn(range, in: question) != nil { return true }
        let typed = String(chars[range]).lowercased()
        let isPlace = CustomerMatcher.placeWords.contains(typed) || JapaneseNameReadings.places[typed] != nil
        guard isPlace else { return false }
        if extendOverEnglishForms(range, in: question) != range { return true }
        let after = String(chars[range.upperBound...].drop { $0 == " " })
        let before = String(chars[..<range.lowerBound].reversed().drop { $0 == " " }.reversed())
        return forms.contains(where: after.hasPrefix) || forms.contains(where: before.hasSuffix)
    }

    /// The other company's name as typed: the place or word before the match,
    /// the match, the rest of the name after it and its legal form
    /// (「気仙沼ホテル株式会社」, "Tokuyama Corporation").
    private func anotherCompanyText(_ range: Range<Int>, in question: QuestionText) -> String {
        let chars = question.chars
        let lead = chars[..<range.lowerBound].reversed().prefix { $0.isJapanese && !Interpreter.isHiragana($0) }.count
        var upper = max(englishNameRunsOn(range, in: question)?.upperBound ?? extendOverEnglishForms(range, in: question).upperBound, range.upperBound)
        upper += chars[upper...].prefix { $0.isJapanese && !Interpreter.isHiragana($0) }.count
        let typed = (range.lowerBound - lead)..<upper
        var text = typed.map { question.upper[$0] ? Character(chars[$0].uppercased()) : chars[$0] }
        while text.first == " " { text.removeFirst() }
        while text.last == " " { text.removeLast() }
        return String(text)
    }

    /// 「鹿児島トヨタ」 beside Kagoshima Tech Devices: katakana typed for a name
    /// spelt in Latin letters must sound like one of its words; トヨタ is no "tech".
    private func katakanaDisagrees(_ range: Range<Int>, with name: String, in question: QuestionText) -> Bool {
        let typed = question.chars[range]
        // Only a place in kanji run on into katakana (「鹿児島トヨタ」); katakana alone
        // (スミス, ノルディック) is matched by its sound already.
        guard typed.contains(where: { $0.isJapanese && !$0.isKatakana && !Interpreter.isHiragana($0) }) else { return false }
        let katakana = typed.filter(\.isKatakana)
        guard katakana.count >= 2, !name.contains(where: \.isJapanese) else { return false }
        guard let reading = JapaneseNameReadings.readings(of: Array(katakana)).first?.joined() else { return false }
        let words = name.lowercased().split { !$0.isLetter }.map(String.init).filter { $0.count >= 2 }
        return !words.contains { word in
            word.hasPrefix(reading) || reading.hasPrefix(word)
                || EditDistance.within(Array(word), Array(reading), limit: max(1, word.count / 3)) != nil
        }
    }

    /// "Chiba Steel Corporation" beside ちば農業協同組合: a name typed in
    /// romaji that goes on, over one to three more words, into a legal form
    /// is a whole company's name, and the words between are not the
    /// customer's (its own would have matched). The span through the form.
    private func englishNameRunsOn(_ range: Range<Int>, in question: QuestionText) -> Range<Int>? {
        guard question.chars[range].allSatisfy({ $0.isASCII }) else { return nil }
        var between = 0
        var upper = range.upperBound
        for word in question.asciiWords where word.range.lowerBound >= upper {
            let gap = question.chars[upper..<word.range.lowerBound]
            guard gap.allSatisfy({ $0 == " " || $0 == "," || $0 == "." || $0 == "-" || $0 == "&" }) else { return nil }
            if CompanyAffixes.englishWords.contains(word.text) {
                return between > 0 ? extendOverEnglishForms(range.lowerBound..<word.range.upperBound, in: question) : nil
            }
            // "compare Blue Harbor Hotels and Aomori Cider Company": another name begins after "and".
            guard !["and", "or", "vs", "versus", "with", "than", "then", "to", "for", "from", "is", "in", "at", "on"].contains(word.text) else { return nil }
            between += 1
            guard between <= 3, word.text.count >= 2 else { return nil }
            upper = word.range.upperBound
        }
        return nil
    }

    private func extendOverEnglishForms(_ range: Range<Int>, in question: QuestionText) -> Range<Int> {
        var upper = range.upperBound
        for word in question.asciiWords where word.range.lowerBound >= upper {
            let gap = question.chars[upper..<word.range.lowerBound]
            guard gap.allSatisfy({ $0 == " " || $0 == "," || $0 == "." }),
                CompanyAffixes.englishWords.contains(word.text)
            else { break }
            upper = word.range.upperBound
            if upper < question.chars.count, question.chars[upper] == "." { upper += 1 }
        }
        return range.lowerBound..<upper
    }
}

/// The customers a question names.
public struct NameMatches: Sendable, Hashable {
    /// Customers named with certainty, as the book spells them, in the order they appear.
    public var names: [String]
    /// Names that nearly match, for "did you mean …?".
    public var suggestions: [String]
    /// The suggestions that are one clear customer's name mistyped or
    /// shortened (「小林包送」, "Kobayahsi"), never another company's.
    public var likely: [String] = []
    /// Names of companies the book does not have that start like one it has
    /// ("northwind logistics" beside Northwind Trading), as typed.
    public var others: [String] = []
    /// Where names (certain or suggested) lie in the folded question.
    var spans: [Range<Int>]
    /// Where each name found starts in the folded question.
    var starts: [String: Int] = [:]

    /// `found` in the order the question names them.
    func inOrder(_ found: [String]) -> [String] {
        found.enumerated().sorted { (starts[$0.element] ?? Int.max, $0.offset) < (starts[$1.element] ?? Int.max, $1.offset) }.map(\.element)
    }

    public init(names: [String] = [], suggestions: [String] = []) {
        self.init(names: names, suggestions: suggestions, spans: [])
    }

    init(names: [String], suggestions: [String], spans: [Range<Int>]) {
        self.names = names
        self.suggestions = suggestions
        self.spans = spans
    }
}
