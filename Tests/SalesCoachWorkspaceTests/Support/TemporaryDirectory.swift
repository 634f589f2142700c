import Foundation

/// A fresh directory per test, so tests running in parallel never share files.
struct TemporaryDirectory {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory
            .appendingPathComponent("salescoach-workspace-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> String { path + "/" + name }

    /// The names in the directory, sorted.
    func listing() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: path).sorted() }

    func remove() {
        // Restore permissions a test may have taken away, so removal works for any user.
        if let names = try? FileManager.default.contentsOfDirectory(atPath: path) {
            for name in names {
                try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file(name))
            }
        }
        try? FileManager.default.removeItem(atPath: path)
    }
}

/// The bytes of a file, for checking that a refused file was left alone.
func contents(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }
