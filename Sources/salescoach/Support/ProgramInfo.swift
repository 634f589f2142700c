import ArgumentParser
import Foundation
import SalesCoachCore

/// What `salescoach --version` and the root `--help` say beyond the command
/// definitions: the version, the environment variables the program reads,
/// its exit codes and the files it uses, in English and Japanese. The root
/// `--help`, the README's "Environment and exit codes" and the man pages
/// (`salescoach manual`) are all made from these tables, and tests hold the
/// committed README and man pages to them.
enum ProgramInfo {
    /// The program's version.
    static let version = "0.9.0"

    /// One row of a table: a name and what it means, in both languages.
    struct Row: Sendable, BilingualMessage {
        let name: String
        let en: String
        let ja: String

        var wording: (en: String, ja: String) { (en, ja) }

        func meaning(in language: Language) -> String { text(in: language) }
    }

    /// Every environment variable the program reads, with what it does.
    static let environment: [Row] = [
        Row(name: "LC_ALL, LC_MESSAGES, LANG",
            en: "the language when --lang is not given: the first that is set and not empty; Japanese when it starts with ja; when it names no language (`C`, `POSIX`), a session's commands follow the language of the rep's questions",
            ja: "--lang がないときの言語：設定されていて空でない最初のもの。ja で始まれば日本語。言語を示さないとき（`C`、`POSIX`）は、セッションのコマンドも担当者の質問の言語に合わせます"),
        Row(name: "XDG_CONFIG_HOME, HOME",
            en: "the default config file: $XDG_CONFIG_HOME/salescoach/config.toml, else ~/.config/salescoach/config.toml",
            ja: "既定の設定ファイル：$XDG_CONFIG_HOME/salescoach/config.toml、なければ ~/.config/salescoach/config.toml"),
        Row(name: "XDG_DATA_HOME, HOME",
            en: "where the workspace is kept: $XDG_DATA_HOME/salescoach/workspace.sqlite, else ~/.local/share/…",
            ja: "ワークスペースの場所：$XDG_DATA_HOME/salescoach/workspace.sqlite、なければ ~/.local/share/…"),
        Row(name: "XDG_STATE_HOME",
            en: "where the line history is kept: $XDG_STATE_HOME/salescoach/history, else ~/.local/state/…",
            ja: "入力履歴の場所：$XDG_STATE_HOME/salescoach/history、なければ ~/.local/state/…"),
        Row(name: "XDG_CACHE_HOME",
            en: "where the assistant keeps its learnt model between sessions: $XDG_CACHE_HOME/salescoach, else ~/.cache/…",
            ja: "アシスタントが学習したモデルをセッション間で保存する場所：$XDG_CACHE_HOME/salescoach、なければ ~/.cache/…"),
        Row(name: "PAGER",
            en: "the pager for output longer than the terminal (default: less); empty or cat: none",
            ja: "端末より長い出力を表示するページャ（既定は less）。空または cat ならページャなし"),
        Row(name: "LESS",
            en: "less's options; FRX when unset (quit when it fits, keep colours, leave the text on screen)",
            ja: "less のオプション。未設定なら FRX（1画面に収まれば終了、色を保持、終了後も画面に残す）"),
        Row(name: "NO_COLOR", en: "set and not empty: no colour", ja: "設定されていて空でなければ色を付けない"),
        Row(name: "TERM", en: "dumb: no line editing, no colour, no progress line, no pager",
            ja: "dumb なら行編集・色・進行表示・ページャを使わない"),
        Row(name: "COLUMNS", en: "the width of tables and charts when it cannot be asked of the terminal",
            ja: "端末から幅を得られないときの表とグラフの幅"),
        Row(name: "SALESCOACH_TODAY", en: "YYYY-MM-DD: the day taken as today (for scripts and tests)",
            ja: "YYYY-MM-DD：今日とみなす日（スクリプトとテスト用）"),
        Row(name: "SALESCOACH_KNOWLEDGE", en: "a knowledge/ folder read instead of the built-in one, to edit guidance live",
            ja: "組み込みの代わりに読む knowledge/ フォルダ（ガイダンスをその場で編集するため）"),
        Row(name: "SALESCOACH_ASCII", en: "1: charts drawn with ASCII characters only", ja: "1 ならグラフをASCII文字だけで描く"),
        Row(name: "SALESCOACH_TIMING", en: "set and not 0: each session line's time on stderr",
            ja: "設定されていて 0 でなければ、セッションの各行の処理時間を標準エラーに出す"),
        Row(name: "PGHOST, PGUSER, PGPASSWORD, …", en: "libpq's settings for the PostgreSQL connection of --database, as for psql",
            ja: "--database の PostgreSQL 接続についての libpq の設定（psql と同じ）"),
    ]

