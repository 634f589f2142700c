/// What is wrong with a knowledge file, where (file and line), and what was
/// expected instead, so an editor can fix the entry without reading code.
public enum KnowledgeError: UserMessage, Sendable, Hashable, CustomStringConvertible {
    /// A header line that is neither `key: value`, a `#` comment, a blank line
    /// nor a body marker.
    case malformedLine(path: String, line: Int, found: String)
    case unknownKey(path: String, line: Int, key: String, suggestion: String?)
    /// A single-valued key given twice.
    case duplicateKey(path: String, line: Int, key: String, firstLine: Int)
    case emptyValue(path: String, line: Int, key: String)
    /// A list with an empty item: two `|` in a row, or one at either end.
    case emptyListItem(path: String, line: Int, key: String)
    /// An `id` or a `related` id that is not lower-case kebab-case.
    case invalidID(path: String, line: Int, key: String, value: String)
    /// The `id` differs from the file name, which would make the entry hard to find.
    case idDoesNotMatchFileName(path: String, line: Int, id: String, expected: String)
    case invalidSegment(path: String, line: Int, value: String)
    case invalidIntent(path: String, line: Int, value: String)
    /// A body marker (`--- xx`) for a language other than en or ja.
    case unknownLanguage(path: String, line: Int, marker: String)
    case duplicateBody(path: String, line: Int, language: Language, firstLine: Int)
    case emptyBody(path: String, line: Int, language: Language)
    /// A required header key is absent; `line` is where the header ends.
    case missingField(path: String, line: Int, key: String)
    /// A body is absent; `line` is the last line of the file.
    case missingBody(path: String, line: Int, language: Language)
    case duplicateID(path: String, line: Int, id: String, firstPath: String, firstLine: Int)
    case unknownRelated(path: String, line: Int, id: String, suggestion: String?)
    case relatedToItself(path: String, line: Int, id: String)
    /// No entry files were given at all (entries are the files ending in `.txt`).
    case noEntries

    /// The file the problem is in, when there is one.
    public var path: String? { location?.path }

    /// The 1-based line the problem is on, when there is one.
    public var line: Int? { location?.line }

    private var location: (path: String, line: Int)? {
        switch self {
        case .malformedLine(let p, let l, _), .unknownKey(let p, let l, _, _), .duplicateKey(let p, let l, _, _),
            .emptyValue(let p, let l, _), .emptyListItem(let p, let l, _), .invalidID(let p, let l, _, _),
            .idDoesNotMatchFileName(let p, let l, _, _), .invalidSegment(let p, let l, _),
            .invalidIntent(let p, let l, _), .unknownLanguage(let p, let l, _), .duplicateBody(let p, let l, _, _),
            .emptyBody(let p, let l, _), .missingField(let p, let l, _), .missingBody(let p, let l, _),
            .duplicateID(let p, let l, _, _, _), .unknownRelated(let p, let l, _, _), .relatedToItself(let p, let l, _):
            (p, l)
        case .noEntries:
            nil
        }
    }

    public var description: String { text(in: .en) }

    /// The problem in `language`, after the file and line it is on.
    public func text(in language: Language) -> String {
        guard let location else {
            return language == .en
                ? "the knowledge base has no entries; expected files ending in .txt under knowledge/"
                : "ナレッジベースに項目がありません。knowledge/ の下に .txt で終わるファイルを置いてください"
        }
        return "\(location.path):\(location.line): " + (language == .en ? problem : problemInJapanese)
    }

