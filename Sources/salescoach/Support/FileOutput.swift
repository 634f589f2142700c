import Foundation
import SalesCoachCore

#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// Writes exports so that a crash or a full disk never leaves half a file and
/// a planted link can never redirect the write.
///
/// A regular file (or a new one) is written to a temporary file with a fresh
/// random name beside it, created exclusively and never through a link,
/// flushed to disk with its folder, and only then renamed over the target,
/// keeping the target's permissions. A terminal, `/dev/null` or a pipe is
/// written to directly. A symbolic link to a file, a folder, a socket or a
/// disk device is refused, and so is a read-only file unless `force` is set.
enum FileOutput {
    /// Why an export was not written, with the path.
    enum WriteError: UserMessage, BilingualMessage, CustomStringConvertible {
        case readOnly(String)
        case noFolder(String, folder: String)
        case symbolicLink(String, destination: String)
        case notAFile(String, mode: mode_t)
        /// A failure of the system, with its errno; `unchanged` when the old file is intact.
        case failed(String, reason: Int32, unchanged: Bool)
        /// Written, but its folder could not be flushed to disk.
        case notFlushed(String, reason: Int32)

        var description: String { text(in: .en) }

        var wording: (en: String, ja: String) {
            switch self {
            case .readOnly(let path):
                return (
                    "cannot write \(path): the file is read-only; add --force to replace it (it keeps its permissions), or choose another file",
                    "\(path) を書き出せません：読み取り専用のファイルです。置き換えるには --force を付ける（権限はそのまま残ります）か、別のファイルを指定してください"
                )
            case .noFolder(let path, let folder):
                return ("cannot write \(path): the folder \(folder) does not exist", "\(path) を書き出せません：フォルダー \(folder) がありません")
            case .symbolicLink(let path, let destination):
                return (
                    "cannot write \(path): it is a symbolic link (to \(destination)), which an export does not follow; export to the file itself, or remove the link first",
                    "\(path) を書き出せません：シンボリックリンク（\(destination) へのリンク）で、書き出しはリンクをたどりません。ファイルそのものに書き出すか、先にリンクを削除してください"
                )
            case .notAFile(let path, let mode):
                let kind = FileKind(mode: mode).wording
                return (
                    "cannot write \(path): it is \(kind.en), not a file; choose a file name",
                    "\(path) を書き出せません：ファイルではありません（\(kind.ja)）。ファイル名を指定してください"
                )
            case .failed(let path, let reason, let unchanged):
                let why = SystemReason(errno: reason)
                return (
                    "cannot write \(path): \(why.text(in: .en))" + (unchanged ? "; the old file, if any, is unchanged" : ""),
                    "\(path) を書き出せません：\(why.text(in: .ja))" + (unchanged ? "。元のファイルがあればそのままです" : "")
                )
            case .notFlushed(let path, let reason):
                let why = SystemReason(errno: reason)
                return (
                    "wrote \(path), but could not flush its folder to disk: \(why.text(in: .en))",
                    "\(path) を書き出しましたが、フォルダーをディスクに書き込めませんでした：\(why.text(in: .ja))"
                )
            }
        }
    }

    static func writeAtomically(_ text: String, to path: String, force: Bool = false) throws {
        try writeAtomically(bytes: Array(text.utf8), to: path, force: force)
    }

    /// `writeAtomically` for bytes already in the file's encoding.
    static func writeAtomically(bytes: [UInt8], to path: String, force: Bool = false) throws {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            guard errno == ENOENT else { throw failure(path, reason: errno) }
            return try replace(path, with: bytes, keepingMode: nil)
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG:
            // access() also catches a file someone else owns that rename would replace.
            let readOnly = info.st_mode & 0o222 == 0 || access(path, W_OK) != 0
            if readOnly && !force {
                throw WriteError.readOnly(path)
            }
            try replace(path, with: bytes, keepingMode: info.st_mode & 0o7777)
        case S_IFCHR, S_IFIFO:
            try writeThrough(path, bytes)
        case S_IFLNK:
            // /dev/stdout and friends are links to a terminal or a pipe: write through them.
            var resolved = stat()
            if stat(path, &resolved) == 0, [S_IFCHR, S_IFIFO].contains(resolved.st_mode & S_IFMT) {
                return try writeThrough(path, bytes)
            }
            let destination = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
            throw WriteError.symbolicLink(path, destination: destination)
        default:
            throw WriteError.notAFile(path, mode: info.st_mode)
        }
    }

    /// Writes into a device or a pipe as it is: no temporary file, no rename.
    private static func writeThrough(_ path: String, _ bytes: [UInt8]) throws {
        let fd = open(path, O_WRONLY | O_CLOEXEC | O_NOCTTY)
        guard fd >= 0 else { throw failure(path, reason: errno) }
        if let reason = writeAll(fd, bytes) {
            close(fd)
            throw failure(path, reason: reason)
        }
        guard close(fd) == 0 else { throw failure(path, reason: errno) }
    }

    /// Writes a temporary file beside `path`, flushes it and renames it over `path`.
    private static func replace(_ path: String, with bytes: [UInt8], keepingMode mode: mode_t?) throws {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw WriteError.noFolder(path, folder: directory)
        }
        let (temporary, fd) = try createTemporary(in: directory, for: url.lastPathComponent, path: path)
        func abandon(_ reason: Int32) -> WriteError {
            close(fd)
            unlink(temporary)
            return failure(path, reason: reason, unchanged: true)
        }
        if let reason = writeAll(fd, bytes) { throw abandon(reason) }
        // An existing file keeps its mode; a new one got 0666 less the umask from open().
        if let mode, fchmod(fd, mode) != 0 { throw abandon(errno) }
        if fsync(fd) != 0 { throw abandon(errno) }
        if close(fd) != 0 {
            let reason = errno
            unlink(temporary)
            throw failure(path, reason: reason, unchanged: true)
        }
        guard rename(temporary, path) == 0 else {
            let reason = errno
            unlink(temporary)
            throw failure(path, reason: reason, unchanged: true)
        }
        try syncDirectory(directory, for: path)
    }

    /// Creates `.NAME.XXXXXXXX` exclusively (never through an existing name or link).
    private static func createTemporary(in directory: String, for name: String, path: String) throws -> (String, Int32) {
        let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<100 {
            let suffix = String((0..<10).map { _ in letters.randomElement(using: &generator)! })
            let temporary = directory + "/.\(name).\(suffix)"
            let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o666)
            if fd >= 0 { return (temporary, fd) }
            if errno != EEXIST { throw failure(path, reason: errno, unchanged: true) }
        }
        throw failure(path, reason: EEXIST, unchanged: true)
    }

    /// Flushes the folder so the rename itself survives a power cut.
    private static func syncDirectory(_ directory: String, for path: String) throws {
        let fd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw failure(path, reason: errno, written: true) }
        defer { close(fd) }
        // Some file systems cannot sync a folder (EINVAL); the data is still written.
        if fsync(fd) != 0 && errno != EINVAL { throw failure(path, reason: errno, written: true) }
    }

    /// Writes every byte, retrying short writes; the errno of a failure, else nil.
    static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Int32? {
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBufferPointer { buffer in
                Glibc.write(fd, buffer.baseAddress! + written, bytes.count - written)
            }
            if n < 0 {
                if errno == EINTR { continue }
                return errno
            }
            written += n
        }
        return nil
    }

    private static func failure(_ path: String, reason: Int32, unchanged: Bool = false, written: Bool = false)
        -> WriteError
    {
        written ? .notFlushed(path, reason: reason) : .failed(path, reason: reason, unchanged: unchanged)
    }
}
