/// The words for progress over time — who moved, and whether the time in B
/// pays off — shared by the `moves` command, `summary` and the assistant, so
/// a question and a command never tell the story differently.
public struct ProgressReport: Sendable {
    /// One line, with the segment it is about (for colour) or marked as a heading.
    public struct Line: Sendable, Hashable {
        public var text: String
        public var segment: Segment?
        public var isHeading: Bool

        public init(_ text: String, segment: Segment? = nil, isHeading: Bool = false) {
            self.text = text
            self.segment = segment
            self.isHeading = isHeading
        }
    }

    public let history: SegmentHistory
    public let visitLog: [VisitRecord]
    public let language: Language
    /// The customers (by `Book.key`) the report is about, when not the whole
    /// history: a rep's customers when the question names the rep.
    public let scope: Set<String>?

    public init(history: SegmentHistory, visitLog: [VisitRecord], language: Language, scope: Set<String>? = nil) {
        self.history = history
        self.visitLog = visitLog
        self.language = language
        self.scope = scope
    }

    /// Said when there is no snapshot to compare with.
    public var noHistory: Line {
        Line(language.pick(
            "No segment history yet: it starts with the first load or change saved in this workspace, and keeps what changes from then on.",
            "領域の履歴はまだありません。このワークスペースでの最初の読み込みか変更から記録が始まり、以後は変化だけを残します。"))
    }

    /// The moves of `period`, optionally one rep's and one kind of move
    /// (`from`/`to` nil for any), with counts per move in the heading.
    public func moves(in period: HistoryPeriod, rep: String? = nil, from: Segment? = nil, to: Segment? = nil) -> [Line] {
        guard let first = history.firstDate else { return [noHistory] }
        let all = history.moves(since: period.since, until: period.until)
        let moves = all.filter { move in
            (from == nil || move.from == from) && (to == nil || move.to == to)
                && (rep == nil || move.rep.map(RepName.key) == rep.map(RepName.key))
                && (scope == nil || scope!.contains(move.key))
        }
        var lines: [Line] = []
        let whose = rep.map { language.pick(" (\($0)'s customers)", "（\($0)さんの顧客）") } ?? ""
        let which = from.map { f in to.map { "\(f.rawValue)→\($0.rawValue)" } ?? "\(f.rawValue)→" } ?? to.map { "→\($0.rawValue)" }
        guard !moves.isEmpty else {
            // 「Aから移った」, 「Bに移った」, 「A→Bに移った」: a half-named move reads as words, not an arrow.
            let japanese = from.map { f in to.map { "\(f.rawValue)→\($0.rawValue)に移った" } ?? "\(f.rawValue)から他の領域に移った" }
                ?? to.map { "\($0.rawValue)に移った" }
            let what = which.map { language.pick("made the move \($0)", "\(japanese ?? $0)顧客はいません") }
            lines.append(Line(language.pick(
                "No customer \(what ?? "changed segment") \(period.text(in: .en))\(whose).",
                "\(period.text(in: .ja))\(whose)、\(what ?? "領域の変わった顧客はいません")。")))
            if first > period.since { lines.append(historyStart(first, period: period)) }
            return lines
        }
        let counts = Dictionary(grouping: moves, by: \.label).map { ($0.key, $0.value.count, $0.value[0].kind) }
            .sorted { ($0.2, $1.1, $0.0) < ($1.2, $0.1, $1.0) }
            .map { "\($0.0) \($0.1)" }.joined(separator: " · ")
        lines.append(Line(
            language.pick(
                "Segment moves \(period.text(in: .en))\(whose): \(counts)  (day of the move, objective / record scores)",
                "領域の移動 \(period.text(in: .ja))\(whose)：\(counts)（移動した日、客観的評価／取り引き実績のスコア）"),
            isHeading: true))
        for move in moves {
            let note: String
            switch move.kind {
            case .conversion:
                let visits = history.visitsInB(before: move, visitLog: visitLog)
                note = visits > 0
                    ? language.pick("after \(visits) visit\(visits == 1 ? "" : "s") in B", "Bの間に\(visits)回訪問")
                    : language.pick("no visit logged while in B", "Bの間の訪問記録なし")
            case .otherGainToA: note = language.pick("now a key account", "重要顧客になった")
            case .lossFromA: note = language.pick("a key account slipped: find out why", "重要顧客が後退：理由を確かめる")
            case .other: note = ""
            }
            let repText = rep == nil ? move.rep.map { " (\($0))" } ?? "" : ""
            lines.append(Line(
                "  \(move.label)  \(move.date)  \(score(move.objective)) / \(score(move.record))  \(move.name)\(repText)"
                    + (note.isEmpty ? "" : " — \(note)"),
                segment: move.to))
        }
        if first > period.since { lines.append(historyStart(first, period: period)) }
        return lines
    }

