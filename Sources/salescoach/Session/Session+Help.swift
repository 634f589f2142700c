import SalesCoachCore
import SalesCoachTerminal

extension Session {
    /// `help` lists commands by group; `help COMMAND` shows purpose, syntax,
    /// example and aliases, all from the command's definition.
    func help(_ word: String?) {
        let en = language == .en
        if let word {
            guard let command = ReplCommands.named(word) else {
                let guess = ReplCommands.suggestions(for: word).first
                fail(
                    en
                        ? "help: no command '\(word)'\(guess.map { " (did you mean '\($0)'?)" } ?? ""); 'help' lists them"
                        : "help：'\(word)' というコマンドはありません\(guess.map { "（'\($0)' のことですか？）" } ?? "")。'help' で一覧を表示します")
                return
            }
            console.say("\(command.name) — \(command.purpose(in: language))", style: Palette.heading)
            console.say((en ? "  usage:   " : "  書式：   ") + command.syntax)
            console.say((en ? "  example: " : "  例：     ") + command.entry.example)
            if !command.aliases.isEmpty {
                console.say((en ? "  also:    " : "  別名：   ") + command.aliases.joined(separator: ", "), style: Palette.muted)
            }
            return
        }
        for group in ReplEntry.Group.allCases {
            console.say(en ? group.rawValue : group.japanese, style: Palette.heading)
            for command in ReplCommands.all where command.entry.group == group {
                console.say("  " + DisplayWidth.pad(command.name, toWidth: 9) + command.purpose(in: language))
            }
        }
        console.say(
            en
                ? "Anything else you type is a question: \"who should I visit this week?\", \"why is 田中商事 in C?\". 'help COMMAND' for details."
                : "コマンド以外の入力は質問として答えます：「今週はどこを訪問すべき？」「田中商事はなぜC？」。詳しくは 'help コマンド名'。",
            style: Palette.muted)
    }

    /// `config`: every setting, its range and meaning; changed ones in bold.
    func showSettings() {
        let defaults = Dictionary(Config.standard.settings.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
        for (key, value) in config.settings {
            let changed = defaults[key] != value
            // The range and meaning come from the one settings table.
            let about = Setting.named(key).map { " \($0.range(in: language)): \($0.meaning(in: language))" } ?? ""
            console.say(
                "  \(DisplayWidth.pad(key, toWidth: 34)) \(DisplayWidth.pad(value, toWidth: 8))" + about,
                style: changed ? Palette.heading : .plain)
        }
        console.say(
            language == .en
                ? "Change with: config set KEY=VALUE (several at once for shares). Bold = changed from the default."
                : "変更：config set 項目=値（構成比は複数まとめて）。太字は初期値から変更したもの。",
            style: Palette.muted)
        warnAboutPolicy()
    }

    /// `config KEY`
    func showSetting(_ key: String) throws {
        if let setting = config.settings.first(where: { $0.key.lowercased() == key.lowercased() }) {
            console.say("\(setting.key) = \(setting.value)")
        } else {
            let suggestion = Config.suggest(key)
            throw Failure(ConfigError.unknownKey(key: key, suggestion: suggestion).text(in: language))
        }
    }

    /// `config set KEY=VALUE…`: all or nothing.
    func changeSettings(_ assignments: [(String, String)]) throws {
        guard !assignments.isEmpty else {
            throw Failure(
                language == .en
                    ? "config set needs KEY=VALUE, e.g. config set plan.capacity=12"
                    : "config set には 項目=値 が必要です（例：config set plan.capacity=12）")
        }
        var updated = config
        do {
            for (key, value) in assignments { try updated.set(key, to: value) }
            try updated.validate()
        } catch {
            throw Failure(
                language == .en
                    ? "config: \(error.text(in: language)); nothing was changed"
                    : "config：\(error.text(in: language))。何も変更していません")
        }
        try saveSettings(updated)
        for (key, _) in assignments {
            let value = config.settings.first { $0.key.lowercased() == key.lowercased() }?.value ?? ""
            console.say("\(key) = \(value)")
        }
        if assignments.contains(where: { $0.0.lowercased().hasPrefix("plan.") }) { warnAboutPolicy() }
    }

    /// `config reset`
    func resetSettings() throws {
        try saveSettings(Config.standard)
        console.say(language == .en ? "All settings are back to their defaults." : "すべての設定を初期値に戻しました。")
    }

    /// Says when the plan policy cannot hold for this book (A's cadence) or turns the method around.
    func warnAboutPolicy() {
        let load = FollowUpLoad(classifications: classifications)
        for warning in PolicyWarning.check(config.plan, customersA: load.perWeek, rep: load.busiestRep) {
            console.say((language == .en ? "note: " : "注：") + warning.text(in: language), style: Palette.warning)
        }
    }

    /// Stores the settings that differ from the defaults, in one transaction.
    func saveSettings(_ updated: Config) throws {
        let current = try workspace.settings()
        let wanted = updated.changedSettings
        var changes: [String: String?] = [:]
        for (key, value) in wanted where current[key] != value { changes[key] = .some(value) }
        for key in current.keys where wanted[key] == nil && key != Session.repScopeKey && key != Session.repRankingKey { changes[key] = .some(nil) }
        if !changes.isEmpty { _ = try workspace.updateSettings(changes) }
        try reload()
        // A new cut or weight moves customers without anything happening to
        // them; the history says which change did it.
        if !changes.isEmpty { recordHistory(source: "config") }
    }

    private func notAnAssignment(_ word: String) -> Failure {
        Failure(language == .en ? "expected KEY=VALUE, found '\(word)'" : "KEY=VALUE の形で指定してください（'\(word)' は使えません）")
    }

    /// `KEY=VALUE` words (an empty value clears), also `KEY = VALUE` typed with spaces.
    func parseAssignments(_ words: [String]) throws -> [(String, String)] {
        var result: [(String, String)] = []
        var index = 0
        while index < words.count {
            let word = words[index]
            if let equals = word.firstIndex(of: "=") {
                let key = String(word[..<equals])
                let value = String(word[word.index(after: equals)...])
                if key.isEmpty { throw notAnAssignment(word) }
                result.append((key, value))
            } else if index + 2 < words.count, words[index + 1] == "=" {
                result.append((word, words[index + 2]))
                index += 2
            } else {
                throw notAnAssignment(word)
            }
            index += 1
        }
        return result
    }
}
