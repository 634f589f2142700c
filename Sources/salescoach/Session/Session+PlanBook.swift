import SalesCoachCore

extension Session {
    /// The planner's candidates as last made for `week` as of `today` (else
    /// the newest made), by a command or by the assistant's data, with the
    /// number of the classifications they were made from.
    func keptPlanBook(week: PlanWeek, today: LocalDate) -> (book: PlanBook, revision: Int)? {
        if let cached = cachedAssistantDataPlanBook() { keepPlanBook(cached.book, revision: cached.revision) }
        return latestPlanBooks.last { $0.book.isFor(week: week, today: today) } ?? latestPlanBooks.last
    }

    /// Keeps `book`, made from the classifications numbered `revision`, in
    /// place of older ones for the same week and day.
    func keepPlanBook(_ book: PlanBook, revision: Int) {
        if latestPlanBooks.contains(where: { $0.book === book }) { return }
        let sameDay = { (kept: (book: PlanBook, revision: Int)) in
            kept.book.isFor(week: book.week, today: book.today)
        }
        if let older = latestPlanBooks.last(where: sameDay), older.revision > revision { return }
        latestPlanBooks.removeAll(where: sameDay)
        latestPlanBooks.append((book, revision))
        if latestPlanBooks.count > 2 { latestPlanBooks.removeFirst() }
    }

    /// The rows where the classifications the session has now differ from
    /// those numbered `revision`; nil when not known.
    func changes(since revision: Int) -> ClassificationChanges? {
        revisions.changes(from: revision, to: classificationsRevision)
    }

    /// The planner's candidates over the classifications the session has
    /// now, for the week of `today`: the kept ones when they fit, updated
    /// when they were made from classifications a change to a few customers
    /// turned into these, else made again (with their name keys when the
    /// names are the same).
    func currentPlanBook(visitLog: [VisitRecord], policy: PlanPolicy, today: LocalDate) -> PlanBook {
        let rows = classifications
        let week = PlanWeek(containing: today)
        let kept = keptPlanBook(week: week, today: today)
        let book =
            kept.flatMap { kept in
                changes(since: kept.revision).flatMap {
                    PlanBook.updating(
                        kept.book, classifications: rows, changes: $0, visitLog: visitLog, policy: policy, week: week, today: today)
                }
            }
            ?? PlanBook(
                classifications: rows, visitLog: visitLog, policy: policy, week: week, today: today, reusingKeysOf: kept?.book)
        keepPlanBook(book, revision: classificationsRevision)
        return book
    }
}
