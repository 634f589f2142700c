import Foundation
import SalesCoachCore
import SalesCoachSpreadsheet

/// Reports written as Excel workbooks: `--format xlsx` on standard output,
/// `--export FILE.xlsx`, `plan --export FILE.xlsx` and `export FILE.xlsx`.
enum WorkbookOutput {
    /// Whether a path names a workbook by its ending.
    static func isWorkbookPath(_ path: String) -> Bool { path.lowercased().hasSuffix(".xlsx") }

    /// `--export PATH` of `classify`, `check` and `team`: checked before any file is read.
    static func checkExportPath(_ path: String, language: Language) throws {
        guard !isWorkbookPath(path) else { return }
        throw Session.Failure(OutputError.exportNotWorkbook, in: language)
    }

    /// `--format xlsx`: a workbook is bytes for a file, never for the terminal; checked before any file is read.
    static func checkStandardOutput(_ console: Console, language: Language) throws {
        guard console.isTerminal else { return }
        throw Session.Failure(OutputError.workbookToTerminal, in: language)
    }

    /// The workbook's bytes.
    static func bytes(_ tables: [ExportTable], language: Language) throws -> [UInt8] {
        do {
            return [UInt8](try XLSXWriter.workbook(tables))
        } catch {
            throw Session.Failure(error.text(in: language))
        }
    }

    /// Writes the workbook to `path`, atomically (see `FileOutput`).
    static func write(_ tables: [ExportTable], to path: String, force: Bool, language: Language) throws {
        try FileOutput.writeAtomically(bytes: try bytes(tables, language: language), to: path, force: force)
    }

    /// Writes the workbook to standard output (not a terminal: `checkStandardOutput` came first).
    static func print(_ tables: [ExportTable], console: Console, language: Language) throws {
        _ = console.data(bytes: try bytes(tables, language: language))
    }
}
