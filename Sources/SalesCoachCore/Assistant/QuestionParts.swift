/// Two or three questions typed in one line, each ending in a question mark
/// (「客観的評価ってなに？取り引き実績は？」, "what do I do with C and D? and with
/// yonezawa gyu, it has no segment"). Read as one, the line answers only one
/// of them; read one after another, each gets its answer, the later ones
/// following on from the earlier as they would typed on lines of their own.
enum QuestionParts {
    /// The line cut after each question mark that more text follows; the line
    /// alone when it holds one question.
    static func split(_ line: String) -> [String] {
        var parts: [String] = []
        var current = ""
        for character in line {
            current.append(character)
            if character == "?" || character == "？" {
                parts.append(current)
                current = ""
            }
        }
        let rest = current.trimmingCharacters(in: .whitespaces)
        if !rest.isEmpty { parts.append(rest) }
        // A stray mark ("??", "what? ") is no question of its own.
        let questions = parts.map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { part in part.filter { !$0.isPunctuation && !$0.isWhitespace }.count >= 2 }
        return questions.count >= 2 && questions.count <= 3 ? questions : [line]
    }

    /// Whether the parts' readings ask more than the whole line's reading
    /// answers: a part about another intent, customer, segment or list.
    /// 「あさひやの担当は？あと最後いつ行った？」 is one customer asked two ways, which
    /// the whole line's answer already gives.
    static func askMore(_ parts: [Interpretation], than whole: Interpretation, texts: [String], lastNamesCustomer: Bool) -> Bool {
        // 「同じ先に毎週行くのってあり？訪問頻度の考え方を知りたい」: a part that alone reads as off
        // topic sets up the rest, which the whole line answers. One plainly off topic ("what's the
        // weather tomorrow? and who should I visit") is its own question: declined, and the rest
        // answered without the day it named.
        if whole.intent != .outOfScope, parts.contains(where: { $0.intent == .outOfScope && !$0.hasOutOfScopeCue }) { return false }
        // "What about 鈴鹿? which one is the B?": the customers named after the place, of that
        // segment, answer both; apart, the first asked which 鈴鹿 and the second listed every B.
        if case .place = whole.customerList, parts.allSatisfy({ $0.customers.isEmpty }) { return false }
        // "…? the C guys are so nice", "…? I'm her manager": words after the last question
        // mark ask something only when they name a customer ("… and with yonezawa gyu").
        // "… also whats fanuc's stock price" is a question of its own, declined beside the answer.
        let lastOffTopic = parts.last.map { $0.intent == .outOfScope && $0.hasOutOfScopeCue } ?? false
        // "what's the weather tomorrow? and who should I visit": declined whole, the rest would be lost.
        let lastAfterOffTopic = whole.intent == .outOfScope && (parts.last.map { $0.intent != .outOfScope } ?? false)
        if let last = texts.last, !last.hasSuffix("?"), !last.hasSuffix("？"), !lastNamesCustomer, !lastOffTopic, !lastAfterOffTopic {
            return false
        }
        return parts.contains { part in
            // 「50で線を引いてるのはなぜ？パーセンタイルって何？」: a part read only as the method in
            // general says nothing the whole line's own article leaves out.
            if part.intent == .method(topic: TopicCues.fallback), whole.intent.kind == .method { return false }
            // One customer asked about two ways: the whole line's answer about it gives both.
            if whole.intent.kind.needsCustomer, !part.customers.isEmpty, Set(part.customers).isSubset(of: Set(whole.customers)) {
                return false
            }
            return part.intent != whole.intent || !Set(part.customers).isSubset(of: Set(whole.customers))
                || !Set(part.segments).isSubset(of: Set(whole.segments)) || part.customerList != whole.customerList
        }
    }

    /// Whether a part only asks again what the part before it answered ("who
    /// gets the visit first? why?": the comparison already says why).
    static func repeats(_ part: Interpretation, _ before: Interpretation) -> Bool {
        part.isFollowUp && part.intent == before.intent && part.customers == before.customers && part.segments == before.segments
            && part.customerList == before.customerList
    }
}
