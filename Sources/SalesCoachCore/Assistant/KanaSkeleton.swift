import Synchronization

/// The consonants of a name as Japanese ears hear them, for reading an
/// English company name written in katakana: メリディアンファーマ for
/// Meridian Pharma, ヴァーテックス for Vertex.
///
/// Katakana adds vowels after consonants (スミス for Smith), has no l, v or
/// th, drops an r before a consonant (ファーマ), and doubles consonants with
/// ッ. So both spellings are reduced to the same skeleton: sounds folded
/// together (l→r, v→b, th→s, ph→f, c→k…), an r before a consonant dropped,
/// vowels and doubled letters removed. Only a skeleton of three consonants or
/// more that one customer has is taken, and the answer says which.
enum KanaSkeleton {
    /// The skeleton of a Latin-script word or name.
    /// - Parameter softSounds: read "ge", "gi", "ce" as English does (energy,
    ///   Georgia, Pacific); romaji written from kana (ゲート → "geeto") has none.
    static func of(latin: String, softSounds: Bool = true) -> String {
        let letters = Array(latin.lowercased().utf8.filter { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) })
        // A w after a vowel and before a consonant is a vowel sound (view → ビュー, show → ショー);
        // before "wh" becomes w, or "viewhotel" would read as "wo".
        var s = letters.indices.map { i -> UInt8 in
            guard letters[i] == UInt8(ascii: "w"), i > 0, isVowel(letters[i - 1]), i + 1 == letters.count || !isVowel(letters[i + 1])
            else { return letters[i] }
            return UInt8(ascii: "u")
        }
        // A soft g (energy, Georgia) is heard as ジ.
        for (from, to) in softSounds ? digraphs : digraphs.filter({ !softDigraphs.contains($0.0) }) {
            s = replacingAll(from, with: to, in: s)
        }
        var mapped: [Character] = []
        for c in s.map({ Character(Unicode.Scalar($0)) }) {
            switch c {
            case "x": mapped += ["k", "s"]
            case "c", "q": mapped.append("k")
            case "v": mapped.append("b")
            // l is heard as r, but never dropped like an r before a consonant (ダーセル).
            case "l": mapped.append("L")
            case "y": mapped.append("i")
            // A final s is often voiced (Motors → モーターズ, Systems → システムズ): s and z are one sound here.
            case "j", "z": mapped.append("s")
            default: mapped.append(c)
            }
        }
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        var result: [Character] = []
        for (i, c) in mapped.enumerated() {
            if vowels.contains(c) { continue }
            // Non-rhotic: an r after a vowel and before a consonant or the end is not heard (ファーマ).
            if c == "r", i > 0, vowels.contains(mapped[i - 1]), i + 1 == mapped.count || !vowels.contains(mapped[i + 1]) { continue }
            // An h after a consonant is part of a digraph already folded.
            if c == "h", let last = result.last, last != "h", i > 0, !vowels.contains(mapped[i - 1]) { continue }
            // A final h after a vowel is silent (Sarah → サラ, Noah → ノア).
            if c == "h", i + 1 == mapped.count, i > 0, vowels.contains(mapped[i - 1]) { continue }
            let sound: Character = c == "L" ? "r" : c
            if result.last == sound { continue }
            result.append(sound)
        }
        return String(result)
    }

    /// The skeleton of words said one after another: each word's own, joined.
    /// Word by word because a boundary changes the sound ("resort hotel" has
    /// no "th"), and the typed words and a reading's words rarely part in the
    /// same places ("niseko resort" against the one word "nisekorizooto").
    static func of(words: some Sequence<String>, softSounds: Bool = true) -> String {
        var result = ""
        for word in words {
            let skeleton = ofWord(word, softSounds: softSounds)
            result += result.last != nil && result.last == skeleton.first ? String(skeleton.dropFirst()) : skeleton
        }
        return result
    }

    /// One word's skeleton, remembered: indexing a book reads every run of
    /// every Japanese name's reading, and the same words (hotel, kogyo, shoji)
    /// come back in thousands of names.
    private static func ofWord(_ word: String, softSounds: Bool) -> String {
        let key = softSounds ? word : "\u{1}" + word
        if let known = wordMemo.withLock({ $0[key] }) { return known }
        let skeleton = of(latin: word, softSounds: softSounds)
        wordMemo.withLock { $0[key] = skeleton }
        return skeleton
    }

    private static let wordMemo = Mutex<[String: String]>([:])

    /// The skeleton of a katakana run, nil when it is not all katakana.
    static func of(katakana: [Character]) -> String? {
        let kana = katakana.filter { $0 != "・" && $0 != " " }
        guard let latin = Romaji.kana(kana) else { return nil }
        return of(latin: latin)
    }

    /// The skeleton of a katakana run and, when it differs, the same without
    /// an r before another consonant: katakana writes that r as ル in some
    /// words (ノルディック for Nordic) and as a long vowel in others (ファーマ).
    static func variants(katakana: [Character]) -> [String] {
        guard let skeleton = of(katakana: katakana) else { return [] }
        let letters = Array(skeleton)
        let dropped = String(letters.indices.filter { letters[$0] != "r" || $0 + 1 == letters.count }.map { letters[$0] })
        return dropped == skeleton || dropped.count < 3 ? [skeleton] : [skeleton, dropped]
    }

    /// The skeletons of a Latin name: the whole name, and its first word when that is distinctive.
    static func forms(of name: String) -> [String] {
        if let known = memo.withLock({ $0[name] }) { return known }
        let words = name.split { !$0.isLetter }.map(String.init)
        var forms = [of(latin: words.joined())]
        if let first = words.first, words.count > 1, first.count >= 4 { forms.append(of(latin: first)) }
        // メリディアンモーターズ for "Meridian Motors Kansai": the leading words without the place or form after them.
        if words.count > 2 { forms += (2..<words.count).map { of(latin: words[0..<$0].joined()) } }
        // ラボ for "Labs", ツール for "Tools": katakana often drops an English plural's s.
        let singular = words.map { $0.count >= 4 && $0.lowercased().hasSuffix("s") && !$0.lowercased().hasSuffix("ss") ? String($0.dropLast()) : $0 }
        if singular != words { forms.append(of(latin: singular.joined())) }
        forms = forms.filter { $0.count >= 3 }
        memo.withLock { $0[name] = forms }
        return forms
    }

    private static let memo = Mutex<[String: [String]]>([:])
}

