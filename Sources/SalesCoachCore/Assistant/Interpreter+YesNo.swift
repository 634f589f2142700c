/// Yes-or-no questions that check what was just said rather than ask for
/// something new: 「じゃあBってことでいいの？」 and 「それ、スコアちょうど50ってこと？」
/// right after one customer, 「じゃあCはいかなくていいってこと？」 after the
/// method. A rep asking this wants the yes or no first; reading them as "list
/// the B customers" or "what is B?" answers a question nobody asked.
extension Interpreter {
    /// - Parameters:
    ///   - namesSomeone: the line names a customer or a company the book lacks.
    ///   - number: a number in the line (a score asked about), if any.
    func readYesNo(
        _ reading: inout Interpretation, text: QuestionText, context: ConversationContext, namesSomeone: Bool, segments: [Segment],
        number: Int?
    ) {
        // A number is a score only with a score's word and no figure's: not 「受注は12件だよね？」.
        let asksScore = PhraseLookup(text).has(english: ["score", "scores", "points", "axis"], japanese: ["スコア", "点", "評価", "軸"])
            && CustomerListQuestion.metricNamed(text) == nil
        // 「ミヤギ包装資材のスコアは？ちょうど50？」: one customer named, and whether a score is exactly that.
        if reading.intent == .explainCustomer, reading.customers.count == 1, segments.isEmpty, let number, (0...100).contains(number),
            asksScore, PhraseLookup(text).has(english: ["exactly", "precisely", "right on"], japanese: ["ちょうど", "ぴったり", "丁度"])
        {
            reading.confirmsScore = number
            return
        }
        guard !namesSomeone, segments.count <= 1, !Interpreter.asksWhy(text),
            text.chars.filter({ !$0.isWhitespace && !$0.isPunctuation }).count <= 40,
            !PhraseLookup(text).has(english: ["who", "which", "how many", "list"], japanese: ["誰", "だれ", "どの", "どれ", "何社", "一覧"])
        else { return }
        let lookup = PhraseLookup(text)
        // 「じゃあCはいかなくていいってこと？」, "so I never need to visit C?": the segment's
        // advice, opening with whether it can be left alone.
        // Not a plan ("plan my week, skip C"), a cap or a list asked for ("show me C customers I don't visit").
        if segments.count == 1, lookup.has(english: Interpreter.skipWords.english, japanese: Interpreter.skipWords.japanese),
            ![.weeklyPlan, .planCheck, .planReasons].contains(reading.intent.kind), reading.segmentCaps.isEmpty, reading.customerList == nil,
            !lookup.has(
                english: ["show", "plan", "schedule", "week", "customers i", "accounts i"],
                japanese: ["見せて", "計画", "予定", "プラン", "今週", "来週"])
        {
            reading.settle(as: .segmentAdvice, customers: [], followUp: false)
            reading.segments = segments
            reading.asksSkipSegment = true
            return
        }
        // 「じゃあBってことでいいの？」, "so it's a B?" right after one customer: that customer,
        // opening with whether it is in that segment; 「ちょうど50ってこと？」 whether a score is that.
        guard context.customers.count == 1, [.explainCustomer, .whatWouldItTake].contains(context.lastIntent?.kind),
            lookup.has(english: Interpreter.confirmWords.english, japanese: Interpreter.confirmWords.japanese),
            // "so it needs more orders to get to A?" asks what would move it, not whether it is in A.
            !lookup.has(english: Interpreter.becomeSegmentWords.english, japanese: Interpreter.becomeSegmentWords.japanese),
            segments.count == 1 || (asksScore && number.map({ (0...100).contains($0) }) == true)
        else { return }
        reading.settle(as: .explainCustomer, customers: context.customers, followUp: true)
        reading.segments = segments
        reading.confirmsSegment = segments.first
        reading.confirmsScore = segments.isEmpty ? number : nil
        reading.customerList = nil
        reading.progress = nil
    }

    /// `[phrases confirm-en]`, `[phrases confirm-ja]`: "so it's …?", 「…ってこと？」.
    static let confirmWords = (
        english: Understanding.standard.phrases("confirm-en"), japanese: Understanding.standard.phrases("confirm-ja"))
    /// `[phrases skip-segment-en]`, `[phrases skip-segment-ja]`: leaving a segment unvisited.
    static let skipWords = (
        english: Understanding.standard.phrases("skip-segment-en"), japanese: Understanding.standard.phrases("skip-segment-ja"))
}
