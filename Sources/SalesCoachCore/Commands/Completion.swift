/// Tab-completion candidates for a REPL line, from the command catalogue and
/// the session's customer names. Pure, so it is tested without a terminal.
public struct Completion: Sendable {
    public var customerNames: [String]
    /// The reps of the list, for `rep NAME`.
    public var repNames: [String]
    public var settingKeys: [String]
    /// Lists the entries of a directory for path completion (injected: the core reads no files).
    public var listDirectory: @Sendable (String) -> [String]

    public init(customerNames: [String], repNames: [String] = [], settingKeys: [String] = Config.knownKeys,
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
    public func candidates(before: String, word: String) -> [String] {
        let words = before.split(separator: " ").map(String.init)
        guard let commandWord = words.first else {
            return CommandCatalog.allNames.filter { $0.hasPrefix(word.lowercased()) }.sorted()
        }
        guard let command = CommandCatalog.command(named: commandWord) else { return [] }
        let position = words.count - 1
        let arguments = command.arguments
        guard !arguments.isEmpty else { return [] }
        var kind = arguments[min(position, arguments.count - 1)]
        // `planned add NAME`: after a subcommand word, names follow.
        if case .subcommand = arguments[0], position >= 1, arguments.count > 1 { kind = arguments[1] }
        switch kind {
        case .command:
            return CommandCatalog.allNames.filter { $0.hasPrefix(word.lowercased()) }.sorted()
        case .segment:
            return ["A", "B", "C", "D", "unclassified", "--sort"].filter { $0.lowercased().hasPrefix(word.lowercased()) }
        case .field:
            return CustomerField.all.map { $0.canonicalName + "=" }.filter { $0.hasPrefix(word.lowercased()) }
        case .setting:
            return settingKeys.map { $0 + "=" }.filter { $0.hasPrefix(word.lowercased()) }
        case .subcommand(let names):
            return names.filter { $0.hasPrefix(word.lowercased()) }
        case .path:
            return paths(word)
        case .customer:
            let nameStart = isSubcommandLine(command) ? 2 : 1
            let typed = (words.dropFirst(nameStart) + [word]).joined(separator: " ")
            return names(matching: typed, word: word)
        case .rep:
            let typed = (words.dropFirst() + [word]).joined(separator: " ")
            return names(matching: typed, word: word, in: repNames + ["all"])
        case .none:
            return []
        }
    }

    private func isSubcommandLine(_ command: CommandInfo) -> Bool {
        if case .subcommand = command.arguments.first { return true }
        return false
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

    private func paths(_ word: String) -> [String] {
        let slash = word.lastIndex(of: "/")
        let directory = slash.map { String(word[...$0]) } ?? ""
        let stem = slash.map { String(word[word.index(after: $0)...]) } ?? word
        return listDirectory(directory.isEmpty ? "." : directory)
            .filter { $0.hasPrefix(stem) && (!$0.hasPrefix(".") || stem.hasPrefix(".")) }
            .map { directory + $0 }
            .sorted()
    }
}
