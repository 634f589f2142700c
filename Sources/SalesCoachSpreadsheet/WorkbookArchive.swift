import Foundation
import ZIPFoundation

/// The ZIP container of a workbook, read from memory with limits: a part
/// is unpacked only up to `partLimit` bytes and the parts read together
/// only up to `totalLimit`, whatever sizes the archive declares, so an
/// archive built to exhaust memory (a "zip bomb") is refused, not unpacked.
/// Parts are looked up by name and never written anywhere, so names with
/// `..` or absolute paths lead nowhere.
struct WorkbookArchive {
    let source: String
    private let archive: Archive
    private let limits: Limits
    private var budget: Int

    /// How much the parts of one workbook may unpack to.
    struct Limits {
        /// One part (a sheet of about a million customer rows fits in the standard one).
        var part: Int
        /// All parts read, together.
        var total: Int

        static let standard = Limits(part: 512 << 20, total: 768 << 20)
    }

    init(_ data: Data, source: String, limits: Limits = .standard) throws(SpreadsheetError) {
        self.source = source
        self.limits = limits
        self.budget = limits.total
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw .damaged(source: source, detail: .zipDirectory)
        }
    }

    /// Whether the archive has a part named `path`.
    func contains(_ path: String) -> Bool { archive[path] != nil }

    /// The bytes of part `path`, nil when there is no such part.
    mutating func part(_ path: String) throws(SpreadsheetError) -> Data? {
        guard let entry = archive[path], entry.type == .file else { return nil }
        let limit = min(limits.part, budget)
        guard entry.uncompressedSize <= UInt64(limit) else {
            throw .tooLarge(source: source, part: path, limit: limit == budget ? limits.total : limits.part)
        }
        var data = Data()
        data.reserveCapacity(Int(entry.uncompressedSize))
        var exceeded = false
        do {
            // The declared size can lie: count what really comes out, and stop at the limit.
            let checksum = try archive.extract(entry, skipCRC32: false) { chunk in
                guard data.count + chunk.count <= limit else {
                    exceeded = true
                    throw CocoaError(.fileReadTooLarge)
                }
                data.append(chunk)
            }
            guard checksum == entry.checksum, data.count == Int(entry.uncompressedSize) else {
                throw SpreadsheetError.damaged(source: source, detail: .checksum(path: path))
            }
        } catch let error as SpreadsheetError {
            throw error
        } catch {
            if exceeded { throw .tooLarge(source: source, part: path, limit: limit == budget ? limits.total : limits.part) }
            throw .damaged(source: source, detail: .cannotUnpack(path: path))
        }
        budget -= data.count
        return data
    }
}
