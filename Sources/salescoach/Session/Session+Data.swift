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
            throw Failure(BookEditError.asOfAfterToday(date: date, today: today), in: language)
        } catch {
            throw failure(after: "--as-of", error)
        }
        // A history that holds only the automatic first snapshot gives way to the exports.
        if let last = try workspace.historyLastDate(), date < last, !(try workspace.forgetFirstSnapshotOnly()) {
            throw Failure(BookEditError.asOfBeforeHistory(date: date, last: last), in: language)
        }
        return date
    }

    private var loadStopped: Failure {
        Failure(BookEditError.loadStopped, in: language)
    }

    /// The demo book bundled with the program, for `--demo`.
    func loadDemoBook() throws {
        let result: ImportResult
        do {
            result = try CustomerImporter.importCustomers(from: Array(KnowledgeFiles.demoBook.utf8), source: "demo-customers.csv")
        } catch {
            throw Failure(BookEditError.demoBook(error), in: language)
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
            throw Failure(BookEditError.noSuchRep(typed: typed, path: path, suggestions: suggestions, reps: reps), in: language)
        }
        let key = RepName.key(spelling)
        let keep = result.customers.indices.filter { result.customers[$0].rep.map(RepName.key) == key }
        result.customers = keep.map { result.customers[$0] }
        result.lines = keep.map { result.lines[$0] }
        console.say(BookMessage.loadedRepRows(path: path, rep: spelling, rows: keep.count), style: Palette.muted)
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
        do { incoming = try Book(result.customers) } catch { throw Failure(BookEditError.book(error), in: language) }
        try workspace.replaceBook(incoming, source: source)
        try reload()
        recordHistory(source: source)
    }

    private func store(_ imported: CommandFiles.ImportedFile, source: String, replace: Bool, asOf: LocalDate? = nil) throws {
        let result = imported.result
        // How the file was read (Shift_JIS) is said in the line that reports the load.
        for warning in result.warnings where !warning.isNote { console.warning(warning.text(in: language)) }
        // How the file was read and what the classification lacks: part of the summary, in the session's language.
        for note in imported.lines { console.say("  " + note, style: Palette.muted) }
        for merged in result.merges { console.say("  " + merged.text(in: language), style: Palette.muted) }
        if !result.ignoredColumns.isEmpty {
            console.say(BookMessage.ignoredColumns(result.ignoredColumns.map(\.header)), style: Palette.muted)
        }
        let stop = { interruptRequested.load(ordering: .relaxed) }
        do {
            if replace {
                let incoming: Book
                do { incoming = try Book(result.customers) } catch { throw Failure(BookEditError.book(error), in: language) }
                try workspace.replaceBook(incoming, source: source, isCancelled: stop)
                interruptRequested.store(false, ordering: .relaxed)
                try reload()
                recordHistory(source: source, on: asOf)
                console.say(BookMessage.loaded(customers: incoming.count, source: source, readAs: imported.readAs(in: language)))
            } else {
                // Merged into the list as it is when the change is written, so
                // what another session saved meanwhile is kept.
                let merge = try workspace.merge(result.customers, source: source, isCancelled: stop)
                interruptRequested.store(false, ordering: .relaxed)
                try reload()
                recordHistory(source: source, on: asOf)
                if merge.updated.isEmpty, merge.unchanged.isEmpty, merge.added.count == merge.book.count {
                    console.say(BookMessage.loaded(customers: merge.added.count, source: source, readAs: imported.readAs(in: language)))
                } else {
                    console.say(
                        BookMessage.merged(
                            source: source, added: merge.added.count, updated: merge.updated.count, unchanged: merge.unchanged.count))
                }
            }
        } catch let error as WorkspaceError {
            switch error {
            case .cancelled:
                interruptRequested.store(false, ordering: .relaxed)
                throw loadStopped
            case .book(let reason): throw Failure(BookEditError.book(reason), in: language)
            default: throw error
            }
        }
        let summary = SegmentSummary(classifications)
        let counts = summary.rows.map { "\($0.segment.rawValue) \($0.count)" }.joined(separator: " · ")
        let unclassified = summary.unclassified > 0 ? BookMessage.unclassified(summary.unclassified).text(in: language) : ""
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
            return console.say(BookMessage.wrote(customers: rows.count, path: path))
        }
        let text = format == .csv
            ? ClassificationExport.bookCSV(rows, language: language, progress: progress)
            // Each customer's rep goes with it, as in the CSV, so the file loads back whole but for visits and notes.
            : ClassificationExport.json(
                rows.map { ClassificationExport.Row(rep: $0.customer.rep, classification: $0) }, perRep: true, language: language,
                progress: progress)
        try ExportEncoding.write(text, to: path, encoding: encoding, force: force, language: language)
        line?.stop()
        console.say(BookMessage.wrote(customers: classifications.count, path: path))
    }

    /// `add NAME key=value…`
    func add(_ name: String, _ assignments: [(String, String)]) throws {
        guard book.customer(named: name) == nil else {
            throw Failure(BookEditError.alreadyInList(name: name, quoted: quoted(name)), in: language)
        }
        var patch = CustomerPatch()
        try apply(assignments, to: &patch, name: name)
        let customer = patch.applied(to: Customer(name: name))
        var check = book
        do { try check.add(customer) } catch { throw Failure(BookEditError.book(error), in: language) }
        let stored: Customer
        do {
            stored = try workspace.add(customer)
        } catch {
            guard case .book(let reason) = error else { throw error }
            // Another session added the same name a moment ago.
            try? reload()
            throw Failure(BookEditError.book(reason, nothingChanged: true), in: language)
        }
        try addToBook(stored)
        recordHistory(source: "add")
        console.say(BookMessage.added(name: name, segment: classification(of: name)?.segment))
    }

    /// `set NAME key=value…`; `key=` clears the value.
    func set(_ typed: String, _ assignments: [(String, String)]) throws {
        guard !assignments.isEmpty else {
            throw Failure(BookEditError.setNeedsAssignment(quoted: quoted(typed)), in: language)
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
            throw Failure(BookEditError.removedMeanwhile(name: customer.name), in: language)
        }
        try replaceInBook(change.after, before: change.before)
        recordHistory(source: "set")
        let after = classification(of: customer.name)?.segment
        console.say(BookMessage.updated(name: customer.name, move: before != after ? (before, after) : nil))
    }

    /// The name is every word before the first `key=value`.
    func nameAndAssignments(_ words: [String], command: any ReplCommand.Type) throws -> (String, [(String, String)]) {
        let firstAssignment = words.firstIndex { $0.contains("=") } ?? words.count
        let name = words[..<firstAssignment].joined(separator: " ").trimmingWhitespace
        guard !name.isEmpty else {
            throw Failure(BookEditError.needsName(command: command.name, example: command.entry.example), in: language)
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
                throw Failure(BookEditError.unknownField(key: key, guess: guess, names: names), in: language)
            }
            let text = value.trimmingWhitespace
            switch field {
            case .name:
                throw Failure(BookEditError.renameInstead(quotedName: quoted(name), quotedText: quoted(text)), in: language)
            case .metric(let metric):
                do {
                    patch.metrics[metric] = .some(try NumberParser.parse(text))
                } catch {
                    throw Failure(BookEditError.notANumber(name: name, metric: metric.rawValue, text: text, reason: error), in: language)
                }
            case .lastVisit:
                do {
                    patch.lastVisit = .some(try DateParser.parse(text, notAfter: today))
                } catch {
                    throw Failure(BookEditError.notADate(name: name, text: text, reason: error), in: language)
                }
            case .rep: patch.rep = .some(text.isEmpty ? nil : text)
            case .notes: patch.notes = .some(text.isEmpty ? nil : text)
            }
        }
    }

    func quoted(_ name: String) -> String { name.contains(" ") ? "\"\(name)\"" : name }
}
