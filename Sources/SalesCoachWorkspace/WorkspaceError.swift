import SalesCoachCore

/// Everything that can go wrong with a workspace file, each case carrying the
/// path so the message can say which file and what to do about it.
///
/// Opening never repairs or replaces a file it does not recognise: every case
/// raised while opening leaves the file exactly as it was.
public enum WorkspaceError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file is not an SQLite database at all (a text file, a spreadsheet, …).
    case notADatabase(path: String)
    /// The file is an SQLite database, but another program's.
    case foreignDatabase(path: String)
    /// The file is a database but cut short or corrupted.
    case damaged(path: String, detail: Damage)
    /// The workspace was written by a newer SalesCoach with a schema this one does not know.
    case newerVersion(path: String, found: Int, supported: Int)
    /// The workspace cannot be written (file permissions or a read-only file system).
    case readOnly(path: String)
    /// The workspace is writable but SQLite's -shm or -wal file beside it is not.
    case companionReadOnly(path: String, companion: String)
    /// The workspace needs upgrading to this version's schema but cannot be written.
    case cannotUpgrade(path: String, found: Int, current: Int)
    /// The path names a directory (or another thing that is not a regular file).
    case notAFile(path: String)
    /// The file or its directory could not be created or opened.
    case cannotOpen(path: String, reason: Reason)
    /// Another session held the workspace locked for longer than the wait allows.
    case busy(path: String)
    /// Opening found another session in the middle of a long write (an import).
    case busyOpening(path: String)
    /// The disk (or a file size limit) is full.
    case diskFull(path: String)
    /// Any other failure reported by SQLite.
    case storage(path: String, message: String)
    /// The change does not fit the customer list (no such name, a duplicate, an empty name).
    case book(BookError)
    /// Undo would put back rows that another session has changed since.
    case undoBlocked(change: WorkspaceChange, by: WorkspaceChange)
    /// The backup file could not be written (no such folder, no permission, …).
    case cannotWriteBackup(path: String, reason: Reason)
    /// The file given to `restore` could not be read.
    case cannotReadBackup(path: String, reason: Reason)
    /// `backup` would overwrite a file that is already there.
    case backupExists(path: String)
    /// `restore` was given a file that is not a SalesCoach workspace (or an empty one).
    case notAWorkspace(path: String)
    /// A long change (an import) was stopped by the user before it was saved.
    case cancelled

    /// Why a file could not be opened, read or written.
    public enum Reason: Sendable, Equatable, CustomStringConvertible {
        case noFileName
        /// No file can be made in `directory`; `system` is the system's reason.
        case cannotCreateIn(directory: String, system: SystemReason)
        case directoryNotCreated(String)
        /// A workspace named with `--workspace` is in a folder that does not exist (a mistyped path is not made).
        case noDirectory(String)
        case attributesUnreadable
        case permissionDenied
        case readFailed
        case noSuchFile
        /// The backup could not be copied for reading; `system` says why.
        case notCopied(system: String)
        /// A system call failed with this errno.
        case failed(SystemReason)
        /// SQLite's or the system's own words, which are English: kept as
        /// they are (they are what a user would search for), framed in Japanese.
        case system(String)

        public var description: String { text(in: .en) }

        public func text(in language: Language) -> String {
            let en = language == .en
            switch self {
            case .noFileName: return en ? "no file name was given" : "ファイル名がありません"
            case .cannotCreateIn(let directory, let system):
                return en ? "a file cannot be created in \(directory) (\(system.system))" : "\(directory) にファイルを作れません。\(system.text(in: .ja))"
            case .noDirectory(let directory):
                return en
                    ? "its folder \(directory) does not exist (create it first: mkdir -p \(directory))"
                    : "フォルダー \(directory) がありません（先に作ってください：mkdir -p \(directory)）"
            case .directoryNotCreated(let directory):
                return en ? "its directory \(directory) cannot be created" : "フォルダー \(directory) を作れません"
            case .attributesUnreadable: return en ? "its attributes cannot be read" : "ファイルの属性を読めません"
            case .permissionDenied: return en ? "the file cannot be read (permission denied?)" : "ファイルを読めません（権限がないのでは？）"
            case .readFailed: return en ? "reading the file failed" : "ファイルの読み込みに失敗しました"
            case .noSuchFile: return en ? "there is no such file" : "そのようなファイルはありません"
            case .notCopied(let system):
                return en ? "it cannot be copied for reading (\(system))" : "読むためのコピーを作れません（理由: \(system)）"
            case .failed(let reason): return reason.text(in: language)
            case .system(let text): return en ? text : "SQLiteかシステムのエラーです（理由: \(text)）"
            }
        }
    }

    public var description: String {
        let keepSafe = "nothing was changed"
        let chooseOther = "Use --workspace to choose another file."
        switch self {
        case .notADatabase(let path):
            return "\(path) is not a SalesCoach workspace (it is not an SQLite database); \(keepSafe). \(chooseOther)"
        case .foreignDatabase(let path):
            return "\(path) is not a SalesCoach workspace (it is an SQLite database of another program); \(keepSafe). \(chooseOther)"
        case .damaged(let path, let detail):
            return "\(path) is a damaged workspace (\(detail.text(in: .en))); \(keepSafe). "
                + "Keep the file for recovery, restore it from a backup, or use --workspace to start a new workspace elsewhere."
        case .newerVersion(let path, let found, let supported):
            return "\(path) was written by a newer SalesCoach (workspace version \(found); this version reads up to \(supported)); "
                + "\(keepSafe). Update SalesCoach, or use --workspace to choose another file."
        case .readOnly(let path):
            return "\(path) is read-only, so the change was not saved; the workspace is unchanged. "
                + "Make the file writable (chmod u+w) or use --workspace to choose another file."
        case .companionReadOnly(let path, let companion):
            return "\(path) cannot be written because \(companion), SQLite's file beside it, is read-only "
                + "(left by an earlier read-only session, most likely); \(keepSafe). "
                + "Make it writable (chmod u+w \(companion)), or delete it while no session has the workspace open."
        case .cannotUpgrade(let path, let found, let current):
            return "\(path) uses workspace version \(found) and must be upgraded to version \(current), but it is read-only; "
                + "\(keepSafe). Make the file writable (chmod u+w) and start again."
        case .notAFile(let path):
            return "\(path) is not a regular file (a directory or a device); \(keepSafe). \(chooseOther)"
        case .cannotOpen(let path, let reason):
            return "cannot open the workspace \(path): \(reason). Check the path and its permissions, or use --workspace to choose another file."
        case .busy(let path):
            return "\(path) is busy: another SalesCoach session kept it locked too long, so the change was not saved. Try again."
        case .busyOpening(let path):
            return "\(path) is in use: another SalesCoach session has been writing to it for more than "
                + "\(Int(Workspace.busyTimeout)) seconds (a large load, most likely); nothing was changed. "
                + "Start again once it has finished, or use --workspace to open another file."
        case .diskFull(let path):
            return "the disk holding \(path) is full, so the change was not saved; the workspace is unchanged. Free some space and try again."
        case .storage(let path, let message):
            return "the workspace \(path) reported an error (\(message)); the change was not saved."
        case .undoBlocked(let change, let later):
            return "cannot undo '\(change)': another session has since changed the same data (\(later)), "
                + "and undoing would overwrite that; nothing was changed. Change it back by hand, or undo there first."
        case .cannotWriteBackup(let path, let reason):
            return "cannot write the backup \(path): \(reason); nothing was written and the workspace is unchanged. "
                + "Choose a folder that exists and that you can write to."
        case .cannotReadBackup(let path, let reason):
            return "cannot read the backup \(path): \(reason); nothing was changed. Check the path ('backup FILE' writes one)."
        case .backupExists(let path):
            return "\(path) already exists; nothing was written. Choose another name, or add --force to replace it."
        case .notAWorkspace(let path):
            return "\(path) is not a SalesCoach backup (it is another kind of file, an empty database or another program's); nothing was changed. Choose a file written by 'backup'."
        case .cancelled:
            return "stopped before anything was saved; the workspace is unchanged"
        case .book(let error):
            switch error {
            case .emptyName: return "a customer needs a name"
            case .duplicate(let name, let existing): return "'\(name)' is already in the list as '\(existing)'"
            case .notFound(let name): return "no customer named '\(name)'"
            }
        }
    }
}
