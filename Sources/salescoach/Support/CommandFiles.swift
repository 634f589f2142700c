import Foundation
import SalesCoachCore

#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// Reading the files a command names. The core parses bytes; this is the one
/// place that opens files for it, with messages that name the path.
enum CommandFiles {
    /// Reads a whole file, or a pipe (`load /dev/stdin`, `classify <(cat file)`)
    /// to its end; a folder, a socket or a device is refused as what it is.
    static func readBytes(_ path: String) throws -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY)
        guard fd >= 0 else {
            switch errno {
            case ENOENT: throw Session.Failure("\(path): no such file")
            case EACCES: throw Session.Failure("\(path): cannot be read: permission denied (check its permissions)")
            default: throw Session.Failure("\(path): cannot be read: \(String(cString: strerror(errno)))")
            }
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw Session.Failure("\(path): cannot be read: \(String(cString: strerror(errno)))") }
        switch info.st_mode & S_IFMT {
        case S_IFREG, S_IFIFO: break
        case S_IFCHR where isatty(fd) == 1: break
        case S_IFDIR: throw Session.Failure("\(path) is a folder; expected a CSV file")
        default:
            throw Session.Failure("\(path) is \(FileOutput.kind(of: info.st_mode)), not a file; expected a CSV file")
        }
        var bytes: [UInt8] = []
        if info.st_size > 0 { bytes.reserveCapacity(Int(info.st_size)) }
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n == 0 { break }
            if n < 0 {
                if errno == EINTR { continue }
                throw Session.Failure("\(path): cannot be read: \(String(cString: strerror(errno)))")
            }
            bytes += buffer[0..<n]
        }
        return bytes
    }

    static func readConfig(_ path: String) throws -> Config {
        let bytes = try readBytes(path)
        do {
            return try Config(file: bytes, source: path)
        } catch {
            throw Session.Failure(error.description)
        }
    }

    /// Imports a customer file; a last visit after `today` is refused.
    static func importCustomers(
        _ path: String, encoding: String, config: Config, mergeDuplicates: Bool, perRep: Bool,
        today: LocalDate = Today.date(), language: Language = .en
    ) throws -> ImportResult {
        guard let sourceEncoding = SourceEncoding(name: encoding) else {
            throw Session.Failure(ImportError.unknownEncodingName(encoding).description)
        }
        let options = ImportOptions(
            encoding: sourceEncoding, headerAliases: config.columns, duplicates: mergeDuplicates ? .merge : .reject,
            duplicateScope: perRep ? .repAndName : .name, today: today)
        do {
            let bytes = try readBytes(path)
            // A progress line on a terminal while a large file is parsed.
            let progress = WorkProgress()
            let line = ProgressLine(progress, subject: path, language: language, environment: ProcessInfo.processInfo.environment)
            defer { line?.stop() }
            return try CustomerImporter.importCustomers(from: bytes, source: path, options: options, progress: progress)
        } catch let error as ImportError {
            var message = error.description
            if case .duplicateName = error, !mergeDuplicates {
                message += " (use --merge-duplicates to combine such rows)"
            }
            throw Session.Failure(message)
        }
    }

    static func readTeamVisits(_ path: String, today: LocalDate) throws -> [TeamVisit] {
        do {
            return try TeamVisitLogCSV.parse(bytes: try readBytes(path), source: path, today: today)
        } catch let error as PlanFileError {
            throw Session.Failure(error.description)
        }
    }

    static func readPlan(_ path: String) throws -> [PlannedVisit] {
        do {
            return try PlannedVisitsCSV.parse(bytes: try readBytes(path), source: path)
        } catch let error as PlanFileError {
            throw Session.Failure(error.description)
        }
    }
}
