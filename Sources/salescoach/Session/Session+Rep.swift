import SalesCoachCore
import SalesCoachTerminal

/// The rep scope: a team export worked on as one rep's own book, ranked as
/// `classify --per-rep` ranks it. The scope is a workspace setting, so it
/// survives a restart; `undo` takes a change of it back.
extension Session {
    /// The workspace setting that holds the scope (kept out of `Config`).
    static let repScopeKey = "session.rep"
    /// Set to `team` when the scoped rep's customers keep the whole list's segments.
    static let repRankingKey = "session.rep_ranking"

    /// Splits stored settings into the configuration, the rep scope and how it ranks.
    static func split(_ settings: [String: String]) throws -> (Config, String?, Bool) {
        var settings = settings
        let scope = settings.removeValue(forKey: repScopeKey).flatMap { $0.trimmingWhitespace.isEmpty ? nil : $0 }
        let withTeam = settings.removeValue(forKey: repRankingKey) == "team"
        return (try Config(settings: settings), scope, withTeam)
    }

    /// `rep` shows the scope and the reps; `rep NAME` works on that rep's
    /// customers only; `rep all` on everyone's again.
    /// `withTeam`: the rep's customers keep the whole list's segments (a rep
    /// who said who they are), instead of being ranked as their own book.
    func rep(_ typed: String?, withTeam: Bool = false) throws {
        let en = language == .en
        guard let typed else { return showReps() }
        // The command says whose book it is from now on: an introduction gives way.
        introducedRep = nil
        if ["all", "everyone", "team", "全員", "すべて", "全体"].contains(typed.lowercased()) {
            try setRepScope(nil)
            return console.say(
                en ? "Working on the whole list: \(book.count) customers." : "顧客リスト全体（\(book.count)社）を対象にします。")
        }
        try setRepScope(typed, withTeam: withTeam)
        sayScope(of: repScope ?? typed, withTeam: withTeam)
    }

    /// "I'm Yamamoto", 「西村です」: the session works on that rep's customers,
    /// with the whole list's segments, for the rest of this session only
    /// (`introducedRep`); the workspace's stored scope is not touched.
    func introduce(_ rep: String) throws {
        introducedRep = rep
        try reload()
        if repScope.map(RepName.key) != RepName.key(rep) {
            // A scope stored by `rep NAME` stays in force; say so rather than pretend.
            introducedRep = nil
            try reload()
            return console.say(
                language == .en
                    ? "The session works on \(repScope ?? "")'s customers (set with 'rep'); 'rep \(rep)' switches to yours."
                    : "このセッションは \(repScope ?? "")さんの担当先を対象にしています（'rep' で設定）。ご自身の担当先にするには 'rep \(rep)'。")
        }
        sayScope(of: rep, withTeam: true)
    }

    private func sayScope(of rep: String, withTeam: Bool) {
        let en = language == .en
        let summary = SegmentSummary(classifications)
        // Every customer counted: the split adds up to the number said before it.
        let counts = (summary.rows.map { "\($0.segment.rawValue) \($0.count)" }
            + (summary.unclassified > 0 ? [en ? "unclassified \(summary.unclassified)" : "未分類 \(summary.unclassified)"] : []))
            .joined(separator: " · ")
        if withTeam {
            return console.say(
                en
                    ? "Working on \(rep)'s customers: \(classifications.count), as ranked in the whole list (\(counts)). 'rep all' for everyone; 'rep \(rep)' ranks them as a book of their own."
                    : "\(rep)さんの担当先\(classifications.count)社を、リスト全体での分類のまま対象にします（\(counts)）。全体に戻すには 'rep all'、担当者の顧客リストとして評価するには 'rep \(rep)'。")
        }
        console.say(
            en
                ? "Working on \(rep)'s customers: \(classifications.count), ranked as their own book (\(counts)). 'rep all' for everyone."
                : "\(rep)さんの担当先\(classifications.count)社を、その担当者の顧客リストとして評価します（\(counts)）。全体に戻すには 'rep all'。")
    }

