/// Answers an interpreted question from the book, the policy, the visit log
/// and the knowledge base, in the question's language.
///
/// Every answer that rests on the method cites the knowledge entries it used
/// (a last line "See: …" / "参考: …"); every answer about customers shows the
/// numbers (segment, scores, the metrics that decided, the nearest move).
/// When the question cannot be answered it says so and suggests questions
/// that can: it never guesses.
public struct Answerer: Sendable {
    public init() {}

    public func answer(_ reading: Interpretation, data: AssistantData, context: ConversationContext = ConversationContext())
        -> Answer
    {
        let language = reading.language
        var reply = Reply(language: language, showsAll: reading.showsAll)
        let needsBook = ![.method, .help, .outOfScope].contains(reading.intent.kind)
        if needsBook && data.classifications.isEmpty {
            reply.lines = [language.pick(
                "Your customer list is empty: load a CSV with `load FILE`, or start with `salescoach --demo` to try the demo book.",
                "顧客リストが空です。`load ファイル名` でCSVを読み込むか、`salescoach --demo` でデモ用の顧客リストを試してください。")]
        } else {
            if let term = reading.foundInNotes {
                let names = reading.customers.isEmpty ? reading.didYouMean : reading.customers
                reply.lines.append(language.pick(
                    "“\(term)” is in the notes of \(names.joined(separator: ", ")).", "「\(term)」は\(names.joined(separator: "、"))のメモにあります。"))
            }
            if let taken = reading.takenAs {
                reply.lines.append(language.pick("(taken as \(taken))", "（\(taken)として回答します）"))
            }
            if reading.firstOfListed, let first = reading.customers.first {
                reply.lines.append(language.pick(
                    "The first of those, in the order shown: \(first).", "先ほどの一覧で先頭（並び順の一番）は\(first)です。"))
            }
            switch reading.intent {
            case .weeklyPlan: weeklyPlan(reading, data: data, into: &reply)
            case .planReasons: planReasons(reading, data: data, into: &reply)
            case .planCheck: planCheck(reading, data: data, into: &reply)
            case .explainCustomer where reading.progress == .history: customerHistory(reading, data: data, into: &reply)
            case .explainCustomer: explain(reading, data: data, into: &reply)
            case .whatWouldItTake where reading.whatIf != nil: whatIf(reading.whatIf!, reading: reading, data: data, into: &reply)
            case .whatWouldItTake(let target): whatWouldItTake(reading, target: target, data: data, into: &reply)
            case .compare: compare(reading, data: data, into: &reply)
            case .segmentMembers:
                if let progress = reading.progress {
                    self.progress(progress, reading: reading, data: data, into: &reply)
                } else if let list = reading.customerList {
                    customerList(list, reading: reading, data: data, into: &reply)
                } else {
                    members(reading, data: data, into: &reply)
                }
            case .segmentAdvice:
                if let (first, second) = reading.contrast {
                    contrast(first, second, asksWhichGetsTime: reading.asksWhichGetsTime, data: data, into: &reply)
                } else {
                    advice(reading, data: data, into: &reply)
                }
            case .countAndShare: counts(reading, data: data, into: &reply)
            case .method where reading.contrastsAxes: axesContrast(data: data, into: &reply)
            case .method(let topic):
                method(topic, data: data, into: &reply)
                if reading.asksLesson {
                    reply.lines.append(language.pick(
                        "For a short lesson with a quiz on your own customers, type `learn`.",
                        "自分の顧客を使ったクイズ付きの短いレッスンは `learn` で始まります。"))
                }
                if reading.asksStart {
                    reply.lines.append(language.pick(
                        "Then ask “who are my B customers?” and “who should I visit this week?”: the method applied to your own book.",
                        "そのあと「Bの顧客は？」「今週はどこを訪問すべき？」と聞くと、この手法を自分の担当先に当てはめた答えが出ます。"))
                }
            case .help where reading.smallTalk != nil: smallTalk(reading.smallTalk!, data: data, into: &reply)
            case .help: help(data: data, into: &reply)
            case .outOfScope: cannotAnswer(reading, data: data, into: &reply)
            }
        }
        if !reply.citations.isEmpty {
            reply.lines.append(language.pick("See: ", "参考: ") + reply.citations.joined(separator: ", "))
        }
        var next = context
        next.language = language
        if reading.intent != .outOfScope {
            next.lastIntent = reading.intent
            next.customers = reply.about.isEmpty ? reading.customers : reply.about
            next.segments = reading.segments
            next.number = reading.number
            next.listed = reply.listed.isEmpty && reply.about.count > 1 ? reply.about : reply.listed
            next.list = reading.customerList
            next.cutReading = reply.wasCut ? reading : nil
            next.typedPlan = reading.intent == .planCheck ? reading.typedPlan : nil
            // "plan my week, must include X" then "why is it in the plan?": it is X.
            if reading.intent == .weeklyPlan, reading.includesCustomers, reading.customers.count == 1 { next.lastSingle = reading.customers[0] }
        }
        next.suggestions = reply.suggested
        next.logged = []
        next.unlogged = nil
        return Answer(
            lines: reply.lines, language: language, citations: reply.citations, data: reply.data,
            interpretation: reading, followUpContext: next)
    }

