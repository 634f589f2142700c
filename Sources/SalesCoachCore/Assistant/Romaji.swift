/// Latin spellings of Japanese, for finding "Tanaka Shoji" when the book says
/// 田中商事.
///
/// Reps who work in English, or type fast, write Japanese customer names in
/// romaji, and they spell the same sound many ways: Hepburn or kunrei
/// ("shi"/"si", "tsu"/"tu", "ji"/"zi"), long vowels marked or not ("Kōgyō",
/// "Kougyou", "Kogyo"), "Shimbun" or "Shinbun". Both the readings we make of
/// book names and the words of a question are therefore compared in one
/// folded form (`fold`), in which all of those spellings meet.
enum Romaji {
    /// A word in the folded form: kunrei consonants, no long vowels, "n"
    /// before b, p and m. Only meant for comparing, never for display.
    static func fold(_ word: String) -> String {
        var text = Array(word.lowercased().unicodeScalars.map(foldedVowel))
        text = replacing(text, consonants)
        text = replacing(text, syllables)
        // Long vowels last, after the consonants settled ("shou" → "syou" → "syo").
        var changed = true
        while changed {
            let before = text.count
            text = replacing(text, longVowels)
            changed = text.count != before
        }
        var result = ""
        result.unicodeScalars.append(contentsOf: text)
        return result
    }

    /// Macron and circumflex vowels ("ō", "â") as plain ones; a marked long
    /// vowel then folds like an unmarked one.
    static func foldedVowel(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar {
        case "ā", "â": "a"
        case "ī", "î": "i"
        case "ū", "û": "u"
        case "ē", "ê": "e"
        case "ō", "ô": "o"
        default: scalar
        }
    }

    /// A rewriting rule's two sides as scalars, made once: every name's forms pass through `fold`.
    private typealias Rules = [(from: [Unicode.Scalar], to: [Unicode.Scalar])]

    private static func rules(_ pairs: [(String, String)]) -> Rules {
        pairs.map { (Array($0.0.unicodeScalars), Array($0.1.unicodeScalars)) }
    }

    private static let consonants = rules([
        ("tch", "tty"), ("sh", "sy"), ("ch", "ty"), ("ts", "t"), ("dz", "z"), ("j", "zy"), ("f", "h"),
        // A name spelt the English way ("Cosmo" for コスモ): c is a k once ch is read.
        ("ck", "k"), ("c", "k"),
    ])
    private static let syllables = rules([
        ("syi", "si"), ("tyi", "ti"), ("zyi", "zi"), ("zyy", "zy"), ("mb", "nb"), ("mp", "np"), ("mm", "nm"),
    ])
    private static let longVowels = rules([("ou", "o"), ("oo", "o"), ("uu", "u"), ("aa", "a"), ("ii", "i"), ("ee", "e"), ("oh", "o")])

