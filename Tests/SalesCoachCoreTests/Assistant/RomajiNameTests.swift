import Testing

@testable import SalesCoachCore

/// Japanese customer names typed in romaji, the way reps who work in English write them.
@Suite struct RomajiNameTests {
    static let matcher = CustomerMatcher(names: [
        "田中商事", "山田工業", "株式会社さくらテクノロジー", "鈴木モータース", "大和ロジスティクス", "丸の内ホールディングス",
        "有限会社高橋塗装", "株式会社日本データシステム", "Acme Industrial", "東洋重機工業", "田中精機",
    ])

    @Test(
        "Hepburn, kunrei, marked and doubled long vowels fold to one form",
        arguments: [
            ("shoji", "syoji"), ("shouji", "shoji"), ("shōji", "shoji"), ("kougyou", "kogyo"), ("tsuchiya", "tutiya"),
            ("jidousha", "zidosya"), ("shimbun", "shinbun"), ("fuji", "huzi"), ("ohno", "ono"), ("matcha", "mattya"),
        ])
    func folding(a: String, b: String) {
        #expect(Romaji.fold(a) == Romaji.fold(b))
    }

    @Test("kana read in Hepburn: digraphs, small tsu, long-vowel mark")
    func kana() {
        #expect(Romaji.kana(Array("さくら")) == "sakura")
        #expect(Romaji.kana(Array("きょうと")) == "kyouto")
        #expect(Romaji.kana(Array("がっこう")) == "gakkou")
        #expect(Romaji.kana(Array("マッチャ")) == "matcha")
        #expect(Romaji.kana(Array("コーヒー")) == "koohii")
        #expect(Romaji.kana(Array("漢字")) == nil)
    }

    @Test("names are read with the table, loanwords in English, unknown kanji not at all")
    func readings() {
        #expect(JapaneseNameReadings.readings(of: Array("田中商事")) == [["tanaka", "shoji"]])
        #expect(JapaneseNameReadings.readings(of: Array("さくらテクノロジー")) == [["sakura", "technology"]])
        #expect(JapaneseNameReadings.readings(of: Array("大和ロジスティクス")) == [["yamato", "logistics"], ["daiwa", "logistics"]])
        #expect(JapaneseNameReadings.readings(of: Array("ひまわり介護")) == [["himawari", "kaigo"]])
        // 鰻 is not in the table: no reading rather than a guess.
        #expect(JapaneseNameReadings.readings(of: Array("鰻田中")) == [])
        #expect(JapaneseNameReadings.readings(of: Array("Acme")) == [])
    }

    @Test(
        "a romaji name in a question finds the Japanese customer",
        arguments: [
            ("why is Tanaka Shoji in C?", "田中商事"), ("tell me about tanaka shouji", "田中商事"),
            ("What would move Yamada Kōgyō to A?", "山田工業"), ("explain Sakura Technology", "株式会社さくらテクノロジー"),
            ("how is Suzuki Motors doing", "鈴木モータース"), ("Daiwa Logistics?", "大和ロジスティクス"),
            ("yamato logistics scores", "大和ロジスティクス"), ("Takahashi Toso", "有限会社高橋塗装"),
            ("Nippon Data System", "株式会社日本データシステム"), ("tanaka shoiji please", "田中商事"),
        ])
    func romajiInQuestion(question: String, name: String) {
        let matches = Self.matcher.match(in: question)
        #expect(matches.names == [name], "\(matches)")
    }

    @Test("a family name alone is only a suggestion, and two companies with it are both offered")
    func familyNameAlone() {
        let matches = Self.matcher.match(in: "what about Tanaka?")
        #expect(matches.names.isEmpty)
        #expect(Set(matches.suggestions) == ["田中商事", "田中精機"])
    }

    @Test("a romaji name and an English name in one question come back in order")
    func compareMixed() {
        #expect(Self.matcher.match(in: "Acme Industrial or Tanaka Shoji first?").names == ["Acme Industrial", "田中商事"])
    }