    // MARK: Shared pieces

    /// The customers a question is about, or a reply that asks which (did you
    /// mean …?, not in the book, or just "which customer?").
    func customers(_ reading: Interpretation, data: AssistantData, into reply: inout Reply) -> [Classification] {
        let found = reading.customers.compactMap { data.classification(named: $0) }
        if !found.isEmpty { return found }
        let language = reply.language
        if !reading.didYouMean.isEmpty {
            let names = reading.didYouMean.prefix(3)
            let missing = reading.missingBesideSuggestion.map {
                language.pick("“\($0)” is not in your customer list. ", "「\($0)」は顧客リストにありません。")
            } ?? ""
            if names.count >= 2 {
                // 「丸亀のとこってどのセグメント？」 with three 丸亀…: each with its segment, and
                // which one asked, since "yes" cannot say which.
                let each = names.map { name -> String in
                    let segment = data.classification(named: name)?.segment?.rawValue ?? language.pick("unclassified", "未分類")
                    return language.pick("\(name) (\(segment))", "\(name)（\(segment)）")
                }
                reply.lines.append(missing + language.pick(
                    "Which one do you mean? \(each.joined(separator: ", ")). Ask again with its name.",
                    "どれのことですか？\(each.joined(separator: "、"))。社名で聞き直してください。"))
            } else {
                reply.lines.append(missing + language.pick(
                    "Did you mean \(names.joined(separator: " or "))? Answer “yes”, or ask again with the name as it is in your list.",
                    "もしかして\(names.joined(separator: "、"))のことですか？「はい」と答えるか、リストにある名前で聞き直してください。"))
            }
            reply.suggested = Array(names)
            reply.data.append(.suggestions(Array(names)))
            return []
        }
        if let name = reading.unknownName {
            reply.lines.append(language.pick(
                "“\(name)” is not in your customer list, so there is nothing to say about it from your book. `list` shows every name.",
                "「\(name)」は顧客リストにありません。リストにない会社についてはお答えできません。`list` で全顧客の名前を確認できます。"))
            return []
        }
        let example = data.classifications.first { $0.segment != nil }
        let name = example?.name ?? "Acme"
        let letter = example?.segment?.rawValue ?? "C"
        reply.lines.append(language.pick(
            "Which customer? Name one as it is in your list, e.g. “why is \(name) in \(letter)?”",
            "どの顧客についてですか？リストにある名前で聞いてください（例：「\(name)はなぜ\(letter)？」）。"))
        return []
    }

    /// The segments a question names, or a reply that asks which.
    func segments(_ reading: Interpretation, into reply: inout Reply) -> [Segment] {
        if !reading.segments.isEmpty { return reading.segments }
        reply.lines.append(reply.language.pick(
            "Which segment: A, B, C or D? For example “who are my B customers?”",
            "どの領域ですか（A・B・C・D）？例：「Bの顧客は？」"))
        return []
    }

    /// The knowledge entry a segment's advice lives in.
    static func segmentEntry(_ segment: Segment) -> String { TopicCues.segmentTopic(segment) }

    /// Entries that go with a segment's own: why B, the C trap, A's follow-up.
    static func companionEntry(_ segment: Segment) -> String? {
        switch segment {
        case .a: "after-sales-follow-up"
        case .b: "why-focus-b"
        case .c: "c-trap"
        case .d: nil
        }
    }
}

/// A reply under construction.
struct Reply {
    let language: Language
    var lines: [String] = []
    var citations: [String] = []
    var data: [AnswerData] = []
    /// The customers the reply ended up being about, for follow-ups.
    var about: [String] = []
    /// Names offered in a "did you mean …?".
    var suggested: [String] = []
    /// Every customer a list answer stands for (not only those printed), for
    /// a question about them next.
    var listed: [String] = []
    /// Whether the question asked for every customer ("show all", 「全部」):
    /// lists then print whole instead of their first few.
    var showsAll = false
    /// Whether a list was cut to its first few, so "show all" next can
    /// print it whole. Every cut list ends in a line that starts with "…"
    /// ("… and 3 more", 「…ほか3社」): that line is what says so.
    var wasCut: Bool { lines.contains { $0.drop(while: { $0 == " " }).hasPrefix("…") } }

    init(language: Language, showsAll: Bool = false) {
        self.language = language
        self.showsAll = showsAll
    }

    /// How many customers a list prints before "… and N more".
    var listShown: Int { showsAll ? Int.max : Answerer.listShown }
    /// How many of `count` customers a list prints: all of them when only one
    /// would be left over, since "… and 1 more" hides a name in the space it takes.
    func shown(_ count: Int) -> Int { count - 1 <= listShown ? count : listShown }
    /// How many visits a visit list prints.
    var visitsShown: Int { showsAll ? Int.max : Answerer.visitsShown }

    mutating func cite(_ ids: String?...) {
        for case let id? in ids where !citations.contains(id) { citations.append(id) }
    }
}

extension Language {
    /// The English or the Japanese text, whichever this language is.
    func pick(_ english: String, _ japanese: String) -> String { self == .en ? english : japanese }
}
