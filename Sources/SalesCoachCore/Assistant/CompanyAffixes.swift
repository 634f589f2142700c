/// Legal-form words around company names (株式会社, (株), Inc., Co., Ltd. …):
/// reps leave them out or put them in as they please, so names are matched
/// without them.
enum CompanyAffixes {
    /// Written the way `NameKey.normalize` leaves them (NFKC, lower case);
    /// data: `[phrases affixes-ja]` under knowledge/understanding/lexicon.cues.
    static let japanese = Understanding.standard.phrases("affixes-ja")
    /// Trailing English forms; each must follow a space or a comma (`[phrases affixes-en]`).
    static let english = Understanding.standard.phrases("affixes-en")
    /// Single words of the English forms, to extend a matched name over them (`[words affix-words-en]`).
    static let englishWords = Understanding.standard.words("affix-words-en")

    /// A normalised name without its legal form, or the name itself when
    /// nothing would be left ("Inc." stays "inc.").
    static func strip(_ key: String) -> String {
        // Most names carry no legal form; a cheap look at the text says so.
        let lastWord = key.lastIndex { $0 == " " || $0 == "," }.map { String(key[key.index(after: $0)...]) } ?? key
        // Every Japanese form holds 社 or a parenthesis.
        guard key.contains(where: { $0 == "社" || $0 == "(" }) || lastWords.contains(lastWord) else {
            return String(trimmed(Array(key)[...]))
        }
        var core = trimmed(Array(key)[...])
        var changed = true
        while changed {
            changed = false
            for affix in japaneseCharacters where core.count > affix.count {
                if core.starts(with: affix) {
                    core = trimmed(core.dropFirst(affix.count))
                    changed = true
                } else if core.suffix(affix.count).elementsEqual(affix) {
                    core = trimmed(core.dropLast(affix.count))
                    changed = true
                }
            }
            for affix in englishCharacters where core.count > affix.count && core.suffix(affix.count).elementsEqual(affix) {
                let before = core.dropLast(affix.count)
                guard let last = before.last, last == " " || last == "," else { continue }
                core = trimmed(before)
                changed = true
                break
            }
        }
        return core.isEmpty ? key : String(core)
    }

    /// The last words of the English forms, for the quick look.
    private static let lastWords: Set<String> = Set(english.compactMap {
        $0.split(whereSeparator: { $0 == " " || $0 == "," }).last.map(String.init)
    })
    private static let japaneseCharacters = japanese.map(Array.init)
    private static let englishCharacters = english.map(Array.init)

    private static func trimmed(_ text: ArraySlice<Character>) -> ArraySlice<Character> {
        var text = text
        while let first = text.first, first == " " || first == "," || first == "・" { text = text.dropFirst() }
        while let last = text.last, last == " " || last == "," || last == "・" { text = text.dropLast() }
        return text
    }
}