extension KanaSkeleton {
    /// Spellings heard as one sound, rewritten in this order (each on the result of the one before).
    /// Plain bytes rather than patterns: every reading of every Japanese name passes
    /// through here when a book is indexed, and a 10,000-name book must stay quick.
    fileprivate static let digraphs: [([UInt8], [UInt8])] = [
        ("ph", "f"), ("th", "s"), ("ck", "k"), ("qu", "k"), ("sh", "s"), ("ch", "t"), ("ts", "t"), ("wh", "w"),
        ("ge", "je"), ("gi", "ji"), ("gy", "ji"), ("ce", "se"), ("ci", "si"), ("cy", "si"),
    ].map { (Array($0.0.utf8), Array($0.1.utf8)) }

    /// The soft g and c of English spelling, which romaji of kana never has.
    fileprivate static let softDigraphs: Set<[UInt8]> = Set(["ge", "gi", "gy", "ce", "ci", "cy"].map { Array($0.utf8) })

    fileprivate static func isVowel(_ c: UInt8) -> Bool {
        c == UInt8(ascii: "a") || c == UInt8(ascii: "e") || c == UInt8(ascii: "i") || c == UInt8(ascii: "o") || c == UInt8(ascii: "u")
    }

    /// Every `target` in `text`, left to right and not overlapping, replaced by `replacement`.
    fileprivate static func replacingAll(_ target: [UInt8], with replacement: [UInt8], in text: [UInt8]) -> [UInt8] {
        guard text.count >= target.count else { return text }
        var result: [UInt8] = []
        result.reserveCapacity(text.count)
        var i = 0
        while i < text.count {
            if i + target.count <= text.count, text[i..<i + target.count].elementsEqual(target) {
                result += replacement
                i += target.count
            } else {
                result.append(text[i])
                i += 1
            }
        }
        return result
    }
}
