import ArgumentParser
import Foundation
import SalesCoachCore

/// The man page, in English or Japanese, made from the command definitions
/// (their options, value names and help) and `ProgramInfo`'s tables.
///
/// argument-parser's own `generate-manual` drops every non-ASCII character,
/// which leaves nothing of a Japanese page; this writes the roff itself.
/// `salescoach manual --lang ja` prints it, `make man` writes `man/`, and a
/// test fails when the committed pages differ from what this makes.
struct ManualPage {
    let language: Language

    /// The page as roff source, UTF-8.
    var roff: String {
        let root = ManualPage.commands()
        let en = language == .en
        var lines = [
            #".\" -*- coding: UTF-8 -*-"#,
            #".\" Made by 'make man' (salescoach manual) from the command definitions; edit those, not this."#,
            ".TH SALESCOACH 1 \"\" \"salescoach \(ProgramInfo.version)\" \"\(en ? "User Commands" : "ユーザーコマンド")\"",
            // No hyphens inside paths and option names; Japanese is set ragged, not stretched at its few spaces.
            en ? ".nh" : ".nh\n.ad l",
            ".SH \(en ? "NAME" : "名前")",
            "salescoach \\- " + escape(en ? "decide which existing customers deserve your time" : "どの既存顧客に時間を使うべきかを決める"),
            ".SH \(en ? "SYNOPSIS" : "書式")",
        ]
        let shown = ManualPage.shown(root)
        for (index, command) in shown.enumerated() {
            if index > 0 { lines.append(".br") }
            lines.append(".B " + (command.commandName == "session" ? "salescoach" : "salescoach " + command.commandName))
            lines.append(synopsis(of: command))
        }
        lines += [".SH \(en ? "DESCRIPTION" : "説明")", escape(en ? ManualPage.descriptionEnglish : ManualPage.descriptionJapanese)]
        lines.append(".SH \(en ? "OPTIONS" : "オプション")")
        lines.append(escape(en ? "The session's options:" : "セッションのオプション："))
        lines += options(of: ManualPage.session(root))
        lines.append(".SH \(en ? "COMMANDS" : "コマンド")")
        for command in shown where command.commandName != "session" {
            lines.append(".TP")
            lines.append(".B salescoach " + command.commandName)
            lines.append(escape(text(command.commandName, english: command.abstract ?? "")))
        }
        lines += [".PP", escape(en ? "Each command lists its own options with --help." : "各コマンドのオプションは --help で表示します。")]
        lines.append(".SH \(en ? "ENVIRONMENT" : "環境変数")")
        for row in ProgramInfo.environment { lines += [".TP", ".B " + escape(row.name), escape(row.meaning(in: language))] }
        lines.append(".SH \(en ? "EXIT STATUS" : "終了ステータス")")
        for row in ProgramInfo.exitCodes { lines += [".TP", ".B " + row.name, escape(row.meaning(in: language))] }
        lines += [".SH \(en ? "SEE ALSO" : "関連項目")", escape(en ? "The README, and 'help' in a session." : "README、およびセッション内の 'help'。")]
        return lines.joined(separator: "\n") + "\n"
    }

    /// `[options] [file]`: the command's arguments as its usage line has them.
    private func synopsis(of command: Command) -> String {
        var parts = ["[\\fI\(language == .en ? "options" : "オプション")\\fR]"]
        for argument in command.arguments ?? [] where argument.kind == "positional" && (argument.shouldDisplay ?? true) {
            let name = "\\fI" + escape(argument.valueName ?? "value") + "\\fR" + (argument.isRepeating == true ? (language == .en ? ".\\|.\\|." : "…") : "")
            parts.append(argument.isOptional == true ? "[\(name)]" : name)
        }
        return parts.joined(separator: " ")
    }

