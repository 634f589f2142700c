import Foundation
import SalesCoachCore
import SalesCoachKnowledgeFiles
import SalesCoachTerminal

extension Session {
    /// `load FILE [--replace] [--merge-duplicates] [--encoding E]`: imports a
    /// CSV, or merges it into the list; all or nothing, in one transaction.
    func load(_ arguments: [String]) throws {
        var path: String?
        var replace = false
        var merge = false
        var encoding = "auto"
        var index = 0
        while index < arguments.count {
            switch arguments[index] {
            case "--replace": replace = true
            case "--merge-duplicates": merge = true
            case "--encoding":
                guard index + 1 < arguments.count else { throw Failure("--encoding needs a name: auto, utf-8, shift_jis or utf-16") }
                encoding = arguments[index + 1]
                index += 1
            case let word where word.hasPrefix("--"):
                throw Failure("load: unknown option '\(word)'; expected --replace, --merge-duplicates or --encoding")
            case let word:
                guard path == nil else { throw Failure("load takes one file; quote a path with spaces: load \"my customers.csv\"") }
                path = word
            }
            index += 1
        }
        guard let path else { throw Failure("load needs a CSV file, e.g. \(CommandCatalog.command(named: "load")?.example ?? "load FILE")") }
        try interruptible {
            let result = try CommandFiles.importCustomers(path, encoding: encoding, config: config, mergeDuplicates: merge, perRep: false)
            return result
        } then: { result in
            try store(result, source: path, replace: replace)
        }
    }

    /// Runs a long load so that Ctrl-C stops it: pressed while the file is
    /// read, nothing is written; pressed while it is written, a watcher thread
    /// interrupts the database and the transaction rolls back. Either way the
    /// prompt comes back with the list as it was.
    private func interruptible<T>(_ read: () throws -> T, then write: (T) throws -> Void) throws {
        let watcher = InterruptWatcher(workspace: workspace)
        watcher.start()
        defer { watcher.stop() }
        let stopped = Failure(language == .en ? "load stopped by Ctrl-C; nothing was changed" : "Ctrl-C で読み込みを中止しました。何も変更していません。")
        let value = try read()
        if watcher.fired { throw stopped }
        do {
            try write(value)
        } catch {
            guard watcher.fired else { throw error }
            try? reload()
            throw stopped
        }
    }

    /// The demo book bundled with the program, for `--demo`.
    func loadDemoBook() throws {
        let result: ImportResult
        do {
            result = try CustomerImporter.importCustomers(from: Array(KnowledgeFiles.demoBook.utf8), source: "demo-customers.csv")
        } catch {
            throw Failure("the bundled demo book does not load: \(error.description)")
        }
        try workspace.replaceBook(try Book(result.customers), source: "demo-customers.csv")
        try reload()
    }

    private func store(_ result: ImportResult, source: String, replace: Bool) throws {
        for warning in result.warnings { console.warning(warning.description) }
        for merged in result.merges { console.say("  " + merged.description, style: Palette.muted) }
        if !result.ignoredColumns.isEmpty {
            let names = result.ignoredColumns.map(\.header).joined(separator: ", ")
            console.say(language == .en ? "  ignored columns: \(names)" : "  使わない列：\(names)", style: Palette.muted)
        }
        if replace || book.isEmpty {
            let incoming: Book
            do { incoming = try Book(result.customers) } catch { throw Failure(bookMessage(error)) }
            try workspace.replaceBook(incoming, source: source)
            try reload()
            console.say(
                language == .en
                    ? "Loaded \(incoming.count) customers from \(source) (\(result.encoding))."
                    : "\(source) から \(incoming.count)社を読み込みました（\(result.encoding)）。")
        } else {
            let merge: BookMerge
            do { merge = try BookMerge(merging: result.customers, into: book) } catch { throw Failure(bookMessage(error)) }
            try workspace.replaceBook(merge.book, source: source)
            try reload()
            console.say(
                language == .en
                    ? "Merged \(source): \(merge.added.count) added, \(merge.updated.count) updated, \(merge.unchanged.count) unchanged (skipped)."
                    : "\(source) を取り込みました：追加 \(merge.added.count)社、更新 \(merge.updated.count)社、変更なし \(merge.unchanged.count)社。")
        }
        let summary = SegmentSummary(classifications)
        let counts = summary.rows.map { "\($0.segment.rawValue) \($0.count)" }.joined(separator: " · ")
        let unclassified =
            summary.unclassified > 0 ? (language == .en ? " · unclassified \(summary.unclassified)" : " · 未分類 \(summary.unclassified)") : ""
        console.say("  " + counts + unclassified, style: Palette.muted)
    }

    /// Applies a config file's settings to the workspace (`--config`).
    func applyConfigFile(_ path: String) throws {
        try saveSettings(try CommandFiles.readConfig(path))
    }

