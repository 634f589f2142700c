/// A plan typed into the line itself: "check plan: higashinada, hanshin
/// safety, ashiya engineering", 「この計画チェックして：ハーバー溶接、垂水鉄工所、灘テック」.
/// A rep who lists the week's visits wants those visits checked, not the
/// plan the assistant would propose or the one saved last.
public struct TypedPlan: Sendable, Hashable {
    /// The customers found, as the book spells them, with their visits ("acme x2").
    public var visits: [PlannedVisit]
    /// The pieces that name no customer of the book, as typed.
    public var unknown: [String]
    /// Customers named more than once without a count ("acme, bolt, acme"):
    /// each mention is counted as a visit, and the check says so, since a
    /// name typed twice is as often a slip as a second visit.
    public var repeated: [String] = []

    /// The list after a colon (or a dash) in `line`, or before a question
    /// about it (「…、金 トヨダ精機　この予定どう？」), when it has at least two
    /// items; nil when the line holds no such list.
    static func read(_ line: String, matcher: CustomerMatcher) -> TypedPlan? {
        var lists: [Substring] = []
        if let colon = line.firstIndex(where: { [":", "：", "—"].contains($0) }) ?? line.range(of: " - ")?.lowerBound {
            lists.append(line[line.index(after: colon)...])
        }
        // 「月 瑞穂精密、火 サンライズ物流、… この予定どう？」: the list first, the question after it.
        if let ask = line.firstMatch(of: trailingAsk) { lists.append(line[..<ask.range.lowerBound]) }
        // 「この計画どうですか？ 日明溶接センター、飯塚金属、…」: the question first, the list after it.
        if let mark = line.firstIndex(where: { $0 == "?" || $0 == "？" }), line[line.index(after: mark)...].contains(where: { !$0.isWhitespace }) {
            lists.append(line[line.index(after: mark)...])
        }
        return lists.lazy.compactMap { read(list: $0, matcher: matcher) }.first
    }

    private static func read(list: Substring, matcher: CustomerMatcher) -> TypedPlan? {
        // 「月:福岡空調,粕屋物流 火:サンコー制御」: a new day's label after a space starts a new item.
        let labelled = list.replacing(dayLabelAfterSpace, with: ",")
        var pieces = labelled.split { [",", "、", "，", ";", "；", "・", "\n", "／", "/"].contains($0) }.map { String($0) }
        pieces = pieces.flatMap { $0.components(separatedBy: " and ") }
            .map { $0.trimmingCharacters(in: [" ", "\u{3000}", ".", "。", "?", "？"]) }
            .filter { !$0.isEmpty }
        guard pieces.count >= 2 else { return nil }
        // "Plan my week: 8 visits, must include Tama Precision, leave out 府中総合病院": the
        // terms of a plan to make (a size, a customer kept in or left out), not visits typed.
        if pieces.contains(where: TypedPlan.isPlanTerm) { return nil }
        var counts: [String: Int] = [:]
        var order: [String] = []
        var unknown: [String] = []
        var repeated: [String] = []
        func customer(in name: String) -> String? {
            let found = matcher.match(in: name)
            return found.names.count == 1 ? found.names[0] : found.names.isEmpty && found.likely.count == 1 ? found.likely[0] : nil
        }
        for piece in pieces {
            var (name, visits) = TypedPlan.count(in: piece)
            var found = customer(in: name)
            // "Sun Foods" is a name; "sun minato" is Sunday's visit.
            if found == nil, case let bare = TypedPlan.withoutDay(name), bare != name {
                found = customer(in: bare)
                if found != nil { name = bare }
            }
            // 「月 湯田ヨーグルト 寒河江そば」: a day's customers parted by spaces, each one a customer.
            let spaced = TypedPlan.withoutDay(name).split(whereSeparator: { $0 == " " || $0 == "\u{3000}" }).map(String.init)
            let each = spaced.count >= 2 && found == nil ? spaced.compactMap(customer(in:)) : []
            let customers = found.map { [$0] } ?? (each.count == spaced.count ? each : [])
            guard !customers.isEmpty else {
                unknown.append(TypedPlan.withoutDay(name))
                continue
            }
            for customer in customers {
                if counts[customer] == nil { order.append(customer) } else if !repeated.contains(customer) { repeated.append(customer) }
                counts[customer, default: 0] += customers.count == 1 ? visits : 1
            }
        }
        // Read only for a plan question, so one customer among names the book lacks is still the plan typed.
        guard !order.isEmpty else { return nil }
        // "plan it: 2 a day, friday off, northern star has to be in": limits on a plan to make, not visits
        // typed; "check this: mon acme, tue bolt, friday off" is still the plan typed, with a day off noted.
        guard unknown.filter(PlanEditStatement.statesPlanLimits).count < order.count else { return nil }
        var plan = TypedPlan(visits: order.map { PlannedVisit(customerName: $0, visits: counts[$0] ?? 1) }, unknown: unknown)
        plan.repeated = repeated
        return plan
    }

