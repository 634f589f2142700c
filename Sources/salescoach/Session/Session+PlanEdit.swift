import SalesCoachCore

extension Session {
    /// "add Marui Shoten to the plan", 「いろは寿司も入れて」, "drop those two
    /// again": the plan just discussed changes as `planned add` / `planned
    /// remove` would change it, and the check of that week follows, so a C
    /// visit added out of habit meets the C warning at once.
    ///
    /// A proposal the rep has not saved is saved first (as `plan accept`):
    /// "add X to it" means the plan on the screen plus X, not X alone.
    func editPlan(_ edits: [PlanEditStatement], language answerLanguage: Language) {
        let saved = language
        language = answerLanguage
        defer { language = saved }
        // "X must be in it, and drop Y" with Y not found: X is still made, Y said.
        sayUnmatched(edits)
        let changes = edits.filter { !$0.unmatched }.flatMap { edit in edit.customers.map { (edit.action, $0) } }
        if !changes.isEmpty { change(changes) }
    }

    /// Each change whose customer was not found, said with the names close to it.
    private func sayUnmatched(_ edits: [PlanEditStatement]) {
        for edit in edits where edit.unmatched {
            console.say(
                PlanEditMessage.notFound(adding: edit.action == .add, alone: edits.count == 1, suggestions: Array(edit.suggestions.prefix(3))))
        }
    }

    /// Whether the plan just shown is a proposal of which nothing is saved
    /// for its week (in the scope it was made in).
    func proposalUnsaved() -> Bool {
        let afterPlan = conversation.lastIntent.map { [.weeklyPlan, .planReasons].contains($0.kind) } ?? false
        guard afterPlan, let week = lastPlanWeek, !lastPlanPicks.isEmpty,
            let planned = try? workspace.plannedVisits()
        else { return false }
        return inLastPlanScope { scoped(PlannedWeeks(planned: planned, today: today).visits(in: week)).isEmpty }
    }

    /// "it must include X and leave out Y" after "make it 6", or "leave out Y
    /// and make it 6 visits", right after a proposal nothing of which is
    /// saved: the proposal made again at the size asked for, its days and
    /// limits, with X kept in and Y left out. Saved and given X on top, it
    /// once came to one visit more than the rep had just asked for.
    func reshapeProposal(_ edits: [PlanEditStatement], size: Int?, language answerLanguage: Language) {
        let saved = language
        language = answerLanguage
        defer { language = saved }
        sayUnmatched(edits)
        // "it must include X" with X in the proposal already: said; the plan is not shown again for it.
        let shown = Set(lastPlanPicks.map { Book.key($0.customer) })
        let week = lastPlanWeek ?? PlanWeek(containing: today)
        let adds = edits.filter { !$0.unmatched && $0.action == .add }.flatMap(\.customers)
        for name in adds where shown.contains(Book.key(name)) {
            console.say(PlanEditMessage.alreadyPlanned(name: name, week: weekLabel(week.start), visits: 1, quoted: quoted(name)))
        }
        let changesPlan = size != nil || adds.contains { !shown.contains(Book.key($0)) }
            || edits.contains { edit in !edit.unmatched && edit.action == .remove && edit.customers.contains { shown.contains(Book.key($0)) } }
        var pins = lastPlanPins
        var out = lastPlanOut
        for edit in edits where !edit.unmatched {
            for name in edit.customers {
                let key = Book.key(name)
                pins.removeAll { Book.key($0) == key }
                out.removeAll { Book.key($0) == key }
                if edit.action == .add { pins.append(name) } else { out.append(name) }
            }
        }
        let removed = edits.filter { !$0.unmatched && $0.action == .remove }.flatMap(\.customers)
        // Said unless a new size is asked: then one not shown may come in
        // and is kept out all the same ("leave out 豊前物流 and make it 6 visits").
        if size == nil {
            for name in removed where !shown.contains(Book.key(name)) {
                console.say(PlanEditMessage.notPlanned(name: name, week: weekLabel(week.start)))
            }
        }
        guard changesPlan else {
            // Kept in any later change to this plan all the same.
            lastPlanPins = pins
            lastPlanOut = out
            keptAlreadyIn = adds.filter { shown.contains(Book.key($0)) }
            return
        }
        let before = lastPlanPicks.map(\.customer)
        do {
            let made = try inLastPlanScope {
                try plan(
                    week: week, capacity: (size ?? lastPlanSize ?? conversation.number).map(PlanCapacity.visits), accept: false,
                    exportTo: nil, force: false, onlyDays: lastPlanDays, perDay: lastPlanPerDay, caps: lastPlanCaps, pinned: pins,
                    pinnedDays: lastPlanDayPins, excluded: out, assumed: lastPlanAssumed)
            }
            // "who takes its place?": the newcomers named, or that the visit stays free.
            let leftOut = removed.filter { shown.contains(Book.key($0)) }
            if let made, size == nil, adds.isEmpty, !leftOut.isEmpty {
                let was = Set(before.map(Book.key))
                let newcomers = made.picks.map(\.customer).filter { !was.contains(Book.key($0)) }
                console.say(PlanEditMessage.leftOutOfProposal(leftOut, replacedBy: newcomers))
            }
        } catch {
            fail(error)
        }
    }

