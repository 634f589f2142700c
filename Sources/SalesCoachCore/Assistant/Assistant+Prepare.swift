/// Making ready, ahead of the first question, what every question uses the
/// first time it is read: the recognisers' patterns, phrase and word
/// tables, the kana and reading tables. Each is made once per process, on
/// first use; a session's first question made about forty of them, some
/// milliseconds of its wait, while the other core had nothing left to do.
extension Assistant {
    /// Answers a question in each language over `customers` (a handful of
    /// the book's, so the answers go the way real ones do), and reads them
    /// as visit reports and introductions too, on the calling thread: each
    /// question read costs a few milliseconds, so two, one per language.
    /// Nothing is kept but those shared tables, which are the same whoever
    /// makes them.
    public static func prepareForQuestions(customers: [Customer], today: LocalDate) {
        let data = AssistantData(classifications: Classifier().classify(customers), today: today)
        let reps = RepName.reps(spelledAs: customers.lazy.map(\.rep))
        for question in ["who should I visit this week?", "今週はどこを訪問すべき？"] {
            _ = SelfIntroduction.read(question, reps: reps)
            _ = VisitStatement.read(question, matcher: data.interpreter.matcher, today: today)
            var context = ConversationContext()
            _ = answer(question, context: &context, data: data)
        }
    }
}