    /// How many customers each segment held at the start of `period` and at
    /// its end ("are there more A customers than in January?").
    public func countsCompared(in period: HistoryPeriod, segment: Segment? = nil) -> [Line] {
        guard let first = history.firstDate else { return [noHistory] }
        // The start: the book as it stood just before the period, or the first snapshot.
        let start = period.since > first ? period.since : first
        let before = history.counts(on: period.since > first ? period.since.adding(days: -1) : first)
        let after = history.counts(on: period.until)
        func change(_ s: Segment) -> String {
            let (b, a) = (before[s] ?? 0, after[s] ?? 0)
            let delta = a - b
            return "\(s.rawValue) \(b) → \(a)" + (delta == 0 ? "" : " (\(delta > 0 ? "+" : "−")\(abs(delta)))")
        }
        var lines: [Line] = []
        if let segment {
            let (b, a) = (before[segment] ?? 0, after[segment] ?? 0)
            let verdict = a > b
                ? language.pick("up by \(a - b)", "\(a - b)社増えました")
                : a < b ? language.pick("down by \(b - a)", "\(b - a)社減りました") : language.pick("no change", "変わっていません")
            lines.append(Line(
                language.pick(
                    "\(segment.rawValue) customers: \(b) on \(start), \(a) on \(period.until) — \(verdict).",
                    "\(segment.rawValue)顧客：\(start)に\(b)社、\(period.until)に\(a)社 — \(verdict)。"),
                segment: segment, isHeading: true))
        }
        lines.append(Line(
            language.pick("Customers per segment, \(start) → \(period.until): ", "領域ごとの顧客数 \(start) → \(period.until)：")
                + Segment.allCases.map(change).joined(separator: " · "),
            isHeading: segment == nil))
        lines.append(Line(language.pick(
            "  'moves' names the customers behind the change.", "  変化の内訳（どの顧客が移ったか）は 'moves' で確認できます。")))
        return lines
    }

    /// Whether the visits in B are paying off over `period`.
    public func payoff(in period: HistoryPeriod) -> [Line] {
        guard let time = TimeInB(history: history, visitLog: visitLog, period: period, scope: scope) else { return [noHistory] }
        // A history that starts today has nothing to judge yet; a verdict on zero visits would mislead.
        guard time.countedFrom < period.until else {
            return [Line(language.pick(
                "The segment history starts today (\(time.countedFrom)), so there is nothing to judge yet: from now on each load and change is kept, and this question compares the visits in B with the B→A moves that follow. To look back, load older exports oldest first with `load FILE --as-of DAY` in a workspace whose history is new.",
                "領域の履歴は今日（\(time.countedFrom)）から始まったばかりで、まだ判断できません。これからの読み込みや変更が記録され、Bへの訪問とその後のB→Aの移動を比べられるようになります。過去を見るには、履歴が新しいワークスペースで古いエクスポートから順に `load ファイル --as-of 日付` で読み込んでください。"))]
        }
        var lines: [Line] = []
        let from = time.countedFrom
        lines.append(Line(
            language.pick("Time in B \(period.text(in: .en)):", "Bに使った時間 \(period.text(in: .ja))："), isHeading: true))
        lines.append(Line(language.pick(
            "  \(time.visits) visit\(time.visits == 1 ? "" : "s") logged to customers while they were in B (\(time.visited.count) customer\(time.visited.count == 1 ? "" : "s")).",
            "  B顧客への訪問記録 \(time.visits)回（\(time.visited.count)社）。"), segment: .b))
        let converted = time.convertedAfterVisits
        if converted.isEmpty {
            lines.append(Line(language.pick(
                "  None of them has moved to A yet; \(time.stillInB) customer\(time.stillInB == 1 ? " is" : "s are") in B now.",
                "  そのうちAに移った顧客はまだいません。現在のB顧客は\(time.stillInB)社です。")))
        } else {
            let names = converted.map(\.name).joined(separator: language.pick(", ", "、"))
            lines.append(Line(language.pick(
                "  \(converted.count) of them moved to A: \(names).",
                "  そのうち\(converted.count)社がAに移りました：\(names)。"), segment: .a))
            if let per = time.visitsPerConversion {
                lines.append(Line(language.pick(
                    "  That is one B→A move for every \(Formatting.fixed(per, decimals: 1)) visits spent in B.",
                    "  Bへの訪問 \(Formatting.fixed(per, decimals: 1))回につき1社がAに移った計算です。")))
            }
        }
        if !time.convertedWithoutVisits.isEmpty {
            let names = time.convertedWithoutVisits.map(\.name).joined(separator: language.pick(", ", "、"))
            lines.append(Line(language.pick(
                "  Also moved B→A without a logged visit: \(names).",
                "  訪問記録なしでB→Aに移った顧客：\(names)。")))
        }
        let top = time.visited.prefix(3).map { "\($0.name) \($0.visits)" }.joined(separator: language.pick(", ", "、"))
        if !top.isEmpty {
            lines.append(Line(language.pick("  Most visited in B: \(top).", "  訪問の多いB顧客：\(top)。")))
        }
        lines.append(Line(verdict(time)))
        if from > period.since { lines.append(historyStart(from, period: period)) }
        return lines
    }

