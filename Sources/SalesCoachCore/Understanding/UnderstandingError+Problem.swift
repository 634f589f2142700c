extension UnderstandingError {
    /// What is wrong on the line, as a value, so it reads in either language.
    public enum Problem: Sendable, Equatable {
        /// The kinds of name a cue file refers to.
        public enum Name: Sendable, Equatable {
            case intent, setting, section, extra, prose
        }

        /// The shapes an entry line takes, by section.
        public enum Form: Sendable, Equatable {
            /// `key = number` under [settings].
            case setting
            /// `typed = words it stands for` under [contractions].
            case contraction
            /// `typed = meant` of the same length under [slips].
            case slip
            /// `漢字 = reading | reading` under [readings …].
            case reading
            /// `intent | customers | segments | extra | question` in a tune file; `found` fields.
            case question(found: Int)
            /// A section line's arguments, as `usage` shows them.
            case section(usage: String)
            /// `en: text` or `ja: text` under a [key] of knowledge/prose/.
            case proseText
        }

        case controlCharacter(UInt32)
        case unclosedSection(String)
        case emptySectionName
        case entryBeforeSection(String)
        /// A name not among `known`; `listed` says whether the message lists them all.
        case unknown(Name, String, known: [String], listed: Bool)
        /// A segment letter that is not A–D; `joined` when several may be joined by '+'.
        case unknownSegment(String, joined: Bool)
        case emptyQuestion
        case notWholeNumber(String)
        case notAWeight(String)
        case expected(Form)
        case noReading(String)
        case readTwice(String, section: String)
        /// A section every set of files must have, such as `[words everyday]`.
        case missingSection(String)
        case missingSetting(String)
        /// A text of knowledge/prose/ absent in one language, or given twice.
        case missingText(key: String, language: Language)
        case textTwice(key: String, language: Language)
        /// The two languages of a text name different {placeholders}.
        case placeholders(key: String, english: [String], japanese: [String])

        func text(in language: Language) -> String {
            language == .en ? english : japanese
        }

        private var suggestion: String? {
            guard case .unknown(_, let word, let known, _) = self else { return nil }
            return UnderstandingError.suggestion(for: word, among: known)
        }

        private var english: String {
            switch self {
            case .controlCharacter(let value):
                return "control character U+\(String(value, radix: 16, uppercase: true)) in the line"
            case .unclosedSection(let line): return "a section line must end with ']': \(line)"
            case .emptySectionName: return "empty section name '[]'"
            case .entryBeforeSection(let line): return "'\(line)' comes before any section; open one first, e.g. [intent weeklyPlan +3]"
            case .unknown(.extra, let word, _, _): return "unknown extra '\(word)'; expected topic=ID or number=N, joined by ','"
            case .unknown(let name, let word, let known, let listed):
                let what: String
                switch name {
                case .intent, .extra: what = "intent '\(word)'"
                case .setting: what = "setting '\(word)'"
                case .section: what = "section '[\(word) …]'"
                case .prose: what = "text '[\(word)]'"
                }
                let hint = suggestion.map { " (did you mean '\($0)'?)" } ?? ""
                return "unknown \(what)\(hint)" + (listed ? "; expected one of \(known.joined(separator: ", "))" : "")
            case .unknownSegment(let letter, let joined):
                return "unknown segment '\(letter)'; expected A, B, C or D" + (joined ? " joined by '+'" : "")
            case .emptyQuestion: return "the question (fifth field) is empty"
            case .notWholeNumber(let value): return "number=\(value) is not a whole number"
            case .notAWeight(let word): return "'\(word)' is not a weight; expected a number such as +3, -2 or 0.5"
            case .expected(let form):
                switch form {
                case .setting: return "expected 'key = number'"
                case .contraction: return "expected 'typed = words it stands for'"
                case .slip: return "expected 'typed = meant', both of the same length (訪門 = 訪問)"
                case .reading: return "expected '漢字 = reading | reading'"
                case .question(let found):
                    return "expected 'intent | customers | segments | extra | question [| previous]', found \(found) field(s)"
                case .section(let usage): return "expected [\(usage)]"
                case .proseText: return "expected 'en: text' or 'ja: text'"
                }
            case .noReading(let word): return "'\(word)' has no reading"
            case .readTwice(let word, let section): return "'\(word)' is read twice in [readings \(section)]"
            case .missingSection(let section): return "no \(section) section in any file; the assistant needs it"
            case .missingSetting(let key): return "no '\(key) = NUMBER' under [settings] in any file; the scoring needs it"
            case .missingText(let key, let language): return "no '\(language.rawValue): …' text for [\(key)]; the program says it"
            case .textTwice(let key, let language): return "[\(key)] has a second '\(language.rawValue):' text; expected one per language"
            case .placeholders(let key, let english, let japanese):
                return "[\(key)]: the en text names {\(english.joined(separator: "}, {"))} but the ja text {\(japanese.joined(separator: "}, {"))}; expected the same"
            }
        }

        private var japanese: String {
            switch self {
            case .controlCharacter(let value):
                return "行に制御文字 U+\(String(value, radix: 16, uppercase: true)) があります"
            case .unclosedSection(let line): return "セクションの行は ']' で終えてください：\(line)"
            case .emptySectionName: return "セクション名が空です（'[]'）"
            case .entryBeforeSection(let line):
                return "'\(line)' がどのセクションよりも前にあります。先にセクションを開いてください（例：[intent weeklyPlan +3]）"
            case .unknown(.extra, let word, _, _): return "不明な追加項目 '\(word)'。topic=ID か number=N を ',' でつないで書いてください"
            case .unknown(let name, let word, let known, let listed):
                let what: String
                switch name {
                case .intent, .extra: what = "intent '\(word)'"
                case .setting: what = "設定 '\(word)'"
                case .section: what = "セクション '[\(word) …]'"
                case .prose: what = "文 '[\(word)]'"
                }
                let hint = suggestion.map { "（'\($0)' のことですか？）" } ?? ""
                return "不明な\(what)\(hint)" + (listed ? "。使えるのは \(known.joined(separator: "、")) です" : "")
            case .unknownSegment(let letter, let joined):
                return "不明なセグメント '\(letter)'。A・B・C・Dのどれかを書いてください" + (joined ? "（複数は '+' でつなぎます）" : "")
            case .emptyQuestion: return "質問（5番目の欄）が空です"
            case .notWholeNumber(let value): return "number=\(value) が整数ではありません"
            case .notAWeight(let word): return "'\(word)' は重みになりません。+3、-2、0.5 のような数値を書いてください"
            case .expected(let form):
                switch form {
                case .setting: return "'キー = 数値' の形で書いてください"
                case .contraction: return "'入力形 = それが表す語' の形で書いてください"
                case .slip: return "'入力形 = 意図した語' の形で、両方を同じ長さで書いてください（訪門 = 訪問）"
                case .reading: return "'漢字 = 読み | 読み' の形で書いてください"
                case .question(let found):
                    return "'intent | customers | segments | extra | question [| previous]' の形で書いてください（欄が\(found)個です）"
                case .section(let usage): return "[\(usage)] の形で書いてください"
                case .proseText: return "'en: 文' か 'ja: 文' の形で書いてください"
                }
            case .noReading(let word): return "'\(word)' に読みがありません"
            case .readTwice(let word, let section): return "'\(word)' の読みが [readings \(section)] に2回あります"
            case .missingSection(let section): return "どのファイルにも \(section) のセクションがありません。アシスタントに必要です"
            case .missingSetting(let key): return "どのファイルの [settings] にも '\(key) = 数値' がありません。採点に必要です"
            case .missingText(let key, let language): return "[\(key)] に '\(language.rawValue): …' の文がありません。プログラムが使う文です"
            case .textTwice(let key, let language): return "[\(key)] に '\(language.rawValue):' の文が2つあります。言語ごとに1つにしてください"
            case .placeholders(let key, let english, let japanese):
                return "[\(key)]：en の文は {\(english.joined(separator: "}、{"))}、ja の文は {\(japanese.joined(separator: "}、{"))} を使っています。同じにしてください"
            }
        }
    }
}
