import Foundation
import SalesCoachCore
import SalesCoachKnowledgeFiles
import SalesCoachTerminal
import SalesCoachWorkspace

extension Session {
    /// `load FILE [--replace] [--merge-duplicates] [--encoding E] [--as-of DAY] [--date-format F] [--skip-bad-rows] [--sheet NAME]`:
    /// imports a CSV or a sheet of a workbook, or merges it into the list; all
    /// or nothing (unless rows that do not read are set aside), in one transaction.
    func load(_ path: String, replace: Bool = false, mergeDuplicates merge: Bool = false, encoding: String = "auto",
              asOf typedDay: String? = nil, dateFormat: String? = nil, skipBadRows: Bool = false,
              outputEncoding: OutputEncoding? = nil, sheet: String? = nil) throws {
        let asOf = try typedDay.map(historyDate)
        // Ctrl-C while the file is read or written stops the load with nothing
        // saved; once the change is committed it is too late, and the load is
        // reported as done.
        interruptRequested.store(false, ordering: .relaxed)
        var file = try CustomerFileSettings(
            dateFormat: dateFormat, skipBadRows: skipBadRows, language: language, outputEncoding: outputEncoding)
        file.sheet = sheet
        let imported = try CommandFiles.importCustomers(
            path, encoding: encoding, config: config, mergeDuplicates: merge, perRep: false, language: language, file: file)
        if interruptRequested.exchange(false, ordering: .relaxed) { throw loadStopped }
        // An export stands for the whole book on its day: it replaces the list,
        // so customers it lacks are seen to have left.
        try store(imported, source: CommandFiles.displayName(path), replace: replace || asOf != nil, asOf: asOf)
    }

    /// The day given to `load --as-of`: not after today, and not before the
    /// history's last snapshot (the history is kept in order; an older export
    /// is loaded before the newer ones).
    private func historyDate(_ typed: String) throws -> LocalDate {
        let date: LocalDate
        do {
            date = try DaySpec.parse(typed, today: today)
        } catch DateSpecError.afterToday(_, let date, _) {
            throw Failure(language == .en
                ? "--as-of \(date) is after today (\(today)): a file stands for a day that has passed (nothing was loaded)"
                : "--as-of \(date) は今日（\(today)）より後です。過ぎた日付を指定してください（何も読み込んでいません）")
        } catch {
            throw failure(after: "--as-of", error)
        }
        // A history that holds only the automatic first snapshot gives way to the exports.
        if let last = try workspace.historyLastDate(), date < last, !(try workspace.forgetFirstSnapshotOnly()) {
            throw Failure(language == .en
                ? "--as-of \(date): the history already has a snapshot on \(last); load older exports first, oldest to newest (nothing was loaded)"
                : "--as-of \(date)：履歴にはすでに \(last) の記録があります。古いエクスポートから順に読み込んでください（何も読み込んでいません）")
        }
        return date
    }

    private var loadStopped: Failure {
        Failure(language == .en ? "load stopped by Ctrl-C; nothing was changed" : "Ctrl-C で読み込みを中止しました。何も変更していません。")
    }

    /// The demo book bundled with the program, for `--demo`.
    func loadDemoBook() throws {
        let result: ImportResult
        do {
            result = try CustomerImporter.importCustomers(from: Array(KnowledgeFiles.demoBook.utf8), source: "demo-customers.csv")
        } catch {
            throw Failure(
                language == .en
                    ? "the bundled demo book does not load: \(error.text(in: language))"
                    : "同梱のデモの顧客リストを読み込めません：\(error.text(in: language))")
        }
        try workspace.replaceBook(try Book(result.customers), source: "demo-customers.csv")
        try reload()
        recordHistory(source: "demo-customers.csv")
    }

