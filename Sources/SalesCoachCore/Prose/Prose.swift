/// The method's sentences, read from knowledge/prose/ so that the people who
/// word the method edit text, not Swift. Numbers and names are placeholders
/// (`{share}`, `{customer}`) filled in where the sentence is said.
///
/// A file holds sections in the layout of knowledge/understanding/'s `.cues`
/// files, one per `ProseKey`, each with its text in both languages:
///
/// ```
/// [plan.why.b]
/// en: B gets the largest share ({share}): large companies that buy little from us yet are where new sales come from.
/// ja: Bに最大の枠（{share}）：大きな会社なのに取り引きがまだ少ない相手こそ、売上が伸びる余地です。
/// ```
public struct Prose: Sendable {
    private var texts: [ProseKey: [Language: String]] = [:]

    /// Reads the files (paths relative to knowledge/prose/).
    ///
    /// - Throws: `UnderstandingError` with the file and line: an unknown key,
    ///   a line that is not `en:`/`ja:`, a text given twice, a key or language
    ///   missing, or the two languages naming different placeholders.
    public init(files: [(path: String, text: String)]) throws(UnderstandingError) {
        let known = ProseKey.allCases.map(\.rawValue)
        for file in files where file.path.hasSuffix(".prose") {
            for section in try CueFile.sections(file: file.path, text: file.text, folder: "prose") {
                func fail(_ problem: UnderstandingError.Problem, line: Int = section.line) -> UnderstandingError {
                    UnderstandingError(folder: "prose", file: file.path, line: line, problem)
                }
                guard let key = ProseKey(rawValue: section.kind), section.arguments.isEmpty else {
                    throw fail(.unknown(.prose, section.kind, known: known, listed: false))
                }
                for entry in section.entries {
                    let parts = entry.text.split(separator: ":", maxSplits: 1).map { String($0.trimmedForData) }
                    guard parts.count == 2, let language = Language(rawValue: parts[0]), !parts[1].isEmpty else {
                        throw fail(.expected(.proseText), line: entry.line)
                    }
                    guard texts[key]?[language] == nil else {
                        throw fail(.textTwice(key: key.rawValue, language: language), line: entry.line)
                    }
                    texts[key, default: [:]][language] = parts[1]
                }
                if let english = texts[key]?[.en], let japanese = texts[key]?[.ja],
                    Set(Prose.placeholders(in: english)) != Set(Prose.placeholders(in: japanese))
                {
                    throw fail(.placeholders(key: key.rawValue, english: Prose.placeholders(in: english), japanese: Prose.placeholders(in: japanese)))
                }
            }
        }
        for key in ProseKey.allCases {
            for language in Language.allCases where texts[key]?[language] == nil {
                throw UnderstandingError(folder: "prose", file: "", line: 0, .missingText(key: key.rawValue, language: language))
            }
        }
    }

    /// The sentence for `key` in `language`, each `{name}` replaced by `values[name]`.
    public func text(_ key: ProseKey, in language: Language, _ values: [String: String] = [:]) -> String {
        // One pass over the text, so a value that holds braces (a customer's name) stays as it is.
        var out = ""
        var rest = (texts[key]?[language] ?? "")[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            out += rest[..<open]
            let name = String(rest[rest.index(after: open)..<close])
            out += values[name] ?? "{\(name)}"
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }

    /// The `{name}`s of a text, in order.
    static func placeholders(in text: String) -> [String] {
        var names: [String] = []
        var rest = text[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}

extension Prose {
    /// The texts shipped in knowledge/prose/, read once per process. The
    /// tests read them at build time; should they ever fail, `standardError`
    /// says where and the session stops before it starts.
    public static let standard: Prose = (try? loaded.get()) ?? Prose()

    /// Why the shipped texts could not be read, if they could not.
    public static var standardError: UnderstandingError? {
        if case .failure(let error) = loaded { return error }
        return nil
    }

    private static let loaded = Result { () throws(UnderstandingError) in try Prose(files: EmbeddedProse.files) }

    private init() {}
}

/// `Prose.standard.text(key, in: language, values)`, as the callers say it.
extension ProseKey {
    public func text(in language: Language, _ values: [String: String] = [:]) -> String {
        Prose.standard.text(self, in: language, values)
    }
}