    /// One item of a list that asks for a plan rather than types one: a size
    /// alone ("8 visits", 「8件で」) or a customer to keep in or leave out.
    static func isPlanTerm(_ piece: String) -> Bool {
        if piece.wholeMatch(of: sizeAlone) != nil { return true }
        return PhraseLookup(QuestionText(piece)).has(
            english: ["must include", "has to be in", "have to include", "needs to be in", "must be in", "leave out", "leave off",
                      "exclude", "skip", "without", "not "],
            japanese: ["必ず入れ", "絶対入れ", "入れて", "外して", "はずして", "抜いて", "除いて", "なしで", "は除外"])
    }

    nonisolated(unsafe) static let sizeAlone = #/(?i)\s*\d+\s*(?:visits?|calls?|stops?|件|社)(?:で|に|くらい|ぐらい|程度)?\s*/#

    /// A question about the plan after the list it typed: 「この予定どう？」, "is this ok?".
    nonisolated(unsafe) static let trailingAsk =
        #/(?i:[\s　,、。.]*(?:(?:この|その)?(?:予定|計画|プラン)(?:は|って|で)?(?:どう|大丈夫|いい|ok|問題|チェック)|(?:is this|is that|how'?s this|how is this|does this|will this|would this|check this)\b)[^、,]*$)/#

    /// Whether the words before the list name a plan ("is this plan ok:", 「この計画：」):
    /// with one customer in the list the reading alone may take it for a question about that customer.
    static func namesPlan(_ line: String) -> Bool {
        if line.firstMatch(of: trailingAsk).map({ line[..<$0.range.lowerBound].contains(where: { ",、".contains($0) }) }) == true {
            return true
        }
        // 「この計画どうですか？ A、B、C」: a plan asked about, then the list.
        if let mark = line.firstIndex(where: { $0 == "?" || $0 == "？" }),
            line[line.index(after: mark)...].contains(where: { ",、".contains($0) }),
            // 「来週これで行こうと思うんだけどどう？ 月 …、…」: a week or "this" before the question counts too.
            ["plan", "schedule", "this week", "next week", "計画", "プラン", "予定", "来週", "今週", "これで"].contains(where: {
                line[..<mark].lowercased().contains($0)
            })
        {
            return true
        }
        guard let colon = line.firstIndex(where: { [":", "："].contains($0) }) else { return false }
        let head = line[..<colon].lowercased()
        // "check this: mon shiogama, tue tomiya farm": a list to check is a plan, whatever it is called.
        // "check: mon X, tue Y": a list to check after the bare word is a plan too.
        if head.trimmingCharacters(in: .whitespaces) == "check" || head.trimmingCharacters(in: .whitespaces) == "チェック" { return true }
        return ["plan", "schedule", "check this", "check these", "check my", "is this ok", "how's this", "how is this",
                "計画", "プラン", "予定", "チェックして", "これでどう", "見てほしい"].contains { head.contains($0) }
    }

    /// "mon minato", "Tue: northgate", 「月 梅寿司」, 「水曜 はなまる」: a plan written
    /// day by day, each visit after its weekday. The check counts visits, so the
    /// day goes; left on, it made the name one the book does not have.
    static func withoutDay(_ piece: String) -> String {
        guard let match = piece.firstMatch(of: dayPrefix) else { return piece }
        let rest = piece[match.range.upperBound...]
        return rest.isEmpty ? piece : String(rest)
    }

    nonisolated(unsafe) static let dayPrefix =
        #/^(?i:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?\.?(?:\s*[:\-]\s*|\s+)|[月火水木金土日](?:曜日?)?(?:\s*[:：]\s*|\s+)|[月火水木金土日]曜日?|[(（][月火水木金土日][)）]\s*)/#

    /// A space, then a weekday with a colon ("tue:", 「火:」, 「水曜：」), or a
    /// working day's English name and a space ("mon 鏡石金属, 本宮化成 tue 安積電機"):
    /// the weekend's ("sun") only with the colon, as Sun Foods is a name.
    nonisolated(unsafe) static let dayLabelAfterSpace =
        #/[\s　]+(?=(?i:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?\.?\s*[:：]|(?:mon|tue|tues|wed|thu|thur|thurs|fri)(?:day|nesday|sday|rsday)?\.?\s+\S)|[月火水木金土日](?:曜日?)?\s*[:：])/#

    /// "acme x2", "acme ×2", 「山田工業2件」: the name and its visits (one when none is said).
    static func count(in piece: String) -> (name: String, visits: Int) {
        if let match = piece.firstMatch(of: TypedPlanPattern.countSuffix) {
            let n = Int(match.2 ?? match.3 ?? "1") ?? 1
            return (String(match.1), max(1, n))
        }
        return (piece, 1)
    }
}

/// Compiled once per process: a regular expression written as a literal in a
/// function is parsed again at every call (see `PlanDaysPattern`).
private enum TypedPlanPattern {
    nonisolated(unsafe) static let countSuffix = #/^(.+?)\s*(?:[x×]\s*(\d{1,2})|(\d{1,2})\s*(?:件|回|visits?))$/#
}
