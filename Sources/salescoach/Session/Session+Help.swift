import SalesCoachCore
import SalesCoachTerminal

extension Session {
    /// `help` lists commands by group; `help COMMAND` shows purpose, syntax,
    /// example and aliases, all from the command's definition.
    func help(_ word: String?) {
        if let word {
            guard let command = ReplCommands.named(word) else {
                let guess = ReplCommands.suggestions(for: word).first
                fail(SettingsError.noSuchCommand(typed: word, guess: guess))
                return
            }
            console.say("\(command.name) — \(command.purpose(in: language))", style: Palette.heading)
            console.say(HelpMessage.usage.text(in: language) + SyntaxWords.syntax(command.syntax, in: language))
            console.say(HelpMessage.example.text(in: language) + command.entry.example)
            if !command.aliases.isEmpty {
                console.say(HelpMessage.aliases.text(in: language) + command.aliases.joined(separator: ", "), style: Palette.muted)
            }
            return
        }
        for group in ReplEntry.Group.allCases {
            console.say(HelpMessage.group(group), style: Palette.heading)
            for command in ReplCommands.all where command.entry.group == group {
                console.say("  " + DisplayWidth.pad(command.name, toWidth: 9) + command.purpose(in: language))
            }
        }
        console.say(HelpMessage.questions, style: Palette.muted)
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
        console.say(HelpMessage.changeSettings, style: Palette.muted)
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
            throw Failure(SettingsError.setNeedsAssignment, in: language)
        }
        var updated = config
        do {
            for (key, value) in assignments { try updated.set(key, to: value) }
            try updated.validate()
        } catch {
            throw Failure(SettingsError.invalid(error), in: language)
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
        console.say(HelpMessage.settingsReset)
    }

    /// Says when the plan policy cannot hold for this book (A's cadence) or turns the method around.
    func warnAboutPolicy() {
        let load = FollowUpLoad(classifications: classifications)
        for warning in PolicyWarning.check(planPolicy, customersA: load.perWeek, rep: load.busiestRep) {
            console.say(HelpMessage.policyNote(warning), style: Palette.warning)
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
        Failure(SettingsError.notAnAssignment(word), in: language)
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