    /// "swap Prime Build for Oak & Stone" right after a plan: the one out and
    /// the other in, in that plan's week, then the check, as two changes in words would.
    /// `tradingDays`: "swap 泉北 and 梅田" (`DaySwapStatement`), both on the plan, trade days;
    /// "swap X for Y" with Y on the plan already changes nothing and says so.
    func swapInPlan(out: String, in added: String, tradingDays: Bool = false, language answerLanguage: Language) {
        let saved = language
        language = answerLanguage
        defer { language = saved }
        // The one to put in is in the plan already: taking the other out would only lose a visit.
        let afterPlan = conversation.lastIntent.map { [.weeklyPlan, .planReasons, .planCheck].contains($0.kind) } ?? false
        let week = (afterPlan ? lastPlanWeek : nil) ?? PlanWeek(containing: today)
        // "swap 泉北 and 梅田" with both on the plan just shown, each on its day: they trade days.
        func day(of name: String) -> Int? { lastPlanPicks.first { Book.key($0.customer) == Book.key(name) }?.day.weekday }
        if tradingDays, lastPlanWeek != nil, let outDay = day(of: out), let inDay = day(of: added) {
            guard outDay != inDay else {
                return console.say(PlanEditMessage.sameDay(first: out, second: added, weekday: WeekdayLabel(weekday: outDay)))
            }
            return moveInPlan([(out, inDay), (added, outDay)])
        }
        let savedWeek = (try? scoped(PlannedWeeks(planned: workspace.plannedVisits(), today: today).visits(in: week))) ?? []
        let shown = savedWeek.isEmpty ? conversation.customers : savedWeek.map(\.customerName)
        if shown.contains(where: { Book.key($0) == Book.key(added) }) {
            return console.say(PlanEditMessage.swapNotNeeded(added: added, out: out))
        }
        change([(.remove, out), (.add, added)])
    }

    /// "move rokko hotel to friday", 「住吉建設を木曜に移して」 right after a plan:
    /// the plan again, with that customer in it on that day. Planned visits
    /// are saved by week, so the day lives in the plan shown; a day already
    /// past in that week is said, not planned.
    func moveInPlan(_ name: String, to weekday: Int) { moveInPlan([(name, weekday)]) }

    /// Several customers each to a day of the plan shown ("swap 泉北 and 梅田":
    /// each to the other's day), in one new plan.
    func moveInPlan(_ moves: [(name: String, weekday: Int)]) {
        let week = lastPlanWeek ?? PlanWeek(containing: today)
        for (name, weekday) in moves {
            guard let date = week.workingDays.first(where: { $0.weekday == weekday }), date >= today else {
                return console.say(PlanEditMessage.dayPast(week: week.start, name: name))
            }
        }
        for (name, weekday) in moves {
            if !lastPlanPins.contains(where: { Book.key($0) == Book.key(name) }) { lastPlanPins.append(name) }
            lastPlanDayPins[Book.key(name)] = weekday
        }
        let days = lastPlanDays.map { $0.union(moves.map(\.weekday)) }
        // 「那覇ホテルサプライを木曜に移して」 when it was not in the plan: said, with who made room.
        let before = Set(lastPlanPicks.map { Book.key($0.customer) })
        let beforeNames = lastPlanPicks.map(\.customer)
        let added = before.isEmpty ? [] : moves.map(\.name).filter { !before.contains(Book.key($0)) }
        do {
            let shown = try inLastPlanScope {
                try plan(
                week: week, capacity: (lastPlanSize ?? conversation.number).map(PlanCapacity.visits), accept: false, exportTo: nil,
                force: false, onlyDays: days, perDay: lastPlanPerDay, caps: lastPlanCaps, pinned: lastPlanPins,
                pinnedDays: lastPlanDayPins, excluded: lastPlanOut, assumed: lastPlanAssumed)
            }
            let placed = moves.compactMap { move in shown?.picks.first { Book.key($0.customer) == Book.key(move.name) } }
            guard !placed.isEmpty else { return }
            console.say(PlanEditMessage.movedToDays(placed.map { ($0.customer, $0.day) }))
            if let shown, !added.isEmpty {
                let now = Set(shown.picks.map { Book.key($0.customer) })
                let displaced = beforeNames.filter { !now.contains(Book.key($0)) }
                for name in added { console.say(PlanEditMessage.addedByMove(name: name, displaced: displaced)) }
            }
        } catch {
            fail(error)
        }
    }

