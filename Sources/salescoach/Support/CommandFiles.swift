import Foundation
import SalesCoachCore
import SalesCoachSpreadsheet

#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// Reading the files a command names. The core parses bytes; this is the one
/// place that opens files for it, with messages that name the path.
enum CommandFiles {
    /// Reads a whole file, or a pipe (`load /dev/stdin`, `classify <(cat file)`)
    /// to its end; a folder, a socket or a device is refused as what it is.
    static func readBytes(_ path: String, language: Language = .en) throws -> [UInt8] {
        // `-` (and /dev/stdin) is standard input, read as it is: opening it
        // again fails for a pipe another user made (sudo, a service).
        if isStandardInput(path) { return try readAll(STDIN_FILENO, path: standardInputName, language: language) }
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY)
        guard fd >= 0 else {
            switch errno {
            case ENOENT: throw Session.Failure(FileReadError.noSuchFile(path), in: language)
            case EACCES: throw Session.Failure(FileReadError.permissionDenied(path), in: language)
            default: throw Session.Failure(FileReadError.cannotRead(path, reason: errno), in: language)
            }
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw Session.Failure(FileReadError.cannotRead(path, reason: errno), in: language) }
        switch info.st_mode & S_IFMT {
        case S_IFREG, S_IFIFO: break
        case S_IFCHR where isatty(fd) == 1: break
        case S_IFDIR: throw Session.Failure(FileReadError.folder(path), in: language)
        default: throw Session.Failure(FileReadError.notAFile(path, mode: info.st_mode), in: language)
        }
        return try readAll(fd, path: path, sizeHint: info.st_mode & S_IFMT == S_IFREG ? Int(info.st_size) : 0, language: language)
    }

    /// The name standard input has in messages.
    static let standardInputName = "stdin"

    /// Whether a path a command was given means standard input.
    static func isStandardInput(_ path: String) -> Bool {
        path == "-" || path == "/dev/stdin" || path == "/dev/fd/0" || path == "/proc/self/fd/0"
    }

    /// How a file is named in messages: standard input as `stdin`.
    static func displayName(_ path: String) -> String { isStandardInput(path) ? standardInputName : path }

    /// Reads `fd` to its end.
    private static func readAll(_ fd: Int32, path: String, sizeHint: Int = 0, language: Language) throws -> [UInt8] {
        var info = stat()
        if fd == STDIN_FILENO, fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFDIR {
            throw Session.Failure(FileReadError.folder(path), in: language)
        }
        // A regular file is read straight into the array, its size known:
        // through a small buffer, a large file was copied twice.
        var failure: Int32 = 0
        var bytes = [UInt8](unsafeUninitializedCapacity: sizeHint) { buffer, count in
            count = 0
            while count < sizeHint, let base = buffer.baseAddress {
                let n = read(fd, base + count, sizeHint - count)
                if n > 0 {
                    count += n
                } else if n == 0 {
                    break
                } else if errno != EINTR {
                    failure = errno
                    break
                }
            }
        }
        if failure != 0 { throw Session.Failure(FileReadError.cannotRead(path, reason: failure), in: language) }
        // Whatever the size did not cover (standard input, or a file that grew).
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n == 0 { break }
            if n < 0 {
                if errno == EINTR { continue }
                throw Session.Failure(FileReadError.cannotRead(path, reason: errno), in: language)
            }
            bytes += buffer[0..<n]
        }
        return bytes
    }

    static func readConfig(_ path: String, language: Language) throws -> Config {
        let bytes = try readBytes(path, language: language)
        do {
            return try Config(file: bytes, source: path)
        } catch {
            throw Session.Failure(error.text(in: language))
        }
    }

    /// A customer file read: the customers, and the lines its summary adds
    /// (how dates were read, a footer skipped, an axis short of metrics,
    /// rows set aside and where they were written), in the session's language.
    struct ImportedFile {
        var result: ImportResult
        /// How the file was read and what the classification lacks: the summary a person reads.
        var notes: [String]
        /// The rows set aside and the file they were written to: said whatever the output format.
        var setAside: String?
        /// The sheet read, when the file was a workbook.
        var sheet: String?

        /// How the file was read, for "Loaded 46 customers from … (UTF-8)": its encoding, or the sheet of a workbook.
        func readAs(in language: Language) -> String {
            guard let sheet else { return result.encoding.description }
            return CustomerFileMessage.sheet(ImportedFile.quoted(sheet)).text(in: language)
        }

        /// A sheet name as a message may show it: control characters never reach the terminal.
        static func quoted(_ name: String) -> String {
            String(String.UnicodeScalarView(name.unicodeScalars.filter { $0.value >= 0x20 && !(0x7F..<0xA0).contains($0.value) }))
        }

        /// The lines of the summary, whatever the output format: the notes, then the rows set aside.
        var lines: [String] { notes + (setAside.map { [$0] } ?? []) }
    }

    /// Imports a customer file (`-` is standard input); a last visit after
    /// `today` is refused. Under `file.skipBadRows` the rows that do not read
    /// are written beside the file (`RejectedRowsCSV`), never over another file.
    static func importCustomers(
        _ path: String, encoding: String, config: Config, mergeDuplicates: Bool, perRep: Bool,
        today: LocalDate = Today.date(), language: Language = .en, file: CustomerFileSettings = CustomerFileSettings()
    ) throws -> ImportedFile {
        let options = try importOptions(
            encoding: encoding, config: config, mergeDuplicates: mergeDuplicates, perRep: perRep, today: today,
            language: language, file: file)
        return try importCustomers(
            readBytes(path, language: language), path: path, options: options, language: language, file: file)
    }

    /// A customer file for output that only streams its rows (`classify`'s
    /// CSV and JSON): its columns when `CustomerImporter.importColumns` takes
    /// the file, else the file imported as `importCustomers` does. The file is
    /// read once, so standard input works either way, and its bytes are
    /// let go when this returns.
    static func importColumns(
        _ path: String, encoding: String, config: Config, mergeDuplicates: Bool, perRep: Bool,
        today: LocalDate = Today.date(), language: Language = .en, file: CustomerFileSettings = CustomerFileSettings()
    ) throws -> StreamedBook {
        let options = try importOptions(
            encoding: encoding, config: config, mergeDuplicates: mergeDuplicates, perRep: perRep, today: today,
            language: language, file: file)
        let bytes = try readBytes(path, language: language)
        if file.sheet == nil, !isWorkbook(path, bytes), !isJSON(path, bytes) {
            let progress = WorkProgress()
            let line = ProgressLine(
                progress, subject: displayName(path), language: language, environment: ProcessInfo.processInfo.environment)
            defer { line?.stop() }
            if let read = CustomerImporter.importColumns(from: bytes, source: displayName(path), options: options, progress: progress) {
                return .columns(read.columns, warnings: read.warnings, notes: read.notes.map { $0.text(in: language) })
            }
        }
        return .customers(try importCustomers(bytes, path: path, options: options, language: language, file: file))
    }

    /// What `importColumns` read.
    enum StreamedBook {
        /// The columns, the warnings, and the summary's notes in the language asked.
        case columns(CustomerColumns, warnings: [ImportWarning], notes: [String])
        case customers(ImportedFile)
    }

    /// How the command's options ask for a customer file to be read.
    private static func importOptions(
        encoding: String, config: Config, mergeDuplicates: Bool, perRep: Bool, today: LocalDate, language: Language,
        file: CustomerFileSettings
    ) throws -> ImportOptions {
        guard let sourceEncoding = SourceEncoding(name: encoding) else {
            throw Session.Failure(ImportError.unknownEncodingName(encoding), in: language)
        }
        return ImportOptions(
            encoding: sourceEncoding, headerAliases: config.columns, duplicates: mergeDuplicates ? .merge : .reject,
            duplicateScope: perRep ? .repAndName : .name, today: today, dateOrder: file.dateOrder,
            skipBadRows: file.skipBadRows)
    }

    /// `importCustomers` of a file already read.
    private static func importCustomers(
        _ bytes: [UInt8], path: String, options: ImportOptions, language: Language, file: CustomerFileSettings
    ) throws -> ImportedFile {
        let mergeDuplicates = options.duplicates == .merge
        let source = displayName(path)
        let result: ImportResult
        var sheet: String?
        // The rows set aside are a CSV whatever was read: beside a workbook, `customers.rejected.csv`.
        var besideAs = path
        do {
            if isWorkbook(path, bytes) {
                let workbook = try XLSXReader.read(Data(bytes), sheet: file.sheet, source: source)
                sheet = workbook.sheet.name
                besideAs = withoutExtension(path) + ".csv"
                result = try CustomerImporter.importCustomers(
                    sheet: workbook.sheet, date1904: workbook.date1904, source: source, options: options)
            } else if isJSON(path, bytes), file.sheet == nil {
                besideAs = withoutExtension(path) + ".csv"
                result = try CustomerImporter.importCustomers(sheet: CustomerJSON.sheet(bytes, source: source), source: source, options: options)
            } else {
                if let named = file.sheet {
                    throw Session.Failure(CustomerFileError.sheetOfText(sheet: ImportedFile.quoted(named), source: source), in: language)
                }
                // A progress line on a terminal while a large file is parsed.
                let progress = WorkProgress()
                let line = ProgressLine(progress, subject: source, language: language, environment: ProcessInfo.processInfo.environment)
                defer { line?.stop() }
                result = try CustomerImporter.importCustomers(from: bytes, source: source, options: options, progress: progress)
            }
        } catch let error as SpreadsheetError {
            throw Session.Failure(error.text(in: language))
        } catch let error as ImportError {
            var isDuplicate = false
            if case .duplicateName = error.withoutSheet { isDuplicate = true }
            throw Session.Failure(
                CustomerFileError.notImported(
                    error, mergeDuplicates: isDuplicate && !mergeDuplicates, skipBadRows: error.isRowProblem && !file.skipBadRows),
                in: language)
        }
        var notes: [String] = []
        var setAside: String?
        for note in ImportNote.notes(for: result) {
            guard case .rowsSetAside = note else {
                notes.append(note.text(in: language))
                continue
            }
            let beside = isStandardInput(path) ? standardInputName + ".csv" : besideAs
            let written = try writeRejected(result, beside: beside, encoding: file.outputEncoding, language: language)
            setAside = CustomerFileMessage.rowsSetAside(note, written: written).text(in: language)
        }
        return ImportedFile(result: result, notes: notes, setAside: setAside, sheet: sheet)
    }

    /// Whether a customer file is read as a workbook: named `.xlsx` or `.xlsm`,
    /// or a ZIP archive whatever its name (a workbook piped in, or misnamed).
    /// A workbook named so that is not one is read by the workbook reader,
    /// which says what the file is instead.
    static func isWorkbook(_ path: String, _ bytes: [UInt8]) -> Bool {
        let lower = path.lowercased()
        // .xls, .xlsb and .ods too, so the message says which of them it is and how to save it as .xlsx.
        return [".xlsx", ".xlsm", ".xls", ".xlsb", ".ods"].contains { lower.hasSuffix($0) } || XLSXReader.looksLikeArchive(bytes)
    }

    /// Whether a customer file is a JSON list (`CustomerJSON`): named `.json`,
    /// or text that opens with `[` (a list piped in).
    static func isJSON(_ path: String, _ bytes: [UInt8]) -> Bool {
        path.lowercased().hasSuffix(".json") || CustomerJSON.looksLikeJSON(bytes)
    }

    /// `path` without the extension of its file name (`a/b.xlsx` → `a/b`).
    static func withoutExtension(_ path: String) -> String {
        let slash = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
        guard let dot = path[slash...].lastIndex(of: "."), dot != slash else { return path }
        return String(path[..<dot])
    }

    /// Writes the rows set aside beside `path`, under the first name not taken; returns that name.
    private static func writeRejected(
        _ result: ImportResult, beside path: String, encoding: OutputEncoding?, language: Language
    ) throws -> String {
        let encoding = try ExportEncoding.resolve(encoding, format: .csv, toFile: true, language: language)
        var number = 1
        var target = RejectedRowsCSV.path(for: path)
        var info = stat()
        while lstat(target, &info) == 0 {
            number += 1
            target = RejectedRowsCSV.path(for: path, number: number)
        }
        let text = RejectedRowsCSV.render(header: result.header.columns, rows: result.rejected, language: language)
        do {
            try ExportEncoding.write(text, to: target, encoding: encoding, force: false, language: language)
        } catch {
            throw Session.Failure(CustomerFileError.rejectedNotWritten(error), in: language)
        }
        return target
    }

    static func readTeamVisits(_ path: String, today: LocalDate, language: Language) throws -> [TeamVisit] {
        do {
            return try TeamVisitLogCSV.parse(bytes: try readBytes(path, language: language), source: displayName(path), today: today)
        } catch let error as PlanFileError {
            throw Session.Failure(error, in: language)
        }
    }

    /// A plan file: a CSV, or a workbook such as `plan --export FILE.xlsx` writes (its first sheet).
    static func readPlan(_ path: String, language: Language) throws -> [PlannedVisit] {
        do {
            let bytes = try readBytes(path, language: language)
            if isWorkbook(path, bytes) {
                let workbook = try XLSXReader.read(Data(bytes), sheet: nil, source: displayName(path))
                // Problems are named by sheet and row: "plan.xlsx, sheet 'Plan', line 3" (a row is a line there).
                let source = CustomerFileMessage.planSheet(path: displayName(path), sheet: workbook.sheet.name).text(in: language)
                return try PlannedVisitsCSV.parse(sheet: workbook.sheet, source: source)
            }
            return try PlannedVisitsCSV.parse(bytes: bytes, source: displayName(path))
        } catch let error as PlanFileError {
            throw Session.Failure(error, in: language)
        } catch let error as SpreadsheetError {
            throw Session.Failure(error.text(in: language))
        }
    }
}
