import SalesCoachCore

/// What `plan`, `planned`, `check`, `actual` and `comfort` say when they
/// have done their work.
enum PlanMessage: BilingualMessage {
    /// The heading of a proposed plan: how much of the week it fills, and
    /// how many of its visits came over from the week before.
    case planHeading(week: PlanWeek, total: Int, capacity: Int, carried: Int)
    /// The label in front of the plan's visits per segment.
    case bySegment
    /// `plan accept`: the proposal is now the week's planned visits.
    case accepted(week: LocalDate, visits: Int, customers: Int, repScoped: Bool)
    case wrotePlan(path: String)
    /// `planned add`: the visits added, and the customer's total for that week.
    case added(count: Int, name: String, segment: SegmentLabel, week: WeekLabel, total: Int)
    case moved(name: String, from: WeekLabel, to: WeekLabel, visits: Int)
    case removed(name: String, week: WeekLabel)
    case cleared
    case loaded(entries: Int, path: String, weeks: [WeekLabel])
    /// `planned list` with nothing in the weeks asked for.
    case nothingPlanned(week: LocalDate?)
    /// A week's heading in `planned list`, the week's name capitalised.
    case weekTotal(week: WeekLabel, visits: Int)
    /// After the visits carried over into this week (`summary` says which).
    case carriedOver(summary: String)
    case nothingToCheck
    /// The heading over the knowledge entry quoted under a C warning.
    case whyThisMatters(title: String, id: String)
    case actualHeading(from: LocalDate, through: LocalDate, visits: Int)
    case comfortSummary(weeks: Int, visits: Int, cShare: Double, cPotential: Double)
    /// `comfort`'s warning, under the summary.
    case comfortWarning(PlanWarning)
    case tooFewVisits(visits: Int, needed: Int, weeks: Int)
    case noDrift

    var wording: (en: String, ja: String) {
        switch self {
        case .planHeading(let week, let total, let capacity, let carried):
            return (
                "Visit plan for the week of \(week.start) (\(week.isoDescription)) — \(total) of \(Counted(capacity, "visit", counter: "件").en)"
                    + (carried > 0 ? ", \(carried) carried over from the week before" : ""),
                "\(week.start) の週（\(week.isoDescription)）の訪問計画 — \(capacity)件中 \(total)件"
                    + (carried > 0 ? "（うち前週からの繰り越し \(carried)件）" : "")
            )
        case .bySegment:
            return ("  By segment: ", "  領域別：")
        case .accepted(let week, let visits, let customers, let repScoped):
            let kept = repScoped
                ? ("other reps' visits and other weeks are kept", "他の担当者と他の週の予定はそのまま")
                : ("other weeks are kept", "他の週の予定はそのまま")
            return (
                "Saved as your planned visits for the week of \(week): \(Counted(visits, "visit", counter: "件").en) to \(Counted(customers, "customer", counter: "社").en); \(kept.0). 'undo' takes it back.",
                "\(week) の週の訪問予定として保存しました：\(customers)社に\(visits)件（\(kept.1)）。'undo' で取り消せます。"
            )
        case .wrotePlan(let path):
            return ("Wrote the plan to \(path).", "計画を \(path) に書き出しました。")
        case .added(let count, let name, let segment, let week, let total):
            return (
                "Planned \(Counted(count, "visit", counter: "件").en) to \(name) (\(segment.text(in: .en))) in \(week.text(in: .en)); \(name) now has \(total) planned that week.",
                "\(week.text(in: .ja))に \(name)（\(segment.text(in: .ja))）への訪問を\(count)件予定に追加しました（この週の\(name)への予定は計\(total)件）。"
            )
        case .moved(let name, let from, let to, let visits):
            return (
                "Moved the planned visits to \(name) from \(from.text(in: .en)) to \(to.text(in: .en)); \(visits) planned there.",
                "\(name) の訪問予定を\(from.text(in: .ja))から\(to.text(in: .ja))に移しました（その週は計\(visits)件）。"
            )
        case .removed(let name, let week):
            return (
                "Removed the planned visits to \(name) in \(week.text(in: .en)).",
                "\(week.text(in: .ja))の \(name) の訪問予定を削除しました。"
            )
        case .cleared:
            return ("Cleared the planned visits.", "訪問予定をすべて削除しました。")
        case .loaded(let entries, let path, let weeks):
            return (
                "Loaded \(Counted(entries, "planned entry", plural: "planned entries", counter: "件").en) from \(path)"
                    + (entries == 0 ? "." : " for \(weeks.map { $0.text(in: .en) }.joined(separator: ", "))."),
                "\(path) から訪問予定を\(entries)件読み込みました"
                    + (entries == 0 ? "。" : "（\(weeks.map { $0.text(in: .ja) }.joined(separator: ", "))）。")
            )
        case .nothingPlanned(let week):
            return (
                "No visits planned" + (week.map { " for the week of \($0)" } ?? "")
                    + ". Add them with 'planned add NAME [COUNT] [--week next]', 'plan accept' or 'planned load FILE', then 'check'.",
                "訪問予定はまだありません。'planned add 顧客名 [件数] [--week next]'、'plan accept' か 'planned load ファイル' で入力し、'check' で確認できます。"
            )
        case .weekTotal(let week, let visits):
            let title = (en: week.text(in: .en), ja: week.text(in: .ja))
            return (
                title.en.prefix(1).uppercased() + title.en.dropFirst() + ": \(Counted(visits, "visit", counter: "件").en)",
                title.ja + "：\(visits)件"
            )
        case .carriedOver(let summary):
            return ("↻ \(summary); 'plan' counts them.", "↻ \(summary)。'plan' で今週の計画に含めます。")
        case .nothingToCheck:
            return (
                "Nothing to check yet: add your planned visits with 'planned add NAME [COUNT]' or 'plan accept', or give a CSV: check plan.csv",
                "チェックする予定がありません。'planned add 顧客名 [件数]' か 'plan accept' で入力するか、CSVを指定してください：check plan.csv"
            )
        case .whyThisMatters(let title, let id):
            return ("Why this matters — \(title) [\(id)]", "なぜ問題か — \(title) [\(id)]")
        case .actualHeading(let from, let through, let visits):
            return ("Visits logged from \(from) to \(through): \(visits)", "\(from)〜\(through) に記録した訪問：\(visits)件")
        case .comfortSummary(let weeks, let visits, let cShare, let cPotential):
            return (
                "Last \(Counted(weeks, "week", counter: "週").en): \(Counted(visits, "visit", counter: "件").en) logged; C's share \(Formatting.percent(cShare)), against \(Formatting.percent(cPotential)) of your book's potential.",
                "直近\(weeks)週：訪問\(visits)件のうちCが\(Formatting.percent(cShare))。担当先の潜在力に占めるCの割合は\(Formatting.percent(cPotential))です。"
            )
        case .comfortWarning(let warning):
            return ("warning: " + warning.text(in: .en), "注意：" + warning.text(in: .ja))
        case .tooFewVisits(let visits, let needed, let weeks):
            return (
                "Too few visits logged to tell (\(visits); at least \(needed) over \(Counted(weeks, "week", counter: "週").en) are needed). Log each visit with 'visit NAME' and ask again.",
                "判断するには訪問記録が少なすぎます（\(visits)件。直近\(weeks)週で\(needed)件以上必要です）。訪問のたびに 'visit 顧客名' で記録してください。"
            )
        case .noDrift:
            return ("No drift toward comfortable accounts.", "居心地の良い顧客への偏りは見られません。")
        }
    }
}
