import SalesCoachCore

/// What `rep` and `summary by rep` say about whose customers the session
/// works on.
enum RepMessage: BilingualMessage {
    case wholeList(customers: Int)
    /// An introduction ("I'm Yamamoto") while `rep` holds another rep's scope.
    case scopeKept(scope: String, rep: String)
    /// The scope just set: how many customers, ranked with the team or as a book of their own.
    case scopeSet(rep: String, customers: Int, counts: String, withTeam: Bool)
    /// A warning at start-up: the stored scope names a rep the list no longer has (a load replaced it).
    case scopeGone(rep: String)
    /// The scope said at start-up.
    case scopeAtStart(rep: String, customers: Int, withTeam: Bool)
    /// `rep` alone: the scope now, over the table of reps.
    case scopeNow(rep: String?)
    /// Under `summary by rep`'s table.
    case perRepNote(withConversions: Bool)
    case unclassified(Int)
    /// In place of the rep of a customer that has none: in a table, and in a sentence.
    case noRep, noRepName
    /// The headings of `summary by rep`'s table that are words.
    case repColumn, unclassifiedColumn, customersColumn, conversionsColumn

    var wording: (en: String, ja: String) {
        switch self {
        case .wholeList(let customers):
            return ("Working on the whole list: \(Counted(customers, "customer", counter: "社").en).", "顧客リスト全体（\(customers)社）を対象にします。")
        case .scopeKept(let scope, let rep):
            return (
                "The session works on \(scope)'s customers (set with 'rep'); 'rep \(rep)' switches to yours.",
                "このセッションは \(scope)さんの担当先を対象にしています（'rep' で設定）。ご自身の担当先にするには 'rep \(rep)'。"
            )
        case .scopeSet(let rep, let customers, let counts, true):
            return (
                "Working on \(rep)'s customers: \(customers), as ranked in the whole list (\(counts)). 'rep all' for everyone; 'rep \(rep)' ranks them as a book of their own.",
                "\(rep)さんの担当先\(customers)社を、リスト全体での分類のまま対象にします（\(counts)）。全体に戻すには 'rep all'、担当者の顧客リストとして評価するには 'rep \(rep)'。"
            )
        case .scopeSet(let rep, let customers, let counts, false):
            return (
                "Working on \(rep)'s customers: \(customers), ranked as their own book (\(counts)). 'rep all' for everyone.",
                "\(rep)さんの担当先\(customers)社を、その担当者の顧客リストとして評価します（\(counts)）。全体に戻すには 'rep all'。"
            )
        case .scopeGone(let rep):
            return (
                "no customer in the list has the rep '\(rep)' any more; 'rep' lists the reps, 'rep all' works on everyone",
                "担当者「\(rep)」の顧客はリストにもうありません。'rep' で担当者一覧、'rep all' で全体に戻ります"
            )
        case .scopeAtStart(let rep, let customers, let withTeam):
            return (
                "Working on \(rep)'s customers (\(customers)\(withTeam ? ", as ranked in the whole list" : "")); 'rep all' for everyone.",
                "\(rep)さんの担当先（\(customers)社\(withTeam ? "、リスト全体での分類" : "")）を対象にしています。全体は 'rep all'。"
            )
        case .scopeNow(let rep?):
            return ("Working on \(rep)'s customers ('rep all' for everyone).", "\(rep)さんの担当先を対象にしています（全体は 'rep all'）。")
        case .scopeNow(nil):
            return ("Working on the whole list ('rep NAME' for one rep's customers).", "顧客リスト全体を対象にしています（'rep 担当者名' で一人分）。")
        case .perRepNote(let withConversions):
            return (
                "Each rep's customers are ranked as a book of their own, so the counts need not add up to 'summary'."
                    + (withConversions ? " B→A comes from the workspace's history, ranked on the whole book." : ""),
                "各担当者の顧客は、その担当者の顧客リストとして評価しています（合計は 'summary' と一致しないことがあります）。"
                    + (withConversions ? "B→Aはワークスペースの履歴（全体での評価）によります。" : "")
            )
        case .unclassified(let count):
            return ("unclassified \(count)", "未分類 \(count)")
        case .noRep:
            return ("(no rep)", "（担当者なし）")
        case .noRepName:
            return ("no rep", "担当者なし")
        case .repColumn:
            return ("Rep", "担当")
        case .unclassifiedColumn:
            return ("unclassified", "未分類")
        case .customersColumn:
            return ("Customers", "社数")
        case .conversionsColumn:
            return ("B→A this quarter", "今四半期のB→A")
        }
    }
}
