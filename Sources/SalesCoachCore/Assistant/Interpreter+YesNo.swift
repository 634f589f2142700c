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
        // One customer named: 「トヨタ紡織はもう行かなくていい？」 (a visit asked the other way round:
        // the verdict as advice, never a "yes" that could mean either) and 「岐阜プラスチック危ない？」.
        if reading.intent == .explainCustomer, reading.customers.count == 1, segments.isEmpty, !Interpreter.asksWhy(text),
            !PhraseLookup(text).has(english: ["reason"], japanese: ["理由", "根拠"]),
            text.chars.filter({ !$0.isWhitespace && !$0.isPunctuation }).count <= 30
        {
            let lookup = PhraseLookup(text)
            if lookup.has(english: Interpreter.skipVisitWords.english, japanese: Interpreter.skipVisitWords.japanese) {
                reading.asksVisitWorth = true
                reading.asksSkipVisit = true
                return
            }
            if lookup.has(english: Interpreter.riskWords.english, japanese: Interpreter.riskWords.japanese),
                !lookup.has(english: ["plan", "week", "visit", "schedule"], japanese: ["計画", "予定", "今週", "来週", "プラン", "訪問"])
            {
                reading.asksRisk = true
                return
            }
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
        // 「それって私にできること？」, "can I do that?" right after what would move one customer:
        // the same move, opening with whether its figures are the rep's to change.
        if case .whatWouldItTake(let target) = context.lastIntent, context.customers.count == 1, segments.count <= 1,
            lookup.has(english: Interpreter.reachWords.english, japanese: Interpreter.reachWords.japanese)
        {
            reading.settle(as: .whatWouldItTake(target: segments.first ?? target), customers: context.customers, followUp: true)
            reading.asksIfInReach = true
            return
        }
        // 「それって危ない？」, "is it at risk?" right after one customer: yes or no on that customer.
        if segments.isEmpty, number == nil, context.customers.count == 1,
            [.explainCustomer, .whatWouldItTake, .compare].contains(context.lastIntent?.kind),
            lookup.has(english: Interpreter.riskWords.english, japanese: Interpreter.riskWords.japanese),
            // Not 「今週の計画は大丈夫？」 nor "is it safe to skip it this week?": the plan, or a visit.
            ![.weeklyPlan, .planCheck, .planReasons].contains(reading.intent.kind),
            !lookup.has(
                english: ["plan", "week", "visit", "skip", "schedule"], japanese: ["計画", "予定", "今週", "来週", "プラン", "訪問", "行か", "作って"]),
            Interpreter.isShort(text)
        {
            reading.settle(as: .explainCustomer, customers: context.customers, followUp: true)
            reading.asksRisk = true
            return
        }
        // 「じゃあBってことでいいの？」, "so it's a B?" right after one customer: that customer,
        // opening with whether it is in that segment; 「ちょうど50ってこと？」 whether a score is that.
        guard context.customers.count == 1, [.explainCustomer, .whatWouldItTake].contains(context.lastIntent?.kind),
            lookup.has(english: Interpreter.confirmWords.english, japanese: Interpreter.confirmWords.japanese),
            // "so it needs more orders to get to A?" asks what would move it, not whether it is in A.
            !lookup.has(english: Interpreter.becomeSegmentWords.english, japanese: Interpreter.becomeSegmentWords.japanese),
            // "so it could drop to C easily?": where it could go, which the card's nearest moves answer.
            !lookup.has(
                english: ["drop", "fall", "slip", "move", "go to", "could", "would", "might", "if"],
                japanese: ["落ち", "下が", "上が", "になるには", "になれる", "移", "変わ"]),
            // 「ちょうど50ってこと？」: "exactly" says a score is meant even without the word.
            segments.count == 1 || (number.map({ (0...100).contains($0) }) == true
                && (asksScore
                    || (CustomerListQuestion.metricNamed(text) == nil
                        && lookup.has(english: ["exactly", "precisely", "right on"], japanese: ["ちょうど", "ぴったり", "丁度"]))))
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
    /// `[phrases reach-words-en]`, `[phrases reach-words-ja]`: whether something is the rep's own to do.
    static let reachWords = (
        english: Understanding.standard.phrases("reach-words-en"), japanese: Understanding.standard.phrases("reach-words-ja"))
    /// `[phrases skip-visit-en]`, `[phrases skip-visit-ja]`: whether one customer can go unvisited.
    static let skipVisitWords = (
        english: Understanding.standard.phrases("skip-visit-en"), japanese: Understanding.standard.phrases("skip-visit-ja"))
    /// `[phrases risk-words-en]`, `[phrases risk-words-ja]`: whether a customer is in danger.
    static let riskWords = (
        english: Understanding.standard.phrases("risk-words-en"), japanese: Understanding.standard.phrases("risk-words-ja"))
    /// `[phrases skip-segment-en]`, `[phrases skip-segment-ja]`: leaving a segment unvisited.
    static let skipWords = (
        english: Understanding.standard.phrases("skip-segment-en"), japanese: Understanding.standard.phrases("skip-segment-ja"))

    /// "What's Emily's biggest customer by sales?", 「売上が一番大きい客は？」: one customer
    /// asked for (a singular noun or 一番 with a superlative, no count), named first above the ranking.
    static func asksOne(_ text: QuestionText) -> Bool {
        let words = Set(text.asciiWords.map(\.text))
        let one = !words.isDisjoint(with: ["customer", "account", "client", "company"])
            && words.isDisjoint(with: ["customers", "accounts", "clients", "companies", "ones"])
            && !words.isDisjoint(with: ["biggest", "largest", "highest", "best", "most", "smallest", "lowest", "least", "top"])
        let lookup = PhraseLookup(text)
        // Not 「上位3社は？」: a count of companies; 「一番大きい会社は？」 is one.
        let counted = text.chars.indices.contains { i in i > 0 && text.chars[i] == "社" && text.chars[i - 1].isNumber }
        let oneJapanese = lookup.has(english: [], japanese: ["一番", "いちばん", "最も", "最大", "ナンバーワン"])
            && !lookup.has(english: [], japanese: ["上位", "順", "ランキング"]) && !counted
        return one || oneJapanese
    }
}
