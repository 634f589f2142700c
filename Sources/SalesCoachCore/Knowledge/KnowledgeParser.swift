/// Reads one knowledge file's text into a `KnowledgeEntry`. Pure: it is
/// handed the text and the path to name in errors, and never opens a file.
///
/// A file is a header of `key: value` lines, then the bodies, each opened by a
/// marker line `--- en` or `--- ja`:
///
///     id: c-trap
///     title.en: The C trap
///     title.ja: Cの罠
///     triggers.en: why not C | am I spending too much time on C
///     triggers.ja: Cの罠とは | Cに時間をかけすぎ
///     --- en
///     One paragraph per line.
///     --- ja
///     一行に一段落。
///
/// Problems throw a `KnowledgeError` naming the file and line, for example
/// `segment-c.txt:3: unknown key 'titel.en' (did you mean 'title.en'?); expected one of …`.
public enum KnowledgeParser {
    /// Every header key, in the order knowledge/README.md describes them.
    public static let keys = [
        "id", "title.en", "title.ja", "topics", "triggers.en", "triggers.ja", "related", "segment", "intent",
    ]

    /// Keys whose values are lists: items separated by `|`, and the key may repeat.
    static let listKeys: Set<String> = ["topics", "triggers.en", "triggers.ja", "related"]

    /// Keys without which the assistant could not use an entry, checked in this order.
    static let requiredKeys = ["id", "title.en", "title.ja", "triggers.en", "triggers.ja"]

    /// The file name extension of entry files; other files (README.md) are not entries.
    public static let fileExtension = "txt"

    /// Parses the text of the file at `path` (used in messages and checked against the id).
    public static func parse(_ text: String, path: String) throws(KnowledgeError) -> KnowledgeEntry {
        try parseWithLines(text, path: path).entry
    }

    /// An entry with the lines its id and related ids came from, so the
    /// knowledge base can point at them when checking across files.
    struct Located {
        let entry: KnowledgeEntry
        let idLine: Int
        let relatedLines: [String: Int]
    }

