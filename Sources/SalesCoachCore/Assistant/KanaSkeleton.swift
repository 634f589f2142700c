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
    static func of(latin: String) -> String {
        var s = String(latin.lowercased().unicodeScalars.filter { ("a"..."z").contains($0) }.map(Character.init))
        // A w after a vowel and before a consonant is a vowel sound (view → ビュー, show → ショー);
        // before "wh" becomes w, or "viewhotel" would read as "wo".
        s = s.replacing(#/([aeiou])w(?![aeiou])/#) { "\($0.output.1)u" }
        // A soft g (energy, Georgia) is heard as ジ.
        for (from, to) in [
            ("ph", "f"), ("th", "s"), ("ck", "k"), ("qu", "k"), ("sh", "s"), ("ch", "t"), ("ts", "t"), ("wh", "w"),
            ("ge", "je"), ("gi", "ji"), ("gy", "ji"), ("ce", "se"), ("ci", "si"), ("cy", "si"),
        ] {
            s = s.replacingAll(from, with: to)
        }
        var mapped: [Character] = []
        for c in s {
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

    /// The skeleton of a katakana run, nil when it is not all katakana.
    static func of(katakana: [Character]) -> String? {
        let kana = katakana.filter { $0 != "・" && $0 != " " }
        guard let latin = Romaji.kana(kana) else { return nil }
        return of(latin: latin)
    }

    /// The skeletons of a Latin name: the whole name, and its first word when that is distinctive.
    static func forms(of name: String) -> [String] {
        if let known = memo.withLock({ $0[name] }) { return known }
        let words = name.split { !$0.isLetter }.map(String.init)
        var forms = [of(latin: words.joined())]
        if let first = words.first, words.count > 1, first.count >= 4 { forms.append(of(latin: first)) }
        // メリディアンモーターズ for "Meridian Motors Kansai": the leading words without the place or form after them.
        if words.count > 2 { forms += (2..<words.count).map { of(latin: words[0..<$0].joined()) } }
        forms = forms.filter { $0.count >= 3 }
        memo.withLock { $0[name] = forms }
        return forms
    }

    private static let memo = Mutex<[String: [String]]>([:])
}

extension String {
    fileprivate func replacingAll(_ target: String, with replacement: String) -> String {
        var result = ""
        var rest = Substring(self)
        while let range = rest.range(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