    /// Each change in order on the plan just discussed (with none just
    /// discussed, this week's), saving the proposal on the screen first when
    /// nothing of this rep's is saved for that week, then that week's check.
    private func change(_ changes: [(action: PlanEditStatement.Action, name: String)]) {
        // The plan's size stays for the next change ("move X to friday", "make it 5").
        let size = conversation.number
        let afterPlan = conversation.lastIntent.map { [.weeklyPlan, .planReasons, .planCheck].contains($0.kind) } ?? false
        let week = (afterPlan ? lastPlanWeek : nil) ?? PlanWeek(containing: today)
        do {
            let planned = PlannedWeeks(planned: try workspace.plannedVisits(), today: today)
            // Another rep's visits that week are not this rep's plan: only the scope's own count.
            var saved = false
            if scoped(planned.visits(in: week)).isEmpty, afterPlan {
                // The plan as it was shown: its limits and the customers asked for in it.
                let capacity = conversation.number.map(PlanCapacity.visits)
                let visits = (capacity ?? .visits(config.plan.capacity)).visits(hoursPerVisit: config.plan.hoursPerVisit)
                let out = Set(lastPlanOut.map(Book.key))
                let shown = WeekPlan.make(
                    week: week, classifications: classifications.filter { !out.contains(Book.key($0.name)) },
                    // A week ahead shown with this week's visits taken as made is saved the same way.
                    visitLog: try workspace.visitLog() + lastPlanAssumed,
                    planned: try workspace.plannedVisits(), policy: planPolicy.capped(lastPlanCaps, visits: visits),
                    capacity: capacity, today: today, onlyDays: lastPlanDays, limits: lastPlanCaps, pinned: lastPlanPins,
                    pinnedDays: lastPlanDayPins)
                // Saved only when a change touches it: taking out someone it lacks saves nothing.
                let inShown = Set(shown.plannedVisits { _ in nil }.map { Book.key($0.customerName) })
                if changes.contains(where: { $0.action == .add || inShown.contains(Book.key($0.name)) }) {
                    try acceptPlan(shown)
                    saved = true
                }
            }
            var changed: [String] = []
            for (action, name) in changes {
                switch action {
                case .add:
                    // 「博多湾を入れて」 when it is in the plan already: said, not a second visit.
                    let inWeek = PlannedWeeks(planned: try workspace.plannedVisits(), today: today).visits(in: week)
                    // Asked for by name: a later change to this plan keeps it in.
                    if !lastPlanPins.contains(where: { Book.key($0) == Book.key(name) }) { lastPlanPins.append(name) }
                    lastPlanOut.removeAll { Book.key($0) == Book.key(name) }
                    if let there = inWeek.first(where: { Book.key($0.customerName) == Book.key(name) }) {
                        console.say(
                            PlanEditMessage.alreadyPlanned(name: name, week: weekLabel(week.start), visits: there.visits, quoted: quoted(name)))
                        continue
                    }
                    try plannedAdd(name, count: 1, week: week)
                    changed.append(name)
                case .remove:
                    lastPlanPins.removeAll { Book.key($0) == Book.key(name) }
                    if !lastPlanOut.contains(where: { Book.key($0) == Book.key(name) }) { lastPlanOut.append(name) }
                    let inWeek = PlannedWeeks(planned: try workspace.plannedVisits(), today: today).visits(in: week)
                    guard inWeek.contains(where: { Book.key($0.customerName) == Book.key(name) }) else {
                        console.say(PlanEditMessage.notPlanned(name: name, week: weekLabel(week.start)))
                        continue
                    }
                    try plannedRemove(name, week: week)
                    changed.append(name)
                }
            }
            lastPlanEdit = changed
            lastPlanWeek = week
            // The week as saved now is the plan the next question is about
            // (「なんで玉名ハウス入ってるの？」 after 「菊池は必ず入れて」).
            let savedNames = scoped(PlannedWeeks(planned: try workspace.plannedVisits(), today: today).visits(in: week))
                .map(\.customerName)
            guard !changed.isEmpty else {
                // The plan shown was saved though the change was not needed: "accept it" next says so.
                if saved {
                    // 「なんで？」 next asks why the ones the rep wanted in are in it.
                    let wanted = changes.filter { $0.action == .add }.map(\.name)
                    conversation.discussed(.planCheck, customers: wanted, number: size, language: language)
                    conversation.listed = savedNames
                }
                return
            }
            try check(file: nil, week: week)
            conversation.discussed(.planCheck, customers: changed, number: size, language: language)
            conversation.listed = savedNames
        } catch {
            fail(error)
        }
    }
}
