/// 「松葉ガニの会社ってどこだっけ？」, "which customer does the crab processing?":
/// a rep who remembers what a customer does, not what it is called. The
/// notes column holds that; a word of the question found in one to five
/// customers' notes (and in no name) points at them.
enum NotesSearch {
    /// The term and the customers whose notes hold it, the longest term that
    /// fits between one and five customers; nil when none does.
    static func find(in question: String, among classifications: [Classification]) -> (term: String, names: [String])? {
        let notes = classifications.compactMap { c in c.customer.notes.map { (c.name, NameKey.normalize($0).lowercased()) } }
            .filter { !$0.1.isEmpty }
        guard !notes.isEmpty else { return nil }
        for term in terms(of: question).sorted(by: { $0.count > $1.count }) {
            let names = notes.filter { $0.1.contains(term) }.map(\.0)
            guard (1...5).contains(names.count) else { continue }
            return (term, names)
        }
        return nil
    }

    /// Runs of kanji and katakana of two characters or more, and Latin words
    /// of four letters or more, that are no everyday or method word.
    static func terms(of question: String) -> [String] {
        let folded = NameKey.normalize(question).lowercased()
        var terms: [String] = []
        var run = ""
        func flush() {
            if run.count >= 2, !everyday.contains(run), !Interpreter.isCuePhraseRun(Array(run)) { terms.append(run) }
            run = ""
        }
        for c in folded {
            if c.isJapanese, !Interpreter.isHiragana(c), !c.isPunctuation { run.append(c) } else { flush() }
        }
        flush()
        let common = AssistantLexicon.commonWords
        for word in folded.split(whereSeparator: { !($0.isASCII && $0.isLetter) }).map(String.init)
        where word.count >= 4 && !common.contains(word) && !common.contains(Stemmer.stem(word)) {
            terms.append(word)
        }
        return terms
    }

    /// Words of a question that name no trade ("会社", "顧客", "担当"): found in
    /// notes, they would point at customers by chance.
    private static let everyday: Set<String> = [
        "会社", "顧客", "お客", "取引先", "担当", "担当者", "今週", "来週", "先週", "今日", "昨日", "明日", "訪問", "計画", "予定",
        "売上", "粗利", "受注", "利益", "一番", "全部", "どこ", "何社", "メモ", "備考", "ノート",
    ]
}