    private var problem: String {
        switch self {
        case .malformedLine(_, _, let found):
            return "expected 'key: value', a '# comment' or a body marker like '--- en', found '\(found)'"
        case .unknownKey(_, _, let key, let suggestion):
            let hint = suggestion.map { " (did you mean '\($0)'?)" } ?? ""
            return "unknown key '\(key)'\(hint); expected one of "
                + KnowledgeParser.keys.map { "'\($0)'" }.joined(separator: ", ")
        case .duplicateKey(_, _, let key, let first):
            return "'\(key)' is given again (first on line \(first)); expected it once"
        case .emptyValue(_, _, let key):
            return "'\(key)' has no value; expected text after the colon"
        case .emptyListItem(_, _, let key):
            return "'\(key)' has an empty item; expected items separated by single '|'"
        case .invalidID(_, _, let key, let value):
            return "'\(key)' value '\(value)' is not an id; expected lower-case words joined by '-', like 'segment-b'"
        case .idDoesNotMatchFileName(_, _, let id, let expected):
            return "id '\(id)' does not match the file name; expected the file to be named '\(expected)'"
        case .invalidSegment(_, _, let value):
            return "segment '\(value)' is not a segment; expected A, B, C or D"
        case .invalidIntent(_, _, let value):
            return "intent '\(value)' is not a tag; expected one word of letters, digits or '-', like 'segmentAdvice'"
        case .unknownLanguage(_, _, let marker):
            return "unknown body language '\(marker)'; expected '--- en' or '--- ja'"
        case .duplicateBody(_, _, let language, let first):
            return "a second \(Self.name(language)) body (the first starts on line \(first)); expected one per language"
        case .emptyBody(_, _, let language):
            return "the \(Self.name(language)) body is empty; expected text after '--- \(language.rawValue)'"
        case .missingField(_, _, let key):
            return "missing '\(key)' in the header; expected a line '\(key): …' before the first body marker"
        case .missingBody(_, _, let language):
            return "missing the \(Self.name(language)) body; expected a line '--- \(language.rawValue)' followed by its text"
        case .duplicateID(_, _, let id, let firstPath, let firstLine):
            return "id '\(id)' is already used by \(firstPath):\(firstLine); expected every id to be unique"
        case .unknownRelated(_, _, let id, let suggestion):
            let hint = suggestion.map { " (did you mean '\($0)'?)" } ?? ""
            return "related id '\(id)' names no entry\(hint); expected the id of another entry"
        case .relatedToItself(_, _, let id):
            return "'\(id)' lists itself as related; expected other entries' ids"
        case .noEntries:
            return ""
        }
    }

    private var problemInJapanese: String {
        switch self {
        case .malformedLine(_, _, let found):
            return "'\(found)' を読めません。'キー: 値'、'# コメント'、または '--- en' のような本文の区切りを書いてください"
        case .unknownKey(_, _, let key, let suggestion):
            let hint = suggestion.map { "（'\($0)' のことですか？）" } ?? ""
            return "不明なキー '\(key)'\(hint)。使えるキーは "
                + KnowledgeParser.keys.map { "'\($0)'" }.joined(separator: "、") + " です"
        case .duplicateKey(_, _, let key, let first):
            return "'\(key)' が2回あります（最初は\(first)行目）。1回だけ書いてください"
        case .emptyValue(_, _, let key):
            return "'\(key)' に値がありません。コロンの後に書いてください"
        case .emptyListItem(_, _, let key):
            return "'\(key)' に空の項目があります。項目は '|' 1つで区切ってください"
        case .invalidID(_, _, let key, let value):
            return "'\(key)' の値 '\(value)' はIDになりません。'segment-b' のように小文字の語を '-' でつないでください"
        case .idDoesNotMatchFileName(_, _, let id, let expected):
            return "ID '\(id)' がファイル名と合いません。ファイル名を '\(expected)' にしてください"
        case .invalidSegment(_, _, let value):
            return "'\(value)' はセグメントではありません。A・B・C・Dのどれかを書いてください"
        case .invalidIntent(_, _, let value):
            return "intent '\(value)' はタグになりません。'segmentAdvice' のように英数字と '-' の1語で書いてください"
        case .unknownLanguage(_, _, let marker):
            return "本文の言語 '\(marker)' は使えません。'--- en' か '--- ja' にしてください"
        case .duplicateBody(_, _, let language, let first):
            return "\(Self.name(language, in: .ja))の本文が2つあります（最初は\(first)行目から）。言語ごとに1つにしてください"
        case .emptyBody(_, _, let language):
            return "\(Self.name(language, in: .ja))の本文が空です。'--- \(language.rawValue)' の後に本文を書いてください"
        case .missingField(_, _, let key):
            return "ヘッダーに '\(key)' がありません。最初の本文の区切りより前に '\(key): …' の行を書いてください"
        case .missingBody(_, _, let language):
            return "\(Self.name(language, in: .ja))の本文がありません。'--- \(language.rawValue)' の行とその後に本文を書いてください"
        case .duplicateID(_, _, let id, let firstPath, let firstLine):
            return "ID '\(id)' はすでに \(firstPath):\(firstLine) で使われています。IDはそれぞれ別にしてください"
        case .unknownRelated(_, _, let id, let suggestion):
            let hint = suggestion.map { "（'\($0)' のことですか？）" } ?? ""
            return "related のID '\(id)' に当たる項目がありません\(hint)。ほかの項目のIDを書いてください"
        case .relatedToItself(_, _, let id):
            return "'\(id)' が自分自身を related に挙げています。ほかの項目のIDを書いてください"
        case .noEntries:
            return ""
        }
    }

    private static func name(_ language: Language, in words: Language = .en) -> String {
        switch (language, words) {
        case (.en, .en): "English"
        case (.ja, .en): "Japanese"
        case (.en, .ja): "英語"
        case (.ja, .ja): "日本語"
        }
    }
}