    /// Each option shown in `--help`, with its value and its meaning.
    private func options(of command: Command) -> [String] {
        var lines: [String] = []
        for argument in command.arguments ?? [] where argument.kind != "positional" && (argument.shouldDisplay ?? true) {
            let names = (argument.names ?? []).sorted { $0.kind == "short" && $1.kind != "short" }.map {
                ($0.kind == "short" ? "\\-" : "\\-\\-") + escape($0.name)
            }
            guard let long = argument.names?.first(where: { $0.kind != "short" }) else { continue }
            var head = ".TP\n\\fB" + names.joined(separator: "\\fR, \\fB") + "\\fR"
            if argument.kind == "option" {
                let values = argument.allValues.map { $0.joined(separator: "|") } ?? argument.valueName ?? "value"
                head += " \\fI" + escape(values) + "\\fR"
            }
            lines.append(head)
            lines.append(escape(text("--" + long.name, english: argument.abstract ?? "")))
        }
        return lines
    }

    /// The English text from the definitions, or its Japanese translation.
    private func text(_ key: String, english: String) -> String {
        language == .en ? english : ManualPage.japanese[key] ?? english
    }

    /// Text made safe for roff: backslashes, and a leading dot or quote that
    /// would start a request. Japanese gets a break point (`\:`) after each
    /// character, since troff breaks lines only at spaces, and Japanese has none.
    /// In English `…` is written as three dots (`.\|.\|.`), which every output
    /// device has: under a C or POSIX locale troff has no glyph for U+2026 and drops it.
    private func escape(_ text: String) -> String {
        var result = text.replacingOccurrences(of: "\\", with: "\\e").replacingOccurrences(of: "-", with: "\\-")
        if language == .en { result = result.replacingOccurrences(of: "…", with: ".\\|.\\|.") }
        if result.hasPrefix(".") || result.hasPrefix("'") { result = "\\&" + result }
        result = result.replacingOccurrences(of: "\n.", with: "\n\\&.")
        guard language == .ja else { return result }
        var broken = ""
        let characters = Array(result)
        for (index, character) in characters.enumerated() {
            broken.append(character)
            // Never before closing punctuation nor after an opening bracket, as Japanese typesetting has it.
            let next = index + 1 < characters.count ? characters[index + 1] : " "
            if ManualPage.isWide(character), !"（「『".contains(character), !"、。，．）」』：；！？ー".contains(next), next != " " {
                broken += "\\:"
            }
        }
        return broken
    }

    /// Japanese and other wide characters, after which a line may break.
    private static func isWide(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        switch scalar.value {
        case 0x3000...0x30FF, 0x3400...0x9FFF, 0xF900...0xFAFF, 0xFF00...0xFFEF: return true
        default: return false
        }
    }

    /// The keys (`--file`, `classify`) shown on the page that have no Japanese text.
    static func untranslated() -> [String] {
        let root = commands()
        var keys = shown(root).map(\.commandName).filter { $0 != "session" }
        for argument in session(root).arguments ?? [] where argument.kind != "positional" && (argument.shouldDisplay ?? true) {
            if let long = argument.names?.first(where: { $0.kind != "short" }) { keys.append("--" + long.name) }
        }
        return keys.filter { japanese[$0] == nil }
    }

    /// The session, whose options are the page's OPTIONS.
    static func session(_ root: Command) -> Command {
        guard let session = root.subcommands?.first(where: { $0.commandName == "session" }) else {
            preconditionFailure("the root command has a session subcommand")
        }
        return session
    }

    /// The commands the page describes: those `--help` lists, without argument-parser's `help`.
    static func shown(_ root: Command) -> [Command] {
        (root.subcommands ?? []).filter { ($0.shouldDisplay ?? true) && $0.commandName != "help" }
    }

    static let descriptionEnglish = """
        SalesCoach rates each existing customer on two axes, the company's own attractiveness \
        (objective evaluation) and the business it does with us (transaction record), sorts the book into \
        four segments (A key accounts, B the main target, C comfortable but small, D little time), builds \
        a weekly visit plan that puts the time where the upside is, warns when a plan drifts toward \
        comfortable accounts, and answers questions in English and Japanese. Run without a command for \
        the coaching session; type 'help' there.
        """