    /// `--file FILE --rep NAME` at start-up. A team export may list one
    /// company under several reps (each rep's book holds their own deals with
    /// it); a session's list holds a company once, so then only that rep's
    /// rows are loaded, as `classify --per-rep` ranks them, and the session
    /// says so. A file without such repeats loads whole, as before.
    func loadForRep(_ path: String, rep typed: String, encoding: String, file: CustomerFileSettings = CustomerFileSettings()) throws {
        var imported = try CommandFiles.importCustomers(
            path, encoding: encoding, config: config, mergeDuplicates: false, perRep: true, language: language, file: file)
        var result = imported.result
        var names = Set<String>()
        let repeats = result.customers.contains { !names.insert(NameKey.normalize($0.name)).inserted }
        guard repeats else { return try store(imported, source: path, replace: false) }
        var seen = Set<String>()
        let reps = result.customers.compactMap(\.rep).filter { seen.insert(RepName.key($0)).inserted }
        let spelling: String
        switch RepName.match(typed, in: reps) {
        case .found(let found): spelling = found
        case .unknown(let suggestions):
            let hint = suggestions.isEmpty ? "" : (language == .en ? " (did you mean \(suggestions.prefix(3).joined(separator: ", "))?)" : "（もしかして：\(suggestions.prefix(3).joined(separator: "、"))）")
            throw Failure(language == .en
                ? "no rep '\(typed)' in \(path)\(hint); its reps are \(reps.prefix(8).joined(separator: ", "))\(reps.count > 8 ? " and \(reps.count - 8) more" : "")"
                : "\(path) に担当者「\(typed)」はいません\(hint)。担当者：\(reps.prefix(8).joined(separator: "、"))\(reps.count > 8 ? " ほか\(reps.count - 8)人" : "")")
        }
        let key = RepName.key(spelling)
        let keep = result.customers.indices.filter { result.customers[$0].rep.map(RepName.key) == key }
        result.customers = keep.map { result.customers[$0] }
        result.lines = keep.map { result.lines[$0] }
        console.say(
            language == .en
                ? "\(path) lists some companies under several reps, so only \(spelling)'s \(keep.count) rows were loaded."
                : "\(path) には複数の担当者に同じ会社が載っているため、\(spelling)さんの \(keep.count) 行だけを読み込みました。",
            style: Palette.muted)
        imported.result = result
        try store(imported, source: path, replace: false)
    }

    /// A book pulled from a server, checked by the importer like any file.
    func loadPulledBook(_ bytes: [UInt8], source: String) throws {
        let result: ImportResult
        do {
            result = try CustomerImporter.importCustomers(from: bytes, source: source)
        } catch {
            throw Failure(error, in: language)
        }
        for warning in result.warnings { console.warning(warning.text(in: language)) }
        let incoming: Book
        do { incoming = try Book(result.customers) } catch { throw Failure(bookMessage(error)) }
        try workspace.replaceBook(incoming, source: source)
        try reload()
        recordHistory(source: source)
    }

    private func store(_ imported: CommandFiles.ImportedFile, source: String, replace: Bool, asOf: LocalDate? = nil) throws {
        let result = imported.result
        for warning in result.warnings { console.warning(warning.text(in: language)) }
        // How the file was read and what the classification lacks: part of the summary, in the session's language.
        for note in imported.lines(summary: true) { console.say("  " + note, style: Palette.muted) }
        for merged in result.merges { console.say("  " + merged.text(in: language), style: Palette.muted) }
        if !result.ignoredColumns.isEmpty {
            let names = result.ignoredColumns.map(\.header).joined(separator: ", ")
            console.say(language == .en ? "  ignored columns: \(names)" : "  使わない列：\(names)", style: Palette.muted)
        }
        let stop = { interruptRequested.load(ordering: .relaxed) }
        do {
            if replace {
                let incoming: Book
                do { incoming = try Book(result.customers) } catch { throw Failure(bookMessage(error)) }
                try workspace.replaceBook(incoming, source: source, isCancelled: stop)
                interruptRequested.store(false, ordering: .relaxed)
                try reload()
                recordHistory(source: source, on: asOf)
                console.say(loadedMessage(incoming.count, source: source, readAs: imported.readAs(in: language)))
            } else {
                // Merged into the list as it is when the change is written, so
                // what another session saved meanwhile is kept.
                let merge = try workspace.merge(result.customers, source: source, isCancelled: stop)
                interruptRequested.store(false, ordering: .relaxed)
                try reload()
                recordHistory(source: source, on: asOf)
                if merge.updated.isEmpty, merge.unchanged.isEmpty, merge.added.count == merge.book.count {
                    console.say(loadedMessage(merge.added.count, source: source, readAs: imported.readAs(in: language)))
                } else {
                    console.say(
                        language == .en
                            ? "Merged \(source): \(merge.added.count) added, \(merge.updated.count) updated, \(merge.unchanged.count) unchanged (skipped)."
                            : "\(source) を取り込みました：追加 \(merge.added.count)社、更新 \(merge.updated.count)社、変更なし \(merge.unchanged.count)社。")
                }
            }
        } catch let error as WorkspaceError {
            switch error {
            case .cancelled:
                interruptRequested.store(false, ordering: .relaxed)
                throw loadStopped
            case .book(let reason): throw Failure(bookMessage(reason))
            default: throw error
            }
        }
        let summary = SegmentSummary(classifications)
        let counts = summary.rows.map { "\($0.segment.rawValue) \($0.count)" }.joined(separator: " · ")
        let unclassified =
            summary.unclassified > 0 ? (language == .en ? " · unclassified \(summary.unclassified)" : " · 未分類 \(summary.unclassified)") : ""
        console.say("  " + counts + unclassified, style: Palette.muted)
        noteBookScale()
    }

