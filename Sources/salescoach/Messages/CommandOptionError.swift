import SalesCoachCore

/// Options of the one-shot commands (`classify`, `team`, `sql`) that do not
/// go together, or a value one of them does not take.
enum CommandOptionError: UserMessage, BilingualMessage {
    case fileAndDatabase
    case nothingToClassify
    case matrixNotSVG
    case matrixPerRep
    case workbookFromDatabase
    case weeks(Int)
    case dateFormat(String)
    case rollupOptionsAlone
    /// A CSV the database engines would read that is not UTF-8 (or is empty).
    case engineCSVNotUTF8(path: String)

    var wording: (en: String, ja: String) {
        switch self {
        case .fileAndDatabase:
            return ("give either a customer file or --database, not both", "顧客ファイルか --database のどちらか一方を指定してください（両方は指定できません）")
        case .nothingToClassify:
            return (
                "name the customer CSV to classify (salescoach classify customers.csv), or a server with --database URL --table schema.table",
                "分類する顧客のCSVを指定する（salescoach classify customers.csv）か、--database URL --table schema.table でサーバーを指定してください"
            )
        case .matrixNotSVG:
            return ("--matrix writes an SVG picture: name the file FILE.svg", "--matrix はSVGの図を書き出します。ファイル名を FILE.svg にしてください")
        case .matrixPerRep:
            return (
                "--matrix draws one book, and --per-rep ranks each rep's apart; draw one rep with: salescoach --file FILE --rep NAME, then matrix --export FILE.svg",
                "--matrix は1つの顧客リストを描き、--per-rep は担当者ごとに別々に順位を付けます。1人分を描くには salescoach --file FILE --rep NAME の後に matrix --export FILE.svg を使ってください"
            )
        case .workbookFromDatabase:
            return (
                "--format xlsx and --export write a workbook of a customer file; with --database, use --format csv",
                "--format xlsx と --export は顧客ファイルからブックを書き出します。--database では --format csv を使ってください"
            )
        case .weeks(let weeks):
            return ("--weeks: expected 1 to 52, found \(weeks)", "--weeks：1から52までの数を指定してください（\(weeks) は使えません）")
        case .dateFormat(let typed):
            return (
                "--date-format: expected mdy (month first, 12/27/2017), dmy (day first, 27/12/2017) or ymd (year first), found '\(typed)'",
                "--date-format：mdy（月が先、12/27/2017）、dmy（日が先、27/12/2017）、ymd（年が先）のいずれかを指定してください（「\(typed)」が指定されました）"
            )
        case .rollupOptionsAlone:
            return (
                "--rollup-only and --opportunity-columns go with --rollup OPPORTUNITIES (a table or a CSV file of deals)",
                "--rollup-only と --opportunity-columns は --rollup OPPORTUNITIES（商談の表かCSVファイル）と一緒に使います"
            )
        case .engineCSVNotUTF8(let path):
            return (
                "\(path): the engines read CSV files as UTF-8, and this one is not UTF-8 (or is empty); convert it, or load it with 'classify'",
                "\(path)：データベースエンジンはCSVをUTF-8として読みますが、このファイルはUTF-8ではありません（または空です）。変換するか、'classify' で読み込んでください"
            )
        }
    }
}