    static let descriptionJapanese = """
        SalesCoach は既存顧客を2つの軸、会社そのものの魅力（客観的評価）と当社との取引（取り引き実績）で評価し、\
        顧客リストを4つの領域（A：重要顧客、B：主な狙い、C：居心地はよいが小さい、D：時間をかけない）に分け、\
        伸びしろのあるところに時間を使う週の訪問計画を立て、計画が居心地のよい顧客に偏ると警告し、\
        日本語と英語の質問に答えます。コマンドを付けずに起動するとコーチングのセッションになります。\
        そこで 'help' と入力してください。
        """

    /// The Japanese for each option and command the page shows; a test keeps it complete.
    static let japanese: [String: String] = [
        "classify": "顧客のCSVかExcelブックを分類し、顧客ごとの領域と点数を表示する。",
        "check": "訪問計画を担当者ごとに方針と照らし合わせ、Cへの偏りを警告する。",
        "team": "担当者ごとに1行：その顧客リストの領域、計画の割合と警告、週ごとのC。",
        "sql": "'classify' とまったく同じ分類をするSQLクエリを1つ出力する。",
        "--file": "セッション開始前に読み込む顧客のCSVかExcelブック（.xlsx）（ワークスペースに統合する）。- は標準入力。",
        "--demo": "同梱のデモ顧客リストで使い捨てのセッションを開く。",
        "--workspace": "ワークスペースのファイル（既定：$XDG_DATA_HOME/salescoach/workspace.sqlite）。",
        "--ephemeral": "すべてメモリ上に置き、何も保存しない。",
        "--config": "ワークスペースに適用するTOMLの設定ファイル（新しいワークスペースの既定：$XDG_CONFIG_HOME/salescoach/config.toml）。",
        "--encoding": "--file の文字コード。auto は UTF-8・UTF-16・Shift_JIS を見分ける。",
        "--lang": "表示とメッセージの言語（既定：LC_ALL・LC_MESSAGES・LANG から）。",
        "--date-format": "年が最後に来る日付の読み方：mdy（12/27/2017）、dmy（27/12/2017）、ymd（年が先のものだけ）。"
            + "指定がなければファイルの日付で決め、どちらにも読めるファイルは受け付けない。",
        "--skip-bad-rows": "読める行だけを取り込み、読めない行は理由を付けてファイルの隣の FILE.rejected.csv に書き出す。",
        "--rep": "この担当者の顧客だけを1つの顧客リストとして順位付けする（'all' で全員）。ワークスペースに保存される。",
        "--database": "ファイルの代わりに顧客を読む PostgreSQL サーバー（URL か libpq の key=value。PG* 変数と ~/.pgpass が使われる）。",
        "--table": "--database のとき：顧客のテーブル（schema.table）。",
        "--sheet": "Excel ブック（.xlsx）で読むシート（既定：最初のシート）。",
        "--no-pager": "長い出力（list、help、visits、moves、history、summary、matrix）を $PAGER に通さない。",
        "--version": "バージョンを表示する。",
        "--help": "ヘルプを表示する。",
    ]

    // MARK: The command definitions

    /// The root command and its subcommands as argument-parser describes
    /// them (`_dumpHelp`, the data behind `--experimental-dump-help`).
    static func commands() -> Command {
        let data = Data(SalesCoachCommand._dumpHelp().utf8)
        guard let info = try? JSONDecoder().decode(ToolInfo.self, from: data) else {
            preconditionFailure("argument-parser's description of the commands did not decode")
        }
        return info.command
    }

    struct ToolInfo: Decodable {
        let command: Command
    }

    /// The parts of argument-parser's `CommandInfoV0` the page uses.
    struct Command: Decodable {
        let commandName: String
        let abstract: String?
        let shouldDisplay: Bool?
        let subcommands: [Command]?
        let arguments: [Argument]?
    }

    /// The parts of argument-parser's `ArgumentInfoV0` the page uses.
    struct Argument: Decodable {
        struct Name: Decodable {
            let kind: String
            let name: String
        }

        let kind: String
        let names: [Name]?
        let valueName: String?
        let abstract: String?
        let isOptional: Bool?
        let isRepeating: Bool?
        let shouldDisplay: Bool?
        let allValues: [String]?
    }
}
