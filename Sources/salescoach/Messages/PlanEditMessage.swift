import SalesCoachCore

/// What a change to the plan told in words ("add X", "drop Y", "swap",
/// "move X to friday") says when it changes nothing, or where it put the visit.
enum PlanEditMessage: BilingualMessage {
    /// A customer to put in or take out that the list lacks; `alone` when it
    /// was the only change asked, so the plan is unchanged.
    case notFound(adding: Bool, alone: Bool, suggestions: [String])
    case swapNotNeeded(added: String, out: String)
    case dayPast(week: LocalDate, name: String)
    /// Where each moved customer now is (one, or two that traded days).
    case movedToDays([(name: String, day: LocalDate)])
    /// A customer moved to a day who was not in the plan shown: it came in, and these made room.
    case addedByMove(name: String, displaced: [String])
    /// Two customers asked to trade days who are on the same day already.
    case sameDay(first: String, second: String, weekday: WeekdayLabel)
    case alreadyPlanned(name: String, week: WeekLabel, visits: Int, quoted: String)
    case notPlanned(name: String, week: WeekLabel)
    /// A customer of another rep named while working on one rep's book: not put in.
    case otherRepsCustomer(name: String, rep: String, scope: String)
    /// Customers left out of a proposal made again, and who came in for them.
    case leftOutOfProposal([String], replacedBy: [String])

    var wording: (en: String, ja: String) {
        switch self {
        case .notFound(let adding, let alone, let suggestions):
            let head = alone
                ? (
                    en: "I can't find that customer in your list, so the plan is unchanged (no customer was created).",
                    ja: "その顧客がリストに見つからないので、計画は変えていません（顧客も追加していません）。"
                )
                : (
                    en: "I can't find the customer to \(adding ? "put in" : "take out") in your list, so that change was not made (no customer was created).",
                    ja: "\(adding ? "入れる" : "外す")顧客がリストに見つからないので、その変更はしていません（顧客も追加していません）。"
                )
            return (
                head.en + (suggestions.isEmpty ? " Name it as the list spells it; 'list' shows the names." : " Did you mean \(suggestions.joined(separator: ", "))?"),
                head.ja + (suggestions.isEmpty ? "リストの表記で指定してください（'list' で一覧）。" : "\(suggestions.joined(separator: "、")) のことですか？")
            )
        case .swapNotNeeded(let added, let out):
            return (
                "\(added) is already in the plan, so nothing was swapped; \(out) stays. To drop \(out) anyway: “take \(out) out”.",
                "\(added) はすでに計画に入っているので、入れ替えていません（\(out) もそのまま）。\(out) を外すなら「\(out)を外して」。"
            )
        case .dayPast(let week, let name):
            return (
                "That day is already past in the week of \(week); say “move \(name) to next week” to see it then.",
                "その曜日は\(week)の週ではもう過ぎています。来週にするなら「\(name)を来週に回して」と言ってください。"
            )
        case .movedToDays(let moves):
            let en = moves.map { "\($0.name) is on \($0.day) (\(WeekdayLabel(date: $0.day).text(in: .en)))" }
            let ja = moves.map { "\($0.name) は \($0.day)\(WeekdayLabel(date: $0.day).text(in: .ja))" }
            return (
                en.joined(separator: ", ") + "; 'plan accept' saves this plan.",
                ja.joined(separator: "、") + " にしました。この計画を保存するなら 'plan accept'。"
            )
        case .addedByMove(let name, let displaced):
            let out = displaced.joined(separator: ", ")
            return (
                "\(name) was not in the plan shown, so moving it put it in" + (displaced.isEmpty ? "." : "; to make room, \(out) \(displaced.count == 1 ? "is" : "are") out this time."),
                "\(name)は先ほどの計画に入っていなかったので、移したことで計画に加わりました" + (displaced.isEmpty ? "。" : "。代わりに\(displaced.joined(separator: "、"))が外れています。")
            )
        case .sameDay(let first, let second, let weekday):
            return (
                "\(first) and \(second) are both on \(weekday.text(in: .en)) already, so there are no days to trade; say “move \(second) to friday” to change one.",
                "\(first) と \(second) はどちらも\(weekday.text(in: .ja))なので、入れ替える日がありません。片方を動かすなら「\(second)を金曜に移して」。"
            )
        case .alreadyPlanned(let name, let week, let visits, let quoted):
            return (
                "\(name) is already in the plan for \(week.text(in: .en)) (\(Counted(visits, "visit", counter: "件").en)); nothing added. `planned add \(quoted)` adds another visit.",
                "\(name) はすでに\(week.text(in: .ja))の予定に入っています（\(visits)件）。追加していません（もう1件加えるなら `planned add \(quoted)`）。"
            )
        case .otherRepsCustomer(let name, let rep, let scope):
            let owner = rep.isEmpty ? (en: "no rep's", ja: "担当者なしの") : (en: "\(rep)'s", ja: "\(rep)さんの")
            return (
                "\(name) is \(owner.en) customer, not \(scope)'s, so it was not put in this plan. To plan it, work on the whole team (`rep all`) or on that rep's book.",
                "\(name)は\(owner.ja)担当で、\(scope)さんの担当ではないため、この計画には入れていません。入れるなら `rep all` でチーム全体にするか、その担当者の顧客に切り替えてください。"
            )
        case .leftOutOfProposal(let out, let newcomers):
            let en = out.joined(separator: ", ")
            let ja = out.joined(separator: "、")
            return newcomers.isEmpty
                ? (
                    "Left out: \(en). No one takes its place: no other customer is due a visit under the plan's rules, so the plan has one visit fewer (its notes say what a free slot is for). 'plan accept' saves it.",
                    "\(ja)を外しました。代わりに入る顧客はいません（計画のルールで今週入れるべき顧客が残っていないため1件減ります。空いた枠の使い方は計画の注のとおり）。保存するなら 'plan accept'。"
                )
                : (
                    "Left out: \(en). In its place: \(newcomers.joined(separator: ", ")). 'plan accept' saves this plan.",
                    "\(ja)を外し、代わりに\(newcomers.joined(separator: "、"))を入れました。保存するなら 'plan accept'。"
                )
        case .notPlanned(let name, let week):
            return (
                "\(name) is not in the plan for \(week.text(in: .en)); nothing to take out.",
                "\(name) は\(week.text(in: .ja))の予定に入っていないので、外すものはありません。"
            )
        }
    }
}
