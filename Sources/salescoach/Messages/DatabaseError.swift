import SalesCoachCore

/// Why a customer table on a database server could not be read, or one
/// rep's book pulled from it.
enum DatabaseError: UserMessage, BilingualMessage {
    case noTable(table: String, server: String)
    case noRepColumn(table: String)
    /// `--database` in a session without `--rep`.
    case needsRep
    /// `--database` with `--file` or `--demo`.
    case ownBook
    case noSuchRep(typed: String, table: String, suggestions: [String], reps: Int)

    var wording: (en: String, ja: String) {
        switch self {
        case .noTable(let table, let server):
            return (
                "no table named '\(table)' on \(server) (name it as schema.table, e.g. crm.accounts, or check the search path)",
                "\(server) に '\(table)' という表はありません（schema.table の形で指定するか（例：crm.accounts）、検索パスを確かめてください）"
            )
        case .noRepColumn(let table):
            return (
                "\(table) has no rep column (for example 'rep' or '担当者'); map yours in the config file's [columns] section",
                "\(table) に担当者の列（'rep' や '担当者' など）がありません。設定ファイルの [columns] で割り当ててください"
            )
        case .needsRep:
            return (
                "--database opens one rep's book: add --rep NAME (use 'salescoach classify --database' for the whole table)",
                "--database は1人の担当者の顧客リストを開きます。--rep NAME を付けてください（表全体は 'salescoach classify --database' で）"
            )
        case .ownBook:
            return ("--database brings its own book; leave out --file and --demo", "--database はそれ自体が顧客リストを持ちます。--file と --demo は外してください")
        case .noSuchRep(let rep, let table, let guesses, let reps):
            return (
                "no rep '\(rep)' in \(table)" + (guesses.isEmpty ? "" : " (did you mean \(guesses.joined(separator: ", "))?)")
                    + "; the table has \(Counted(reps, "rep", counter: "人").en)",
                "\(table) に担当者「\(rep)」はいません" + (guesses.isEmpty ? "" : "（\(guesses.joined(separator: "、")) のことですか？）")
                    + "。表の担当者は\(reps)人です"
            )
        }
    }
}