    /// The lines of `text`, ended by LF, CR LF or CR, split on the bytes:
    /// splitting on Characters was most of reading the guidance at start-up.
    static func lines(of text: String) -> [String] {
        var lines: [String] = []
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 0x0A || byte == 0x0D {
                    lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
                    if byte == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
                    start = index + 1
                }
                index += 1
            }
            lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<bytes.count]), as: UTF8.self))
        }
        return lines
    }

    static func parseWithLines(_ text: String, path: String) throws(KnowledgeError) -> Located {
        var lines = KnowledgeParser.lines(of: text)
        if let first = lines.first, first.hasPrefix("\u{FEFF}") { lines[0] = String(first.dropFirst()) }
        // A final newline is not an extra, empty line of the file.
        if lines.count > 1, lines.last == "" { lines.removeLast() }

        var scalars: [String: (value: String, line: Int)] = [:]
        var lists: [String: [String]] = [:]
        var relatedLines: [String: Int] = [:]
        var bodies: [Language: (start: Int, lines: [String])] = [:]
        var current: Language?
        var headerEnd: Int?

        for (index, raw) in lines.enumerated() {
            let number = index + 1
            if let marker = bodyMarker(raw) {
                guard let language = Language(rawValue: marker) else {
                    throw .unknownLanguage(path: path, line: number, marker: marker)
                }
                if let existing = bodies[language] {
                    throw .duplicateBody(path: path, line: number, language: language, firstLine: existing.start)
                }
                bodies[language] = (number, [])
                current = language
                if headerEnd == nil { headerEnd = number }
                continue
            }
            if let language = current {
                bodies[language]?.lines.append(trimmedEnd(raw))
                continue
            }
            let line = raw.trimmingWhitespace
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let colon = line.firstIndex(of: ":") else {
                throw .malformedLine(path: path, line: number, found: line)
            }
            let key = String(line[..<colon]).trimmingWhitespace
            let value = String(line[line.index(after: colon)...]).trimmingWhitespace
            guard keys.contains(key) else {
                throw .unknownKey(path: path, line: number, key: key, suggestion: Suggestions.closest(to: key, in: keys, limit: 1).first)
            }
            guard !value.isEmpty else { throw .emptyValue(path: path, line: number, key: key) }
            if listKeys.contains(key) {
                let items = value.split(separator: "|", omittingEmptySubsequences: false).map { String($0).trimmingWhitespace }
                guard !items.contains(where: \.isEmpty) else { throw .emptyListItem(path: path, line: number, key: key) }
                for item in items where !(lists[key]?.contains(item) ?? false) {
                    if key == "related" {
                        guard isID(item) else { throw .invalidID(path: path, line: number, key: key, value: item) }
                        relatedLines[item] = number
                    }
                    lists[key, default: []].append(item)
                }
            } else {
                if let first = scalars[key] {
                    throw .duplicateKey(path: path, line: number, key: key, firstLine: first.line)
                }
                scalars[key] = (value, number)
            }
        }

        let end = headerEnd ?? max(lines.count, 1)
        for key in requiredKeys where scalars[key] == nil && lists[key] == nil {
            throw .missingField(path: path, line: end, key: key)
        }
        var texts: [Language: String] = [:]
        for language in Language.allCases {
            guard let body = bodies[language] else {
                throw .missingBody(path: path, line: max(lines.count, 1), language: language)
            }
            let text = tidy(body.lines)
            guard !text.isEmpty else { throw .emptyBody(path: path, line: body.start, language: language) }
            texts[language] = text
        }
        return try assemble(path: path, scalars: scalars, lists: lists, relatedLines: relatedLines, texts: texts)
    }

    private static func assemble(
        path: String, scalars: [String: (value: String, line: Int)], lists: [String: [String]],
        relatedLines: [String: Int], texts: [Language: String]
    ) throws(KnowledgeError) -> Located {
        // Required keys were checked by the caller; the fallbacks are never used.
        let id = scalars["id"] ?? ("", 0)
        guard isID(id.value) else { throw .invalidID(path: path, line: id.line, key: "id", value: id.value) }
        let fileName = path.split(separator: "/").last.map(String.init) ?? path
        let expected = id.value + "." + fileExtension
        guard fileName == expected else {
            throw .idDoesNotMatchFileName(path: path, line: id.line, id: id.value, expected: expected)
        }
        let related = lists["related"] ?? []
        if related.contains(id.value) {
            throw .relatedToItself(path: path, line: relatedLines[id.value] ?? id.line, id: id.value)
        }
        var segment: Segment?
        if let given = scalars["segment"] {
            guard given.value.count == 1, let parsed = Segment(letter: given.value) else {
                throw .invalidSegment(path: path, line: given.line, value: given.value)
            }
            segment = parsed
        }
        if let intent = scalars["intent"], !isTag(intent.value) {
            throw .invalidIntent(path: path, line: intent.line, value: intent.value)
        }
        let entry = KnowledgeEntry(
            id: id.value, path: path,
            title: Bilingual(en: scalars["title.en"]?.value ?? "", ja: scalars["title.ja"]?.value ?? ""),
            topics: lists["topics"] ?? [],
            triggers: Bilingual(en: lists["triggers.en"] ?? [], ja: lists["triggers.ja"] ?? []),
            related: related, segment: segment, intent: scalars["intent"]?.value,
            body: Bilingual(en: texts[.en] ?? "", ja: texts[.ja] ?? ""))
        return Located(entry: entry, idLine: id.line, relatedLines: relatedLines)
    }

    /// The language code of a marker line `--- xx` (three or more dashes), if it is one.
    static func bodyMarker(_ line: String) -> String? {
        let trimmed = line.trimmingWhitespace
        guard trimmed.hasPrefix("---") else { return nil }
        let rest = String(trimmed.drop { $0 == "-" }).trimmingWhitespace
        guard !rest.isEmpty, !rest.contains(" ") else { return nil }
        return rest
    }

    /// Lower-case words of letters and digits joined by single hyphens.
    static func isID(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        return !text.isEmpty && parts.allSatisfy { part in
            !part.isEmpty && part.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
        }
    }

    private static func isTag(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, ("a"..."z").contains(first) || ("A"..."Z").contains(first) else {
            return false
        }
        return text.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
        }
    }

    /// Body lines without surrounding blank lines and with runs of blank lines
    /// cut to one, so editors can space a file freely.
    private static func tidy(_ lines: [String]) -> String {
        var kept: [String] = []
        for line in lines {
            let isBlank = line.trimmingWhitespace.isEmpty
            if isBlank && (kept.isEmpty || kept.last == "") { continue }
            kept.append(isBlank ? "" : line)
        }
        while kept.last == "" { kept.removeLast() }
        return kept.joined(separator: "\n")
    }

    private static func trimmedEnd(_ line: String) -> String {
        var result = Substring(line)
        while let last = result.last, last.isWhitespace { result.removeLast() }
        return String(result)
    }
}