    /// At start-up: whose customers the session works on, and a warning when
    /// the list no longer has any of theirs (a load replaced it).
    func sayScope() {
        guard let repScope else { return }
        if classifications.isEmpty, !book.isEmpty {
            return console.warning(
                language == .en
                    ? "no customer in the list has the rep '\(repScope)' any more; 'rep' lists the reps, 'rep all' works on everyone"
                    : "担当者「\(repScope)」の顧客はリストにもうありません。'rep' で担当者一覧、'rep all' で全体に戻ります")
        }
        console.say(
            language == .en
                ? "Working on \(repScope)'s customers (\(classifications.count)\(repScopeRanksWithTeam ? ", as ranked in the whole list" : "")); 'rep all' for everyone."
                : "\(repScope)さんの担当先（\(classifications.count)社\(repScopeRanksWithTeam ? "、リスト全体での分類" : "")）を対象にしています。全体は 'rep all'。",
            style: Palette.muted)
    }

    /// Sets the scope to the rep `typed` names (matched loosely), or clears it.
    func setRepScope(_ typed: String?, withTeam: Bool = false) throws {
        guard let typed else {
            // Only a stored scope is cleared (an introduction's never was stored).
            if try workspace.settings()[Session.repScopeKey] != nil {
                try workspace.updateSettings([Session.repScopeKey: nil, Session.repRankingKey: nil])
            }
            return try reload()
        }
        let rep = try requireRep(typed)
        // One change, so one 'undo' takes back the scope and how it ranks together.
        if rep != repScope || withTeam != repScopeRanksWithTeam {
            try workspace.updateSettings([Session.repScopeKey: rep, Session.repRankingKey: withTeam ? "team" : nil])
        }
        try reload()
    }

    /// The rep a typed name means, matched loosely (case, width, さん, one
    /// word of the name), as the list spells it; or a failure that says
    /// which reps there are to choose from.
    func requireRep(_ typed: String) throws -> String {
        let reps = RepName.reps(of: book.customers)
        switch RepName.match(typed, in: reps) {
        case .found(let rep): return rep
        case .unknown(let suggestions):
            let en = language == .en
            let hint = suggestions.isEmpty
                ? "" : en ? " (did you mean \(suggestions.map { "'\($0)'" }.joined(separator: " or "))?)"
                : "（もしかして：\(suggestions.joined(separator: "、"))）"
            throw Failure(
                reps.isEmpty
                    ? (en ? "no rep named '\(typed)': no customer in the list has a rep" : "担当者「\(typed)」はいません（リストに担当者の列がありません）")
                    : (en ? "no rep named '\(typed)' in the list\(hint); 'rep' lists them" : "担当者「\(typed)」はリストにいません\(hint)。'rep' で一覧を表示します"))
        }
    }

    /// The current scope, then every rep with their customers ranked as their own book.
    private func showReps() {
        let en = language == .en
        console.say(
            repScope.map { en ? "Working on \($0)'s customers ('rep all' for everyone)." : "\($0)さんの担当先を対象にしています（全体は 'rep all'）。" }
                ?? (en ? "Working on the whole list ('rep NAME' for one rep's customers)." : "顧客リスト全体を対象にしています（'rep 担当者名' で一人分）。"),
            style: Palette.heading)
        summaryByRep()
    }

