import SalesCoachCore
import SalesCoachWorkspace

/// Why `load`, `add`, `set` or another change to the customer list was
/// refused; each says what was kept, so the rep knows nothing half-happened.
enum BookEditError: UserMessage, BilingualMessage {
    case asOfAfterToday(date: LocalDate, today: LocalDate)
    case asOfBeforeHistory(date: LocalDate, last: LocalDate)
    case loadStopped
    /// The demo book compiled into the program failed to import: `reason` is the importer's, worded.
    case demoBook(ImportError)
    case noSuchRep(typed: String, path: String, suggestions: [String], reps: [String])
    case alreadyInList(name: String, quoted: String)
    /// The list refused the change, and nothing was written.
    case book(BookError, nothingChanged: Bool = false)
    case setNeedsAssignment(quoted: String)
    case removedMeanwhile(name: String)
    case needsName(command: String, example: String)
    case unknownField(key: String, guess: String?, names: [String])
    case renameInstead(quotedName: String, quotedText: String)
    case notANumber(name: String, metric: String, text: String, reason: NumberFormatError)
    case notADate(name: String, text: String, reason: DateFormatError)

    var wording: (en: String, ja: String) {
        switch self {
        case .asOfAfterToday(let date, let today):
            return (
                "--as-of \(date) is after today (\(today)): a file stands for a day that has passed (nothing was loaded)",
                "--as-of \(date) は今日（\(today)）より後です。過ぎた日付を指定してください（何も読み込んでいません）"
            )
        case .asOfBeforeHistory(let date, let last):
            return (
                "--as-of \(date): the history already has a snapshot on \(last); load older exports first, oldest to newest (nothing was loaded)",
                "--as-of \(date)：履歴にはすでに \(last) の記録があります。古いエクスポートから順に読み込んでください（何も読み込んでいません）"
            )
        case .loadStopped:
            return ("load stopped by Ctrl-C; nothing was changed", "Ctrl-C で読み込みを中止しました。何も変更していません。")
        case .demoBook(let error):
            return (
                "the bundled demo book does not load: \(error.text(in: .en))",
                "同梱のデモの顧客リストを読み込めません：\(error.text(in: .ja))"
            )
        case .noSuchRep(let typed, let path, let suggestions, let reps):
            let guesses = suggestions.prefix(3)
            let more = reps.count - 8
            return (
                "no rep '\(typed)' in \(path)\(guesses.isEmpty ? "" : " (did you mean \(guesses.joined(separator: ", "))?)"); its reps are \(reps.prefix(8).joined(separator: ", "))\(more > 0 ? " and \(more) more" : "")",
                "\(path) に担当者「\(typed)」はいません\(guesses.isEmpty ? "" : "（もしかして：\(guesses.joined(separator: "、"))）")。担当者：\(reps.prefix(8).joined(separator: "、"))\(more > 0 ? " ほか\(more)人" : "")"
            )
        case .alreadyInList(let name, let quoted):
            return (
                "'\(name)' is already in the list; change it with: set \(quoted) key=value",
                "「\(name)」はすでに一覧にあります。変更するには set \(quoted) key=value を使ってください"
            )
        case .book(let error, let nothingChanged):
            let wording = BookEditError.wording(of: error)
            return nothingChanged ? (wording.en + "; nothing was changed", wording.ja + "。何も変更していません") : wording
        case .setNeedsAssignment(let quoted):
            return (
                "set needs key=value after the name, e.g. set \(quoted) sales=12M",
                "set には名前の後に key=value が必要です（例：set \(quoted) sales=12M）"
            )
        case .removedMeanwhile(let name):
            return (
                "'\(name)' is no longer in the list: another session removed or renamed it; nothing was changed",
                "「\(name)」はもうリストにありません（別のセッションで削除または名前変更されました）。何も変更していません"
            )
        case .needsName(let command, let example):
            return (
                "\(command) needs a customer name first, e.g. \(example)",
                "\(command) には最初に顧客名が必要です（例：\(example)）"
            )
        case .unknownField(let key, let guess, let names):
            return (
                "unknown field '\(key)'\(guess.map { " (did you mean '\($0)'?)" } ?? ""); expected one of \(names.joined(separator: ", "))",
                "'\(key)' という項目はありません\(guess.map { "（'\($0)' のことですか？）" } ?? "")。\(names.joined(separator: "、")) のいずれかを指定してください"
            )
        case .renameInstead(let name, let text):
            return ("to change a name use: rename \(name) \(text)", "名前を変えるには rename \(name) \(text) を使ってください")
        case .notANumber(let name, let metric, let text, let reason):
            return (
                "\(name), \(metric): expected a number such as 12000000, 12,000,000 or 1200万 (\(reason.description)), found '\(text)'; nothing was changed",
                "\(name)、\(metric)：12000000・12,000,000・1200万 のような数値のはずですが「\(text)」です（\(reason.text(in: .ja))）。何も変更していません"
            )
        case .notADate(let name, let text, let reason):
            return (
                "\(name), last_visit: expected a date YYYY-MM-DD (\(reason.description)), found '\(text)'; nothing was changed",
                "\(name)、last_visit：日付（YYYY-MM-DD）のはずですが「\(text)」です（\(reason.text(in: .ja))）。何も変更していません"
            )
        }
    }

    /// Why the list refused a customer.
    static func wording(of error: BookError) -> (en: String, ja: String) {
        switch error {
        case .emptyName: ("a customer needs a name", "顧客には名前が必要です")
        case .duplicate(let name, let existing):
            (
                "'\(name)' is the same name as '\(existing)' (names ignore case and width)",
                "「\(name)」は「\(existing)」と同じ名前です（大文字・小文字や全角・半角の違いは区別しません）"
            )
        case .notFound(let name): ("no customer named '\(name)'", "「\(name)」という顧客はいません")
        }
    }
}
