import SalesCoachCore

/// Tab-completion candidates for a line at the prompt, from the commands'
/// definitions and the session's customer names. Pure, so it is tested
/// without a terminal.
struct ReplCompletion: Sendable {
    var customerNames: [String]
    /// The reps of the list, for `rep NAME`.
    var repNames: [String]
    var settingKeys: [String]
    /// Lists the entries of a directory for path completion (injected, so tests read no files).
    var listDirectory: @Sendable (String) -> [String]

    init(customerNames: [String], repNames: [String] = [], settingKeys: [String] = Config.knownKeys,
         listDirectory: @escaping @Sendable (String) -> [String] = { _ in [] }) {
        self.customerNames = customerNames
        self.repNames = repNames
        self.settingKeys = settingKeys
        self.listDirectory = listDirectory
    }

    /// Candidates to replace `word`, the text after the last space, given
    /// everything typed before it. Customer names may contain spaces, so for
    /// a name position the whole rest of the line is matched and only the part
    /// from `word` on is returned.
    func candidates(before: String, word: String) -> [String] {
        let words = before.split(separator: " ").map(String.init)
        guard let commandWord = words.first else { return commandNames(word) }
        guard let command = ReplCommands.named(commandWord) else { return [] }
        var arguments = Array(words.dropFirst())
        var kinds = command.entry.words
        // `planned add NAME`: after a subcommand's name, its own words follow.
        let subcommand = command.subcommand(named: arguments.first)
        if command.hasSubcommands {
            guard !arguments.isEmpty || word.hasPrefix("-") else {
                return (command.subcommandNames + options(of: command, nil, word)).filter { $0.hasPrefix(word.lowercased()) }
            }
            if let subcommand {
                arguments.removeFirst()
                kinds = command.entry.subcommandWords[subcommand] ?? []
            }
        }
        let syntax = ReplSyntax(of: command, subcommand: subcommand)
        // The value of a typed option (`--format `, `--sort `, `--week `).
        if let last = arguments.last, let option = syntax.option(named: last), option.valueName != nil {
            if let extensions = option.fileExtensions { return paths(word, endings: extensions) }
            let values = option.values.isEmpty && ["week", "from"].contains(option.valueName) && command.name != ActualCommand.name
                ? WeekArgument.suggestions : option.values
            return values.filter { $0.lowercased().hasPrefix(word.lowercased()) }
        }
        if word.hasPrefix("-") { return options(of: command, subcommand, word) }
        // Words typed as options and their values are not positional words.
        var positional: [String] = []
        var skipsValue = false
        for argument in arguments {
            if skipsValue {
                skipsValue = false
            } else if let option = syntax.option(named: argument) {
                skipsValue = option.valueName != nil
            } else {
                positional.append(argument)
            }
        }
        guard !kinds.isEmpty else { return [] }
        switch kinds[min(positional.count, kinds.count - 1)] {
        case .command:
            return commandNames(word)
        case .segment:
            return (SegmentFilter.allValueStrings + syntax.longNames.filter { $0 != "--help" })
                .filter { $0.lowercased().hasPrefix(word.lowercased()) }
        case .field:
            return CustomerField.all.map { $0.canonicalName + "=" }.filter { $0.hasPrefix(word.lowercased()) }
        case .setting:
            return settingKeys.map { $0 + "=" }.filter { $0.hasPrefix(word.lowercased()) }
        case .path:
            return paths(word, endings: syntax.positionalFileExtensions ?? [])
        case .customer:
            let typed = (positional + [word]).joined(separator: " ")
            return names(matching: typed, word: word)
        case .rep:
            let typed = (positional + [word]).joined(separator: " ")
            return names(matching: typed, word: word, in: repNames + ["all"])
        case .none:
            return []
        }
    }

    private func commandNames(_ word: String) -> [String] {
        ReplCommands.allNames.filter { $0.hasPrefix(word.lowercased()) }.sorted()
    }

    /// The long options of a command (or its subcommand) that start with `word`.
    private func options(of command: any ReplCommand.Type, _ subcommand: String?, _ word: String) -> [String] {
        guard word.hasPrefix("-") else { return [] }
        return ReplSyntax(of: command, subcommand: subcommand).longNames.filter { $0.hasPrefix(word) }.sorted()
    }

    /// Names whose normalised form starts with what was typed; the returned
    /// text is the part that replaces the current word.
    func names(matching typed: String, word: String, in candidates: [String]? = nil) -> [String] {
        let key = NameKey.normalize(typed)
        let earlier = typed.count - word.count
        var result: [String] = []
        for name in candidates ?? customerNames where NameKey.normalize(name).hasPrefix(key) {
            guard name.count >= earlier else { continue }
            result.append(String(name.dropFirst(earlier)))
        }
        return result.sorted()
    }

    /// The entries of the folder `word` is in that start as its last part
    /// does: folders (listed with a trailing `/`), and files with one of
    /// `endings` (any file when there are none), whatever their case.
    private func paths(_ word: String, endings: [String]) -> [String] {
        let slash = word.lastIndex(of: "/")
        let directory = slash.map { String(word[...$0]) } ?? ""
        let stem = slash.map { String(word[word.index(after: $0)...]) } ?? word
        let suffixes = endings.map { "." + $0.lowercased() }
        return listDirectory(directory.isEmpty ? "." : directory)
            .filter { $0.hasPrefix(stem) && (!$0.hasPrefix(".") || stem.hasPrefix(".")) }
            .filter { entry in
                suffixes.isEmpty || entry.hasSuffix("/") || suffixes.contains { entry.lowercased().hasSuffix($0) }
            }
            .map { directory + $0 }
            .sorted()
    }
}
