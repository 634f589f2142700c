import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Workspace files that passed SQLite's integrity check exactly as they are
/// on disk now, noted in a small file (`$XDG_CACHE_HOME/salescoach/checked-workspaces`),
/// so that opening one again need not read every page to check it before
/// the first prompt (about 10–50 ms at 10,000 customers, a few tenths of a
/// second at 100,000).
///
/// A file counts as the one checked only when its device, inode, size,
/// modification time and status-change time are all as noted and no
/// write-ahead log with data lies beside it. Any write to the file, by
/// SQLite or any other program, moves its status-change time, which no
/// program can set back (setting the times moves it too), so a file
/// changed in any way since its check is checked again before anything is
/// shown or written, as before. A session notes its file as it closes,
/// checking it first when it changed it; and every session does, since
/// opening a workspace writes to it (the database library creates and
/// drops a table to be sure the write-ahead log exists): the check moves
/// from before the first prompt to after the last command.
///
/// A cache and nothing more: a note that is missing, unreadable or damaged
/// only means the check runs.
public enum CheckedFiles {
    /// What identifies a file's bytes as they were when it was checked.
    struct FileState: Equatable {
        var device: UInt64
        var inode: UInt64
        var size: Int64
        var modified: [Int64]
        var statusChanged: [Int64]

        /// The note's line: the fields as decimal numbers, separated by spaces.
        var line: String {
            ([String(device), String(inode), String(size)] + (modified + statusChanged).map(String.init)).joined(separator: " ")
        }

        init?(line: Substring) {
            let fields = line.split(separator: " ")
            guard fields.count == 7, let device = UInt64(fields[0]), let inode = UInt64(fields[1]) else { return nil }
            let numbers = fields[2...].compactMap { Int64($0) }
            guard numbers.count == 5 else { return nil }
            self.device = device
            self.inode = inode
            size = numbers[0]
            modified = Array(numbers[1...2])
            statusChanged = Array(numbers[3...4])
        }

        init(_ status: stat) {
            device = UInt64(status.st_dev)
            inode = UInt64(status.st_ino)
            size = Int64(status.st_size)
            modified = [Int64(status.st_mtim.tv_sec), Int64(status.st_mtim.tv_nsec)]
            statusChanged = [Int64(status.st_ctim.tv_sec), Int64(status.st_ctim.tv_nsec)]
        }
    }

    /// The state of the workspace at `path` (through any symbolic link), or
    /// nil when it cannot be read or a write-ahead log beside it holds data
    /// (what the main file holds is then not all there is).
    static func state(of path: String) -> FileState? {
        var status = stat()
        guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        var log = stat()
        if stat(path + "-wal", &log) == 0, log.st_size != 0 { return nil }
        return FileState(status)
    }

    /// The most files noted; the oldest notes go first.
    static let largestNote = 64

    /// Whether the file at `path` is, by its state, one that passed the check.
    static func isChecked(_ path: String, note: String) -> Bool {
        guard let state = state(of: path) else { return false }
        return noted(note).contains(state)
    }

    /// The states noted in the file `note`, oldest first.
    static func noted(_ note: String) -> [FileState] {
        guard let data = FileManager.default.contents(atPath: note), data.count < 64 << 10 else { return [] }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").compactMap { FileState(line: $0) }
    }

    /// Notes that the file at `path` passed the check in `state`. The note is
    /// written whole beside the old one and renamed over it, so two sessions
    /// closing at once lose at most a note, never damage one.
    static func note(_ state: FileState, in note: String) {
        var states = noted(note).filter { ($0.device, $0.inode) != (state.device, state.inode) }
        states.append(state)
        let text = states.suffix(largestNote).map { $0.line + "\n" }.joined()
        let temporary = note + ".\(getpid())"
        do {
            try FileManager.default.createDirectory(atPath: WorkspaceLocation.directory(of: note), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: temporary))
            guard rename(temporary, note) == 0 else { throw CocoaError(.fileWriteUnknown) }
        } catch {
            unlink(temporary)
        }
    }
}

extension Workspace {
    /// Notes in the file `note` (`CheckedFiles`) that this workspace's file passed
    /// SQLite's integrity check as it is now, so the next session to open it
    /// may leave the check out. A file this session changed is checked again
    /// first; one it left as it was found needs no new note. Called as the
    /// session closes, after `checkpoint()`; does nothing when the file is
    /// read-only, fails the check, or changes while this runs.
    public func noteChecked(in note: String) {
        guard let path, !isReadOnly,
            let before = CheckedFiles.state(of: path), !CheckedFiles.noted(note).contains(before)
        else { return }
        guard (try? WorkspaceFile.check(path)) != nil, CheckedFiles.state(of: path) == before else { return }
        CheckedFiles.note(before, in: note)
    }
}
