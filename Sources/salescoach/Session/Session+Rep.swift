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
        guard let typed else { return showReps() }
        // The command says whose book it is from now on: an introduction gives way.
        introducedRep = nil
        if ["all", "everyone", "team", "全員", "すべて", "全体"].contains(typed.lowercased()) {
            try setRepScope(nil)
            return console.say(RepMessage.wholeList(customers: book.count))
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
            return console.say(RepMessage.scopeKept(scope: repScope ?? "", rep: rep))
        }
        sayScope(of: rep, withTeam: true)
    }

    private func sayScope(of rep: String, withTeam: Bool) {
        let summary = SegmentSummary(classifications)
        // Every customer counted: the split adds up to the number said before it.
        let counts = (summary.rows.map { "\($0.segment.rawValue) \($0.count)" }
            + (summary.unclassified > 0 ? [RepMessage.unclassified(summary.unclassified).text(in: language)] : []))
            .joined(separator: " · ")
        console.say(RepMessage.scopeSet(rep: rep, customers: classifications.count, counts: counts, withTeam: withTeam))
    }

    /// At start-up: whose customers the session works on, and a warning when
    /// the list no longer has any of theirs (a load replaced it).
    func sayScope() {
        guard let repScope else { return }
        if classifications.isEmpty, !book.isEmpty {
            return console.warning(RepMessage.scopeGone(rep: repScope).text(in: language))
        }
        console.say(
            RepMessage.scopeAtStart(rep: repScope, customers: classifications.count, withTeam: repScopeRanksWithTeam), style: Palette.muted)
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
        let reps = bookReps
        switch RepName.match(typed, in: reps) {
        case .found(let rep): return rep
        case .unknown(let suggestions):
            throw Failure(reps.isEmpty ? RepError.noReps(typed: typed) : RepError.noSuchRep(typed: typed, suggestions: suggestions), in: language)
        }
    }

    /// The current scope, then every rep with their customers ranked as their own book.
    private func showReps() {
        console.say(RepMessage.scopeNow(rep: repScope), style: Palette.heading)
        summaryByRep()
    }

    /// `summary by rep`: one row per rep, their customers per segment ranked as their own book.
    func summaryByRep() {
        let groups = Classifier(config: config.classifier).classifyPerRep(book.customers)
        guard !groups.isEmpty else { return console.say(emptyBookHint) }
        var columns = [TableColumn(RepMessage.repColumn.text(in: language), maxWidth: 24, minWidth: 6)]
        for segment in Segment.allCases { columns.append(TableColumn(segment.rawValue, alignment: .right)) }
        columns += [
            TableColumn(RepMessage.unclassifiedColumn.text(in: language), alignment: .right),
            TableColumn(RepMessage.customersColumn.text(in: language), alignment: .right),
        ]
        // With a history to compare, each rep's B→A moves this quarter: the method's measure.
        let history = segmentHistory()
        let quarter = HistoryPeriod.quarter(today)
        let conversions: [String?: Int]? = history.firstDate.map { $0 < today } == true
            ? Dictionary(grouping: history.moves(since: quarter.since, until: today).filter { $0.kind == .conversion }) {
                $0.rep.map(RepName.key)
            }.mapValues(\.count)
            : nil
        if conversions != nil { columns.append(TableColumn(RepMessage.conversionsColumn.text(in: language), alignment: .right)) }
        let rows: [[TableCell]] = groups.map { group in
            let summary = SegmentSummary(group.results)
            let name = group.rep ?? RepMessage.noRep.text(in: language)
            let isScope = group.rep.map(RepName.key) == repScope.map(RepName.key) && repScope != nil
            return [TableCell(name, style: isScope ? Palette.heading : .plain)]
                + summary.rows.map { TableCell(String($0.count), style: Palette.segment($0.segment)) }
                + [TableCell(String(summary.unclassified)), TableCell(String(summary.total))]
                + (conversions.map { [TableCell(String($0[group.rep.map(RepName.key)] ?? 0), style: Palette.segment(.a))] } ?? [])
        }
        console.raw(TableRenderer(columns: columns).render(rows, width: console.width, color: console.colorMode))
        console.say(RepMessage.perRepNote(withConversions: conversions != nil), style: Palette.muted)
    }

    /// For a customer outside the rep scope: whose it is, and how to see it.
    func outsideScope(_ customer: Customer) -> Failure {
        Failure(RepError.outsideScope(customer: customer.name, owner: customer.rep, scope: repScope ?? ""), in: language)
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
            owners[Book.key(customer.name)] = customer.rep ?? RepMessage.noRepName.text(in: language)
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
