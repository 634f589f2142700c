/// Answers from the knowledge base alone: the method, help, and what the
/// assistant cannot answer.
extension Answerer {
    func method(_ topic: String, data: AssistantData, into reply: inout Reply) {
        let language = reply.language
        guard let entry = data.guidance.guidance(id: topic, in: language) else {
            reply.lines.append(language.pick(
                "I have no guidance on that topic (“\(topic)” is missing from the knowledge base).",
                "そのテーマの解説がありません（ナレッジに「\(topic)」がありません）。"))
            return
        }
        reply.lines.append(entry.title)
        reply.lines += entry.lines.map { "  " + $0 }
        if Answerer.cadenceTopics.contains(topic), let line = cadenceLine(data: data, language: language) {
            reply.lines.append(line)
        }
        let related = entry.related.filter { data.guidance.guidance(id: $0, in: language) != nil }
        if !related.isEmpty {
            let titles = related.prefix(3).compactMap { data.guidance.guidance(id: $0, in: language)?.title }
            reply.lines.append(language.pick("Related: ", "関連: ") + titles.joined(separator: language.pick("; ", "／")))
        }
        reply.cite(topic)
    }

    /// Topics that state the A follow-up's rhythm in general terms.
    static let cadenceTopics: Set<String> = ["after-sales-follow-up", "visit-cadence", "segment-a", "weekly-plan"]

    /// The book's own A rhythm after a topic that states the policy's: the
    /// number every plan and list of this book uses, so the general text and
    /// the rep's plans never seem to disagree.
    func cadenceLine(data: AssistantData, language: Language) -> String? {
        let policy = data.config.plan
        let load = data.followUpLoad
        let customersA = load.perWeek
        guard load.customersA > 0 else { return nil }
        let weeks = policy.followUpWeeks(customersA: customersA)
        let perWeek = Formatting.trimmed(
            (Rational(Int128(policy.capacity)) * policy.share(of: .a) / Rational(100)).doubleValue, decimals: 1)
        if !load.byRep.isEmpty { return teamCadenceLine(load, weeks: weeks, perWeek: perWeek, policy: policy, language: language) }
        if weeks <= policy.followUpWeeksA {
            return language.pick(
                "In your book: \(customersA) A customers, and A's share of your usual \(policy.capacity)-visit week (\(perWeek) visits) keeps each on the \(weeks)-week follow-up.",
                "あなたのリストでは：A顧客は\(customersA)社。通常の週\(policy.capacity)件のうちAの枠（\(perWeek)件）で、全員を\(weeks)週間ごとにフォローできます。")
        }
        let capacity = policy.capacityForFollowUp(customersA: customersA)
        let fix = capacity.map {
            language.pick(
                " To keep every \(policy.followUpWeeksA) weeks, plan \($0) visits a week (config set plan.capacity=\($0)).",
                "\(policy.followUpWeeksA)週間ごとを守るには週\($0)件が必要です（config set plan.capacity=\($0)）。")
        } ?? ""
        return language.pick(
            "In your book: \(customersA) A customers, and A's share of your usual \(policy.capacity)-visit week is \(perWeek) visits, so each A customer comes round about every \(weeks) weeks — the rhythm your plans and lists use.",
            "あなたのリストでは：A顧客は\(customersA)社、通常の週\(policy.capacity)件のうちAの枠は\(perWeek)件なので、各A顧客は約\(weeks)週間ごとに回ります。計画や一覧もこの間隔で数えています。") + fix
    }

    /// A team's list: each rep's week covers their own A customers, so the
    /// rhythm is each rep's, and the busiest rep's sets the one the team's
    /// plans and lists use.
    private func teamCadenceLine(_ load: FollowUpLoad, weeks: Int, perWeek: String, policy: PlanPolicy, language: Language) -> String {
        let counts = load.byRep.map { "\($0.rep) \($0.customersA)" }.joined(separator: language.pick(", ", "、"))
        let head = language.pick(
            "In your team each rep's week covers their own A customers (\(counts)); A's share of a usual \(policy.capacity)-visit week is \(perWeek) visits.",
            "チームでは各担当者の週が自分のA顧客を回ります（\(load.byRep.map { "\($0.rep)さん\($0.customersA)社" }.joined(separator: "、"))）。通常の週\(policy.capacity)件のうちAの枠は\(perWeek)件です。")
        guard weeks > policy.followUpWeeksA, let busiest = load.busiestRep else {
            return head + language.pick(
                " That keeps every rep's A customers on the \(weeks)-week follow-up.",
                "どの担当者もA顧客を\(weeks)週間ごとにフォローできます。")
        }
        let capacity = policy.capacityForFollowUp(customersA: load.perWeek)
        return head + language.pick(
            " \(busiest)'s \(load.perWeek) come round about every \(weeks) weeks — the rhythm the team's plans and lists use"
                + (capacity.map { "; to keep every \(policy.followUpWeeksA) weeks, plan \($0) visits a week (config set plan.capacity=\($0))." } ?? "."),
            "\(busiest)さんの\(load.perWeek)社は約\(weeks)週間ごとになり、チームの計画や一覧もこの間隔で数えています。"
                + (capacity.map { "\(policy.followUpWeeksA)週間ごとを守るには週\($0)件が必要です（config set plan.capacity=\($0)）。" } ?? ""))
    }

