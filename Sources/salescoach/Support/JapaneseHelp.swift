import SalesCoachCore
import SalesCoachTerminal

/// `salescoach --help` in a Japanese run (`--lang ja`, or a Japanese locale):
/// argument-parser writes its help in English only, so the page is made here
/// from the same definitions and translations as the Japanese man page: the
/// session's options, the commands, the environment and the exit codes.
enum JapaneseHelp {
    /// The page `arguments` ask for: "" for the root's (and the session's),
    /// a command's name for its own, nil when they ask for no help.
    static func page(asked arguments: [String], commands: [String]) -> String? {
        var words = Array(arguments.prefix { $0 != "--" }).filter { !$0.hasPrefix("--lang=") }
        if let at = words.firstIndex(of: "--lang") { words.removeSubrange(at..<min(at + 2, words.count)) }
        let named = words.first { commands.contains($0) && $0 != "session" }
        if words.first == "help" {
            // `help`, `help session`, `help classify`.
            let rest = Array(words.dropFirst())
            if rest.isEmpty || rest == ["session"] { return "" }
            return rest.count == 1 ? named : nil
        }
        guard words.contains(where: { $0 == "--help" || $0 == "-h" }) else { return nil }
        return named ?? ""
    }

    /// The root's page (the session's options, the commands, the
    /// environment and the exit codes), or `command`'s, wrapped to `width` columns.
    static func text(command: String = "", width: Int = 78) -> String {
        guard command.isEmpty else { return commandText(command, width: width) }
        let root = ManualPage.commands()
        let commands = ManualPage.shown(root).filter { $0.commandName != "session" }
        var lines = [
            "概要: どの既存顧客に時間を使うべきかを決める（分類・計画・チェック・質問）。", "",
        ]
        lines += MessageLayout.wrap(ManualPage.descriptionJapanese, width: width)
        lines += ["", "書式: salescoach [オプション]"]
        lines += commands.map { "      salescoach \($0.commandName) [オプション]" }
        lines += ["", "セッションのオプション:"]
        let rows = optionRows((ManualPage.session(root).arguments ?? []).filter { $0.shouldDisplay ?? true })
        lines += table(rows, width: width)
        lines += ["", "コマンド:"]
        lines += table(commands.map { ($0.commandName, ManualPage.japanese[$0.commandName] ?? $0.abstract ?? "") }, width: width)
        lines += ["", "環境変数:"]
        lines += table(ProgramInfo.environment.map { ($0.name, $0.ja) }, width: width)
        lines += ["", "終了ステータス:"]
        lines += table(ProgramInfo.exitCodes.map { ($0.name, $0.ja) }, width: width)
        lines.append("")
        lines += MessageLayout.wrap("各コマンドのオプションは salescoach コマンド --help で、詳しくは man -L ja salescoach で表示します。", width: width)
        return lines.joined(separator: "\n") + "\n"
    }

    /// One command's page: what it does, its usage, its arguments and options.
    private static func commandText(_ name: String, width: Int) -> String {
        let root = ManualPage.commands()
        guard let command = root.subcommands?.first(where: { $0.commandName == name }) else { return text(width: width) }
        var lines = ["概要: " + (ManualPage.japanese[name] ?? command.abstract ?? ""), ""]
        if let discussion = CommandHelpJapanese.discussions[name] { lines += MessageLayout.wrap(discussion, width: width) + [""] }
        let shown = (command.arguments ?? []).filter { $0.shouldDisplay ?? true }
        let positionals = shown.filter { $0.kind == "positional" }
        let usage = positionals.map { argument in
            let value = "<\(argument.valueName ?? "value")>" + (argument.isRepeating == true ? " ..." : "")
            return argument.isOptional == true ? "[\(value)]" : value
        }
        lines.append((["書式: salescoach", name, "[オプション]"] + usage).joined(separator: " "))
        if !positionals.isEmpty {
            lines += ["", "引数:"]
            lines += table(positionals.map { ("<\($0.valueName ?? "value")>", japanese(of: $0)) }, width: width)
        }
        lines += ["", "オプション:"]
        let rows = optionRows(shown)
        lines += table(rows, width: width)
        return lines.joined(separator: "\n") + "\n"
    }

    /// Each option with its value and what it does, in Japanese.
    private static func optionRows(_ arguments: [ManualPage.Argument]) -> [(name: String, text: String)] {
        arguments.filter { $0.kind != "positional" }.map { argument in
            let names = (argument.names ?? []).sorted { $0.kind == "short" && $1.kind != "short" }
                .map { ($0.kind == "short" ? "-" : "--") + $0.name }.joined(separator: ", ")
            let value = argument.kind == "option"
                ? " <" + (argument.allValues.map { $0.joined(separator: "|") } ?? argument.valueName ?? "value") + ">" : ""
            return (names + value, japanese(of: argument))
        }
    }

    /// What an argument does, in Japanese: by its English text, else by its name
    /// as the man page has it, else (a text not yet translated) as it is.
    static func japanese(of argument: ManualPage.Argument) -> String {
        let english = argument.abstract ?? ""
        if let text = CommandHelpJapanese.texts[english] { return text }
        if let long = argument.names?.first(where: { $0.kind != "short" }), let text = ManualPage.japanese["--" + long.name] {
            return text
        }
        return english
    }

    /// Rows of a name and its meaning, the meaning wrapped beside the names
    /// with a hanging indent (on its own lines under a name too long for the column).
    private static func table(_ rows: [(name: String, text: String)], width: Int) -> [String] {
        let column = min(rows.map { DisplayWidth.width(of: $0.name) }.max() ?? 0, 26) + 4
        var lines: [String] = []
        for row in rows {
            let wrapped = MessageLayout.wrap(row.text, width: max(20, width - column))
            let indent = String(repeating: " ", count: column)
            let name = "  " + row.name
            var first = true
            if DisplayWidth.width(of: name) + 2 > column {
                lines.append(name)
                first = false
            }
            for part in wrapped {
                if first {
                    lines.append(name + String(repeating: " ", count: column - DisplayWidth.width(of: name)) + part)
                    first = false
                } else {
                    lines.append(indent + part)
                }
            }
        }
        return lines
    }
}
