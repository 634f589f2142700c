/// What a name typed as a command's argument stands for, read by the same
/// matcher that reads names in questions, so `why Northwind` and "why is
/// Northwind in A?" find the same customer.
public enum NameResolution: Sendable, Hashable {
    /// The book spells it this way (whatever the case, width or legal form).
    case exact(String)
    /// One customer clearly meant: a short form, a reading in romaji, a small
    /// typo. The command goes ahead and says which customer it took.
    case taken(String)
    /// Not sure: the closest names, for "did you mean …?".
    case suggestions([String])
    /// Nothing like it in the book.
    case none
}

extension CustomerMatcher {
    /// Resolves `typed`, which should be one customer's name and nothing else.
    ///
    /// A certain match is taken only when it covers the whole of what was
    /// typed (legal forms and punctuation aside): "Northwind" is Northwind
    /// Traders, but "Northwind Logistics" is not — another company with a
    /// name like it must never be answered about with confidence.
    public func resolve(_ typed: String) -> NameResolution {
        let text = QuestionText(typed)
        let matches = match(text, commonWords: [])
        if matches.names.count == 1, let name = matches.names.first, let span = matches.spans.first,
            Self.coversAll(text, except: span)
        {
            return Book.key(name) == Book.key(typed) ? .exact(name) : .taken(name)
        }
        // One customer clearly meant though mistyped or shortened (`visits 関西`,
        // `why kobayahsi`): taken, as a question would take it.
        if matches.names.isEmpty, matches.suggestions.count == 1, matches.likely == matches.suggestions,
            let span = matches.spans.first, Self.coversAll(text, except: span)
        {
            return .taken(matches.likely[0])
        }
        let guesses = (matches.names + matches.suggestions).reduce(into: [String]()) { list, name in
            if !list.contains(name) { list.append(name) }
        }
        return guesses.isEmpty ? .none : .suggestions(guesses)
    }

    /// Whether nothing but spaces, punctuation and legal forms lies outside `span`.
    private static func coversAll(_ text: QuestionText, except span: Range<Int>) -> Bool {
        var leftover = ""
        for (offset, character) in text.chars.enumerated() where !span.contains(offset) {
            leftover.append(character)
        }
        let words = leftover.split { !$0.isLetter && !$0.isNumber }.map(String.init)
        return words.allSatisfy { CompanyAffixes.englishWords.contains($0) }
    }
}
