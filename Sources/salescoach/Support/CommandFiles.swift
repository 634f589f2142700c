import Foundation
import SalesCoachCore

/// Reading the files a command names. The core parses bytes; this is the one
/// place that opens files for it, with messages that name the path.
enum CommandFiles {
    static func readBytes(_ path: String) throws -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw Session.Failure("\(path): no such file")
        }
        guard !isDirectory.boolValue else { throw Session.Failure("\(path) is a folder; expected a CSV file") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Session.Failure("\(path): cannot be read (check its permissions)")
        }
        return [UInt8](data)
    }

    static func readConfig(_ path: String) throws -> Config {
        let bytes = try readBytes(path)
        guard let text = String(validatingUTF8: bytes.map { CChar(bitPattern: $0) } + [0]) else {
            throw Session.Failure("\(path): expected a UTF-8 text config file")
        }
        do {
            return try Config(file: text, source: path)
        } catch {
            throw Session.Failure(error.description)
        }
    }

    /// Imports a customer file; a last visit after `today` is refused.
    static func importCustomers(
        _ path: String, encoding: String, config: Config, mergeDuplicates: Bool, perRep: Bool,
        today: LocalDate = Today.date()
    ) throws -> ImportResult {
        guard let sourceEncoding = SourceEncoding(name: encoding) else {
            throw Session.Failure(ImportError.unknownEncodingName(encoding).description)
        }
        let options = ImportOptions(
            encoding: sourceEncoding, headerAliases: config.columns, duplicates: mergeDuplicates ? .merge : .reject,
            duplicateScope: perRep ? .repAndName : .name, today: today)
        do {
            return try CustomerImporter.importCustomers(from: try readBytes(path), source: path, options: options)
        } catch let error as ImportError {
            var message = error.description
            if case .duplicateName = error, !mergeDuplicates {
                message += " (use --merge-duplicates to combine such rows)"
            }
            throw Session.Failure(message)
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
