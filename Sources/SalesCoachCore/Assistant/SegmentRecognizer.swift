/// Finds the segments a question names: "A", "Ａランク", "A顧客", "Aの顧客",
/// "segment A", "B customers", "key accounts", "最重点", …
///
/// The English article is the hard part: "a customer" is not segment A, but
/// "A customers", "an A customer", "segment A", "in A?" and "A or B" are.
enum SegmentRecognizer {
    /// At most one word inside a synonym ("key big accounts"): with more,
    /// "top 5 B accounts" would read as "top account", segment A.
    static let synonyms = PhraseMatcher<Segment>(
        AssistantLexicon.segmentSynonyms.flatMap { segment, phrases in phrases.map { ($0, segment) } }, maximumGap: 1)

    /// The segments named, in the order they appear, each once.
    static func segments(in question: QuestionText, prepared: PreparedQuestion) -> [Segment] {
        let words = question.asciiWords
        var found: [Segment] = []
        for k in words.indices {
            guard let segment = letter(at: k, words: words, question: question), !found.contains(segment) else { continue }
            found.append(segment)
        }
        for segment in synonyms.matches(in: prepared) where !found.contains(segment) { found.append(segment) }
        return found
    }

    private static func letter(at k: Int, words: [QuestionText.Word], question: QuestionText) -> Segment? {
        let word = words[k]
        let text = word.text
        let chars = question.chars
        let before = word.range.lowerBound > 0 ? chars[word.range.lowerBound - 1] : nil
        let after = word.range.upperBound < chars.count ? chars[word.range.upperBound] : nil
        if ["bs", "cs", "ds"].contains(text) { return Segment(letter: text.prefix(1)) }
        // "my A's": a capital letter with 's is a segment in the plural, "as" is not.
        if text == "as", word.capitalized, word.range.lowerBound + 1 < chars.count,
            chars[word.range.lowerBound + 1] == "'" || chars[word.range.lowerBound + 1] == "\u{2019}"
        {
            return .a
        }
        guard text.count == 1, let segment = Segment(letter: text) else { return nil }
        // Next to Japanese a lone Latin letter is a segment: "Aランク", "Cに時間".
        if before?.isJapanese == true || after?.isJapanese == true { return segment }
        // "C++", "C#" are languages, not segments.
        if after == "+" || after == "#" { return nil }
        if segment != .a { return segment }

        let previous = k > 0 && adjacent(words[k - 1], word, in: chars) ? words[k - 1].text : nil
        let next = k + 1 < words.count && adjacent(word, words[k + 1], in: chars) ? words[k + 1].text : nil
        let atEnd = next == nil
        // "between a B and a C customer": a lower-case "a" before a segment letter is its article.
        if !word.capitalized, let next, next.count == 1, Segment(letter: next) != nil { return nil }
        if let previous, AssistantLexicon.segmentWordsBefore.contains(previous) || previous == "an" { return segment }
        if let next, AssistantLexicon.segmentNounsPlural.contains(next) { return segment }
        if let next, AssistantLexicon.segmentNounsSingular.contains(next), word.capitalized,
            let previous, AssistantLexicon.determiners.contains(previous)
        {
            return segment
        }
        // "show me my A custmers": a capital A after a possessive names the segment whatever noun follows, typos too.
        if word.capitalized, next != nil, let previous, ["my", "our", "your", "his", "her", "their", "all"].contains(previous) {
            return segment
        }
        if atEnd, let previous, AssistantLexicon.segmentLeadIns.contains(previous) || word.capitalized { return segment }
        if atEnd, previous == nil, word.capitalized, k > 0 { return segment }
        // "A or B", "B and A"
        if let next, ["or", "and", "vs", "versus", "to"].contains(next), k + 2 < words.count,
            words[k + 2].text.count == 1, Segment(letter: words[k + 2].text) != nil
        {
            return segment
        }
        if let previous, ["or", "and", "vs", "versus", "to", "from"].contains(previous), k >= 2,
            words[k - 2].text.count == 1, Segment(letter: words[k - 2].text) != nil
        {
            return segment
        }
        return nil
    }

    /// Whether two words belong to the same clause: nothing but spaces, hyphens or
    /// slashes between them (a question mark or comma ends the thought).
    private static func adjacent(_ first: QuestionText.Word, _ second: QuestionText.Word, in chars: [Character]) -> Bool {
        chars[first.range.upperBound..<second.range.lowerBound].allSatisfy { $0 == " " || $0 == "-" || $0 == "/" }
    }
}