    /// `export FILE [--format csv|json] [--force]`: the list with segments and scores.
    func export(_ arguments: [String]) throws {
        var path: String?
        var format: String?
        let force = arguments.contains("--force")
        var index = 0
        let arguments = arguments.filter { $0 != "--force" }
        while index < arguments.count {
            if arguments[index] == "--format" {
                guard index + 1 < arguments.count else { throw Failure("--format needs csv or json") }
                format = arguments[index + 1].lowercased()
                index += 2
                continue
            }
            guard path == nil else { throw Failure("export takes one file; quote a path with spaces") }
            path = arguments[index]
            index += 1
        }
        guard let path else { throw Failure("export needs a file name, e.g. export book.csv") }
        let chosen = format ?? (path.lowercased().hasSuffix(".json") ? "json" : "csv")
        let text: String
        switch chosen {
        case "csv": text = ClassificationExport.bookCSV(classifications)
        case "json":
            text = ClassificationExport.json(classifications.map { ClassificationExport.Row(rep: nil, classification: $0) }, perRep: false)
        default: throw Failure("export --format: expected csv or json, found '\(chosen)'")
        }
        try FileOutput.writeAtomically(text, to: path, force: force)
        console.say(language == .en ? "Wrote \(classifications.count) customers to \(path)." : "\(path) に\(classifications.count)社を書き出しました。")
    }

    /// `add NAME key=value…`
    func add(_ arguments: [String]) throws {
        let (name, assignments) = try splitNameAndAssignments(arguments, command: "add")
        guard book.customer(named: name) == nil else {
            throw Failure("'\(name)' is already in the list; change it with: set \(quoted(name)) key=value")
        }
        var customer = Customer(name: name)
        try apply(assignments, to: &customer)
        var check = book
        do { try check.add(customer) } catch { throw Failure(bookMessage(error)) }
        try workspace.upsert(customer)
        try reload()
        let segment = classification(of: name)?.segment?.rawValue
        console.say(
            language == .en
                ? "Added \(name)" + (segment.map { " (\($0))." } ?? ". Not classified yet: give it an objective and a record value.")
                : "\(name)を追加しました" + (segment.map { "（\($0)）。" } ?? "。客観的評価と取り引き実績の値を入れると分類されます。"))
    }

    /// `set NAME key=value…`; `key=` clears the value.
    func set(_ arguments: [String]) throws {
        let (typed, assignments) = try splitNameAndAssignments(arguments, command: "set")
        guard !assignments.isEmpty else { throw Failure("set needs key=value after the name, e.g. set \(quoted(typed)) sales=12M") }
        var customer = try requireCustomer(typed)
        let before = classification(of: customer.name)?.segment
        try apply(assignments, to: &customer)
        try workspace.upsert(customer)
        try reload()
        let after = classification(of: customer.name)?.segment
        var message = language == .en ? "Updated \(customer.name)." : "\(customer.name)を更新しました。"
        if before != after {
            let from = before?.rawValue ?? "–"
            let to = after?.rawValue ?? "–"
            message += language == .en ? " Segment \(from) → \(to)." : "領域 \(from) → \(to)。"
        }
        console.say(message)
    }

    /// The name is every word before the first `key=value`.
    private func splitNameAndAssignments(_ arguments: [String], command: String) throws -> (String, [(String, String)]) {
        let firstAssignment = arguments.firstIndex { $0.contains("=") } ?? arguments.count
        let name = arguments[..<firstAssignment].joined(separator: " ").trimmingWhitespace
        guard !name.isEmpty else {
            throw Failure("\(command) needs a customer name first, e.g. \(CommandCatalog.command(named: command)?.example ?? command)")
        }
        return (name, try parseAssignments(Array(arguments[firstAssignment...])))
    }

    private func apply(_ assignments: [(String, String)], to customer: inout Customer) throws {
        for (key, value) in assignments {
            guard let field = HeaderAliases.field(for: key, extra: config.columns) else {
                let names = CustomerField.all.map(\.canonicalName)
                let guess = Suggestions.closest(to: key, in: names, limit: 1).first.map { " (did you mean '\($0)'?)" } ?? ""
                throw Failure("unknown field '\(key)'\(guess); expected one of \(names.joined(separator: ", "))")
            }
            let text = value.trimmingWhitespace
            switch field {
            case .name:
                throw Failure("to change a name use: rename \(quoted(customer.name)) \(quoted(text))")
            case .metric(let metric):
                do {
                    customer[metric] = try NumberParser.parse(text)
                } catch {
                    throw Failure(
                        "\(customer.name), \(metric.rawValue): expected a number such as 12000000, 12,000,000 or 1200万 (\(error.description)), found '\(text)'; nothing was changed")
                }
            case .lastVisit:
                do {
                    customer.lastVisit = try DateParser.parse(text, notAfter: today)
                } catch {
                    throw Failure(
                        "\(customer.name), last_visit: expected a date YYYY-MM-DD (\(error.description)), found '\(text)'; nothing was changed")
                }
            case .rep: customer.rep = text.isEmpty ? nil : text
            case .notes: customer.notes = text.isEmpty ? nil : text
            }
        }
    }

    func quoted(_ name: String) -> String { name.contains(" ") ? "\"\(name)\"" : name }

    func bookMessage(_ error: BookError) -> String {
        switch error {
        case .emptyName: "a customer needs a name"
        case .duplicate(let name, let existing): "'\(name)' is the same name as '\(existing)' (names ignore case and width)"
        case .notFound(let name): "no customer named '\(name)'"
        }
    }
}
