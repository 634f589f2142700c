import Foundation
import Testing

@testable import SalesCoachCore

#if canImport(Glibc)
import Glibc
#endif

/// Helpers shared by the import tests (pure functions, no shared state).
enum ImportFixture {
    /// Imports `text` as UTF-8 bytes.
    static func run(
        _ text: String, source: String = "customers.csv", options: ImportOptions = ImportOptions()
    ) throws(ImportError) -> ImportResult {
        try CustomerImporter.importCustomers(from: Array(text.utf8), source: source, options: options)
    }

    /// The error an import of `bytes` throws, or nil when it succeeds.
    static func error(_ bytes: [UInt8], options: ImportOptions = ImportOptions()) -> ImportError? {
        do {
            _ = try CustomerImporter.importCustomers(from: bytes, source: "customers.csv", options: options)
            return nil
        } catch {
            return error
        }
    }

    static func error(_ text: String, options: ImportOptions = ImportOptions()) -> ImportError? {
        error(Array(text.utf8), options: options)
    }

    /// `text` in CP932, produced by the C library's converter in the other
    /// direction from the one the importer uses.
    static func shiftJIS(_ text: String) -> [UInt8] {
        guard let converter = iconv_open("CP932", "UTF-8"), converter != iconv_t(bitPattern: -1) else { return [] }
        defer { iconv_close(converter) }
        var input = Array(text.utf8).map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: input.count * 2 + 16)
        var inLeft = input.count
        var outLeft = output.count
        let written = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer -> Int in
                var inPointer = inBuffer.baseAddress
                var outPointer = outBuffer.baseAddress
                guard iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) != -1 else { return -1 }
                return outBuffer.count - outLeft
            }
        }
        guard written >= 0 else { return [] }
        return output[0..<written].map { UInt8(bitPattern: $0) }
    }

    /// `text` in UTF-16 with a byte-order mark.
    static func utf16(_ text: String, bigEndian: Bool, byteOrderMark: Bool = true) -> [UInt8] {
        var bytes: [UInt8] = byteOrderMark ? (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]) : []
        for unit in text.utf16 {
            let high = UInt8(unit >> 8)
            let low = UInt8(unit & 0xFF)
            bytes += bigEndian ? [high, low] : [low, high]
        }
        return bytes
    }

    /// The shared data folder beside the repository (`../shared/data`), found from this file.
    static func sharedData(_ path: String, file: String = #filePath) -> URL? {
        var url = URL(fileURLWithPath: file)
        for _ in 0..<5 { url.deleteLastPathComponent() }  // …/Tests/SalesCoachCoreTests/Import/x.swift → repo parent
        let candidate = url.appendingPathComponent("shared/data").appendingPathComponent(path)
        return FileManager.default.fileExists(atPath: candidate.path) ? candidate : nil
    }
}

extension ImportFixture {
    /// A file of `Tests/Fixtures/` (CRM export shapes, invented companies).
    static func fixture(_ path: String, file: String = #filePath) -> URL {
        var url = URL(fileURLWithPath: file)
        for _ in 0..<3 { url.deleteLastPathComponent() }  // …/Tests/SalesCoachCoreTests/Import/x.swift → Tests
        return url.appendingPathComponent("Fixtures").appendingPathComponent(path)
    }
}
