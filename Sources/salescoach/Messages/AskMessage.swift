import SalesCoachCore

/// What the session says around an answer to a question: whose book
/// answered it, and what it did or did not do with a plan or a visit told in
/// words. Said in the language of the question, like the answer itself.
enum AskMessage: BilingualMessage {
    /// A customer of another rep's asked about while working on one rep's book.
    case answeredFromWholeList(customer: String, owner: String)
    case wholeTeam
    case answeredOnRepBook(rep: String)
    /// "how is 飯田 doing?" with the rep 飯田 誠 and the customer 株式会社飯田製作所: which one.
    case repOrCustomer(rep: String, word: String, customers: [String], book: Int)
    /// "accept it" after a plan that was changed in words and so saved already.
    case planAlreadySaved(week: LocalDate, visits: Int, customers: Int)
    /// "move it to friday" with no customer to move.
    case moveWhichCustomer(example: String?)
    case moveUnknownCustomer(typed: String, suggestions: [String])
    /// A day changed in a plan typed in the line: noted; the check counts the week, not its days.
    case movedInTypedPlan(name: String, weekday: Int)
    /// A day asked for a customer the typed plan does not hold.
    case notInTypedPlan(name: String)
    /// A customer the question wanted in the plan that the proposal left out.
    case notInProposal(name: String, week: LocalDate)
    /// A plan shown that differs from the one saved for the week.
    case savedPlanDiffers(visits: Int)
    /// Next week planned right after this week's plan: its visits still to come count as made.
    case assumingThisWeek(visits: Int)
    /// "what's still open this week?" after this week's plan: how many of its visits wait.
    case openInPlan(open: Int, total: Int)
    /// A visit put in the saved plan after it was shown: the week's, with no day of its own.
    case openWithoutDay(name: String, segment: String)
    /// The plan's customers visited since it was shown, each with its day.
    case doneInPlan(visits: [(name: String, date: LocalDate)])
    case visitAlreadyLogged(name: String, quoted: String, date: LocalDate)
    case visitLogged(name: String, segment: String, date: LocalDate, note: String?)
    /// A line that reads as a visit but was not logged: why, and what to type.
    case visitNotLogged(VisitStatement.Reason, names: [String], example: String)

