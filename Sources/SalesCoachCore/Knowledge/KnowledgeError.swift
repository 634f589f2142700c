/// What is wrong with a knowledge file, where (file and line), and what was
/// expected instead, so an editor can fix the entry without reading code.
public enum KnowledgeError: Error, Sendable, Hashable, CustomStringConvertible {
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

    public var description: String {
        guard let location else {
            return "the knowledge base has no entries; expected files ending in .txt under knowledge/"
        }
        return "\(location.path):\(location.line): \(problem)"
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

    private static func name(_ language: Language) -> String {
        switch language {
        case .en: "English"
        case .ja: "Japanese"
        }
    }
}
