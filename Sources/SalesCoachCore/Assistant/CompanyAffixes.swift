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
    ///
    /// Worked on Unicode scalars, not characters: the name is NFKC already,
    /// and comparing characters (a string comparison each) made this most of
    /// the time of indexing a large book's names.
    static func strip(_ key: String) -> String {
        let scalars = Array(key.unicodeScalars)
        // Most names carry no legal form; a cheap look at the text says so.
        let lastWord = scalars.lastIndex { $0 == " " || $0 == "," }.map { text(scalars[($0 + 1)...]) } ?? key
        // Every Japanese form holds 社 or a parenthesis.
        guard scalars.contains(where: { $0 == "社" || $0 == "(" }) || lastWords.contains(lastWord) else {
            return text(trimmed(scalars[...]))
        }
        var core = trimmed(scalars[...])
        var changed = true
        while changed {
            changed = false
            for affix in japaneseScalars where core.count > affix.count {
                if core.starts(with: affix) {
                    core = trimmed(core.dropFirst(affix.count))
                    changed = true
                } else if core.suffix(affix.count).elementsEqual(affix) {
                    core = trimmed(core.dropLast(affix.count))
                    changed = true
                }
            }
            for affix in englishScalars where core.count > affix.count && core.suffix(affix.count).elementsEqual(affix) {
                let before = core.dropLast(affix.count)
                guard let last = before.last, last == " " || last == "," else { continue }
                core = trimmed(before)
                changed = true
                break
            }
        }
        return core.isEmpty ? key : text(core)
    }

    private static func text(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    /// The last words of the English forms, for the quick look.
    private static let lastWords: Set<String> = Set(english.compactMap {
        $0.split(whereSeparator: { $0 == " " || $0 == "," }).last.map(String.init)
    })
    private static let japaneseScalars = japanese.map { Array($0.unicodeScalars) }
    private static let englishScalars = english.map { Array($0.unicodeScalars) }

    private static func trimmed(_ text: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar> {
        var text = text
        while let first = text.first, first == " " || first == "," || first == "・" { text = text.dropFirst() }
        while let last = text.last, last == " " || last == "," || last == "・" { text = text.dropLast() }
        return text
    }
}