    var wording: (en: String, ja: String) {
        switch self {
        case .answeredFromWholeList(let customer, let owner):
            return (
                "(\(customer) is \(owner)'s customer: answered from the whole list)",
                "（\(customer)は\(owner)さんの担当先です。リスト全体から答えます）"
            )
        case .wholeTeam:
            return ("(the whole team's list)", "（チーム全体のリスト）")
        case .answeredOnRepBook(let rep):
            return ("(\(rep)'s customers, as ranked in the whole list)", "（\(rep)さんの担当先、リスト全体での分類）")
        case .repOrCustomer(let rep, let word, let customers, let book):
            return (
                "“\(word)” could be the rep \(rep) (\(Counted(book, "customer", counter: "社").en)) or the customer \(customers.joined(separator: " or ")). For the rep, use the full name (“how is \(rep) doing?”), “\(word)'s customers” or `rep \(word)`; for the customer, type more of its name (“\(customers[0])”).",
                "「\(word)」は担当者の\(rep)さん（担当先\(book)社）とも、顧客の\(customers.joined(separator: "・"))とも取れます。担当者なら「\(word)さん」かフルネームで（例：「\(word)さんの状況は？」）、または `rep \(word)`。顧客なら社名をもう少し書いてください（「\(customers[0])」）。"
            )
        case .planAlreadySaved(let week, let visits, let customers):
            return (
                "That plan is already saved as your planned visits for the week of \(week): \(Counted(visits, "visit", counter: "件").en) to \(Counted(customers, "customer", counter: "社").en) ('planned list' shows them).",
                "その計画は \(week) の週の訪問予定としてすでに保存されています：\(customers)社に\(visits)件（'planned list' で表示）。"
            )
        case .movedInTypedPlan(let name, let weekday):
            let day = max(0, min(4, weekday - 1))
            return (
                "\(name) goes on \(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"][day]) in the plan you typed. The check counts the week's visits by segment, not the days they fall on, so what it said still holds.",
                "入力された計画で、\(name)を\(["月曜", "火曜", "水曜", "木曜", "金曜"][day])に回します。チェックは曜日ではなく週の訪問を領域別に数えるので、先ほどの指摘はそのままです。"
            )
        case .notInTypedPlan(let name):
            return (
                "\(name) is not in the plan you typed, so there is no visit to move; type the plan again with it to check it.",
                "\(name)は入力された計画に入っていないので、移す訪問がありません。入れて確かめるなら、計画をもう一度入力してください。"
            )
        case .moveWhichCustomer(let example):
            return (
                "Nothing was moved: say which customer, e.g. “move \(example ?? "NAME") to friday”.",
                "何も移していません：どの顧客かを添えてください（例：「\(example ?? "顧客名")を金曜に移して」）。"
            )
        case .moveUnknownCustomer(let typed, let near):
            return (
                "Nothing was moved: no customer in your list is called “\(typed)”"
                    + (near.isEmpty ? " ('list' shows the names)." : " (did you mean \(near.joined(separator: " or "))?)."),
                "何も移していません：「\(typed)」という顧客はリストにありません"
                    + (near.isEmpty ? "（'list' で一覧を表示）。" : "（\(near.joined(separator: "、"))のことですか？）。")
            )
        case .notInProposal(let name, let week):
            return (
                "\(name) is not in this proposal; `planned add \(name) --week \(week)` enters a visit for that week.",
                "\(name) はこの提案に入っていません。その週に入れるなら `planned add \(name) --week \(week)` と入力してください。"
            )
        case .savedPlanDiffers(let visits):
            return (
                "Your saved plan for this week is still the earlier one (\(Counted(visits, "visit", counter: "件").en)); say “accept it” to save this one instead.",
                "今週の保存済みの予定は前の計画のままです（\(visits)件）。こちらに替えるなら「この計画で確定」と言ってください。"
            )
        case .visitAlreadyLogged(let name, let quoted, let date):
            return (
                "A visit to \(name) on \(date) is already logged; nothing was added. (`visit \(quoted) \(date)` logs a second one.)",
                "\(name)への \(date) の訪問はすでに記録済みです。追加していません（2件目を記録するなら `visit \(quoted) \(date)`）。"
            )
        case .assumingThisWeek(let visits):
            return (
                "(this week's plan taken as done: its \(Counted(visits, "visit", counter: "件").en) still to come count as made on their days)",
                "（今週の計画は実施する前提です：これからの\(visits)件はそれぞれの予定日に訪問したものとして数えます）"
            )
        case .openWithoutDay(let name, let segment):
            return ("  (any day)  \(name) — \(segment)", "  （曜日未定）  \(name) — \(segment)")
        case .openInPlan(let open, let total):
            return open == 0
                ? ("Every visit of this week's plan is done (\(total) of \(total)).", "今週の計画の訪問はすべて済んでいます（\(total)件中\(total)件）。")
                : (
                    "Still open in this week's plan: \(open) of \(total) \(total == 1 ? "visit" : "visits"):",
                    "今週の計画でまだの訪問：\(total)件中\(open)件："
                )
        case .doneInPlan(let visits):
            let en = visits.map { "\($0.name) (\($0.date))" }.joined(separator: ", ")
            let ja = visits.map { "\($0.name)（\($0.date)）" }.joined(separator: "、")
            return ("Done: \(en).", "済み：\(ja)。")
        case .visitLogged(let name, let segment, let date, let note):
            // The note kept with it is said, so "次回は1月に見積もり" is seen to be kept.
            let withNote = note.map { (en: " with the note “\(SingleLine.visible($0))”", ja: "（メモ：\(SingleLine.visible($0))）") }
            return (
                "Logged a visit to \(name) (\(segment)) on \(date)\(withNote?.en ?? ""), from what you wrote; 'undo' takes it back.",
                "\(name)（\(segment)）への訪問を \(date) に記録しました\(withNote?.ja ?? "")。取り消すには 'undo'。"
            )
        case .visitNotLogged(let doubt, let names, let example):
            let why = AskMessage.why(doubt, names: names)
            return (
                "That reads as a visit, but \(why.en); nothing was logged. To log it, type: \(example)",
                "訪問の報告のようですが、\(why.ja)。何も記録していません。記録するには次のように入力してください：\(example)"
            )
        }
    }

    /// Why a visit told in words was not logged.
    private static func why(_ doubt: VisitStatement.Reason, names: [String]) -> (en: String, ja: String) {
        switch doubt {
        case .noSuchCustomer(let typed):
            (
                "no customer in your list is called “\(typed)” ('list' shows the names)",
                "「\(typed)」という顧客はリストにありません（'list' で一覧を表示）"
            )
        case .nameNotCertain:
            (
                "I am not sure which customer you mean (did you mean \(names.prefix(3).joined(separator: " or "))?)",
                "どの顧客か確かではありません（\(names.prefix(3).joined(separator: "、"))のことですか？）"
            )
        case .severalCustomers:
            ("it names several customers (\(names.joined(separator: ", ")))", "複数の顧客が含まれています（\(names.joined(separator: "、"))）")
        case .dayNotRead(let detail):
            ("the day does not read (\(detail))", "日付が読み取れません（\(detail)）")
        case .weekWithoutDay:
            (
                "it names the week but not the day (say \"last friday\", or give the date)",
                "週は分かりますが日が分かりません（「先週金曜」のように曜日か日付を添えてください）"
            )
        }
    }
}