    /// One customer's segments over time, with the visits logged in between.
    public func customerHistory(of name: String) -> [Line] {
        let rows = history.timeline(of: name)
        guard let first = rows.first else {
            return [Line(language.pick(
                "No history yet for \(name): the history keeps a snapshot at each load or change saved in this workspace.",
                "\(name)の履歴はまだありません。履歴はこのワークスペースでの読み込みや変更のたびに記録されます。"))]
        }
        let key = Book.key(name)
        let log = visitLog.filter { Book.key($0.customerName) == key }
        var lines = [Line(
            language.pick(
                "\(name) over time (segment, objective / record scores):", "\(name)の推移（領域、客観的評価／取り引き実績のスコア）："),
            isHeading: true)]
        var previous: Segment?
        for (index, row) in rows.enumerated() {
            let next = index + 1 < rows.count ? rows[index + 1].date : nil
            var text = "  \(row.date)  "
            text += row.isPresent
                ? (row.segment?.rawValue ?? "–") + "  \(score(row.snapshot.objective)) / \(score(row.snapshot.record))"
                : language.pick("left the list", "リストから外れた")
            if let from = previous, let to = row.segment, from != to { text += "  (\(from.rawValue)→\(to.rawValue))" }
            if let source = row.source, !source.isEmpty { text += "  · " + sourceText(source) }
            lines.append(Line(text, segment: row.segment))
            let between = log.filter { visit in visit.date >= row.date && (next.map { visit.date < $0 } ?? true) }.map(\.date)
            if !between.isEmpty {
                let days = between.map(\.description).joined(separator: ", ")
                lines.append(Line("              " + language.pick(
                    "\(between.count) visit\(between.count == 1 ? "" : "s"): \(days)", "訪問 \(between.count)回：\(days)")))
            }
            if row.isPresent { previous = row.segment }
        }
        let earlier = log.filter { $0.date < first.date }.count
        if earlier > 0 {
            lines.append(Line(language.pick(
                "  (\(earlier) earlier visit\(earlier == 1 ? "" : "s") before the history starts)", "  （履歴の開始前に訪問 \(earlier)回）")))
        }
        return lines
    }

    /// What made a change, in the reader's language: the session's own
    /// words for its edits, a file's name as it is.
    func sourceText(_ source: String) -> String {
        let japanese: [String: String] = [
            "add": "追加", "set": "変更", "remove": "削除", "rename": "名前変更", "undo": "取り消し", "config": "設定変更",
            "restore": "復元", "first snapshot": "最初の記録",
        ]
        guard language == .ja, let word = japanese[source] else { return SingleLine.joined(source) }
        return word
    }

    /// The coach's reading of the numbers, in the method's terms.
    private func verdict(_ time: TimeInB) -> String {
        if time.visits == 0 {
            return language.pick(
                "  No visit went to B in this period: B is where the numbers can grow, so plan most visits there (ask “plan my week”).",
                "  この期間、Bへの訪問がありません。数字が伸びるのはBです。訪問の大半をBに充てましょう（「今週の計画を立てて」）。")
        }
        if time.convertedAfterVisits.isEmpty {
            return language.pick(
                "  Moving a B customer to A takes repeated visits over months; keep going, and check each visit has a next step.",
                "  BからAへの移動には数か月の継続した訪問が要ります。続けつつ、毎回の訪問に次の一手があるか確かめましょう。")
        }
        return language.pick(
            "  The time in B is paying off: keep the new A customers' follow-up steady and pick the next B targets.",
            "  Bへの時間は成果につながっています。新しくAになった顧客のフォローを続け、次に狙うBを選びましょう。")
    }

    /// "History starts 2026-11-01: earlier moves are not known."
    private func historyStart(_ first: LocalDate, period: HistoryPeriod) -> Line { historyStartLine(first) }

    private func score(_ value: Double?) -> String { value.map { Formatting.fixed($0, decimals: 1) } ?? "–" }
}
