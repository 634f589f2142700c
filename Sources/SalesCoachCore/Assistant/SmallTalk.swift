/// "hi", 「こんにちは」, "thanks!": a line that is only a greeting or thanks.
///
/// Refusing it as off topic ("I can't answer that") is the wrong welcome for
/// someone opening the session; it gets a short reply and where the book
/// stands, which is what a rep opening the tool wants to see first.
public enum SmallTalk: Sendable, Hashable {
    case greeting
    case thanks

    /// The small talk `line` is, when it is nothing else.
    static func read(_ line: String) -> SmallTalk? {
        // 「ありがとう、またね」, "thanks, bye": every part small talk, thanks the answer.
        let parts = line.lowercased().split { "、,。!！".contains($0) }.map(String.init).filter { !trimmed($0).isEmpty }
        if parts.count > 1 {
            let read = parts.map { part(trimmed($0)) }
            guard read.allSatisfy({ $0 != nil }) else { return nil }
            return read.contains(.thanks) ? .thanks : .greeting
        }
        return part(trimmed(line.lowercased()))
    }

    private static func part(_ bare: String) -> SmallTalk? {
        var words = bare
        for suffix in Understanding.standard.phrases("small-talk-addressees") where words.hasSuffix(" " + suffix) {
            words = trimmed(String(words.dropLast(suffix.count)))
        }
        if Understanding.standard.phrases("greetings").contains(words) { return .greeting }
        if Understanding.standard.phrases("thanks").contains(words) { return .thanks }
        return nil
    }

    private static func trimmed(_ text: String) -> String {
        let noise = Set(" \t!！.。,、?？~〜ー…")
        var slice = Substring(text)
        while let first = slice.first, noise.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, noise.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}

extension Answerer {
    /// A greeting back with the book at a glance, or a short reply to thanks.
    func smallTalk(_ talk: SmallTalk, data: AssistantData, into reply: inout Reply) {
        let language = reply.language
        switch talk {
        case .thanks:
            reply.lines.append(language.pick(
                "Glad to help. Ask again any time, or type `plan` for this week's visits.",
                "どういたしまして。いつでも聞いてください。今週の訪問計画は `plan` で出せます。"))
        case .greeting:
            let summary = data.summary
            let counts = Segment.allCases.map { "\($0.rawValue) \(summary.row($0).count)" }.joined(separator: " · ")
            reply.lines.append(language.pick("Hello!", "こんにちは！"))
            if summary.total > 0 {
                reply.lines.append(language.pick(
                    "Your book: \(Counted(summary.total, "customer", counter: "社").text(in: .en)), \(counts).",
                    "担当顧客は\(summary.total)社（\(counts)）です。"))
            }
            reply.lines.append(language.pick(
                "Ask “who should I visit this week?” to plan the week, “what should I focus on?” for where your time pays most, or `help` for more.",
                "「今週はどこを訪問すべき？」で今週の計画、「何に注力すべき？」で時間をかけるべき先が分かります。ほかは `help` で。"))
        }
    }
}