    private static func replacing(_ text: [Unicode.Scalar], _ rules: Rules) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(text.count)
        var i = 0
        outer: while i < text.count {
            for (from, to) in rules where i + from.count <= text.count && text[i..<i + from.count].elementsEqual(from) {
                result.append(contentsOf: to)
                i += from.count
                continue outer
            }
            result.append(text[i])
            i += 1
        }
        return result
    }

    /// Hiragana or katakana in Hepburn romaji, nil when `kana` holds anything
    /// else. A small っ doubles the next consonant, ー repeats the vowel
    /// (folding takes long vowels off anyway).
    static func kana(_ kana: some Sequence<Character>) -> String? {
        let characters = kana.map { hiragana($0) }
        var result = ""
        var double = false
        var i = 0
        while i < characters.count {
            let c = characters[i]
            if c == "っ" {
                double = true
                i += 1
                continue
            }
            if c == "ー" {
                if let last = result.last, "aeiou".contains(last) { result.append(last) }
                i += 1
                continue
            }
            var syllable: String? = nil
            if i + 1 < characters.count, let pair = digraphs[String([c, characters[i + 1]])] {
                syllable = pair
                i += 2
            } else if let single = monographs[c] {
                syllable = single
                i += 1
            }
            guard var syllable else { return nil }
            if double, let first = syllable.first, first != "n" {
                syllable = (syllable.hasPrefix("ch") ? "t" : String(first)) + syllable
            }
            double = false
            result += syllable
        }
        return result.isEmpty ? nil : result
    }

    /// Katakana as hiragana, so one table serves both.
    private static func hiragana(_ c: Character) -> Character {
        guard let scalar = c.unicodeScalars.first, c.unicodeScalars.count == 1,
            (0x30A1...0x30F6).contains(scalar.value), let shifted = Unicode.Scalar(scalar.value - 0x60)
        else { return c }
        return Character(shifted)
    }

    private static let monographs: [Character: String] = {
        let rows: [(String, [String])] = [
            ("あいうえお", ["a", "i", "u", "e", "o"]), ("かきくけこ", ["ka", "ki", "ku", "ke", "ko"]),
            ("さしすせそ", ["sa", "shi", "su", "se", "so"]), ("たちつてと", ["ta", "chi", "tsu", "te", "to"]),
            ("なにぬねの", ["na", "ni", "nu", "ne", "no"]), ("はひふへほ", ["ha", "hi", "fu", "he", "ho"]),
            ("まみむめも", ["ma", "mi", "mu", "me", "mo"]), ("やゆよ", ["ya", "yu", "yo"]),
            ("らりるれろ", ["ra", "ri", "ru", "re", "ro"]), ("わをん", ["wa", "o", "n"]),
            ("がぎぐげご", ["ga", "gi", "gu", "ge", "go"]), ("ざじずぜぞ", ["za", "ji", "zu", "ze", "zo"]),
            ("だぢづでど", ["da", "ji", "zu", "de", "do"]), ("ばびぶべぼ", ["ba", "bi", "bu", "be", "bo"]),
            ("ぱぴぷぺぽ", ["pa", "pi", "pu", "pe", "po"]), ("ぁぃぅぇぉ", ["a", "i", "u", "e", "o"]),
            ("ゃゅょゎ", ["ya", "yu", "yo", "wa"]), ("ゔ", ["vu"]),
        ]
        var table: [Character: String] = [:]
        for (kana, latin) in rows { for (k, l) in zip(kana, latin) { table[k] = l } }
        return table
    }()

    private static let digraphs: [String: String] = {
        var table: [String: String] = [:]
        let stems: [(Character, String)] = [
            ("き", "ky"), ("し", "sh"), ("ち", "ch"), ("に", "ny"), ("ひ", "hy"), ("み", "my"), ("り", "ry"),
            ("ぎ", "gy"), ("じ", "j"), ("ぢ", "j"), ("び", "by"), ("ぴ", "py"),
        ]
        for (stem, latin) in stems {
            for (small, vowel) in zip("ゃゅょ", ["a", "u", "o"]) { table[String([stem, small])] = latin + vowel }
        }
        // Sounds katakana loanwords use: ティ, ディ, ファ, ウィ, シェ, ジェ, チェ, ヴァ.
        let loan: [(String, String)] = [
            ("てぃ", "ti"), ("でぃ", "di"), ("とぅ", "tu"), ("どぅ", "du"), ("ふぁ", "fa"), ("ふぃ", "fi"),
            ("ふぇ", "fe"), ("ふぉ", "fo"), ("うぃ", "wi"), ("うぇ", "we"), ("うぉ", "wo"), ("しぇ", "she"),
            ("じぇ", "je"), ("ちぇ", "che"), ("ゔぁ", "va"), ("ゔぃ", "vi"), ("ゔぇ", "ve"), ("ゔぉ", "vo"),
        ]
        for (kana, latin) in loan { table[kana] = latin }
        return table
    }()
}