    /// Every exit status, with when it is given.
    static let exitCodes: [Row] = [
        Row(name: "0", en: "done; a session whose every command worked", ja: "完了。セッションではすべてのコマンドが成功"),
        Row(name: "1", en: "a file or server could not be read or written, or a command read from a pipe failed",
            ja: "ファイルやサーバーを読み書きできなかった、またはパイプから読んだコマンドが失敗した"),
        Row(name: "2", en: "the session could not start (the workspace, the config file, the knowledge base, --file)",
            ja: "セッションを開始できなかった（ワークスペース、設定ファイル、ナレッジ、--file）"),
        Row(name: "3", en: "--strict: C overweight", ja: "--strict：Cへの偏り"),
        Row(name: "4", en: "--strict: B under its share or D over its share", ja: "--strict：Bが割合未満、またはDが割合超過"),
        Row(name: "5", en: "--strict: A customers neglected", ja: "--strict：A顧客の訪問漏れ"),
        Row(name: "6", en: "--strict: plan data (names or reps not in the customer file, unclassified customers, an empty plan)",
            ja: "--strict：計画のデータ（顧客ファイルにない名前や担当者、未分類の顧客、空の計画）"),
        Row(name: "64", en: "the command line itself is wrong (an unknown option, a missing or invalid value)",
            ja: "コマンドライン自体の誤り（不明なオプション、値がない・正しくない）"),
        Row(name: "130", en: "a one-shot command stopped with Ctrl-C (the shell's 128 + SIGINT)",
            ja: "単発のコマンドを Ctrl-C で止めた（シェルが示す 128 + SIGINT）"),
    ]

    /// The session's options for the root `--help`: the session command's
    /// own option list, from its definitions (so it never drifts from them).
    static var sessionOptions: String {
        let help = SessionCommand.helpMessage(columns: 78)
        guard let start = help.range(of: "OPTIONS:\n") else { return "" }
        return help[start.upperBound...].split(separator: "\n", omittingEmptySubsequences: false)
            .prefix { !$0.hasPrefix("  -h, --help") }
            .joined(separator: "\n").trimmingCharacters(in: .newlines)
    }

    /// A table as the root `--help` prints it, wrapped to 78 columns by hand
    /// with a hanging indent (argument-parser would wrap each line flush left).
    static func block(_ title: String, _ rows: [Row]) -> String {
        let width = min(rows.map(\.name.count).max() ?? 0, 26)
        var lines = [title + ":"]
        for row in rows {
            var line = "  " + row.name
            if row.name.count > width {
                lines.append(line)
                line = ""
            }
            line = line.padding(toLength: width + 4, withPad: " ", startingAt: 0)
            for word in row.en.split(separator: " ") {
                if line.count + word.count + 1 > 78, !line.trimmingCharacters(in: .whitespaces).isEmpty {
                    lines.append(line)
                    line = String(repeating: " ", count: width + 4)
                }
                line += (line.last == " " ? "" : " ") + word
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    /// The root `--help` text after the abstract.
    /// Whether a run given `arguments` may print the root command's
    /// discussion: any help (`--help`, `-h`, `help`, the dumped help) or the
    /// manual; any word with "help" in it counts, to be safe. Other runs
    /// leave it out of the configuration, because making it (the session's
    /// options as argument-parser words them) took some 4 ms of every start.
    static func mayShowDiscussion(_ arguments: some Sequence<String>) -> Bool {
        arguments.contains { $0.lowercased().contains("help") || $0 == "-h" || $0 == "manual" }
    }

    static var discussion: String {
        let intro = """
            Customers are rated on two axes, the company's own attractiveness (客観的評価) and \
            the business it does with us (取り引き実績), and placed in A, B, C or D. \
            Run with no subcommand for the coaching session; type 'help' there.
            """
        return [
            intro, "Session options (salescoach session --help):\n" + sessionOptions, block("Environment", environment),
            block("Exit codes", exitCodes),
        ].joined(separator: "\n\n")
    }

    /// The README's "Environment and exit codes" tables, in Markdown.
    static var markdown: String {
        func cell(_ text: String) -> String {
            // Names and values a user types are code; commas and "…" separate them.
            text.split(separator: ",").map { part -> String in
                let word = part.trimmingCharacters(in: .whitespaces)
                if let space = word.firstIndex(of: " ") {
                    return "`\(word[..<space])`" + word[space...]
                }
                return word == "…" ? word : "`\(word)`"
            }.joined(separator: ", ")
        }
        var lines = ["| variable | what it does |", "|---|---|"]
        lines += environment.map { "| \(cell($0.name)) | \($0.en) |" }
        lines += ["", "| status | when |", "|---|---|"]
        lines += exitCodes.map { "| \($0.name) | \($0.en) |" }
        return lines.joined(separator: "\n")
    }
}