    /// The two axes side by side: what each measures, how they differ, and
    /// what the pair makes of a customer; each entry's opening beneath.
    func axesContrast(data: AssistantData, into reply: inout Reply) {
        let language = reply.language
        let contrast = [
            ("The two axes measure different things:", "二つの軸は、別のものを測っています："),
            ("  Objective evaluation (客観的評価): the company itself — how much it could buy (company_revenue, employees, growth), whatever our history with it.",
             "  客観的評価：会社そのもの。当社との関係に関係なく、どれだけ買える会社か（売上高・従業員数・成長率）。"),
            ("  Transaction record (取引実績): us — how much it already buys from us (orders, sales, profit), whatever its size.",
             "  取引実績：当社との関係。会社の大きさに関係なく、すでに当社からどれだけ買っているか（受注件数・当社売上・粗利）。"),
            ("Together they place a customer: high on both is A, high objective and low record is B (the upside), low objective and high record is C, low on both is D.",
             "二つを合わせて領域が決まります：両方高いとA、客観的評価が高く取引実績が低いとB（伸びしろ）、客観的評価が低く取引実績が高いとC、両方低いとD。"),
        ]
        reply.lines += contrast.map { language.pick($0.0, $0.1) }
        for id in ["axis-objective", "axis-record"] {
            guard let entry = data.guidance.guidance(id: id, in: language) else { continue }
            reply.lines.append(entry.title)
            if let first = entry.lines.first { reply.lines.append("  " + first) }
            reply.cite(id)
        }
    }

    func help(data: AssistantData, into reply: inout Reply) {
        let language = reply.language
        reply.lines.append(language.pick(
            "I answer questions about your customers and the A/B/C/D method, in English or Japanese. For example:",
            "担当顧客とA/B/C/D手法についての質問に、日本語か英語でお答えします。例えば："))
        reply.lines += Answerer.examples(for: Intent.Kind.allCases.filter { $0 != .outOfScope && $0 != .help && $0 != .planReasons },
                                         data: data, language: language).map { "  • " + $0 }
        reply.lines.append(language.pick(
            "After an answer, “why?” or “and <customer>?” follow on from it. Commands: `help`.",
            "回答のあとに「なぜ？」や「〇〇は？」と続けて聞けます。コマンド一覧は `help`。"))
        if data.guidance.guidance(id: "help", in: language) != nil { reply.cite("help") }
    }

    func cannotAnswer(_ reading: Interpretation, data: AssistantData, into reply: inout Reply) {
        let language = reply.language
        reply.lines.append(language.pick(
            "I can't answer that: I only know your customer list, your visits and the A/B/C/D method.",
            "その質問にはお答えできません。分かるのは顧客リスト、訪問記録、A/B/C/D手法のことだけです。"))
        let kinds = reading.alternatives.isEmpty ? [.weeklyPlan, .explainCustomer, .countAndShare] : reading.alternatives
        reply.lines.append(language.pick("You could ask:", "例えば次のように聞いてください："))
        var examples = Answerer.examples(for: kinds, data: data, language: language)
        for fallback in Answerer.examples(for: [.weeklyPlan, .explainCustomer, .countAndShare], data: data, language: language)
        where examples.count < 3 && !examples.contains(fallback) {
            examples.append(fallback)
        }
        reply.lines += examples.prefix(3).map { "  • " + $0 }
    }

    /// One example question per intent, with the book's own names.
    static func examples(for kinds: [Intent.Kind], data: AssistantData, language: Language) -> [String] {
        let one = data.classifications.first { $0.segment != nil }
        let name = one?.name ?? "Acme"
        let letter = one?.segment?.rawValue ?? "C"
        let other = data.classifications.first { $0.segment != nil && $0.segment != one?.segment }?.name ?? "Northwind"
        let upward = one?.segment == .a ? "B" : "A"
        return kinds.compactMap { kind -> String? in
            switch kind {
            case .weeklyPlan: language.pick("who should I visit this week?", "今週はどこを訪問すべき？")
            case .planReasons: nil
            case .explainCustomer: language.pick("why is \(name) in \(letter)?", "\(name)はなぜ\(letter)？")
            case .segmentMembers: language.pick("who are my B customers?", "Bの顧客は？")
            case .segmentAdvice: language.pick("how should I handle C customers?", "C顧客にはどう対応する？")
            case .method: language.pick("why focus on B?", "なぜBに注力するの？")
            case .countAndShare: language.pick("how many A customers do I have?", "Aランクは何社？")
            case .whatWouldItTake: language.pick("what would move \(name) to \(upward)?", "\(name)を\(upward)にするには？")
            case .planCheck: language.pick("is my plan OK?", "計画をチェックして")
            case .compare: language.pick("should I visit \(name) or \(other) first?", "\(name)と\(other)、どちらを先に訪問？")
            case .help: language.pick("what can you do?", "何ができる？")
            case .outOfScope: nil
            }
        }
    }
}
