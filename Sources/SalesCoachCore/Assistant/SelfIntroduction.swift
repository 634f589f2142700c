/// "I'm Daniel Brooks", 「中村です」: a rep of the book saying who they are,
/// alone or with a question ("hi, I'm Daniel. what should I do this week?").
///
/// The session then works on that rep's customers from this line on, as
/// `rep NAME` does, rather than for the next answer only: a rep who said
/// who they are means "my customers" in every question after.
public struct SelfIntroduction: Sendable, Equatable {
    /// The rep, spelt as the book spells them.
    public let rep: String
    /// The rest of the line, to be answered as a question; nil when the line only introduces.
    public let rest: String?

    /// The introduction in `line`, when one of its parts says the speaker is
    /// one of `reps`; nil otherwise ("I'm the sales manager", 「新人です」).
    public static func read(_ line: String, reps: [String]) -> SelfIntroduction? {
        guard !reps.isEmpty else { return nil }
        // "which of my customers are borderline? (igarashi)": a rep's name set in brackets
        // by someone speaking of their own book signs the line.
        if let bracketed = line.firstMatch(of: bracketedName), speaksOfOwnBook(line),
            case .found(let rep) = RepName.match(String(bracketed.output.1), in: reps)
        {
            let rest = line.replacingCharacters(in: bracketed.range, with: " ").trimmingCharacters(in: " ,、。.!！")
            return SelfIntroduction(rep: rep, rest: rest.isEmpty ? nil : rest)
        }
        let parts = pieces(of: line)
        for (index, part) in parts.enumerated() {
            guard let name = introducedName(part.text), case .found(let rep) = RepName.match(name, in: reps) else { continue }
            // The rest, without a greeting ("hi,", 「お疲れ様です、」) that needs no answer.
            let rest = parts.enumerated()
                .filter { $0.offset != index && !isGreeting($0.element.text.trimmingCharacters(in: " ")) }
                .map { $0.element.text + $0.element.separator }.joined()
                .trimmingCharacters(in: " ,、。.!！")
            return SelfIntroduction(rep: rep, rest: rest.isEmpty ? nil : rest)
        }
        return nil
    }

    nonisolated(unsafe) private static let bracketedName = #/[(（]\s*([^()（）]{2,30}?)\s*[)）]/#

    /// "my customers", 「自分の担当」: the one asking speaks of their own book.
    private static func speaksOfOwnBook(_ line: String) -> Bool {
        let words = Set(line.lowercased().split { !$0.isLetter && $0 != "'" }.map(String.init))
        return !words.isDisjoint(with: ["my", "me", "i", "i'm", "im", "mine"])
            || ["自分", "私の", "僕の", "俺の", "わたしの", "うちの"].contains { line.contains($0) }
    }

    private static let separators: Set<Character> = [".", "!", "?", "。", "！", "？", "\n", ",", "、"]

    /// The line cut after each separator, each piece with the separators that end it.
    private static func pieces(of line: String) -> [(text: String, separator: String)] {
        var parts: [(text: String, separator: String)] = []
        var text = ""
        var separator = ""
        for character in line {
            if separators.contains(character) || (character == " " && !separator.isEmpty) {
                separator.append(character)
            } else {
                if !separator.isEmpty {
                    parts.append((text, separator))
                    text = ""
                    separator = ""
                }
                text.append(character)
            }
        }
        if !text.isEmpty || !separator.isEmpty { parts.append((text, separator)) }
        return parts
    }

    /// The name a piece introduces: after "I'm", "this is" … or before "here"
    /// in English, before です, と申します … in Japanese
    /// (`[phrases self-introduction-en, -en-after, -ja]`).
    static func introducedName(_ piece: String) -> String? {
        var text = piece.trimmingCharacters(in: " ")
        // "hi im mike brown", no comma after the greeting: the greeting is left out first.
        for greeting in ["hi", "hello", "hey", "yo", "morning", "good morning", "good afternoon", "hiya", "ok", "so"]
        where text.lowercased().hasPrefix(greeting + " ") {
            text = String(text.dropFirst(greeting.count + 1)).trimmingCharacters(in: " ")
            break
        }
        let lower = text.lowercased()
        for lead in Understanding.standard.phrases("self-introduction-en") where lower.hasPrefix(lead + " ") {
            let name = String(text.dropFirst(lead.count)).trimmingCharacters(in: " ")
            return name.isEmpty ? nil : name
        }
        for ending in Understanding.standard.phrases("self-introduction-en-after") where lower.hasSuffix(" " + ending) {
            let name = String(text.dropLast(ending.count)).trimmingCharacters(in: " ")
            return name.isEmpty ? nil : name
        }
        for ending in Understanding.standard.phrases("self-introduction-ja") where text.hasSuffix(ending) {
            var name = String(text.dropLast(ending.count)).trimmingCharacters(in: " ")
            for honorific in ["さん", "様"] where name.hasSuffix(honorific) { name = String(name.dropLast(honorific.count)) }
            return name.isEmpty ? nil : name
        }
        return nil
    }

    private static func isGreeting(_ text: String) -> Bool {
        Understanding.standard.phrases("greetings").contains(text.lowercased())
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: String) -> String {
        let characters = Set(set)
        var slice = Substring(self)
        while let first = slice.first, characters.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, characters.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}