    @Test("a name's short form drops its longest trade word that leaves three characters, as a search over every tail length finds it")
    func shortFormIsTheLongestTradeTail() {
        let trades = Array(JapaneseNameReadings.trades.keys.sorted().prefix(40)) + Array(JapaneseNameReadings.loanwords.keys.sorted().prefix(20))
        let heads = ["加藤", "北斗電", "中央ケミ", "さくら", "東洋重機", "ア"]
        var random = SeededRandom(seed: 11)
        for _ in 0..<400 {
            let name = Array(heads[Int(random.next() % UInt64(heads.count))] + trades[Int(random.next() % UInt64(trades.count))]
                + (random.next() % 3 == 0 ? trades[Int(random.next() % UInt64(trades.count))] : ""))
            var expected: [Character]?
            let most = min(JapaneseNameReadings.words.keys.map(\.count).max() ?? 1, name.count - 3)
            if most >= 2 {
                for length in stride(from: most, through: 2, by: -1) {
                    let tail = String(name.suffix(length))
                    if JapaneseNameReadings.trades[tail] != nil || JapaneseNameReadings.loanwords[tail] != nil {
                        expected = Array(name.dropLast(length))
                        break
                    }
                }
            }
            #expect(JapaneseNameReadings.shortForm(of: name) == expected, "\(String(name))")
        }
        #expect(JapaneseNameReadings.shortForm(of: Array("加藤ネジ製作所")).map { String($0) } == "加藤ネジ")
    }

    /// The rule as first written, on characters: the reference the byte-wise
    /// strip is held to (a combining mark after a legal form is the one place
    /// they part, and NFKC leaves none in real names).
    static func referenceStrip(_ key: String) -> String {
        func trimmed(_ text: ArraySlice<Character>) -> ArraySlice<Character> {
            var text = text
            while let first = text.first, first == " " || first == "," || first == "・" { text = text.dropFirst() }
            while let last = text.last, last == " " || last == "," || last == "・" { text = text.dropLast() }
            return text
        }
        let lastWord = key.lastIndex { $0 == " " || $0 == "," }.map { String(key[key.index(after: $0)...]) } ?? key
        let lastWords = Set(CompanyAffixes.english.compactMap { $0.split(whereSeparator: { $0 == " " || $0 == "," }).last.map(String.init) })
        guard key.contains(where: { $0 == "社" || $0 == "(" }) || key.contains("法人") || key.contains("組合") || lastWords.contains(lastWord) else {
            return String(trimmed(Array(key)[...]))
        }
        var core = trimmed(Array(key)[...])
        var changed = true
        while changed {
            changed = false
            for affix in CompanyAffixes.japanese.map(Array.init) where core.count > affix.count {
                if core.starts(with: affix) {
                    core = trimmed(core.dropFirst(affix.count))
                    changed = true
                } else if core.suffix(affix.count).elementsEqual(affix) {
                    core = trimmed(core.dropLast(affix.count))
                    changed = true
                }
            }
            for affix in CompanyAffixes.english.map(Array.init) where core.count > affix.count && core.suffix(affix.count).elementsEqual(affix) {
                let before = core.dropLast(affix.count)
                guard let last = before.last, last == " " || last == "," else { continue }
                core = trimmed(before)
                changed = true
                break
            }
        }
        return core.isEmpty ? key : String(core)
    }

    @Test("legal forms come off names byte by byte exactly as the rule on characters takes them off")
    func affixesStripLikeTheCharacterRule() {
        let parts = CompanyAffixes.japanese + CompanyAffixes.english.map { " " + $0 } + [
            "加藤", "ネジ", "acme", "north wind", "・", " ", ",", "社員", "(", "田中", "商事", "é", "株",
        ]
        var random = SeededRandom(seed: 5)
        for _ in 0..<2_000 {
            let name = NameKey.normalize((0..<Int(1 + random.next() % 4)).map { _ in parts[Int(random.next() % UInt64(parts.count))] }.joined())
            #expect(CompanyAffixes.strip(name) == RomajiNameTests.referenceStrip(name), "\(name)")
        }
    }
}