    /// `summary by rep`: one row per rep, their customers per segment ranked as their own book.
    func summaryByRep() {
        let en = language == .en
        let groups = Classifier(config: config.classifier).classifyPerRep(book.customers)
        guard !groups.isEmpty else { return console.say(emptyBookHint) }
        var columns = [TableColumn(en ? "Rep" : "担当", maxWidth: 24, minWidth: 6)]
        for segment in Segment.allCases { columns.append(TableColumn(segment.rawValue, alignment: .right)) }
        columns += [
            TableColumn(en ? "unclassified" : "未分類", alignment: .right),
            TableColumn(en ? "Customers" : "社数", alignment: .right),
        ]
        // With a history to compare, each rep's B→A moves this quarter: the method's measure.
        let history = segmentHistory()
        let quarter = HistoryPeriod.quarter(today)
        let conversions: [String?: Int]? = history.firstDate.map { $0 < today } == true
            ? Dictionary(grouping: history.moves(since: quarter.since, until: today).filter { $0.kind == .conversion }) {
                $0.rep.map(RepName.key)
            }.mapValues(\.count)
            : nil
        if conversions != nil { columns.append(TableColumn(en ? "B→A this quarter" : "今四半期のB→A", alignment: .right)) }
        let rows: [[TableCell]] = groups.map { group in
            let summary = SegmentSummary(group.results)
            let name = group.rep ?? (en ? "(no rep)" : "（担当者なし）")
            let isScope = group.rep.map(RepName.key) == repScope.map(RepName.key) && repScope != nil
            return [TableCell(name, style: isScope ? Palette.heading : .plain)]
                + summary.rows.map { TableCell(String($0.count), style: Palette.segment($0.segment)) }
                + [TableCell(String(summary.unclassified)), TableCell(String(summary.total))]
                + (conversions.map { [TableCell(String($0[group.rep.map(RepName.key)] ?? 0), style: Palette.segment(.a))] } ?? [])
        }
        console.raw(TableRenderer(columns: columns).render(rows, width: console.width, color: console.colorMode))
        console.say(
            en ? "Each rep's customers are ranked as a book of their own, so the counts need not add up to 'summary'."
                + (conversions != nil ? " B→A comes from the workspace's history, ranked on the whole book." : "")
                : "各担当者の顧客は、その担当者の顧客リストとして評価しています（合計は 'summary' と一致しないことがあります）。"
                + (conversions != nil ? "B→Aはワークスペースの履歴（全体での評価）によります。" : ""),
            style: Palette.muted)
    }

    /// For a customer outside the rep scope: whose it is, and how to see it.
    func outsideScope(_ customer: Customer) -> Failure {
        let owner = customer.rep ?? (language == .en ? "no rep" : "担当者なし")
        return Failure(
            language == .en
                ? "'\(customer.name)' is \(owner)'s customer, outside the current scope (\(repScope ?? "")); 'rep \(owner)' or 'rep all' to see it"
                : "「\(customer.name)」は\(owner)さんの担当先で、今の対象（\(repScope ?? "")）の外です。'rep \(owner)' か 'rep all' で見られます")
    }

    /// What a planned name without a classification is: another rep's customer, or not in the book.
    func outsideLabel(_ name: String) -> SegmentLabel {
        if repScope != nil, let owner = scopeOwners[Book.key(name)] { return .otherRep(owner: owner) }
        return .notInBook
    }

    /// Other reps' customers by name key, for a check of this rep's plan.
    var scopeOwners: [String: String] {
        guard repScope != nil else { return [:] }
        let inScope = Set(classifications.map { Book.key($0.name) })
        var owners: [String: String] = [:]
        for customer in book.customers where !inScope.contains(Book.key(customer.name)) {
            owners[Book.key(customer.name)] = customer.rep ?? (language == .en ? "no rep" : "担当者なし")
        }
        return owners
    }

    /// Planned visits for this scope: those without a rep and those for the scope's rep.
    func scoped(_ planned: [PlannedVisit]) -> [PlannedVisit] {
        guard let repScope else { return planned }
        let key = RepName.key(repScope)
        // A visit saved without its rep (an older workspace) belongs to the customer's rep.
        return planned.filter { visit in
            let rep = visit.rep.flatMap { $0.isEmpty ? nil : $0 } ?? book.customer(named: visit.customerName)?.rep
            return rep.map { RepName.key($0) == key } ?? true
        }
    }
}
