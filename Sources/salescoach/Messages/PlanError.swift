import SalesCoachCore

/// Why a `plan`, `planned` or `actual` command could not do what was asked.
enum PlanError: UserMessage, BilingualMessage {
    /// `plan` for a week whose working days are all past.
    case weekOver(PlanWeek)
    case exportEnding(path: String)
    case alreadyInWeek(name: String, week: WeekLabel)
    /// A customer planned in several weeks, and the command did not say which.
    case whichWeek(command: String, name: String, weeks: [WeekLabel], option: String)
    case noPlannedVisits(name: String, week: WeekLabel)
    case actualBackwards(from: LocalDate, through: LocalDate)

    var wording: (en: String, ja: String) {
        switch self {
        case .weekOver(let week):
            return (
                "plan: the week of \(week.start) (\(week.isoDescription)) is over; plan the coming one with --week next, "
                    + "or see where its visits went with 'actual --from \(week.start) --to \(week.end)'",
                "plan：\(week.start) の週（\(week.isoDescription)）はもう終わっています。次の週は --week next で計画し、"
                    + "その週の訪問の内訳は 'actual --from \(week.start) --to \(week.end)' で確認できます"
            )
        case .exportEnding(let path):
            return (
                "plan --export: '\(path)' should end in .csv, .xlsx or .ics",
                "plan --export：「\(path)」の拡張子は .csv、.xlsx、.ics のいずれかにしてください"
            )
        case .alreadyInWeek(let name, let week):
            return (
                "planned move: the visits to '\(name)' are already in \(week.text(in: .en))",
                "planned move: \(name) の訪問予定はすでに\(week.text(in: .ja))にあります"
            )
        case .whichWeek(let command, let name, let weeks, let option):
            return (
                "\(command): '\(name)' has planned visits in \(weeks.map { $0.text(in: .en) }.joined(separator: ", ")); say which with \(option)",
                "\(command)：\(name) の訪問予定は\(weeks.map { $0.text(in: .ja) }.joined(separator: "、"))にあります。どの週か \(option) で指定してください"
            )
        case .noPlannedVisits(let name, let week):
            return (
                "'\(name)' has no planned visits in \(week.text(in: .en)); 'planned list' shows them",
                "\(week.text(in: .ja))に \(name) の訪問予定はありません。'planned list' で確認できます"
            )
        case .actualBackwards(let from, let through):
            return ("actual: --from \(from) is after --to \(through)", "actual：--from \(from) が --to \(through) より後です")
        }
    }
}
