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
    /// Worked on UTF-8 bytes, not characters: the name is NFKC already, a
    /// match of whole characters' bytes is a match of the characters, and
    /// comparing characters (a string comparison each) made this most of the
    /// time of indexing a large book's names.
    static func strip(_ key: String) -> String {
        let bytes = Array(key.utf8)
        // Most names carry no legal form; a cheap look at the text says so.
        let lastWord = bytes.lastIndex { $0 == space || $0 == comma }.map { text(bytes[($0 + 1)...]) } ?? key
        // Every Japanese form holds 社, 法人 (医療法人, 社会福祉法人…), 組合 (協同組合) or a parenthesis.
        guard bytes.contains(openParenthesis) || contains(bytes[...], sha) || contains(bytes[...], houjin)
            || contains(bytes[...], kumiai)
            || lastWords.contains(lastWord)
        else {
            let core = trimmed(bytes[...])
            return core.count == bytes.count ? key : text(core)
        }
        var core = trimmed(bytes[...])
        var changed = true
        while changed {
            changed = false
            for affix in japaneseBytes where core.count > affix.count {
                if core.starts(with: affix) {
                    core = trimmed(core.dropFirst(affix.count))
                    changed = true
                } else if core.suffix(affix.count).elementsEqual(affix) {
                    core = trimmed(core.dropLast(affix.count))
                    changed = true
                }
            }
            for affix in englishBytes where core.count > affix.count && core.suffix(affix.count).elementsEqual(affix) {
                let before = core.dropLast(affix.count)
                guard let last = before.last, last == space || last == comma else { continue }
                core = trimmed(before)
                changed = true
                break
            }
        }
        return core.isEmpty ? key : text(core)
    }

    private static let space = UInt8(ascii: " ")
    private static let comma = UInt8(ascii: ",")
    private static let openParenthesis = UInt8(ascii: "(")
    private static let sha = Array("社".utf8)
    private static let houjin = Array("法人".utf8)
    private static let kumiai = Array("組合".utf8)
    private static let middleDot = Array("・".utf8)

    private static func contains(_ bytes: ArraySlice<UInt8>, _ part: [UInt8]) -> Bool {
        guard bytes.count >= part.count else { return false }
        var start = bytes.startIndex
        while start + part.count <= bytes.endIndex {
            if bytes[start] == part[0], bytes[start..<start + part.count].elementsEqual(part) { return true }
            start += 1
        }
        return false
    }

    private static func text(_ bytes: ArraySlice<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }

    /// The last words of the English forms, for the quick look.
    private static let lastWords: Set<String> = Set(english.compactMap {
        $0.split(whereSeparator: { $0 == " " || $0 == "," }).last.map(String.init)
    })
    private static let japaneseBytes = japanese.map { Array($0.utf8) }
    private static let englishBytes = english.map { Array($0.utf8) }

    private static func trimmed(_ text: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var text = text
        while true {
            if let first = text.first, first == space || first == comma {
                text = text.dropFirst()
            } else if text.starts(with: middleDot) {
                text = text.dropFirst(middleDot.count)
            } else {
                break
            }
        }
        while true {
            if let last = text.last, last == space || last == comma {
                text = text.dropLast()
            } else if text.count >= middleDot.count, text.suffix(middleDot.count).elementsEqual(middleDot) {
                text = text.dropLast(middleDot.count)
            } else {
                break
            }
        }
        return text
    }
}