    /// Says once, after a load and under `summary`, when every company in
    /// the book is large (or every one small) and the ranking is relative,
    /// so "low" is read as "smaller than most here".
    func noteBookScale() {
        guard config.classifier.mode == .relative, let scale = BookScale.of(book.customers) else { return }
        for line in scale.note(in: language) { console.say(line, style: Palette.muted) }
    }

    private func loadedMessage(_ count: Int, source: String, readAs: String) -> String {
        language == .en
            ? "Loaded \(count) customers from \(source) (\(readAs))."
            : "\(source) から \(count)社を読み込みました（\(readAs)）。"
    }

    /// `export FILE [--format csv|json|xlsx] [--output-encoding E] [--force]`: the list with segments and scores,
    /// its CSV and workbook headers in the session's language.
    func export(to path: String, format: FileFormat, encoding requested: OutputEncoding? = nil, force: Bool) throws {
        let encoding = try ExportEncoding.resolve(
            requested, format: format == .csv ? .csv : format == .json ? .json : .xlsx, toFile: true, language: language)
        // A progress line on a terminal while a large book is ranked and written.
        let progress = WorkProgress()
        let line = ProgressLine(progress, subject: path, language: language, environment: environment)
        defer { line?.stop() }
        progress.start(.ranking, total: book.count)
        let rows = classifications
        progress.start(.writing, total: rows.count)
        if format == .xlsx {
            try WorkbookOutput.write([ClassificationExport.bookTable(rows, language: language)], to: path, force: force, language: language)
            line?.stop()
            return console.say(language == .en ? "Wrote \(rows.count) customers to \(path)." : "\(path) に\(rows.count)社を書き出しました。")
        }
        let text = format == .csv
            ? ClassificationExport.bookCSV(rows, language: language, progress: progress)
            : ClassificationExport.json(rows.map { ClassificationExport.Row(rep: nil, classification: $0) }, perRep: false, language: language, progress: progress)
        try ExportEncoding.write(text, to: path, encoding: encoding, force: force, language: language)
        line?.stop()
        console.say(language == .en ? "Wrote \(classifications.count) customers to \(path)." : "\(path) に\(classifications.count)社を書き出しました。")
    }

    /// `add NAME key=value…`
    func add(_ name: String, _ assignments: [(String, String)]) throws {
        guard book.customer(named: name) == nil else {
            throw Failure(
                language == .en
                    ? "'\(name)' is already in the list; change it with: set \(quoted(name)) key=value"
                    : "「\(name)」はすでに一覧にあります。変更するには set \(quoted(name)) key=value を使ってください")
        }
        var patch = CustomerPatch()
        try apply(assignments, to: &patch, name: name)
        let customer = patch.applied(to: Customer(name: name))
        var check = book
        do { try check.add(customer) } catch { throw Failure(bookMessage(error)) }
        do {
            try workspace.add(customer)
        } catch {
            guard case .book(let reason) = error else { throw error }
            // Another session added the same name a moment ago.
            try? reload()
            throw Failure(bookMessage(reason) + (language == .en ? "; nothing was changed" : "。何も変更していません"))
        }
        try reload()
        recordHistory(source: "add")
        let segment = classification(of: name)?.segment?.rawValue
        console.say(
            language == .en
                ? "Added \(name)" + (segment.map { " (\($0))." } ?? ". Not classified yet: give it an objective and a record value.")
                : "\(name)を追加しました" + (segment.map { "（\($0)）。" } ?? "。客観的評価と取り引き実績の値を入れると分類されます。"))
    }

    /// `set NAME key=value…`; `key=` clears the value.
    func set(_ typed: String, _ assignments: [(String, String)]) throws {
        guard !assignments.isEmpty else {
            throw Failure(
                language == .en
                    ? "set needs key=value after the name, e.g. set \(quoted(typed)) sales=12M"
                    : "set には名前の後に key=value が必要です（例：set \(quoted(typed)) sales=12M）")
        }
        let customer = try requireCustomer(typed)
        let before = classification(of: customer.name)?.segment
        var patch = CustomerPatch()
        try apply(assignments, to: &patch, name: customer.name)
        let change: (before: Customer, after: Customer)
        do {
            change = try workspace.update(named: customer.name, with: patch)
        } catch {
            guard case .book(.notFound) = error else { throw error }
            try? reload()
            throw Failure(
                language == .en
                    ? "'\(customer.name)' is no longer in the list: another session removed or renamed it; nothing was changed"
                    : "「\(customer.name)」はもうリストにありません（別のセッションで削除または名前変更されました）。何も変更していません")
        }
        try replaceInBook(change.after, before: change.before)
        recordHistory(source: "set")
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
    func nameAndAssignments(_ words: [String], command: any ReplCommand.Type) throws -> (String, [(String, String)]) {
        let firstAssignment = words.firstIndex { $0.contains("=") } ?? words.count
        let name = words[..<firstAssignment].joined(separator: " ").trimmingWhitespace
        guard !name.isEmpty else {
            throw Failure(
                language == .en
                    ? "\(command.name) needs a customer name first, e.g. \(command.entry.example)"
                    : "\(command.name) には最初に顧客名が必要です（例：\(command.entry.example)）")
        }
        return (name, try parseAssignments(Array(words[firstAssignment...])))
    }

    /// Reads `key=value` assignments into the fields they change; any bad
    /// value stops the command before anything is written.
    private func apply(_ assignments: [(String, String)], to patch: inout CustomerPatch, name: String) throws {
        for (key, value) in assignments {
            guard let field = HeaderAliases.field(for: key, extra: config.columns) else {
                let names = CustomerField.all.map(\.canonicalName)
                let guess = Suggestions.closest(to: key, in: names, limit: 1).first
                throw Failure(
                    language == .en
                        ? "unknown field '\(key)'\(guess.map { " (did you mean '\($0)'?)" } ?? ""); expected one of \(names.joined(separator: ", "))"
                        : "'\(key)' という項目はありません\(guess.map { "（'\($0)' のことですか？）" } ?? "")。\(names.joined(separator: "、")) のいずれかを指定してください")
            }
            let text = value.trimmingWhitespace
            switch field {
            case .name:
                throw Failure(
                    language == .en
                        ? "to change a name use: rename \(quoted(name)) \(quoted(text))"
                        : "名前を変えるには rename \(quoted(name)) \(quoted(text)) を使ってください")
            case .metric(let metric):
                do {
                    patch.metrics[metric] = .some(try NumberParser.parse(text))
                } catch {
                    throw Failure(
                        language == .en
                            ? "\(name), \(metric.rawValue): expected a number such as 12000000, 12,000,000 or 1200万 (\(error.description)), found '\(text)'; nothing was changed"
                            : "\(name)、\(metric.rawValue)：12000000・12,000,000・1200万 のような数値のはずですが「\(text)」です（\(error.text(in: language))）。何も変更していません")
                }
            case .lastVisit:
                do {
                    patch.lastVisit = .some(try DateParser.parse(text, notAfter: today))
                } catch {
                    throw Failure(
                        language == .en
                            ? "\(name), last_visit: expected a date YYYY-MM-DD (\(error.description)), found '\(text)'; nothing was changed"
                            : "\(name)、last_visit：日付（YYYY-MM-DD）のはずですが「\(text)」です（\(error.text(in: language))）。何も変更していません")
                }
            case .rep: patch.rep = .some(text.isEmpty ? nil : text)
            case .notes: patch.notes = .some(text.isEmpty ? nil : text)
            }
        }
    }

    func quoted(_ name: String) -> String { name.contains(" ") ? "\"\(name)\"" : name }

    func bookMessage(_ error: BookError) -> String {
        let en = language == .en
        switch error {
        case .emptyName: return en ? "a customer needs a name" : "顧客には名前が必要です"
        case .duplicate(let name, let existing):
            return en
                ? "'\(name)' is the same name as '\(existing)' (names ignore case and width)"
                : "「\(name)」は「\(existing)」と同じ名前です（大文字・小文字や全角・半角の違いは区別しません）"
        case .notFound(let name): return en ? "no customer named '\(name)'" : "「\(name)」という顧客はいません"
        }
    }
}
